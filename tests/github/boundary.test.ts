import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

describe('the GitHub boundary', () => {
  it('only action/github/ imports Octokit or @actions/github', async () => {
    const files = await glob(['action/**/*.ts'], { cwd: root, ignore: ['action/github/**'] });
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((f) =>
      /from\s+['"](@actions\/github|@octokit\/[^'"]+|octokit)['"]/.test(
        readFileSync(join(root, f), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('the gates never reach the port: they see pull-request facts through the context only', async () => {
    const files = await glob(['action/gates/**/*.ts'], { cwd: root });
    const offenders = files.filter((f) =>
      /github\/(port|octokit-adapter)\.js/.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
