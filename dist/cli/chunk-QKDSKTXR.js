import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  canonicalJson,
  sha256Hex
} from "./chunk-ZLXOS2ZN.js";
import {
  MaestroError,
  describeThrown
} from "./chunk-G6ONNIUE.js";
import {
  init_define_MAESTRO_CODE_DIGESTS
} from "./chunk-23CADIEF.js";

// action/audit/arl.ts
init_define_MAESTRO_CODE_DIGESTS();
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";

// action/audit/redact.ts
init_define_MAESTRO_CODE_DIGESTS();
var SENSITIVE_PATTERNS = [
  {
    name: "private-key",
    kind: "secret",
    regex: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g
  },
  {
    name: "github-token",
    kind: "secret",
    regex: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g
  },
  { name: "aws-access-key-id", kind: "secret", regex: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g },
  { name: "google-api-key", kind: "secret", regex: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { name: "slack-token", kind: "secret", regex: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
  { name: "stripe-key", kind: "secret", regex: /\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}\b/g },
  { name: "npm-token", kind: "secret", regex: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { name: "openai-key", kind: "secret", regex: /\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}\b/g },
  {
    name: "jwt",
    kind: "secret",
    regex: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g
  },
  { name: "bearer-token", kind: "secret", regex: /\b[Bb]earer\s+[A-Za-z0-9._~+/-]{16,}=*/g },
  {
    name: "url-credentials",
    kind: "secret",
    regex: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:[^\s/@]+@/g
  },
  {
    name: "email-address",
    kind: "pii",
    regex: /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g
  },
  { name: "us-ssn", kind: "pii", regex: /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g },
  {
    name: "phone-number",
    kind: "pii",
    regex: /(?<![\w.])\+\d{1,3}[ -]?\(?\d{2,4}\)?[ -]?\d{3,4}[ -]?\d{3,4}\b/g
  },
  { name: "payment-card", kind: "pii", regex: /\b(?:\d[ -]?){12,18}\d\b/g }
];
var SECRET_KEY_NAME = /(?:^|[_-])(?:pass(?:word|wd)?|secret|token|api[_-]?key|private[_-]?key|credentials?|authorization|cookie|session[_-]?id)$/i;
var RedactionError = class extends Error {
  name = "RedactionError";
};
function placeholder(name) {
  return `[REDACTED:${name}]`;
}
function luhn(digits) {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
function redactString(text) {
  const hits = [];
  let out = text;
  for (const p of SENSITIVE_PATTERNS) {
    out = out.replace(p.regex, (match) => {
      if (p.name === "payment-card" && !luhn(match.replace(/[ -]/g, ""))) return match;
      hits.push(p.name);
      return placeholder(p.name);
    });
  }
  return { text: out, hits };
}
function scanText(text) {
  const found = [];
  for (const p of SENSITIVE_PATTERNS) {
    for (const m of text.matchAll(p.regex)) {
      if (p.name === "payment-card" && !luhn(m[0].replace(/[ -]/g, ""))) continue;
      found.push({ pattern: p.name, kind: p.kind, index: m.index });
    }
  }
  return found;
}
function redact(value) {
  const hits = [];
  const seen = /* @__PURE__ */ new Set();
  const walk = (v, depth) => {
    if (depth > 64) throw new RedactionError("record nests deeper than 64 levels");
    if (v === null || typeof v === "boolean") return v;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) throw new RedactionError(`non-finite number ${v}`);
      return v;
    }
    if (typeof v === "string") {
      const r = redactString(v);
      hits.push(...r.hits);
      return r.text;
    }
    if (v instanceof Date) return v.toISOString();
    if (typeof v !== "object")
      throw new RedactionError(`cannot redact a value of type ${typeof v}`);
    if (seen.has(v)) throw new RedactionError("record contains a cycle");
    seen.add(v);
    try {
      if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) {
        throw new RedactionError("record contains a non-plain object");
      }
      const out = {};
      for (const [k, x] of Object.entries(v)) {
        if (x === void 0) continue;
        const rk = redactString(k);
        hits.push(...rk.hits);
        if (SECRET_KEY_NAME.test(k) && x !== null && x !== "" && typeof x !== "boolean") {
          hits.push("secret-key-name");
          out[rk.text] = placeholder("secret-key-name");
        } else {
          out[rk.text] = walk(x, depth + 1);
        }
      }
      return out;
    } finally {
      seen.delete(v);
    }
  };
  return { value: walk(value, 0), hits };
}

