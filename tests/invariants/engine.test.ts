import { describe, expect, it } from 'vitest';
import { TraceMonitor } from '../../action/gates/invariants/engine.js';
import { compileInvariantTexts } from '../../action/gates/invariants/loader.js';
import {
  parseTemplate,
  renderTemplate,
  showValue,
} from '../../action/gates/invariants/template.js';
import { readTrace } from '../../action/gates/invariants/trace-reader.js';
import { rec, tempTree } from './helpers.js';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';

function monitorOf(yaml: string): TraceMonitor {
  return new TraceMonitor(compileInvariantTexts([{ file: 'inv.yaml', text: yaml }]));
}

function feed(m: TraceMonitor, records: Record<string, unknown>[]): TraceMonitor {
  records.forEach((r, i) => m.observe(r, 't.jsonl', i + 1));
  m.finish();
  return m;
}

const EVENTUALLY = `id: E
title: The run completes
severity: high
scope: s
temporal:
  - eventually: event == 'done'
    within: 3
`;

const LEADS_TO = `id: L
title: Requests are answered
severity: high
scope: s
temporal:
  - leads_to: { p: "event == 'req'", q: "event == 'ans'" }
    within: 2
`;

describe('eventually', () => {
  it('holds when p happens within N matching records of the run', () => {
    const m = feed(monitorOf(EVENTUALLY), [
      rec('r', 's', 'a'),
      rec('r', 's', 'b'),
      rec('r', 's', 'done'),
    ]);
    expect(m.violationCount).toBe(0);
  });

  it('fails at the N-th record, located on the opening record', () => {
    const m = feed(monitorOf(EVENTUALLY), [
      rec('r', 's', 'a'),
      rec('x', 's', 'done'),
      rec('r', 's', 'b'),
      rec('r', 's', 'c'),
      rec('r', 's', 'done'),
    ]);
    expect(m.violations).toHaveLength(1);
    const v = m.violations[0]!;
    expect([v.runId, v.location.line, v.detectedAt?.location.line]).toEqual(['r', 1, 4]);
    expect(v.message).toContain('did not happen within 3 events');
  });

  it('an obligation open at the end of the trace shows its opening record', () => {
    const m = feed(monitorOf(EVENTUALLY), [rec('q', 's', 'x', { n: 1 }), rec('q', 's', 'y')]);
    expect(m.violations).toHaveLength(1);
    expect(m.violations[0]).toMatchObject({ runId: 'q', location: { line: 1 } });
    expect(m.violations[0]?.detectedAt).toBeUndefined();
    expect(m.violations[0]?.message).toContain('never happened before the end of the trace');
  });

  it('only counts records in scope', () => {
    const m = feed(monitorOf(EVENTUALLY), [
      rec('r', 's', 'a'),
      rec('r', 'other', 'a'),
      rec('r', 'other', 'b'),
      rec('r', 's', 'b'),
      rec('r', 's', 'done'),
    ]);
    expect(m.violationCount).toBe(0);
  });
});

describe('leads_to', () => {
  it('is discharged by a later q within N', () => {
    const m = feed(monitorOf(LEADS_TO), [
      rec('r', 's', 'req'),
      rec('r', 's', 'x'),
      rec('r', 's', 'ans'),
    ]);
    expect(m.violationCount).toBe(0);
  });

  it('p and q on the same record do not discharge each other', () => {
    const yaml = LEADS_TO.replace(`q: "event == 'ans'"`, `q: "event == 'req'"`);
    const m = feed(monitorOf(yaml), [rec('r', 's', 'req')]);
    expect(m.violationCount).toBe(1);
  });

  it('expires after N records, located on the opening record', () => {
    const m = feed(monitorOf(LEADS_TO), [
      rec('r', 's', 'x'),
      rec('r', 's', 'req', { id: 7 }),
      rec('r', 's', 'x'),
      rec('r', 's', 'x'),
      rec('r', 's', 'ans'),
    ]);
    expect(m.violations).toHaveLength(1);
    expect(m.violations[0]).toMatchObject({
      location: { line: 2 },
      detectedAt: { location: { line: 4 } },
    });
    expect(m.violations[0]?.record).toMatchObject({ id: 7 });
  });

  it('keeps runs apart and reports one finding per clause and run', () => {
    const m = feed(monitorOf(LEADS_TO), [
      rec('a', 's', 'req'),
      rec('b', 's', 'req'),
      rec('b', 's', 'ans'),
      rec('a', 's', 'x'),
      rec('a', 's', 'x'),
      rec('a', 's', 'req'),
      rec('a', 's', 'x'),
      rec('a', 's', 'x'),
    ]);
    expect(m.violations.map((v) => [v.runId, v.location.line])).toEqual([['a', 1]]);
  });

  it('an open obligation at the end is a violation', () => {
    const m = feed(monitorOf(LEADS_TO.replace('    within: 2\n', '')), [
      rec('r', 's', 'x'),
      rec('r', 's', 'req', { id: 1 }),
    ]);
    expect(m.violations).toHaveLength(1);
    expect(m.violations[0]?.location.line).toBe(2);
    expect(m.violations[0]?.message).toContain('still waiting');
  });
});

