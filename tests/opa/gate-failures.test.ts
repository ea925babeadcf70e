/** The OPA gate fails closed on failing policies, naming the policy and where it failed. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../action/pipeline/runner.js';
import { createOpaGate } from '../../action/gates/opa/index.js';
import { opaToolchainFromEnvironment } from '../../action/gates/opa/toolchain.js';
import { file, NOW, repoWith, run } from './gate-run.js';
import { skipWithoutOpa, tempDir } from './opa-bin.js';

describe.skipIf(skipWithoutOpa())(
  'OPA gate: failing policies fail closed, naming the policy',
  () => {
    it.each([
      ['abort', 'OPA_POLICY_ABORTED', /policy policies.*conflict/s],
      ['http-send', 'OPA_UNSUPPORTED_BUILTIN', /policy policies.*`http\.send`/s],
      ['time-now', 'OPA_UNSUPPORTED_BUILTIN', /`time\.now_ns`/],
      ['malformed-deny', 'OPA_RESULT_MALFORMED', /policy policies: rule `maestro.gate.deny`/],
      ['malformed-risk', 'OPA_RESULT_MALFORMED', /policy policies: rule `maestro.gate.risk`/],
      ['compile-error', 'OPA_COMPILE_FAILED', /policy policies.*undefined_function/s],
    ])('%s → %s', async (fixture, code, message) => {
      const r = await run({ base: repoWith(fixture), changed: [file('src/a.ts')] });
      expect(r.decision).toBe('STOPPED');
      expect(r.reason_code).toBe(code);
      expect(r.findings[0]!.message).toMatch(message);
    });

    it('locates an unsupported builtin at file:line', async () => {
      const r = await run({ base: repoWith('http-send'), changed: [] });
      expect(r.findings[0]).toEqual(
        expect.objectContaining({ file: 'policies/fetch.rego', line: 7 }),
      );
    });

    it('locates a compile error at file:line', async () => {
      const r = await run({ base: repoWith('compile-error'), changed: [] });
      expect(r.findings[0]).toEqual(
        expect.objectContaining({ file: 'policies/broken.rego', line: 6 }),
      );
    });

    it('stops a slow policy at eval_timeout_seconds, before the gate timeout', async () => {
      const r = await run({
        base: repoWith('slow'),
        gate: { policies: ['policies'], eval_timeout_seconds: 0.1, max_memory_mb: 1024 },
      });
      expect(r.decision).toBe('STOPPED');
      expect(r.reason_code).toBe('OPA_POLICY_TIMEOUT');
      expect(r.findings[0]!.message).toContain('policy policies');
    });

    it('stops a memory-hungry policy at the configured limit', async () => {
      const r = await run({
        base: repoWith('memory-hog'),
        gate: { policies: ['policies'], max_memory_mb: 8 },
      });
      expect(r.decision).toBe('STOPPED');
      expect(['OPA_POLICY_ABORTED', 'OPA_POLICY_TRAPPED']).toContain(r.reason_code);
    });

    it('is STOPPED with OPA_CLI_NOT_FOUND when opa is needed but absent', async () => {
      const base = repoWith('clean');
      const empty = tempDir();
      const r = await runGate(
        createOpaGate({
          toolchain: opaToolchainFromEnvironment({ PATH: empty, HOME: empty }),
          bundledDir: tempDir(),
        }),
        {
          baseDir: base,
          headDir: base,
          gateConfig: { policies: ['policies'] },
          config: { version: 1, gates: { opa: { policies: ['policies'] } } },
          priorResults: [],
          changedFiles: [],
          now: () => NOW,
          progress: () => undefined,
          timeoutMs: 60_000,
        },
      );
      expect(r.decision).toBe('STOPPED');
      expect(r.reason_code).toBe('OPA_CLI_NOT_FOUND');
      expect(r.findings[0]!.message).toContain(
        'go install github.com/open-policy-agent/opa@v1.10.1',
      );
    });

    it('reports a bundled wasm that was modified', async () => {
      const dir = tempDir();
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, 'manifest.json'),
        JSON.stringify({
          format: 1,
          opa_version: '1.10.1',
          bundles: [
            {
              name: 'p',
              namespace: 'maestro.gate',
              source_digest: 'x',
              files: [],
              wasm: 'p.wasm',
              wasm_sha256: `sha256:${'0'.repeat(64)}`,
            },
          ],
        }),
      );
      writeFileSync(join(dir, 'p.wasm'), 'not wasm');
      const r = await run({
        base: tempDir(),
        gate: { bundled: true },
        options: { bundledDir: dir },
      });
      expect(r.reason_code).toBe('OPA_POLICY_UNREADABLE');
      expect(r.findings[0]!.message).toContain('it was modified');
    });
  },
);
