import { opaToolchainFromEnvironment } from '../gates/opa/toolchain.js';
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { DEFAULT_CONFIG_PATH } from '../config/types.js';
import { runPipeline, type GateRun } from '../pipeline.js';
import { decideOutcome, DEFAULT_FAIL_ON, isFailOn } from '../render/outcome.js';
import type { RepoPaths } from '../render/paths.js';
import { isStreamFormat, STREAM_FORMATS, streamRenderer } from '../render/registry.js';
import { didYouMean, parseCliArgs } from './args.js';
import { earlyStopError, earlyStopRun } from './early-stop.js';
import { BASE_DIR_PREFIX, resolveBase } from '../util/snapshot.js';
import { UsageError, type CliIo } from './io.js';
import { gitChangedFiles } from './changed-files.js';
import type { ChangedFile } from '../contract/pr-facts.js';
import { generateEphemeralKey, type SigningInput } from '../evidence/index.js';
import { describeThrown } from '../contract/errors.js';

function readSigningKey(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (thrown) {
    throw new UsageError(`--signing-key ${file}: cannot read the key (${describeThrown(thrown)})`);
  }
}

/** Where DIR sits in its git repository, so SARIF, junit and github paths are repository-relative. */
function repoPathsOf(dir: string): RepoPaths {
  try {
    const top = execFileSync('git', ['-C', dir, 'rev-parse', '--show-toplevel'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const rel = relative(realpathSync(top), realpathSync(dir)).split(sep).join('/');
    return rel && !rel.startsWith('..') ? { sourceRoot: rel } : {};
  } catch {
    // Not in a git checkout: paths stay relative to DIR.
    return {};
  }
}

/** The head commit when DIR is the top of a git work tree (not a folder inside another repository). */
function headCommit(dir: string): { headSha?: string } {
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', dir, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  try {
    if (realpathSync(git('rev-parse', '--show-toplevel')) !== realpathSync(dir)) return {};
    const sha = git('rev-parse', 'HEAD');
    return /^[0-9a-f]{40}$/.test(sha) ? { headSha: sha } : {};
  } catch {
    // Not a git checkout: the evidence names no commit.
    return {};
  }
}

/**
 * The branch a base ref names (`origin/main` → `main`, `main` → `main`), for the evidence
 * policy; undefined for a commit or a tag.
 */
function branchNameOf(dir: string, ref: string): string | undefined {
  try {
    const full = execFileSync(
      'git',
      ['-C', dir, 'rev-parse', '--symbolic-full-name', '--end-of-options', ref],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    ).trim();
    const m = /^refs\/(?:heads\/|remotes\/[^/]+\/)(.+)$/.exec(full);
    return m?.[1];
  } catch {
    // A commit SHA or something rev-parse cannot name: no branch, the local policy applies.
    return undefined;
  }
}

export const CHECK_USAGE = `Usage: maestro-gate check [DIR] [options]

Runs the configured gates on DIR (default: .) and prints the verdict.

Options:
  --base REF          trusted snapshot to read config and gate material from: a git ref of
                      DIR, extracted with git archive (default: DIR itself); never a path
                      inside DIR (dir:PATH names a directory, as --base-dir does). The
                      changed files are then git diff -M from the merge base, as GitHub
                      lists them
  --base-dir PATH     the trusted snapshot as a directory; must lie outside DIR
  --config FILE       configuration file, relative to the base (default: .github/maestro.yml)
  --format FORMAT     text (default), json (schemas/gate-run.schema.json), sarif, html, junit
                      (JUnit XML) or github (workflow commands: ::error file=…,line=…::…)
  --fail-on WHEN      paused (default): exit 2 on PAUSE_FOR_HITL; stopped: a pause exits 0
                      and only STOPPED fails, as the Action's fail-on input
  --evidence-dir DIR  where the audit log, run document and evidence go (default: DIR/.maestro)
  --cache-dir DIR     reuse results of expensive gates for identical inputs (set
                      MAESTRO_CACHE_SECRET to sign entries; without it only results that
                      cannot let a run pass are reused)
  --signing-key FILE  sign the evidence with this P-256 private key (PEM)
  --ephemeral-key     sign the evidence with a fresh key made for this run (its public key
                      is written beside the evidence; proves integrity, not identity)
  --base-ref NAME     the base branch, for the unsigned-evidence policy (default: the branch
                      --base names, e.g. main for origin/main; without one, a local run)
  --sarif FILE        also write SARIF to FILE
  --quiet             no progress lines on stderr
  --explain           also print the policies' print() output (stderr), like conftest --trace

Exit codes: 0 = RUN (or PAUSE_FOR_HITL with --fail-on stopped), 2 = PAUSE_FOR_HITL,
1 = STOPPED, 64 = usage error.
`;

/** `maestro-gate check`: runs the pipeline and prints the verdict. Returns the exit code. */
export async function checkCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs('check', {
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      base: { type: 'string' },
      'base-dir': { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string', default: DEFAULT_FAIL_ON },
      'evidence-dir': { type: 'string' },
      'cache-dir': { type: 'string' },
      sarif: { type: 'string' },
      'signing-key': { type: 'string' },
      'ephemeral-key': { type: 'boolean', default: false },
      'base-ref': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(CHECK_USAGE);
    return 0;
  }
  if (positionals.length > 1)
    throw new UsageError(
      `check takes one directory, got ${positionals.length}: ${positionals.join(' ')}`,
    );
  const format = values.format;
  if (!isStreamFormat(format)) {
    const near = didYouMean(format, STREAM_FORMATS);
    throw new UsageError(
      `--format must be ${STREAM_FORMATS.join(', ')} (got ${format}${near ? `; did you mean ${near}?` : ''})`,
    );
  }
  const failOn = values['fail-on'];
  if (!isFailOn(failOn))
    throw new UsageError(`--fail-on must be paused or stopped (got ${failOn})`);
  if (values['signing-key'] !== undefined && values['ephemeral-key']) {
    throw new UsageError('--signing-key and --ephemeral-key exclude each other');
  }
  let signing: SigningInput | undefined;
  if (values['signing-key'] !== undefined) {
    signing = { mode: 'key', keyPem: readSigningKey(values['signing-key']) };
  } else if (values['ephemeral-key']) {
    signing = { mode: 'key', keyPem: generateEphemeralKey().privateKeyPem };
  }
  const headDir = resolve(positionals[0] ?? '.');
  if (values.base !== undefined && values['base-dir'] !== undefined)
    throw new UsageError('--base and --base-dir exclude each other');
  const baseSpec =
    values['base-dir'] !== undefined ? `${BASE_DIR_PREFIX}${values['base-dir']}` : values.base;
  const evidenceDir = resolve(values['evidence-dir'] ?? resolve(headDir, '.maestro'));
  let baseDir = headDir;
  const started = Date.now();
  let lastProgress = 0;
  let run: GateRun;
  let changedFiles: ChangedFile[] | undefined;
  let baseRef = values['base-ref'];
  try {
    if (baseSpec !== undefined) baseDir = resolveBase(baseSpec, headDir);
    if (values.base !== undefined && !values.base.startsWith(BASE_DIR_PREFIX)) {
      // As GitHub lists a pull request's files, and under the base branch's evidence policy.
      changedFiles = gitChangedFiles(headDir, values.base);
      baseRef ??= branchNameOf(headDir, values.base);
    }
    run = await pipeline();
  } catch (thrown) {
    const error = earlyStopError(thrown, evidenceDir);
    io.stderr(`maestro-gate check: STOPPED ${error.code}: ${error.message}\n`);
    run = earlyStopRun(error, {
      headDir,
      baseDir,
      evidenceDir,
      configFile: values.config ?? DEFAULT_CONFIG_PATH,
    });
  }
  async function pipeline(): Promise<GateRun> {
    const out = await runPipeline({
      gateDeps: { opaToolchain: opaToolchainFromEnvironment(process.env) },
      headDir,
      baseDir,
      ...(values.config ? { configPath: values.config } : {}),
      evidenceDir,
      ...(values['cache-dir'] ? { cacheDir: values['cache-dir'] } : {}),
      ...(signing ? { signing } : {}),
      ...(process.env['MAESTRO_CACHE_SECRET']
        ? { cacheSecret: new TextEncoder().encode(process.env['MAESTRO_CACHE_SECRET']) }
        : {}),
      ...(baseRef ? { baseRef } : {}),
      ...(changedFiles ? { changedFiles } : {}),
      ...headCommit(headDir),
      progress: (line) => {
        if (values.quiet) return;
        const t = Date.now();
        // Throttle chatty gates to a few lines a second; the first and gate-level lines always show.
        if (!line.includes(': ') || t - lastProgress > 250) {
          lastProgress = t;
          io.stderr(`[${((t - started) / 1000).toFixed(1)}s] ${line}\n`);
        }
      },
    });
    return out.run;
  }
  const paths = repoPathsOf(headDir);
  if (values.sarif) writeFileSync(values.sarif, streamRenderer('sarif').render(run, paths));
  io.stdout(streamRenderer(format).render(run, paths));
  if (values.explain) io.stderr(explainPrints(run.gates));
  // The Action's rule: a pause passes the step only with fail-on stopped.
  const { exitCode, failure } = decideOutcome(run.verdict.decision, failOn);
  return failure === undefined ? 0 : exitCode;
}

/** The `print()` output the OPA gate kept in its report, for `--explain`. */
function explainPrints(
  gates: readonly { gate: string; report?: Record<string, unknown> }[],
): string {
  const lines: string[] = [];
  for (const g of gates) {
    const prints = g.report?.['prints'];
    if (!Array.isArray(prints)) continue;
    for (const p of prints as { policy?: unknown; lines?: unknown }[]) {
      if (!Array.isArray(p.lines)) continue;
      for (const line of p.lines)
        lines.push(`${g.gate}: ${String(p.policy)}: print: ${String(line)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : `${'(no print() output)'}\n`;
}
