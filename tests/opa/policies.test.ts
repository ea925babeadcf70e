import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runOpa } from '../../action/gates/opa/opa-cli.js';
import { buildPolicies } from '../../scripts/build-policies.js';
import { opaForTests, ROOT, skipWithoutOpa } from './opa-bin.js';

const opa = opaForTests();

describe.skipIf(skipWithoutOpa())('the Rego policies', () => {
  it.each(['policies', 'examples/demo/base/policies'])('`opa test %s` passes', async (dir) => {
    const { stdout } = await runOpa(opa!, ['test', '--format', 'json', dir], {
      cwd: ROOT,
      timeoutMs: 60_000,
    });
    const results = JSON.parse(stdout) as { name: string; fail?: boolean; error?: unknown }[];
    expect(results.length).toBeGreaterThan(0);
    expect(
      results.filter((r) => r.fail === true || r.error !== undefined).map((r) => r.name),
    ).toEqual([]);
  });

  it('are formatted (`opa fmt`) and pass `opa check --strict`', async () => {
    const dirs = ['policies', 'examples/demo/base/policies', 'examples/demo/head/policies'];
    const { stdout } = await runOpa(opa!, ['fmt', '--list', ...dirs], { cwd: ROOT });
    expect(stdout.trim()).toBe('');
    // Each directory is its own policy set (the same package in each): check them one by one.
    for (const dir of dirs) await runOpa(opa!, ['check', '--strict', dir], { cwd: ROOT });
  });

  it('the demo snapshots carry the same policies (a difference would be gate tampering)', () => {
    const base = join(ROOT, 'examples/demo/base/policies');
    const head = join(ROOT, 'examples/demo/head/policies');
    expect(readdirSync(head).sort()).toEqual(readdirSync(base).sort());
    for (const name of readdirSync(base)) {
      expect(readFileSync(join(head, name), 'utf8'), name).toBe(
        readFileSync(join(base, name), 'utf8'),
      );
    }
  });

  it('dist/policies is what build-policies produces, byte for byte, and the build is deterministic', async () => {
    // OPA's wasm output varies between runs for rules spread over several files: three builds.
    const first = await buildPolicies(opa!);
    const second = await buildPolicies(opa!);
    const third = await buildPolicies(opa!);
    expect([...first.keys()].sort()).toEqual(readdirSync(join(ROOT, 'dist/policies')).sort());
    for (const [name, bytes] of first) {
      for (const other of [second, third]) {
        expect(
          Buffer.from(other.get(name)!).equals(Buffer.from(bytes)),
          `${name} differs between two builds`,
        ).toBe(true);
      }
      expect(
        Buffer.from(bytes).equals(readFileSync(join(ROOT, 'dist/policies', name))),
        `dist/policies/${name} drifted from policies/: run \`npx tsx scripts/build-policies.ts\``,
      ).toBe(true);
    }
  });
});
