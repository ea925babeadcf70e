import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findOpa } from '../../action/gates/opa/opa-cli.js';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '../..');

/** The OPA fixtures directory. */
export const FIXTURES = join(ROOT, 'tests/fixtures/opa');

let cached: string | null | undefined;

/**
 * The `opa` binary for tests: PATH, then `$(go env GOPATH)/bin`, then `~/go/bin`. Returns
 * `undefined` locally when it is missing; on CI (`CI=true`) a missing opa is an error, so
 * tests that need it fail rather than skip.
 */
export function opaForTests(): string | undefined {
  if (cached !== undefined) return cached ?? undefined;
  let gopath: string | undefined;
  try {
    gopath = execFileSync('go', ['env', 'GOPATH'], { encoding: 'utf8', timeout: 10_000 }).trim();
  } catch {
    gopath = undefined;
  }
  const env = { ...process.env, ...(gopath ? { GOPATH: gopath } : {}) };
  const found = findOpa(env);
  if (found === undefined && process.env['CI'] === 'true') {
    throw new Error(
      'opa is required on CI: install it with `go install github.com/open-policy-agent/opa@v1.10.1`',
    );
  }
  cached = found ?? null;
  return found;
}

/** True when tests that need opa should be skipped (never on CI: there opaForTests throws). */
export function skipWithoutOpa(): boolean {
  return opaForTests() === undefined;
}

/** Copies a fixture policy directory into `<repo>/<dest>`. */
export function copyFixture(name: string, repo: string, dest = 'policies'): void {
  mkdirSync(join(repo, dest), { recursive: true });
  cpSync(join(FIXTURES, name), join(repo, dest), { recursive: true });
}

/** A temporary repository holding `files`. */
export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'maestro-opa-test-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** True when a path exists (for assertions that read better). */
export function exists(path: string): boolean {
  return existsSync(path);
}
