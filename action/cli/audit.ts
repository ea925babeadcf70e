import { readFileSync } from 'node:fs';
import { parseCliArgs } from './args.js';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UNANCHORED_WARNING, verifyAuditLog } from '../audit/arl.js';
import { describeThrown } from '../contract/errors.js';
import { UsageError, type CliIo } from './io.js';

export const AUDIT_USAGE = `Usage: maestro-gate audit verify FILE [--evidence-dir DIR | --head SHA256 --lines N] [--format text|json]

Checks a hash-chained audit log. Exit 0 when intact; 1 on any edited, deleted, swapped,
reordered or inserted line (each named by its line number). By default the log is checked
against the head and line count of the audit-log statement beside it (audit-log.intoto.json in
FILE's directory, or in --evidence-dir): that also catches lines removed from or appended to
the end and edits with every later hash recomputed. The statement is only as good as
\`maestro-gate verify\` of that directory. Without a signed head, the output says what it
cannot detect.
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
  const { values, positionals } = parseCliArgs('audit', {
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      head: { type: 'string' },
      'evidence-dir': { type: 'string' },
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
  const signed =
    values.head === undefined && lines === undefined
      ? signedAuditHead(values['evidence-dir'] ?? dirname(file))
      : undefined;
  if (signed?.error !== undefined) {
    io.stderr(`maestro-gate: ${signed.error}\n`);
    return 1;
  }
  const report = verifyAuditLog(text, {
    ...(values.head ? { head: values.head.replace(/^sha256:/, '') } : {}),
    ...(lines !== undefined ? { lines } : {}),
    ...(signed?.head !== undefined ? { head: signed.head } : {}),
    ...(signed?.lines !== undefined ? { lines: signed.lines } : {}),
  });
  if (values.format === 'json') {
    io.stdout(`${JSON.stringify({ file, ...report }, null, 2)}\n`);
  } else if (report.ok) {
    io.stdout(
      `${file}: intact (${report.lines} lines, head ${report.head}${signed?.from === undefined ? '' : `, the signed head in ${signed.from}`})\n`,
    );
    if (!report.anchored) io.stdout(`WARNING: ${UNANCHORED_WARNING}\n`);
  } else {
    for (const p of report.problems) io.stdout(`${file}:${p.line}: ${p.kind}: ${p.message}\n`);
    io.stdout(`${file}: TAMPERED (${report.problems.length} problem(s))\n`);
  }
  return report.ok ? 0 : 1;
}

/** The head and line count the audit-log statement in `dir` records, when there is one. */
function signedAuditHead(dir: string): {
  head?: string;
  lines?: number;
  from?: string;
  error?: string;
} {
  const path = join(dir, 'audit-log.intoto.json');
  if (!existsSync(path)) return {};
  try {
    const st = JSON.parse(readFileSync(path, 'utf8')) as {
      predicate?: { head?: unknown; records?: unknown };
    };
    const head = st.predicate?.head;
    const records = st.predicate?.records;
    if ((typeof head !== 'string' && head !== null) || typeof records !== 'number')
      return { error: `${path}: not an audit-log statement (no head and records)` };
    return { ...(typeof head === 'string' ? { head } : {}), lines: records, from: path };
  } catch (thrown) {
    return { error: `${path}: cannot be read: ${describeThrown(thrown)}` };
  }
}
