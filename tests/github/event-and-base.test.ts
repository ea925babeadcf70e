import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MaestroError } from '../../action/contract/errors.js';
import { extractTarball, materialiseBase } from '../../action/github/base-snapshot.js';
import { pullRequestFromPayload, readActionEvent } from '../../action/github/event.js';
import { createStaticPort } from '../../action/github/static-port.js';
import { tempRepo } from '../helpers/repo.js';
import { tarball } from '../fake-github/server.js';
import { mergeGroupEvent, pullRequestEvent, pushEvent } from '../action/harness.js';

const FIX = join(import.meta.dirname, '../fixtures/github');
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

function eventFile(payload: unknown): string {
  const dir = tempRepo();
  const path = join(dir, 'event.json');
  writeFileSync(path, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return path;
}

describe('readActionEvent', () => {
  it('reads a real pull_request payload (webhooks-examples) into facts', () => {
    const path = eventFile(
      pullRequestEvent({
        repository: 'octo/router',
        number: 9,
        baseSha: A,
        headSha: B,
        headRepository: 'fork/router',
        changedFiles: 4,
      }),
    );
    const event = readActionEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path });
    expect(event.changedFilesCount).toBe(4);
    expect(event.pullRequest).toMatchObject({
      number: 9,
      base: { ref: 'main', sha: A },
      head: { ref: 'feature', sha: B },
      repository: 'octo/router',
      head_repository: 'fork/router',
      fork: true,
    });
    expect(event.pullRequest!.author).not.toBe('');
  });

  it('a push payload has no pull request', () => {
    const path = eventFile(pushEvent({ repository: 'octo/router', before: A, after: B }));
    expect(readActionEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: path })).toEqual({
      name: 'push',
    });
  });

  it('a merge_group payload gives the queue base and head; a bad SHA stops', () => {
    const good = eventFile(mergeGroupEvent({ repository: 'octo/router', baseSha: A, headSha: B }));
    expect(
      readActionEvent({ GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: good }),
    ).toMatchObject({
      name: 'merge_group',
      mergeGroup: { baseSha: A, headSha: B, baseRef: 'refs/heads/main' },
    });
    const bad = eventFile(
      mergeGroupEvent({ repository: 'octo/router', baseSha: 'main', headSha: B }),
    );
    expect(() =>
      readActionEvent({ GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: bad }),
    ).toThrow(/merge_group payload has no valid base_sha/);
  });

  it('no event path is a local run', () => {
    expect(readActionEvent({})).toEqual({ name: '' });
  });

  it.each([
    ['empty', 'empty-event.txt'],
    ['truncated', 'truncated-event.txt'],
  ])('an %s event file stops with PR_FACTS_UNAVAILABLE', (_what, file) => {
    const run = () =>
      readActionEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(FIX, file) });
    expect(run).toThrow(MaestroError);
    expect(run).toThrow(/cannot read the event payload/);
  });

  it('a missing event file stops', () => {
    expect(() =>
      readActionEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(FIX, 'nope') }),
    ).toThrow(/PR|event payload/);
  });

  it('a hostile payload (path and shell in SHAs) is refused, not passed to git', () => {
    let thrown: unknown;
    try {
      readActionEvent({
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: join(FIX, 'hostile-event.json'),
      });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(MaestroError);
    expect((thrown as MaestroError).code).toBe('PR_FACTS_UNAVAILABLE');
    expect((thrown as MaestroError).message).toMatch(/base\.sha is not a 40-hex/);
    expect((thrown as MaestroError).message).toMatch(/head\.sha is not a 40-hex/);
  });

  it('a pull_request event without a pull_request object stops', () => {
    const path = eventFile({ action: 'opened' });
    expect(() =>
      readActionEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path }),
    ).toThrow(/without a pull_request object/);
  });

  it('a deleted head repository counts as a fork (least trust)', () => {
    const pr = pullRequestFromPayload(
      {
        number: 1,
        base: { sha: A, ref: 'main', repo: { full_name: 'o/r' } },
        head: { sha: B, ref: 'x', repo: null },
      },
      'test',
    );
    expect(pr.fork).toBe(true);
    expect(pr.head_repository).toBeUndefined();
  });
});

