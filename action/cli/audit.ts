import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyAuditLog } from '../audit/arl.js';
import { describeThrown } from '../contract/errors.js';
import { UsageError, type CliIo } from './io.js';

export const AUDIT_USAGE = `Usage: maestro-gate audit verify FILE [--head SHA256] [--lines N] [--format text|json]

Checks a hash-chained audit log. Exit 0 when intact; 1 on any edited, deleted, reordered or
inserted line (each named by its line number). --head and --lines (from the signed evidence)
also catch lines removed from or appended to the end.
`;

/** `maestro-gate audit verify FILE`. Returns the exit code. */
export function auditCommand(argv: string[], io: CliIo): number {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h' || sub === undefined) {
    io.stdout(AUDIT_USAGE);
    return sub === undefined ? 64 : 0;
  }
  if (sub !== 'verify')
    throw new UsageError(`unknown audit command "${sub}"; try: maestro-gate audit verify FILE`);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      head: { type: 'string' },
      lines: { type: 'string' },
      format: { type: 'string', default: 'text' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('audit verify takes exactly one FILE');
  const file = positionals[0]!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (thrown) {
    io.stderr(`maestro-gate: cannot read ${file}: ${describeThrown(thrown)}\n`);
    return 1;
  }
  const lines = values.lines === undefined ? undefined : Number(values.lines);
  if (lines !== undefined && !Number.isInteger(lines))
    throw new UsageError('--lines takes a whole number');
  const report = verifyAuditLog(text, {
    ...(values.head ? { head: values.head.replace(/^sha256:/, '') } : {}),
    ...(lines !== undefined ? { lines } : {}),
  });
  if (values.format === 'json') {
    io.stdout(`${JSON.stringify({ file, ...report }, null, 2)}\n`);
  } else if (report.ok) {
    io.stdout(`${file}: intact (${report.lines} lines, head ${report.head})\n`);
  } else {
    for (const p of report.problems) io.stdout(`${file}:${p.line}: ${p.kind}: ${p.message}\n`);
    io.stdout(`${file}: TAMPERED (${report.problems.length} problem(s))\n`);
  }
  return report.ok ? 0 : 1;
}
