/**
 * Go OPA for the OPA benchmark: `opa bench`, and the Go harness in bench/opa-go (the same Go
 * library, measured evaluating only or doing the gate's whole work), on a policy directory with
 * the gate's generated entry module.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_NAMESPACE } from '../action/gates/opa/config.js';
import { ENTRY_FILE, entryModule, readLayout } from '../action/gates/opa/layout.js';
import { runOpa } from '../action/gates/opa/opa-cli.js';

const here = fileURLToPath(new URL('.', import.meta.url));

/** A rate measured both by the clock and by the process's CPU time (fairer on a busy machine). */
export interface Rate {
  n: number;
  wallPerSec: number;
  cpuPerSec: number;
}

/** Builds the Go harness (bench/opa-go) once; `undefined` without a Go toolchain. */
export function buildGoHarness(work: string, log: (line: string) => void): string | undefined {
  const out = join(work, 'opa-go-bench');
  try {
    execFileSync('go', ['build', '-o', out, '.'], {
      cwd: join(here, 'opa-go'),
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 600_000,
    });
    return out;
  } catch (thrown) {
    log(
      `Go harness not built (${String(thrown).split('\n')[0]}): Go is measured by opa bench only`,
    );
    return undefined;
  }
}

/** The policy directory with the gate's entry module, and the input file, for Go OPA. */
export async function goWorkspace(
  opa: string,
  files: { rel: string; text: string }[],
  input: Uint8Array,
): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'maestro-opa-bench-'));
  const src = join(work, 'src');
  mkdirSync(src);
  for (const f of files) writeFileSync(join(src, f.rel), f.text);
  const layout = await readLayout(
    opa,
    src,
    files.map((f) => f.rel),
    'bench',
    { regoVersion: 'v1' },
  );
  writeFileSync(
    join(src, ENTRY_FILE),
    entryModule(layout, { namespace: DEFAULT_NAMESPACE, allNamespaces: false }),
  );
  writeFileSync(join(work, 'input.json'), input);
  return work;
}

/** `opa bench` (Go OPA in-process: input decoded once, result discarded), by its own clock. */
export async function opaBenchRate(
  opa: string,
  work: string,
  query: string,
): Promise<{ perSec: number; n: number }> {
  const { stdout } = await runOpa(
    opa,
    ['bench', '--data', 'src', '--input', 'input.json', '--format', 'json', query],
    { cwd: work, timeoutMs: 120_000 },
  );
  const go = JSON.parse(stdout) as { N: number; T: number };
  return { perSec: go.N / (go.T / 1e9), n: go.N };
}

/** The Go harness in one mode: its rate and the result it computed. */
export function goHarnessRate(
  harness: string,
  work: string,
  query: string,
  mode: 'eval-only' | 'same-work',
  ms: number,
): Rate & { result: unknown } {
  const stdout = execFileSync(harness, ['src', 'input.json', query, mode, String(ms)], {
    cwd: work,
    encoding: 'utf8',
    timeout: ms * 20 + 60_000,
  });
  const r = JSON.parse(stdout) as { n: number; wall_ns: number; cpu_ns: number; result: unknown };
  return {
    n: r.n,
    wallPerSec: r.n / (r.wall_ns / 1e9),
    cpuPerSec: r.n / (r.cpu_ns / 1e9),
    result: r.result,
  };
}

/** A result with every set (array) sorted, so two engines' answers compare equal. */
export function canonical(value: unknown): string {
  const norm = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(norm).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, x]) => [k, norm(x)]),
          )
        : v;
  return JSON.stringify(norm(value));
}
