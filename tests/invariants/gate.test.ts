import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../action/config/load.js';
import type { GateResult } from '../../action/contract/gate-result.js';
import { runGate } from '../../action/pipeline/runner.js';
import { createInvariantsGate } from '../../action/gates/invariants/index.js';
import { gateContext, jsonl, rec, tempTree } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');
const demo = join(root, 'examples', 'demo');

async function run(baseDir: string, headDir: string, gateConfig: unknown): Promise<GateResult> {
  const { signal: _signal, ...ctx } = gateContext(baseDir, headDir, gateConfig);
  return runGate(createInvariantsGate(), { ...ctx, timeoutMs: 60_000 });
}

const BUDGET = `id: INV.T.BUDGET
title: Spend within budget
severity: critical
scope: agent_call
when:
  - event: model_call
assert:
  - expr: total_spend_usd <= budget_usd
    message: 'spent {{total_spend_usd}} > {{budget_usd}} ({{missing.field}})'
`;

function inv(id: string, severity: string, expr: string, extra = ''): string {
  return `- id: ${id}\n  title: ${id}\n  severity: ${severity}\n  scope: s\n  assert:\n    - expr: '${expr}'\n${extra}`;
}

const cleanTrace = jsonl([
  rec('r1', 'agent_call', 'model_call', { total_spend_usd: 1, budget_usd: 2 }),
  rec('r1', 'agent_call', 'other', {}),
]);

