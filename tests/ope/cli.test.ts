// `maestro-gate ope`: the gate's computation on local files, text and JSON (with its schema).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../action/cli/main.js';
import { registerSchema, validate } from '../../action/schemas/validators.js';
import cliSchema from '../../schemas/ope-report.schema.json' with { type: 'json' };
import predicateSchema from '../../schemas/predicate-ope-report.schema.json' with { type: 'json' };
import { captureIo, tempRepo } from '../helpers/repo.js';

const demo = join(import.meta.dirname, '../../examples/demo');
const args = [
  'ope',
  '--config',
  join(demo, 'base/.github/maestro.yml'),
  '--data',
  join(demo, 'base/logs/routing.parquet'),
  '--baseline',
  join(demo, 'base/routing/policy.json'),
];

describe('maestro-gate ope', () => {
  it('stops the demo candidate with exit 1 and prints the numbers', async () => {
    const cap = captureIo();
    const code = await main(
      [...args, '--candidate', join(demo, 'head/routing/policy.json')],
      cap.io,
    );
    expect(code).toBe(1);
    expect(cap.out()).toMatch(/^STOPPED \(OPE_REGRESSION\): /);
    expect(cap.out()).toContain('DR on 60,000 logged rows');
  });

  it('JSON output matches schemas/ope-report.schema.json; the baseline against itself runs', async () => {
    const cap = captureIo();
    const code = await main(
      [
        ...args,
        '--candidate',
        join(demo, 'base/routing/policy.json'),
        '--format',
        'json',
        '--bound',
        'bootstrap',
        '--resamples',
        '200',
      ],
      cap.io,
    );
    expect(code).toBe(0);
    const out = JSON.parse(cap.out()) as {
      decision: string;
      report: { gate_rule: { lower_bound: number } };
    };
    expect(out.decision).toBe('RUN');
    expect(out.report.gate_rule.lower_bound).toBe(0);
    registerSchema(predicateSchema);
    registerSchema(cliSchema);
    expect(validate(cliSchema.$id, out)).toEqual([]);
  });

  it('--clip and --epsilon change the computation; flags work without a configuration', async () => {
    const dir = tempRepo({
      'logs.csv':
        'kind,arm,p,r\n' +
        Array.from(
          { length: 400 },
          (_, i) => `k${i % 4 < 2 ? 0 : 1},${i % 2 ? 'a' : 'b'},0.5,${i % 5 ? 1 : 0}`,
        ).join('\n') +
        '\n',
      'base.json': '{"key":"kind","table":{},"default":{"a":0.5,"b":0.5}}',
      'head.json': '{"key":"kind","table":{},"default":{"a":0.9,"b":0.1}}',
    });
    const flags = [
      'ope',
      '--arms',
      'a,b',
      '--context',
      'kind',
      '--action',
      'arm',
      '--propensity',
      'p',
      '--reward',
      'r',
      '--data',
      join(dir, 'logs.csv'),
      '--baseline',
      join(dir, 'base.json'),
      '--candidate',
      join(dir, 'head.json'),
      '--format',
      'json',
      '--estimator',
      'ips',
    ];
    const a = captureIo();
    await main([...flags, '--epsilon', '5'], a.io);
    const b = captureIo();
    await main([...flags, '--epsilon', '5', '--clip', '1.2'], b.io);
    const ra = JSON.parse(a.out()) as {
      decision: string;
      report: { estimators: { ips: { candidate: { estimate: number } } } };
    };
    const rb = JSON.parse(b.out()) as typeof ra;
    expect(ra.decision).toBe('RUN');
    expect(rb.report.estimators.ips.candidate.estimate).toBeLessThan(
      ra.report.estimators.ips.candidate.estimate,
    );
    const usage = captureIo();
    expect(await main(['ope', '--data', 'x'], usage.io)).toBe(64);
    const missing = captureIo();
    expect(
      await main([...flags.slice(0, 12), join(dir, 'none.csv'), ...flags.slice(13)], missing.io),
    ).toBe(1);
    expect(missing.out()).toContain('OPE_DATA_UNREADABLE');
  });
});
