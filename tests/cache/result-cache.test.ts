import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultCache } from '../../action/cache/result-cache.js';

interface Value {
  decision: 'RUN' | 'STOPPED';
}
const isValue = (v: unknown): v is Value =>
  typeof v === 'object' && v !== null && ['RUN', 'STOPPED'].includes((v as Value).decision);

const make = (dir: string, extra: { secret?: Uint8Array; version?: string; gate?: string } = {}) =>
  new ResultCache<Value>(dir, {
    gate: extra.gate ?? 'modelcheck',
    version: extra.version ?? '1',
    ...(extra.secret ? { secret: extra.secret } : {}),
    validate: isValue,
    reuseUnsigned: (v) => v.decision === 'STOPPED',
  });

const entryFile = (dir: string): string => {
  const root = join(dir, 'maestro-result-cache/v1/modelcheck');
  const sub = readdirSync(root)[0]!;
  return join(root, sub, readdirSync(join(root, sub))[0]!);
};

describe('result cache', () => {
  it('keys depend on gate, version and every input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-'));
    const a = make(dir).key({ spec: 'x' });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(make(dir).key({ spec: 'x' })).toBe(a);
    expect(make(dir).key({ spec: 'y' })).not.toBe(a);
    expect(make(dir, { version: '2' }).key({ spec: 'x' })).not.toBe(a);
    expect(make(dir, { gate: 'other' }).key({ spec: 'x' })).not.toBe(a);
  });

  it('a signed entry round-trips; the layout is one directory per gate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-'));
    const c = make(dir, { secret: Buffer.from('k') });
    const key = c.key({ spec: 'x' });
    expect(c.get(key)).toEqual({ hit: false, reason: 'no entry' });
    expect(c.put(key, { decision: 'RUN' })).toEqual({ ok: true });
    expect(c.get(key)).toEqual({ hit: true, value: { decision: 'RUN' }, signed: true });
    expect(entryFile(dir)).toContain(join('modelcheck', key.slice(0, 2), `${key}.json`));
  });

  it('without a secret, an unsigned RUN is never reused; an unsigned STOPPED is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-'));
    const c = make(dir);
    const run = c.key({ spec: 'run' });
    c.put(run, { decision: 'RUN' });
    expect(c.get(run).hit).toBe(false);
    const stop = c.key({ spec: 'stop' });
    c.put(stop, { decision: 'STOPPED' });
    expect(c.get(stop)).toMatchObject({ hit: true, signed: false });
  });

  const tamper = (mutate: (entry: Record<string, unknown>) => unknown, reason: RegExp) => () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-'));
    const c = make(dir, { secret: Buffer.from('k') });
    const key = c.key({ spec: 'x' });
    c.put(key, { decision: 'STOPPED' });
    const p = entryFile(dir);
    const entry = JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
    const out = mutate(entry);
    writeFileSync(p, typeof out === 'string' ? out : JSON.stringify(entry));
    const got = c.get(key);
    expect(got.hit).toBe(false);
    if (!got.hit) expect(got.reason).toMatch(reason);
  };

  it(
    'a poisoned value (STOPPED → RUN) fails its MAC',
    tamper((e) => {
      e['value'] = { decision: 'RUN' };
    }, /MAC/),
  );
  it(
    'a stripped MAC is refused',
    tamper((e) => delete e['mac'], /not signed/),
  );
  it(
    'a wrong key echo is refused',
    tamper((e) => {
      e['key'] = '0'.repeat(64);
    }, /key/),
  );
  it(
    'another gate version is refused',
    tamper((e) => {
      e['gate_version'] = '0';
    }, /version/),
  );
  it(
    'a value outside the contract is refused',
    tamper((e) => {
      e['value'] = { decision: 'MAYBE' };
    }, /contract/),
  );
  it(
    'corrupt JSON is ignored',
    tamper(() => '{"format": ', /JSON/),
  );
  it(
    'an empty file is ignored',
    tamper(() => '', /JSON/),
  );
  it(
    'a JSON array is ignored',
    tamper(() => '[]', /object/),
  );

  it('an unwritable cache directory reports, never throws', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-'));
    writeFileSync(join(dir, 'maestro-result-cache'), 'a file where a directory should be');
    const c = make(dir);
    const res = c.put(c.key({}), { decision: 'STOPPED' });
    expect(res.ok).toBe(false);
    expect(c.get('not-a-key')).toEqual({ hit: false, reason: 'invalid key' });
  });
});
