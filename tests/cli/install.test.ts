/**
 * The README's install step before a release: from any directory, `npx <checkout>` runs the
 * checkout's built CLI (dist/cli.js) — no registry, no publishing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

const ROOT = join(import.meta.dirname, '../..');
const built = existsSync(join(ROOT, 'dist/cli.js'));

describe('npx from the checkout', () => {
  it.skipIf(!built && process.env['CI'] !== 'true')(
    'prints the version from another directory, offline',
    () => {
      if (!built) throw new Error('dist/cli.js is not built (npm run build)');
      const out = execFileSync('npx', ['--offline', '--yes', ROOT, '--version'], {
        cwd: mkdtempSync(join(tmpdir(), 'maestro-npx-')),
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(out.trim().split('\n').at(-1)).toBe(pkg.version);
    },
    150_000,
  );
});
