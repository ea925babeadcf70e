/**
 * The SARIF renderer: SARIF 2.1.0 as GitHub code scanning ingests it. Every result has a
 * location (its file, else the configuration file, at line 1), every rule its descriptions,
 * help and help URI, every result a stable fingerprint, and every URI is relative to the
 * repository root.
 */
import { createHash } from 'node:crypto';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { CODEBOOK } from '../contract/codebook.js';
import { DEFAULT_CONFIG_PATH } from '../config/types.js';
import type { GateRun } from '../contract/run.js';
import { oneLine } from './escape.js';
import { findingPath, repoPath, type RepoPaths } from './paths.js';
import { jsonText, type StreamRenderer } from './renderer.js';

/** Where Maestro Gate's documentation lives (rules link to their gate's page). */
export const INFORMATION_URI = 'https://maestro-gate.dev';

/** The documentation page of each gate's findings. */
const GATE_DOCS: Record<string, string> = {
  opa: 'policies',
  invariants: 'invariants',
  modelcheck: 'model-checking',
  ope: 'ope',
  evidence: 'evidence',
  tamper: 'github',
  config: 'github',
  host: 'github',
  audit: 'architecture',
  verdict: 'architecture',
  approval: 'app',
};

/** The fingerprint key GitHub keeps per result, so a finding is tracked across runs. */
export const FINGERPRINT_KEY = 'maestroFinding/v1';

/**
 * SARIF plain-text messages treat `[text](n)` as an embedded link (§3.11.6): brackets from
 * data are escaped so they stay text.
 */
export function sarifText(text: string): string {
  return text.replace(/\\(?=[[\]])/g, '\\\\').replace(/[[\]]/g, (c) => `\\${c}`);
}

function describe(code: string): string {
  const entry = (CODEBOOK.reason_codes as Record<string, { description?: string } | undefined>)[
    code
  ];
  return entry?.description ?? `Reason code ${code}.`;
}

function rule(gate: string, name: string, code: string): ReportingDescriptor {
  const gateText = (CODEBOOK.gates as Record<string, string | undefined>)[gate] ?? gate;
  const doc = `${INFORMATION_URI}/docs/${GATE_DOCS[gate] ?? 'architecture'}`;
  const what = describe(code);
  return {
    id: `${gate}/${oneLine(name)}`,
    name: oneLine(name),
    shortDescription: { text: sarifText(oneLine(`${gate}: ${name}`)) },
    fullDescription: { text: sarifText(`${gateText}. ${code}: ${what}`) },
    help: {
      text: sarifText(`${what} See ${doc} for what the ${gate} gate checks and how to fix it.`),
      markdown: `**${code}**: ${what.replace(/[\\`*_[\]<>]/g, '\\$&')}\n\nSee [the ${gate} gate](${doc}).`,
    },
    helpUri: doc,
    properties: { gate, reason_code: code },
  };
}

/** A repository path as a relative URI reference (RFC 3986): each segment percent-encoded. */
export function uriOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

/**
 * SARIF 2.1.0 for code scanning: one run, one rule per (gate, rule or reason code), one result
 * per finding. `paths.sourceRoot` is the gated directory inside the repository.
 */
export function renderSarif(run: GateRun, paths: RepoPaths = {}): Log {
  const rules = new Map<string, { index: number; rule: ReportingDescriptor }>();
  const results: Result[] = [];
  const configPath =
    repoPath(run.config_file, run, paths) ?? repoPath(DEFAULT_CONFIG_PATH, run, paths)!;
  for (const g of run.gates) {
    for (const f of g.findings) {
      const r = rule(g.gate, f.rule ?? g.reason_code, g.reason_code);
      const id = r.id;
      if (!rules.has(id)) rules.set(id, { index: rules.size, rule: r });
      const at = findingPath(f, run, paths) ?? { path: configPath, line: 1 };
      results.push({
        ruleId: id,
        ruleIndex: rules.get(id)!.index,
        level: f.level,
        message: { text: sarifText(f.message) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: uriOf(at.path) },
              region: {
                startLine: at.line ?? 1,
                ...(at.column ? { startColumn: at.column } : {}),
              },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(id, at.path, f.message) },
        properties: { gate: g.gate, decision: g.decision, reason_code: g.reason_code },
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: run.tool.name,
            version: run.tool.version,
            semanticVersion: run.tool.version,
            informationUri: INFORMATION_URI,
            rules: [...rules.values()].map((r) => r.rule),
          },
        },
        results,
        properties: { verdict: run.verdict },
      },
    ],
  };
}

/** `check --format sarif` and the Action's `sarif-path` file. */
export const sarifRenderer: StreamRenderer = {
  format: 'sarif',
  description: 'SARIF 2.1.0 for code scanning',
  render: (run, paths) => jsonText(renderSarif(run, paths ?? {})),
};
