import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runPipeline } from '../pipeline.js';
import { renderSarif } from '../render/sarif.js';
import { renderText } from '../render/text.js';
import { exitCodeFor } from '../render/exit-code.js';
import { resolveBase } from '../util/snapshot.js';
import { UsageError, type CliIo } from './io.js';

export const CHECK_USAGE = `Usage: maestro-gate check [DIR] [options]

Runs the configured gates on DIR (default: .) and prints the verdict.

Options:
  --base DIR|REF      trusted snapshot to read config and gate material from: a directory,
                      or a git ref of DIR (default: DIR itself)
  --config FILE       configuration file, relative to the base (default: .github/maestro.yml)
  --format FORMAT     text (default), json (schemas/gate-run.schema.json) or sarif
  --evidence-dir DIR  where the audit log, run document and evidence go (default: DIR/.maestro)
  --cache-dir DIR     reuse results of expensive gates for identical inputs
  --sarif FILE        also write SARIF to FILE
  --quiet             no progress lines on stderr

Exit codes: 0 RUN, 2 PAUSE_FOR_HITL, 1 STOPPED, 64 usage error.
`;

/** `maestro-gate check`: runs the pipeline and prints the verdict. Returns the exit code. */
export async function checkCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      base: { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string', default: 'text' },
      'evidence-dir': { type: 'string' },
      'cache-dir': { type: 'string' },
      sarif: { type: 'string' },
      quiet: { type: 'boolean', default: false },
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
  if (format !== 'text' && format !== 'json' && format !== 'sarif') {
    throw new UsageError(`--format must be text, json or sarif (got ${format})`);
  }
  const headDir = resolve(positionals[0] ?? '.');
  const baseDir = values.base === undefined ? headDir : resolveBase(values.base, headDir);
  const started = Date.now();
  let lastProgress = 0;
  const run = await runPipeline({
    headDir,
    baseDir,
    ...(values.config ? { configPath: values.config } : {}),
    evidenceDir: values['evidence-dir'] ?? resolve(headDir, '.maestro'),
    ...(values['cache-dir'] ? { cacheDir: values['cache-dir'] } : {}),
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
  if (values.sarif) writeFileSync(values.sarif, `${JSON.stringify(renderSarif(run), null, 2)}\n`);
  switch (format) {
    case 'json':
      io.stdout(`${JSON.stringify(run, null, 2)}\n`);
      break;
    case 'sarif':
      io.stdout(`${JSON.stringify(renderSarif(run), null, 2)}\n`);
      break;
    case 'text':
      io.stdout(renderText(run));
      io.stdout(`audit log: ${run.evidence.audit_log}\nevidence:  ${run.evidence.dir}\n`);
      break;
  }
  return exitCodeFor(run.verdict.decision);
}