describe('filters, never and errors', () => {
  it('applies when-expressions and never', () => {
    const yaml = `id: N
title: No secrets
severity: critical
scope: '*'
when:
  - expr: "has(record.kind) && kind == 'log'"
temporal:
  - never: text.contains('password')
    message: 'secret in {{kind}} line: {{text}} / {{nope.deeper}}'
`;
    const m = feed(monitorOf(yaml), [
      rec('r', 'a', 'e', { kind: 'log', text: 'ok' }),
      rec('r', 'a', 'e', { text: 'password=1' }),
      rec('r', 'b', 'e', { kind: 'log', text: 'password=2' }),
    ]);
    expect(m.violations).toHaveLength(1);
    expect(m.violations[0]?.location.line).toBe(3);
    expect(m.violations[0]?.message).toContain(
      'secret in log line: password=2 / <missing nope.deeper>',
    );
    expect(JSON.stringify(m.violations[0]?.record)).not.toContain('"record"');
  });

  it('an evaluation error is reported as an error, not a pass', () => {
    const yaml = `id: X\ntitle: x\nseverity: low\nscope: s\nassert:\n  - expr: n > 1\n`;
    const m = feed(monitorOf(yaml), [rec('r', 's', 'e', { n: 'two' })]);
    expect(m.errorCount).toBe(1);
    expect(m.violations[0]?.kind).toBe('error');
  });
});

describe('templates', () => {
  it('render safely', () => {
    const t = parseTemplate(
      'a={{a}} b={{b.c}} p={{__proto__}} c={{constructor}} x={{ x }} {{not valid}}',
    );
    const r = renderTemplate(t, JSON.parse('{"a": [1, {"z": null}], "b": {"c": "d"}, "x": 5}'));
    expect(r).toBe(
      'a=[1,{"z":null}] b=d p=<missing __proto__> c=<missing constructor> x=5 {{not valid}}',
    );
    expect(showValue(10n)).toBe('10');
    const cyc: Record<string, unknown> = {};
    cyc['self'] = cyc;
    expect(showValue(cyc)).toBe('<unprintable>');
    expect(showValue('x'.repeat(500))).toHaveLength(201);
    expect(renderTemplate(parseTemplate('{{a}}'), null)).toBe('<missing a>');
  });
});

describe('trace reader', () => {
  it('splits lines across chunk boundaries, including multi-byte characters', async () => {
    const lines = Array.from({ length: 50 }, (_, i) =>
      JSON.stringify(rec('r', 's', 'e', { t: `é€😀 ${i}` })),
    );
    const dir = tempTree({ 't.jsonl': `${lines.join('\n')}\n` });
    const seen: string[] = [];
    const s = await readTrace(
      join(dir, 't.jsonl'),
      't.jsonl',
      (r, line) => seen.push(`${line}:${String(r['t'])}`),
      { chunkBytes: 7 },
    );
    expect(s.records).toBe(50);
    expect(seen[49]).toBe('50:é€😀 49');
  });

  it('reports a too-long line that spans chunks', async () => {
    const dir = tempTree({});
    writeFileSync(
      join(dir, 't.jsonl'),
      `${JSON.stringify(rec('r', 's', 'e'))}\n${'x'.repeat(5000)}`,
    );
    await expect(
      readTrace(join(dir, 't.jsonl'), 't.jsonl', () => undefined, {
        chunkBytes: 64,
        maxLineChars: 1000,
      }),
    ).rejects.toThrow('t.jsonl:2: the line is longer than 1000 characters');
  });

  it('fails on an unreadable file', async () => {
    await expect(
      readTrace('/nonexistent/t.jsonl', 't.jsonl', () => undefined),
    ).rejects.toMatchObject({ code: 'INV_TRACE_UNREADABLE' });
  });
});

describe('loader', () => {
  it('accepts one invariant, a list, or several documents', () => {
    const one = 'id: A\ntitle: a\nseverity: low\nscope: s\nassert: [{ expr: "true" }]\n';
    const set = compileInvariantTexts([
      { file: 'one.yaml', text: one },
      { file: 'list.yaml', text: `- ${one.replace('id: A', 'id: B').split('\n').join('\n  ')}` },
      {
        file: 'docs.yaml',
        text: `${one.replace('id: A', 'id: C')}---\n${one.replace('id: A', 'id: D')}`,
      },
    ]);
    expect(set.invariants.map((i) => i.id)).toEqual(['A', 'B', 'C', 'D']);
    expect(set.byId.get('D')?.location).toEqual({ file: 'docs.yaml', line: 7, column: 1 });
  });

  it('rejects hostile keys', () => {
    expect(() =>
      compileInvariantTexts([
        {
          file: 'h.yaml',
          text: 'id: A\ntitle: a\nseverity: low\nscope: s\nassert: [{ expr: "true" }]\n__proto__: { polluted: true }\n',
        },
      ]),
    ).toThrow(/INV_INVALID|invalid invariant/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('caps aliases ("billion laughs") and rejects unknown aliases and tags', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
    ] as const) {
      rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const load = (text: string): unknown => {
      try {
        compileInvariantTexts([{ file: 'x.yaml', text }]);
      } catch (thrown) {
        return (thrown as { code?: unknown }).code;
      }
      return 'loaded';
    };
    expect(load(`${rows.join('\n')}\n`)).toBe('INV_YAML_UNPARSEABLE');
    expect(load('id: *nowhere\n')).toBe('INV_YAML_UNPARSEABLE');
    expect(load('id: !!js/function "x"\n')).toBe('INV_YAML_UNPARSEABLE');
    expect(
      load(
        'id: A\ntitle: a\nseverity: low\nscope: s\nassert: [{ expr: "true" }]\ntags: &t [x]\nowners: *t\n',
      ),
    ).toBe('loaded');
  });

  it('intersects several event filters', () => {
    const set = compileInvariantTexts([
      {
        file: 'w.yaml',
        text: 'id: W\ntitle: w\nseverity: low\nscope: s\nwhen:\n  - event: [a, b]\n  - event: [b, c]\nassert: [{ expr: "true" }]\n',
      },
    ]);
    expect(set.invariants[0]?.events).toEqual(['b']);
  });
});
