/**
 * Runs the built action (`dist/index.js`) the way the Actions runner does: inputs as
 * `INPUT_*`, the event at `GITHUB_EVENT_PATH`, outputs and summary files, and the fake GitHub
 * as `GITHUB_API_URL`. Also builds a realistic workspace: a git repository whose first commit
 * is the demo's base snapshot and whose second commit is its head.
 */
import { execFileSync, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles } from '../../action/util/snapshot.js';

const require = createRequire(import.meta.url);

/** The repository root. */
export const ROOT = join(import.meta.dirname, '../..');
/** The built action. */
export const DIST = join(ROOT, 'dist/index.js');
/** The demo pull request's two snapshots. */
export const DEMO_BASE = join(ROOT, 'examples/demo/base');
export const DEMO_HEAD = join(ROOT, 'examples/demo/head');

/** The Node 24 binary, or why there is none (fails in CI, skips locally). */
export function node24(): { path?: string; reason?: string } {
  const path = process.env['MAESTRO_NODE24'];
  if (path && existsSync(path)) return { path };
  return {
    reason: path
      ? `MAESTRO_NODE24=${path} does not exist`
      : 'MAESTRO_NODE24 is not set (the path of a Node 24 binary)',
  };
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Maestro Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Maestro Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_AUTHOR_DATE: '2026-11-20T10:00:00Z',
  GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z',
};

function git(dir: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-C', dir, '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args],
    {
      env: { ...process.env, ...GIT_ENV },
      encoding: 'utf8',
    },
  ).trim();
}

function replaceTree(dir: string, from: string): void {
  for (const entry of readdirSync(dir))
    if (entry !== '.git') rmSync(join(dir, entry), { recursive: true, force: true });
  cpSync(from, dir, { recursive: true });
}

/** A workspace checkout of the demo pull request. */
export interface DemoWorkspace {
  dir: string;
  baseSha: string;
  headSha: string;
}

/**
 * Copies the demo into a temporary git repository: base commit, then head commit (checked
 * out). With `withBase: false` the repository holds only the head commit (a shallow checkout
 * that lacks the base), and `baseSha` is the SHA the base commit has elsewhere.
 */
export function demoWorkspace(opts: { withBase?: boolean; clean?: boolean } = {}): DemoWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'maestro-e2e-ws-'));
  git(dir, 'init', '-q');
  replaceTree(dir, DEMO_BASE);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  if (opts.clean) {
    // A pull request that only edits the README: every gate passes on it.
    writeFileSync(
      join(dir, 'README.md'),
      `${readFileSync(join(dir, 'README.md'), 'utf8')}\nA typo fix.\n`,
    );
  } else {
    replaceTree(dir, DEMO_HEAD);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  const headSha = git(dir, 'rev-parse', 'HEAD');
  if (opts.withBase === false) {
    // Re-create the repository with the head tree only: the base commit is not present.
    rmSync(join(dir, '.git'), { recursive: true, force: true });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'head (shallow)');
    return { dir, baseSha, headSha: git(dir, 'rev-parse', 'HEAD') };
  }
  return { dir, baseSha, headSha };
}

/** A fresh P-256 private key (PKCS#8 PEM) for the `signing-key` input. */
export function signingKeyPem(): string {
  return generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
}

/** The base snapshot's files (path → content), for the fake's tarball and contents. */
export function snapshotFiles(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((p) => [p, readFileSync(join(dir, p), 'utf8')]));
}

type Json = Record<string, unknown>;

interface WebhookExamples {
  name: string;
  examples: Json[];
}

/** A real webhook payload from `@octokit/webhooks-examples`. */
export function webhookExample(name: string, action?: string): Json {
  const all = JSON.parse(
    readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'),
  ) as WebhookExamples[];
  const found = all
    .find((e) => e.name === name)
    ?.examples.find((x) => action === undefined || x['action'] === action);
  if (!found) throw new Error(`no ${name}/${action ?? '*'} webhook example`);
  return structuredClone(found);
}

/** A `pull_request` `opened` payload rewritten for the given repository and commits. */
export function pullRequestEvent(opts: {
  repository: string;
  number: number;
  baseSha: string;
  headSha: string;
  headRepository?: string;
  changedFiles: number;
}): Json {
  const event = webhookExample('pull_request', 'opened');
  const pr = event['pull_request'] as Json;
  const base = pr['base'] as Json;
  const head = pr['head'] as Json;
  const headRepo = opts.headRepository ?? opts.repository;
  pr['number'] = opts.number;
  pr['changed_files'] = opts.changedFiles;
  base['sha'] = opts.baseSha;
  base['ref'] = 'main';
  base['repo'] = { ...(base['repo'] as Json), full_name: opts.repository, fork: false };
  head['sha'] = opts.headSha;
  head['ref'] = 'feature';
  head['repo'] = {
    ...(head['repo'] as Json),
    full_name: headRepo,
    fork: headRepo !== opts.repository,
  };
  event['number'] = opts.number;
  event['repository'] = { ...(event['repository'] as Json), full_name: opts.repository };
  return event;
}

/** A `push` payload for the given commits. */
export function pushEvent(opts: { repository: string; before: string; after: string }): Json {
  const event = webhookExample('push');
  event['before'] = opts.before;
  event['after'] = opts.after;
  event['ref'] = 'refs/heads/main';
  event['repository'] = { ...(event['repository'] as Json), full_name: opts.repository };
  return event;
}

/** A `merge_group` `checks_requested` payload for the given commits. */
export function mergeGroupEvent(opts: {
  repository: string;
  baseSha: string;
  headSha: string;
}): Json {
  const event = webhookExample('merge_group');
  const group = event['merge_group'] as Json;
  group['base_sha'] = opts.baseSha;
  group['head_sha'] = opts.headSha;
  event['repository'] = { ...(event['repository'] as Json), full_name: opts.repository };
  return event;
}

/** What one run of the built action produced. */
export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

/** Parses a `GITHUB_OUTPUT` file (`name<<delimiter` blocks). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
      out[m[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [k, ...v] = lines[i]!.split('=');
      out[k!] = v.join('=');
    }
  }
  return out;
}

/** Runs `dist/index.js` with `node` the way the runner does. */
export async function runAction(opts: {
  node: string;
  workspace: string;
  apiUrl: string;
  eventName: string;
  event: Json;
  sha: string;
  repository: string;
  inputs?: Record<string, string>;
}): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'maestro-e2e-runner-'));
  const eventPath = join(runnerTemp, 'event.json');
  const outputPath = join(runnerTemp, 'output');
  const summaryPath = join(runnerTemp, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(opts.event));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: runnerTemp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: opts.repository,
    GITHUB_SHA: opts.sha,
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: runnerTemp,
    GIT_TERMINAL_PROMPT: '0',
  };
  for (const [k, v] of Object.entries(opts.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
  return await new Promise<ActionRun>((resolveRun, reject) => {
    const child = spawn(opts.node, [DIST], {
      cwd: opts.workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      resolveRun({
        code,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
        summary: readFileSync(summaryPath, 'utf8'),
        runnerTemp,
      }),
    );
  });
}