describe('the demo pull request', () => {
  const section = (dir: string): unknown => {
    const load = loadConfig(join(dir, '.github', 'maestro.yml'));
    if (!load.ok) throw new Error(JSON.stringify(load.findings));
    return load.config.gates['invariants'];
  };

  it('base: clean traces run', async () => {
    const r = await run(join(demo, 'base'), join(demo, 'base'), section(join(demo, 'base')));
    expect(r.decision).toBe('RUN');
    expect(r.reason_code).toBe('OK');
    expect(r.report?.['records']).toBe(12);
    expect((r.report?.['coverage'] as { ratio: number }).ratio).toBe(1);
  });

  it('head: a critical budget violation is a sealed stop located on the trace record', async () => {
    const r = await run(join(demo, 'base'), join(demo, 'head'), section(join(demo, 'base')));
    expect(r.decision).toBe('STOPPED');
    expect(r.sealed).toBe(true);
    expect(r.reason_code).toBe('INV_VIOLATION_CRITICAL');
    const f = r.findings.find((x) => x.rule === 'INV.ROUTER.BUDGET');
    expect(f).toMatchObject({ file: 'traces/router.jsonl', line: 11, level: 'error' });
    expect(f?.message).toContain('invariants/routing.yaml:3:3');
    expect(f?.message).toContain('spent 0.9 > 0.5 USD with model large');
    expect(f?.counterexample?.steps[0]).toMatchObject({ task_id: 't4', total_spend_usd: 0.9 });
    expect(r.cards?.[0]?.title).toContain('INV.ROUTER.BUDGET');
    expect(r.cards?.[0]?.to_change).toContain('sealed');
    expect(r.cards?.[0]?.reasons[2]).toContain(
      'Counterexample (traces/router.jsonl:11): {"run_id":"test-router-2"',
    );
    expect(r.inputs_digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('both snapshots carry the same configuration section', () => {
    expect(section(join(demo, 'head'))).toEqual(section(join(demo, 'base')));
  });
});

describe('fail closed with a precise reason', () => {
  const cfg = { paths: ['inv'], traces: ['traces/*.jsonl'] };
  const head = (trace = cleanTrace): string => tempTree({ 'traces/t.jsonl': trace });

  it('bad YAML → INV_YAML_UNPARSEABLE at file:line:column', async () => {
    const base = tempTree({ 'inv/a.yaml': 'id: X\ntitle: [unclosed\n' });
    const r = await run(base, head(), cfg);
    expect(r.reason_code).toBe('INV_YAML_UNPARSEABLE');
    expect(r.decision).toBe('STOPPED');
    expect(r.findings[0]).toMatchObject({ file: 'inv/a.yaml', line: 3 });
  });

  it('bad CEL syntax → INV_CEL_SYNTAX at the expression position in the YAML', async () => {
    const base = tempTree({
      'inv/a.yaml': BUDGET.replace(
        'total_spend_usd <= budget_usd',
        'total_spend_usd <=> budget_usd',
      ),
    });
    const r = await run(base, head(), cfg);
    expect(r.reason_code).toBe('INV_CEL_SYNTAX');
    expect(r.findings[0]).toMatchObject({ file: 'inv/a.yaml', line: 8, column: 27 });
    expect(r.findings[0]?.message).toMatch(/^inv\/a\.yaml:8:27: invariant INV\.T\.BUDGET/);
  });

  it('CEL type errors and limits have their own codes', async () => {
    const typed = await run(
      tempTree({ 'inv/a.yaml': BUDGET.replace('total_spend_usd <= budget_usd', 'size(1) > 0') }),
      head(),
      cfg,
    );
    expect(typed.reason_code).toBe('INV_CEL_TYPE');
    expect(typed.findings[0]).toMatchObject({ file: 'inv/a.yaml', line: 8, column: 11 });
    const notBool = await run(
      tempTree({ 'inv/a.yaml': BUDGET.replace('total_spend_usd <= budget_usd', '1 + 2') }),
      head(),
      cfg,
    );
    expect(notBool.reason_code).toBe('INV_CEL_TYPE');
    const long = await run(
      tempTree({
        'inv/a.yaml': BUDGET.replace(
          'total_spend_usd <= budget_usd',
          'a < 1 || '.repeat(20) + 'a < 1',
        ),
      }),
      head(),
      { ...cfg, limits: { max_expression_length: 64 } },
    );
    expect(long.reason_code).toBe('INV_CEL_LIMIT');
  });

  it('block scalars map expression errors to the right line and column', async () => {
    const text = BUDGET.replace(
      '  - expr: total_spend_usd <= budget_usd',
      '  - expr: |\n      total_spend_usd <= budget_usd &&\n        frob(1)',
    );
    const r = await run(tempTree({ 'inv/a.yaml': text }), head(), cfg);
    expect(r.reason_code).toBe('INV_CEL_TYPE');
    expect(r.findings[0]).toMatchObject({ line: 10, column: 9 });
  });

  it('duplicate ids → INV_DUPLICATE_ID naming both files and lines', async () => {
    const base = tempTree({ 'inv/a.yaml': BUDGET, 'inv/b.yaml': `# copy\n${BUDGET}` });
    const r = await run(base, head(), cfg);
    expect(r.reason_code).toBe('INV_DUPLICATE_ID');
    expect(r.findings[0]?.message).toContain('inv/a.yaml:1:1');
    expect(r.findings[0]?.message).toContain('inv/b.yaml:2:1');
  });

  it('schema problems → INV_INVALID at the offending key', async () => {
    const r = await run(
      tempTree({ 'inv/a.yaml': BUDGET.replace('severity: critical', 'severity: catastrophic') }),
      head(),
      cfg,
    );
    expect(r.reason_code).toBe('INV_INVALID');
    expect(r.findings[0]).toMatchObject({ file: 'inv/a.yaml', line: 3 });
    const unknown = await run(tempTree({ 'inv/a.yaml': `${BUDGET}colour: red\n` }), head(), cfg);
    expect(unknown.reason_code).toBe('INV_INVALID');
    const empty = await run(tempTree({ 'inv/a.yaml': '# nothing here\n' }), head(), cfg);
    expect(empty.reason_code).toBe('INV_INVALID');
    const scalar = await run(tempTree({ 'inv/a.yaml': 'just a string\n' }), head(), cfg);
    expect(scalar.reason_code).toBe('INV_INVALID');
    const both = await run(
      tempTree({ 'inv/a.yaml': `${BUDGET}temporal:\n  - always: 'a'\n    never: 'b'\n` }),
      head(),
      cfg,
    );
    expect(both.reason_code).toBe('INV_INVALID');
  });

  it('a missing invariant directory → GATE_INPUT_MISSING; a glob matching nothing → INV_NONE_FOUND', async () => {
    const base = tempTree({ 'other/a.yaml': BUDGET });
    expect((await run(base, head(), cfg)).reason_code).toBe('GATE_INPUT_MISSING');
    expect((await run(base, head(), { ...cfg, paths: ['inv/*.yaml'] })).reason_code).toBe(
      'INV_NONE_FOUND',
    );
    const emptyDir = tempTree({ 'inv/readme.txt': 'no yaml' });
    expect((await run(emptyDir, head(), cfg)).reason_code).toBe('INV_NONE_FOUND');
  });

  it('a trace glob or path matching no file → INV_TRACE_MISSING', async () => {
    const base = tempTree({ 'inv/a.yaml': BUDGET });
    const r = await run(base, head(), { ...cfg, traces: ['traces/*.jsonl', 'out/*.jsonl'] });
    expect(r.reason_code).toBe('INV_TRACE_MISSING');
    expect(r.findings[0]?.message).toContain('gates.invariants.traces[1]');
    expect((await run(base, head(), { ...cfg, traces: ['traces/none.jsonl'] })).reason_code).toBe(
      'INV_TRACE_MISSING',
    );
  });

  it('traces without any record → INV_TRACE_MISSING', async () => {
    const base = tempTree({ 'inv/a.yaml': BUDGET });
    const r = await run(base, head('\n\n'), cfg);
    expect(r.reason_code).toBe('INV_TRACE_MISSING');
    expect(r.findings[0]?.message).toContain('hold no record');
  });

  it('a malformed trace line → INV_TRACE_MALFORMED at file:line', async () => {
    const base = tempTree({ 'inv/a.yaml': BUDGET });
    const bad = `${cleanTrace}\n{"run_id": "r1", "ts": 1, "scope": "agent_call", "event": "model_call", oops}\n`;
    const r = await run(base, head(bad), cfg);
    expect(r.reason_code).toBe('INV_TRACE_MALFORMED');
    expect(r.findings[0]).toMatchObject({ file: 'traces/t.jsonl', line: 4 });
    for (const line of [
      '[1,2]',
      'null',
      '{"ts": 1, "scope": "s", "event": "e"}',
      '{"run_id": "r", "scope": "s", "event": "e"}',
      '{"run_id": {"x": 1}, "ts": 1, "scope": "s", "event": "e"}',
    ]) {
      const m = await run(base, head(`${line}\n`), cfg);
      expect(m.reason_code, line).toBe('INV_TRACE_MALFORMED');
      expect(m.findings[0]?.line).toBe(1);
    }
    const long = await run(base, head(`${jsonl([rec('r', 's', 'e', { pad: 'x'.repeat(500) })])}`), {
      ...cfg,
      limits: { max_line_chars: 100 },
    });
    expect(long.reason_code).toBe('INV_TRACE_MALFORMED');
  });

  it('paths leaving the repository and symlinks out of the checkout are refused', async () => {
    const base = tempTree({ 'inv/a.yaml': BUDGET });
    expect((await run(base, head(), { ...cfg, traces: ['../x/*.jsonl'] })).reason_code).toBe(
      'INV_TRACE_UNREADABLE',
    );
    expect((await run(base, head(), { ...cfg, paths: ['/etc'] })).decision).toBe('STOPPED');
    const outside = tempTree({ 'secret.jsonl': cleanTrace });
    const h = head();
    symlinkSync(join(outside, 'secret.jsonl'), join(h, 'traces', 'link.jsonl'));
    expect((await run(base, h, { ...cfg, traces: ['traces/link.jsonl'] })).reason_code).toBe(
      'INV_TRACE_UNREADABLE',
    );
  });

  it('an expression that cannot be evaluated on a record → INV_EVAL_ERROR', async () => {
    const base = tempTree({ 'inv/a.yaml': BUDGET });
    const trace = jsonl([rec('r1', 'agent_call', 'model_call', { total_spend_usd: 1 })]);
    const r = await run(base, head(trace), cfg);
    expect(r.reason_code).toBe('INV_EVAL_ERROR');
    expect(r.decision).toBe('STOPPED');
    expect(r.findings[0]).toMatchObject({ file: 'traces/t.jsonl', line: 1, rule: 'INV.T.BUDGET' });
    expect(r.findings[0]?.message).toContain('budget_usd');
  });

  it('an aborted run stops', async () => {
    const base = tempTree({ 'inv/a.yaml': BUDGET });
    const controller = new AbortController();
    controller.abort(new Error('time is up'));
    const ctx = gateContext(base, head(), cfg, { signal: controller.signal });
    await expect(createInvariantsGate().run(ctx)).rejects.toThrow('time is up');
  });

  it('a section without traces is invalid', async () => {
    const base = tempTree({ 'inv/a.yaml': BUDGET });
    expect((await run(base, head(), { paths: ['inv'] })).reason_code).toBe('INV_INVALID');
  });
});

describe('severities and coverage', () => {
  const trace = jsonl([rec('r1', 's', 'e', { x: 5 })]);
  const cfg = { paths: ['inv'], traces: ['t.jsonl'] };
  const base = (text: string): string => tempTree({ 'inv/a.yaml': text });
  const head = tempTree({ 't.jsonl': trace });

  it.each([
    ['critical', 'STOPPED', 'INV_VIOLATION_CRITICAL', true],
    ['high', 'STOPPED', 'INV_VIOLATION_HIGH', false],
    ['medium', 'PAUSE_FOR_HITL', 'INV_VIOLATION_MEDIUM', false],
    ['low', 'RUN', 'INV_VIOLATION_LOW', false],
  ])('%s → %s (%s)', async (severity, decision, code, sealed) => {
    const r = await run(base(inv('INV.S', severity, 'x < 3')), head, cfg);
    expect([r.decision, r.reason_code, r.sealed]).toEqual([decision, code, sealed]);
    expect(r.findings[0]?.level).toBe(severity === 'low' ? 'warning' : 'error');
    expect(r.findings[0]).toMatchObject({ file: 't.jsonl', line: 1, rule: 'INV.S' });
  });

  it('the most severe violation decides', async () => {
    const r = await run(
      base(inv('INV.L', 'low', 'x < 3') + inv('INV.H', 'high', 'x < 4')),
      head,
      cfg,
    );
    expect(r.reason_code).toBe('INV_VIOLATION_HIGH');
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['INV.H', 'INV.L']);
  });

  it('coverage below the threshold pauses and lists the uncovered flows', async () => {
    const text = inv('INV.OK', 'high', 'x > 3');
    const flows = [
      { scope: 's', event: 'e' },
      { scope: 's', event: 'f' },
      { scope: 'q', event: 'e' },
    ];
    const r = await run(base(text), head, { ...cfg, critical_flows: flows.slice(0, 2) });
    expect(r.decision).toBe('RUN');
    const low = await run(
      base(text.replace('scope: s', 'scope: s\n  when:\n    - event: e')),
      head,
      { ...cfg, critical_flows: flows },
    );
    expect(low.decision).toBe('PAUSE_FOR_HITL');
    expect(low.reason_code).toBe('INV_COVERAGE_LOW');
    expect(low.findings[0]?.message).toContain('s/f');
    expect(low.findings[0]?.message).toContain('q/e');
    expect(low.report?.['coverage']).toMatchObject({ flows: 3, ratio: 1 / 3, threshold: 0.9 });
    const lenient = await run(
      base(text.replace('scope: s', 'scope: s\n  when:\n    - event: e')),
      head,
      { ...cfg, critical_flows: flows, coverage_threshold: 0.3 },
    );
    expect(lenient.decision).toBe('RUN');
  });

  it('reports statistics and digests', async () => {
    const r = await run(base(inv('INV.OK', 'high', 'x > 3')), head, cfg);
    const idle = await run(
      base(inv('INV.OK', 'high', 'x > 3').replace('scope: s', 'scope: q')),
      head,
      cfg,
    );
    // The trace's records match no invariant: zero checks is never a pass (issue #11).
    expect([idle.decision, idle.reason_code]).toEqual(['PAUSE_FOR_HITL', 'INV_NOTHING_CHECKED']);
    expect(idle.findings[0]?.level).toBe('note');
    expect(idle.findings[0]?.message).toMatch(/matched no trace record.*INV\.OK/);
    expect(r.report).toMatchObject({ invariants: 1, records: 1, checks: 1, violations: 0 });
    const again = await run(base(inv('INV.OK', 'high', 'x > 3')), head, cfg);
    expect(again.inputs_digest).toBe(r.inputs_digest);
    const other = await run(base(inv('INV.OK', 'high', 'x > 2')), head, cfg);
    expect(other.inputs_digest).not.toBe(r.inputs_digest);
  });

  it('calls progress on long traces', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 260_000; i++)
      lines.push(`{"run_id":"r","ts":${i},"scope":"s","event":"e","x":5}`);
    const big = tempTree({ 't.jsonl': `${lines.join('\n')}\n` });
    const seen: string[] = [];
    const ctx = gateContext(base(inv('INV.OK', 'high', 'x > 3')), big, cfg, {
      progress: (m) => seen.push(m),
    });
    const r = await createInvariantsGate().run(ctx);
    expect(r.decision).toBe('RUN');
    expect(seen.length).toBe(1);
    expect(seen[0]).toContain('250000 records');
  });

  it('decides on every violation, not only the listed ones', async () => {
    const records = Array.from({ length: 10 }, (_, i) => rec(`r${i}`, 's', 'e', { x: 5 }));
    records.push(rec('late', 's', 'e', { x: 100 }));
    const many = tempTree({ 't.jsonl': jsonl(records) });
    const text = inv('INV.L', 'low', 'x < 3') + inv('INV.C', 'critical', 'x < 50');
    const r = await run(base(text), many, { ...cfg, limits: { max_findings: 2 } });
    expect([r.decision, r.reason_code, r.sealed]).toEqual([
      'STOPPED',
      'INV_VIOLATION_CRITICAL',
      true,
    ]);
    expect(r.findings.find((f) => f.rule === 'INV.C')).toMatchObject({ line: 11 });
    expect(r.cards?.map((c) => c.title)).toEqual(['INV.L: INV.L', 'INV.C: INV.C']);
  });

  it('keeps at most max_findings violations and says how many more there are', async () => {
    const many = tempTree({
      't.jsonl': jsonl(Array.from({ length: 10 }, (_, i) => rec(`r${i}`, 's', 'e', { x: 5 }))),
    });
    const r = await run(base(inv('INV.S', 'high', 'x < 3')), many, {
      ...cfg,
      limits: { max_findings: 3 },
    });
    expect(r.findings.filter((f) => f.rule === 'INV.S')).toHaveLength(3);
    expect(r.findings.at(-1)?.message).toContain('7 further');
    expect(r.report?.['violations']).toBe(10);
  });
});

describe('trace files', () => {
  it('accept CRLF, blank lines and a last line without newline', async () => {
    const base = tempTree({ 'inv/a.yaml': inv('INV.S', 'high', 'x < 3') });
    const head = tempTree({});
    mkdirSync(join(head, 'tr'));
    writeFileSync(
      join(head, 'tr', 'a.jsonl'),
      '{"run_id":"r","ts":1,"scope":"s","event":"e","x":1}\r\n\r\n   \n{"run_id":"r","ts":2,"scope":"s","event":"e","x":9}',
    );
    const r = await run(base, head, { paths: ['inv'], traces: ['tr/*.jsonl'] });
    expect(r.reason_code).toBe('INV_VIOLATION_HIGH');
    expect(r.findings[0]).toMatchObject({ file: 'tr/a.jsonl', line: 4 });
    expect(r.report?.['traces']).toEqual([
      expect.objectContaining({ lines: 4, records: 2, blank_lines: 2 }),
    ]);
  });
});
