/**
 * `check --base REF` lists changed files as GitHub does: renames with their previous path,
 * binary files with no line counts, nothing skipped (node_modules, .maestro, untracked files).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitChangedFiles } from '../../action/cli/changed-files.js';
import { MaestroError } from '../../action/contract/errors.js';

function git(dir: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-C', dir, '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    },
  ).trim();
}

function write(dir: string, path: string, data: string | Buffer): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), data);
}

const LONG = Array.from({ length: 40 }, (_, i) => `line ${i} of a file that is renamed`).join('\n');

describe('gitChangedFiles', () => {
  it('renames, binary files, removals, and what a walk would skip', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maestro-cf-'));
    git(dir, 'init', '-q');
    write(dir, 'src/old-name.ts', `${LONG}\n`);
    write(dir, 'gone.txt', 'a\nb\n');
    write(dir, 'edit.md', 'one\ntwo\nthree\n');
    write(dir, 'logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    git(dir, 'checkout', '-qb', 'feature');
    git(dir, 'mv', 'src/old-name.ts', 'src/new-name.ts');
    write(dir, 'src/new-name.ts', `${LONG}\nadded\n`);
    rmSync(join(dir, 'gone.txt'));
    write(dir, 'edit.md', 'one\n2\nthree\nfour\n');
    write(dir, 'logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9, 9, 9]));
    write(dir, 'node_modules/pkg/index.js', 'x\n');
    write(dir, '.maestro/notes.txt', 'y\n');
    write(dir, 'untracked.txt', 'u1\nu2\nu3\n');
    git(
      dir,
      'add',
      'src/new-name.ts',
      'edit.md',
      'logo.png',
      'node_modules',
      '.maestro',
      'gone.txt',
    );
    git(dir, 'commit', '-qm', 'head');

    expect(gitChangedFiles(dir, 'main')).toEqual([
      { path: '.maestro/notes.txt', status: 'added', additions: 1, deletions: 0 },
      { path: 'edit.md', status: 'modified', additions: 2, deletions: 1 },
      { path: 'gone.txt', status: 'removed', additions: 0, deletions: 2 },
      { path: 'logo.png', status: 'modified', additions: 0, deletions: 0 },
      { path: 'node_modules/pkg/index.js', status: 'added', additions: 1, deletions: 0 },
      {
        path: 'src/new-name.ts',
        status: 'renamed',
        additions: 1,
        deletions: 0,
        previous_path: 'src/old-name.ts',
      },
      { path: 'untracked.txt', status: 'added', additions: 3, deletions: 0 },
    ]);
  });

  it('an unknown base is a coded error, not an empty diff', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maestro-cf-'));
    git(dir, 'init', '-q');
    write(dir, 'a.txt', 'a\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'one');
    expect(() => gitChangedFiles(dir, 'no-such-branch')).toThrow(MaestroError);
  });
});
