/**
 * One fault case and how it runs through the CLI: a repository (optionally a pull request on
 * top of a base branch, with symbolic links and raw bytes), the decision and reason code it
 * must end with, and the file (and line) the finding carrying that code must name.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { Decision } from '../../action/contract/decision.js';
import type { GateRun } from '../../action/pipeline.js';
import { check, git, writeTree } from './helpers.js';

/** One row of a fault table. */
export interface Case {
  name: string;
  /** The repository; with `head`, the base branch `main`. */
  files: Record<string, string>;
  /** The pull request's changes on top of `files` (`null` deletes); the CLI gets `--base main`. */
  head?: Record<string, string | null>;
  /** Symbolic links (path → target) in the base; a target starting `OUTSIDE/` is outside the repository. */
  links?: Record<string, string>;
  /** Symbolic links the pull request adds (same form). */
  headLinks?: Record<string, string>;
  args?: string[];
  /** Action inputs beyond the defaults (the Action table). */
  inputs?: Record<string, string>;
  /** Files written after the repository is created (binary content). */
  bytes?: Record<string, Buffer>;
  decision: Decision;
  code: string;
  /** The finding carrying the code names this file (suffix) and line. */
  file?: string;
  line?: number;
  /** A regular expression the finding's message matches. */
  message?: RegExp;
  /** A regular expression no finding carrying the code may match. */
  notMessage?: RegExp;
  /** The verdict is sealed. */
  sealed?: boolean;
}

function link(dir: string, outside: string, links: Record<string, string>): void {
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    symlinkSync(
      target.startsWith('OUTSIDE/') ? join(outside, target.slice(8)) : target,
      join(dir, path),
    );
  }
}

/** Builds the case's repository; returns its work tree. */
export function caseRepo(c: Case): string {
  const dir = mkdtempSync(join(tmpdir(), 'maestro-fault-'));
  const outside = mkdtempSync(join(tmpdir(), 'maestro-outside-'));
  writeTree(outside, {
    'cap.yaml':
      '- id: INV.OUT\n  title: o\n  severity: low\n  scope: s\n  assert:\n    - expr: "true"\n',
    'secret.jsonl': '{"run_id":"r1","ts":"2026-01-01T00:00:00Z","scope":"s","event":"e","x":5}\n',
  });
  writeTree(dir, c.files);
  link(dir, outside, c.links ?? {});
  const pr =
    c.head !== undefined ||
    c.headLinks !== undefined ||
    (c.args ?? []).some((a) => a.startsWith('--base'));
  if (pr) {
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'base');
    git(dir, 'checkout', '-q', '-b', 'pr');
    writeTree(dir, c.head ?? {});
    link(dir, outside, c.headLinks ?? {});
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'head');
  }
  for (const [path, content] of Object.entries(c.bytes ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** The CLI arguments of the case in `dir` (placeholders KEY, EVFILE, HEAD filled in). */
export function caseArgs(c: Case, dir: string): string[] {
  const args = (c.args ?? []).map((a) =>
    a
      .replace('KEY', join(dir, 'key.pem'))
      .replace('EVFILE', join(dir, 'ev-file'))
      .replace('HEAD', dir),
  );
  return c.head !== undefined || c.headLinks !== undefined ? ['--base', 'main', ...args] : args;
}

/** Asserts the run document against the case: decision, reason code, location, message. */
export function expectCase(c: Case, doc: GateRun | undefined, why: string): void {
  expect(doc, `no JSON run document; ${why}`).toBeDefined();
  const run = doc!;
  const detail = JSON.stringify(
    run.gates.map((g) => [g.gate, g.decision, g.reason_code, g.findings[0]?.message]),
  );
  expect(run.verdict.decision, detail).toBe(c.decision);
  expect(run.verdict.reason_codes, detail).toContain(c.code);
  if (c.sealed) expect(run.verdict.sealed, detail).toBe(true);
  const findings = run.gates.filter((g) => g.reason_code === c.code).flatMap((g) => g.findings);
  expect(findings.length, detail).toBeGreaterThan(0);
  const located = findings.filter(
    (f) =>
      (c.file === undefined || (f.file ?? '').endsWith(c.file)) &&
      (c.line === undefined || f.line === c.line),
  );
  expect(
    located.length,
    `no finding at ${c.file}:${c.line}: ${JSON.stringify(findings)}`,
  ).toBeGreaterThan(0);
  if (c.message) expect(located.map((f) => f.message).join('\n')).toMatch(c.message);
  if (c.notMessage) expect(findings.map((f) => f.message).join('\n')).not.toMatch(c.notMessage);
}

/** Runs the case through `maestro-gate check` and asserts it, exit code included. */
export async function runCliCase(c: Case): Promise<void> {
  const dir = caseRepo(c);
  const r = await check(dir, caseArgs(c, dir));
  expectCase(c, r.doc, `stderr: ${r.err}`);
  expect(r.code, r.err).toBe(
    c.decision === 'STOPPED' ? 1 : c.decision === 'PAUSE_FOR_HITL' ? 2 : 0,
  );
}
