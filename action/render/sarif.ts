/** The SARIF renderer: SARIF 2.1.0 for code scanning. */
import type { GateRun } from '../contract/run.js';
import { jsonText, type StreamRenderer } from './renderer.js';

/** SARIF 2.1.0 for code scanning: one run, one rule per (gate, reason code), one result per finding with a file. */
export function renderSarif(run: GateRun): Record<string, unknown> {
  const rules = new Map<string, { id: string; shortDescription: { text: string } }>();
  const results: Record<string, unknown>[] = [];
  for (const g of run.gates) {
    for (const f of g.findings) {
      const ruleId = `${g.gate}/${f.rule ?? g.reason_code}`;
      if (!rules.has(ruleId))
        rules.set(ruleId, {
          id: ruleId,
          shortDescription: { text: `${g.gate}: ${f.rule ?? g.reason_code}` },
        });
      results.push({
        ruleId,
        level: f.level,
        message: { text: f.message },
        ...(f.file
          ? {
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: f.file },
                    ...(f.line
                      ? {
                          region: {
                            startLine: f.line,
                            ...(f.column ? { startColumn: f.column } : {}),
                          },
                        }
                      : {}),
                  },
                },
              ],
            }
          : {}),
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
            informationUri: 'https://maestro-gate.dev',
            rules: [...rules.values()],
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
  render: (run) => jsonText(renderSarif(run)),
};