function gitRepo(files: Record<string, string>): { dir: string; sha: string } {
  const dir = tempRepo(files);
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
  };
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, ...args], { env, encoding: 'utf8' }).trim();
  git('init', '-q');
  git('add', '-A');
  git('-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'base');
  return { dir, sha: git('rev-parse', 'HEAD') };
}

describe('materialiseBase', () => {
  it('uses git archive when the checkout has the base commit', async () => {
    const { dir, sha } = gitRepo({ '.github/maestro.yml': 'version: 1\n' });
    writeFileSync(join(dir, '.github/maestro.yml'), 'head edit\n');
    const snap = await materialiseBase({ headDir: dir, sha, fetch: false });
    expect(snap.method).toBe('git-archive');
    expect(readFileSync(join(snap.dir, '.github/maestro.yml'), 'utf8')).toBe('version: 1\n');
  });

  it('fetches the base commit with git when a shallow checkout lacks it', async () => {
    const origin = gitRepo({ '.github/maestro.yml': 'base\n' });
    writeFileSync(join(origin.dir, '.github/maestro.yml'), 'head\n');
    execFileSync('git', [
      '-C',
      origin.dir,
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.com',
      '-c',
      'commit.gpgsign=false',
      'commit',
      '-q',
      '-am',
      'head',
    ]);
    const clone = tempRepo();
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${origin.dir}`, clone]);
    const snap = await materialiseBase({ headDir: clone, sha: origin.sha });
    expect(snap.method).toBe('git-fetch');
    expect(readFileSync(join(snap.dir, '.github/maestro.yml'), 'utf8')).toBe('base\n');
    expect(readFileSync(join(clone, '.github/maestro.yml'), 'utf8')).toBe('head\n');
  });

  it('falls back to the API tarball when git cannot provide the commit', async () => {
    const { dir } = gitRepo({ 'a.txt': 'head\n' });
    const port = createStaticPort({
      tarballs: {
        [A]: new Uint8Array(tarball('o-r-aaaaaaa', { '.github/maestro.yml': 'base\n' })),
      },
    });
    const lines: string[] = [];
    const snap = await materialiseBase({
      headDir: dir,
      sha: A,
      archive: port,
      log: (l) => lines.push(l),
    });
    expect(snap.method).toBe('api-tarball');
    expect(readFileSync(join(snap.dir, '.github/maestro.yml'), 'utf8')).toBe('base\n');
    expect(lines.join('\n')).toContain('through the GitHub API');
  });

  it('never falls back to the head: no commit, no fetch, no tarball → BASE_SNAPSHOT_UNAVAILABLE', async () => {
    const { dir } = gitRepo({ '.github/maestro.yml': 'head\n' });
    const error = await materialiseBase({
      headDir: dir,
      sha: A,
      archive: createStaticPort(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MaestroError);
    expect((error as MaestroError).code).toBe('BASE_SNAPSHOT_UNAVAILABLE');
    expect((error as MaestroError).message).toMatch(/git fetch origin .* failed/);
    expect((error as MaestroError).message).toMatch(/downloading the tarball failed/);
    expect((error as MaestroError).message).toMatch(
      /never reads its configuration from the pull request head/,
    );
  });

  it('refuses a SHA that is not a full commit id (no ref tricks like HEAD or --upload-pack)', async () => {
    const { dir } = gitRepo({ 'a.txt': 'x\n' });
    for (const sha of ['HEAD', '--upload-pack=touch /tmp/pwned', A.slice(0, 12), '']) {
      await expect(materialiseBase({ headDir: dir, sha, fetch: false })).rejects.toMatchObject({
        code: 'BASE_SNAPSHOT_UNAVAILABLE',
      });
    }
  });

  it('a corrupt tarball is a failure, not an empty base', async () => {
    const { dir } = gitRepo({ 'a.txt': 'x\n' });
    const port = createStaticPort({ tarballs: { [A]: new TextEncoder().encode('not gzip') } });
    await expect(
      materialiseBase({ headDir: dir, sha: A, archive: port, fetch: false }),
    ).rejects.toMatchObject({ code: 'BASE_SNAPSHOT_UNAVAILABLE' });
    expect(() => extractTarball(new Uint8Array())).toThrow();
  });
});
