import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  UNANCHORED_WARNING,
  verifyAuditLog
} from "./chunk-QKDSKTXR.js";
import {
  UsageError,
  parseCliArgs
} from "./chunk-QERIFQIF.js";
import "./chunk-ZLXOS2ZN.js";
import {
  describeThrown
} from "./chunk-G6ONNIUE.js";
import {
  init_define_MAESTRO_CODE_DIGESTS
} from "./chunk-23CADIEF.js";

// action/cli/audit.ts
init_define_MAESTRO_CODE_DIGESTS();
import { readFileSync } from "node:fs";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
var AUDIT_USAGE = `Usage: maestro-gate audit verify FILE [--evidence-dir DIR | --head SHA256 --lines N] [--format text|json]

Checks a hash-chained audit log. Exit 0 when intact; 1 on any edited, deleted, swapped,
reordered or inserted line (each named by its line number). By default the log is checked
against the head and line count of the audit-log statement beside it (audit-log.intoto.json in
FILE's directory, or in --evidence-dir): that also catches lines removed from or appended to
the end and edits with every later hash recomputed. The statement is only as good as
\`maestro-gate verify\` of that directory. Without a signed head, the output says what it
cannot detect.
`;
function auditCommand(argv, io) {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h" || sub === void 0) {
    io.stdout(AUDIT_USAGE);
    return sub === void 0 ? 64 : 0;
  }
  if (sub !== "verify")
    throw new UsageError(`unknown audit command "${sub}"; try: maestro-gate audit verify FILE`);
  const { values, positionals } = parseCliArgs("audit", {
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      head: { type: "string" },
      "evidence-dir": { type: "string" },
      lines: { type: "string" },
      format: { type: "string", default: "text" }
    }
  });
  if (positionals.length !== 1) throw new UsageError("audit verify takes exactly one FILE");
  const file = positionals[0];
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (thrown) {
    io.stderr(`maestro-gate: cannot read ${file}: ${describeThrown(thrown)}
`);
    return 1;
  }
  const lines = values.lines === void 0 ? void 0 : Number(values.lines);
  if (lines !== void 0 && !Number.isInteger(lines))
    throw new UsageError("--lines takes a whole number");
  const signed = values.head === void 0 && lines === void 0 ? signedAuditHead(values["evidence-dir"] ?? dirname(file)) : void 0;
  if (signed?.error !== void 0) {
    io.stderr(`maestro-gate: ${signed.error}
`);
    return 1;
  }
  const report = verifyAuditLog(text, {
    ...values.head ? { head: values.head.replace(/^sha256:/, "") } : {},
    ...lines !== void 0 ? { lines } : {},
    ...signed?.head !== void 0 ? { head: signed.head } : {},
    ...signed?.lines !== void 0 ? { lines: signed.lines } : {}
  });
  if (values.format === "json") {
    io.stdout(`${JSON.stringify({ file, ...report }, null, 2)}
`);
  } else if (report.ok) {
    io.stdout(
      `${file}: intact (${report.lines} lines, head ${report.head}${signed?.from === void 0 ? "" : `, the signed head in ${signed.from}`})
`
    );
    if (!report.anchored) io.stdout(`WARNING: ${UNANCHORED_WARNING}
`);
  } else {
    for (const p of report.problems) io.stdout(`${file}:${p.line}: ${p.kind}: ${p.message}
`);
    io.stdout(`${file}: TAMPERED (${report.problems.length} problem(s))
`);
  }
  return report.ok ? 0 : 1;
}
function signedAuditHead(dir) {
  const path = join(dir, "audit-log.intoto.json");
  if (!existsSync(path)) return {};
  try {
    const st = JSON.parse(readFileSync(path, "utf8"));
    const head = st.predicate?.head;
    const records = st.predicate?.records;
    if (typeof head !== "string" && head !== null || typeof records !== "number")
      return { error: `${path}: not an audit-log statement (no head and records)` };
    return { ...typeof head === "string" ? { head } : {}, lines: records, from: path };
  } catch (thrown) {
    return { error: `${path}: cannot be read: ${describeThrown(thrown)}` };
  }
}
export {
  AUDIT_USAGE,
  auditCommand
};