// action/audit/arl.ts
var GENESIS_HASH = "0".repeat(64);
var AuditLog = class _AuditLog {
  constructor(path, runId, now, state) {
    this.path = path;
    this.runId = runId;
    this.now = now;
    this.prev = state.prev;
    this.seq = state.seq;
  }
  path;
  runId;
  now;
  prev;
  seq;
  /** Opens (or continues) the log at `path`, checking the existing chain first. */
  static open(path, runId, now) {
    let state = { prev: GENESIS_HASH, seq: 0 };
    if (existsSync(path)) {
      const text = readFileSync(path, "utf8");
      const report = verifyAuditLog(text);
      if (!report.ok) {
        throw new MaestroError(
          "AUDIT_WRITE_FAILED",
          `${path}: will not append to an audit log that fails verification (${report.problems[0]?.message ?? "unknown problem"})`
        );
      }
      state = { prev: report.head, seq: report.lines };
    } else {
      mkdirSync(dirname(path), { recursive: true });
    }
    return new _AuditLog(path, runId, now, state);
  }
  /** The hash of the last line written (the value to anchor in signed evidence). */
  get head() {
    return this.prev;
  }
  /** Number of lines in the log. */
  get length() {
    return this.seq;
  }
  /** Redacts and appends one record. Throws `MaestroError` (and writes nothing) on failure. */
  append(entry) {
    let redacted;
    try {
      redacted = redact(entry).value;
    } catch (thrown) {
      throw new MaestroError(
        "AUDIT_REDACTION_FAILED",
        `audit log: a ${entry.layer} record could not be redacted (${describeThrown(thrown)}); nothing was written and the run stops.`,
        { cause: thrown }
      );
    }
    const body = {
      ...redacted,
      seq: this.seq + 1,
      run_id: this.runId,
      ts: this.now().toISOString(),
      prev: this.prev
    };
    const record = { ...body, hash: sha256Hex(canonicalJson(body)) };
    const line = JSON.stringify(record);
    try {
      appendFileSync(this.path, `${line}
`, { flag: "a" });
    } catch (thrown) {
      throw new MaestroError(
        "AUDIT_WRITE_FAILED",
        `audit log: could not write ${this.path} (${describeThrown(thrown)}); the run stops.`,
        { cause: thrown }
      );
    }
    this.seq += 1;
    this.prev = sha256Hex(line);
    return record;
  }
};
var UNANCHORED_WARNING = "no signed audit head was given: lines removed from the end, and an edit with every later hash recomputed (re-chained), cannot be detected. Verify against the head the signed evidence records (maestro-gate verify, or --evidence-dir / --head).";
function parseLine(line) {
  try {
    const parsed = JSON.parse(line);
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function findSwaps(raw) {
  const recs = raw.map(parseLine);
  const hashOf = (i) => i < 0 ? GENESIS_HASH : sha256Hex(raw[i]);
  const out = /* @__PURE__ */ new Set();
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = recs[i];
    const b = recs[i + 1];
    if (a === void 0 || b === void 0) continue;
    if (typeof a["seq"] !== "number" || a["seq"] !== b["seq"] + 1) continue;
    const next = recs[i + 2];
    if (b["prev"] === hashOf(i - 1) && a["prev"] === hashOf(i + 1) && (next === void 0 || next["prev"] === hashOf(i))) {
      out.add(i);
      i++;
    }
  }
  return out;
}
var REQUIRED = [
  "seq",
  "run_id",
  "ts",
  "layer",
  "decision",
  "reason_code",
  "sealed",
  "overrideable",
  "final_decider",
  "prev",
  "hash"
];
function verifyAuditLog(text, expect = {}) {
  const problems = [];
  const raw = text.split("\n");
  if (raw[raw.length - 1] === "") raw.pop();
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  const swaps = findSwaps(raw);
  const explainedSeq = /* @__PURE__ */ new Set();
  const explainedPrev = /* @__PURE__ */ new Set();
  for (const i of swaps) {
    problems.push({
      line: i + 1,
      kind: "swapped",
      message: `lines ${i + 1} and ${i + 2} are swapped: sequence ${String(parseLine(raw[i])?.["seq"])} comes before ${String(parseLine(raw[i + 1])?.["seq"])}, and their hashes chain in the original order`
    });
    explainedSeq.add(i).add(i + 1);
    explainedPrev.add(i).add(i + 1).add(i + 2);
  }
  raw.forEach((line, i) => {
    const n = i + 1;
    let rec;
    try {
      const parsed = JSON.parse(line);
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
        throw new MaestroError("VERIFY_AUDIT_LOG_INVALID", "not a JSON object");
      rec = parsed;
    } catch (thrown) {
      problems.push({
        line: n,
        kind: "malformed",
        message: `line ${n}: not a JSON object (${describeThrown(thrown)})`
      });
      prevHash = sha256Hex(line);
      expectedSeq += 1;
      return;
    }
    const missing = REQUIRED.filter((k) => !(k in rec));
    if (missing.length > 0) {
      problems.push({
        line: n,
        kind: "malformed",
        message: `line ${n}: missing required field(s) ${missing.join(", ")}`
      });
    }
    const seq = rec["seq"];
    if (explainedSeq.has(i)) {
    } else if (typeof seq === "number" && seq !== expectedSeq) {
      if (seq > expectedSeq) {
        problems.push({
          line: n,
          kind: "deleted",
          message: `line ${n}: sequence jumps from ${expectedSeq - 1} to ${seq}: ${seq - expectedSeq} line(s) were deleted before this line`
        });
      } else if (seq === expectedSeq - 1) {
        problems.push({
          line: n,
          kind: "inserted",
          message: `line ${n}: repeats sequence number ${seq}: a line was inserted or duplicated`
        });
      } else {
        problems.push({
          line: n,
          kind: "reordered",
          message: `line ${n}: sequence number ${seq} comes after ${expectedSeq - 1}: lines were reordered`
        });
      }
    }
    const { hash, ...body } = rec;
    if (hash !== sha256Hex(canonicalJson(body))) {
      problems.push({
        line: n,
        kind: "edited",
        message: `line ${n}: content does not match its hash: the line was edited`
      });
    }
    if (rec["prev"] !== prevHash && !explainedPrev.has(i)) {
      problems.push({
        line: n,
        kind: n === 1 ? "inserted" : "edited",
        message: n === 1 ? `line 1: does not start the chain (prev is not the genesis hash): lines were deleted or inserted at the start` : `line ${n}: does not chain to line ${n - 1} (prev hash mismatch): line ${n - 1} was changed, removed, or this line was moved`
      });
    }
    prevHash = sha256Hex(line);
    if (swaps.has(i - 1)) {
      const first = parseLine(raw[i - 1])?.["seq"];
      expectedSeq = (typeof first === "number" ? first : expectedSeq) + 1;
    } else if (!swaps.has(i)) {
      expectedSeq = (typeof seq === "number" ? seq : expectedSeq) + 1;
    }
  });
  problems.push(...tailProblems(raw, prevHash, problems.length === 0, expect));
  problems.sort((a, b) => a.line - b.line);
  return {
    ok: problems.length === 0,
    lines: raw.length,
    head: prevHash,
    problems,
    anchored: expect.head !== void 0 || expect.lines !== void 0
  };
}
function tailProblems(raw, head, intact, expect) {
  const n = raw.length;
  const m = expect.lines;
  if (m !== void 0 && n < m) {
    return [
      {
        line: n,
        kind: "truncated",
        message: `the log has ${n} line(s), the signed evidence records ${m}: the last ${m - n} line(s) were removed`
      }
    ];
  }
  if (m !== void 0 && n > m) {
    const atM = m === 0 ? GENESIS_HASH : sha256Hex(raw[m - 1]);
    if (expect.head === void 0 || atM === expect.head)
      return [
        {
          line: m + 1,
          kind: "appended",
          message: `lines ${m + 1}\u2013${n} were appended after the log was signed (the signed evidence records ${m} line(s)${expect.head === void 0 ? "" : `, and line ${m}'s hash is the signed head`})`
        }
      ];
    return [
      {
        line: n,
        kind: "rechained",
        message: `the log has ${n} line(s), the signed evidence records ${m}, and line ${m}'s hash is not the signed head ${expect.head}: the log was rewritten and extended`
      }
    ];
  }
  if (expect.head !== void 0 && head !== expect.head) {
    if (intact && m !== void 0)
      return [
        {
          line: n,
          kind: "rechained",
          message: `the chain is intact and has the signed ${m} line(s), but its head ${head} is not the signed head ${expect.head}: a line was edited and every later hash recomputed (re-chained)`
        }
      ];
    const at = raw.findIndex((l) => sha256Hex(l) === expect.head);
    if (at >= 0 && at < n - 1)
      return [
        {
          line: at + 2,
          kind: "appended",
          message: `lines ${at + 2}\u2013${n} were appended after the log was signed (line ${at + 1}'s hash is the signed head)`
        }
      ];
    return [
      {
        line: n,
        kind: intact && m !== void 0 ? "rechained" : "truncated",
        message: intact ? `the chain is intact, but its head ${head} is not the signed head ${expect.head}: the log was rewritten (re-chained) or lines were removed from the end` : `the last line's hash ${head} is not the recorded head ${expect.head}: lines were removed or appended at the end`
      }
    ];
  }
  return [];
}

export {
  scanText,
  AuditLog,
  UNANCHORED_WARNING,
  verifyAuditLog
};
