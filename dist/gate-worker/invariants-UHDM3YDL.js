import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  assertInside,
  compileInvariantTexts,
  findContained,
  isGlob,
  loadInvariants,
  refusedLinks,
  renderTemplate,
  resolveContained,
  showValue,
  toPosix
} from "./chunk-S6EVPBLM.js";
import {
  CelEvalError
} from "./chunk-U7RRVDXZ.js";
import "./chunk-VLOXLHMX.js";
import "./chunk-QH5BUMXO.js";
import {
  outcome,
  sha256Json
} from "./chunk-HFX54I33.js";
import {
  MaestroError,
  formatLocation,
  init_define_MAESTRO_CODE_DIGESTS
} from "./chunk-OZBR5WFF.js";

// action/gates/invariants/index.ts
init_define_MAESTRO_CODE_DIGESTS();
import { join } from "node:path";

// action/gates/invariants/engine.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/invariants/messages.ts
init_define_MAESTRO_CODE_DIGESTS();
function violationMessage(inv, clause, record, expired) {
  const custom = clause.message === void 0 ? void 0 : renderTemplate(clause.message, record);
  const within = "within" in clause && clause.within !== void 0 ? ` within ${clause.within} events` : "";
  let rule;
  switch (clause.op) {
    case "always":
      rule = `\`${clause.expr.source}\` does not hold`;
      break;
    case "never":
      rule = `\`${clause.expr.source}\` holds, and must never hold`;
      break;
    case "eventually":
      rule = expired ? `\`${clause.expr.source}\` did not happen${within}` : `\`${clause.expr.source}\` never happened before the end of the trace${within === "" ? "" : ` (required${within})`}`;
      break;
    case "leads_to":
      rule = expired ? `\`${clause.p.source}\` was not followed by \`${clause.q.source}\`${within}` : `\`${clause.p.source}\` is still waiting for \`${clause.q.source}\` at the end of the trace`;
      break;
  }
  return custom === void 0 ? `${inv.title}: ${rule}` : `${custom} (${rule})`;
}

// action/gates/invariants/engine.ts
var DEFAULT_MAX_VIOLATIONS = 200;
var TraceMonitor = class {
  /** Records observed. */
  records = 0;
  /** Record × invariant checks performed (records that passed an invariant's filters). */
  checks = 0;
  /** Violations found (all, including those not kept). */
  violationCount = 0;
  /** Evaluation errors found (all, including those not kept). */
  errorCount = 0;
  /** Kept violations and errors, in the order found. */
  violations = [];
  /**
   * The first violation of each violated invariant, kept even past `maxViolations` so that
   * decisions and reports never depend on the cap.
   */
  firstViolations = /* @__PURE__ */ new Map();
  entries;
  index = /* @__PURE__ */ new Map();
  maxViolations;
  finished = false;
  constructor(set, opts = {}) {
    this.maxViolations = opts.maxViolations ?? DEFAULT_MAX_VIOLATIONS;
    this.entries = set.invariants.map((inv) => ({
      inv,
      needsRecord: [...inv.filters, ...inv.clauses.flatMap(exprsOf)].some(
        (e) => e.program.identifiers.includes("record")
      ),
      stats: { checks: 0, violations: 0, errors: 0 },
      runs: inv.clauses.map(
        (c) => c.op === "eventually" || c.op === "leads_to" ? /* @__PURE__ */ new Map() : void 0
      )
    }));
  }
  /** Per-invariant statistics, by id. */
  stats() {
    return new Map(this.entries.map((e) => [e.inv.id, e.stats]));
  }
  /** The invariants that apply to a (scope, event) pair, computed once per pair. */
  matching(scope, event) {
    let byEvent = this.index.get(scope);
    if (byEvent === void 0) {
      byEvent = /* @__PURE__ */ new Map();
      this.index.set(scope, byEvent);
    }
    let list = byEvent.get(event);
    if (list === void 0) {
      list = this.entries.filter(
        (e) => (e.inv.scope === "*" || e.inv.scope === scope) && (e.inv.events === void 0 || e.inv.events.includes(event))
      );
      byEvent.set(event, list);
    }
    return list;
  }
  /**
   * Checks one record. The record must have string `run_id`, `scope` and `event` (the trace
   * reader guarantees it). The monitor keeps references to records it reports.
   */
  observe(record, file, line) {
    this.records++;
    const list = this.matching(record["scope"], record["event"]);
    if (list.length === 0) return;
    const runId = record["run_id"];
    for (let i = 0; i < list.length; i++) {
      const entry = list[i];
      if (entry.needsRecord && !Object.hasOwn(record, "record")) {
        Object.defineProperty(record, "record", { value: record, enumerable: false });
      }
      this.check(entry, record, runId, file, line);
    }
  }
  check(entry, record, runId, file, line) {
    const inv = entry.inv;
    const filters = inv.filters;
    for (let f = 0; f < filters.length; f++) {
      const r = this.evaluate(entry, filters[f], inv.clauses[0], record, runId, file, line);
      if (r !== true) return;
    }
    this.checks++;
    entry.stats.checks++;
    const clauses = inv.clauses;
    for (let c = 0; c < clauses.length; c++) {
      const clause = clauses[c];
      switch (clause.op) {
        case "always": {
          const r = this.evaluate(entry, clause.expr, clause, record, runId, file, line);
          if (r === false) this.violate(entry, clause, runId, record, file, line);
          break;
        }
        case "never": {
          const r = this.evaluate(entry, clause.expr, clause, record, runId, file, line);
          if (r === true) this.violate(entry, clause, runId, record, file, line);
          break;
        }
        case "eventually":
          this.eventually(entry, c, clause, record, runId, file, line);
          break;
        case "leads_to":
          this.leadsTo(entry, c, clause, record, runId, file, line);
          break;
      }
    }
  }
  eventually(entry, index, clause, record, runId, file, line) {
    const st = runState(entry.runs[index], runId, () => ({
      count: 0,
      done: false,
      opening: { record, file, line }
    }));
    if (st.done) return;
    st.count++;
    const r = this.evaluate(entry, clause.expr, clause, record, runId, file, line);
    if (r === true) {
      st.done = true;
      return;
    }
    if (r === void 0) {
      st.done = true;
      return;
    }
    if (clause.within !== void 0 && st.count >= clause.within) {
      st.done = true;
      this.violate(entry, clause, runId, st.opening.record, st.opening.file, st.opening.line, {
        record,
        location: { file, line }
      });
    }
  }
  leadsTo(entry, index, clause, record, runId, file, line) {
    const st = runState(entry.runs[index], runId, () => ({
      count: 0,
      openAt: -1,
      failed: false,
      opening: void 0
    }));
    if (st.failed) return;
    st.count++;
    if (st.openAt >= 0) {
      const q = this.evaluate(entry, clause.q, clause, record, runId, file, line);
      if (q === void 0) {
        st.failed = true;
        return;
      }
      if (q) {
        st.openAt = -1;
        st.opening = void 0;
      } else if (clause.within !== void 0 && st.count - st.openAt >= clause.within) {
        st.failed = true;
        const o = st.opening;
        this.violate(entry, clause, runId, o.record, o.file, o.line, {
          record,
          location: { file, line }
        });
        return;
      }
    }
    if (st.openAt < 0) {
      const p = this.evaluate(entry, clause.p, clause, record, runId, file, line);
      if (p === void 0) {
        st.failed = true;
        return;
      }
      if (p) {
        st.openAt = st.count;
        st.opening = { record, file, line };
      }
    }
  }
  /** Evaluates a predicate; an error is recorded and yields `undefined`. */
  evaluate(entry, expr, clause, record, runId, file, line) {
    try {
      return expr.program.evalBool(record);
    } catch (thrown) {
      const error = thrown instanceof CelEvalError ? thrown : new CelEvalError(
        "runtime",
        thrown instanceof Error ? thrown.message : String(thrown),
        expr.source
      );
      this.errorCount++;
      entry.stats.errors++;
      if (this.violations.length < this.maxViolations) {
        this.violations.push({
          kind: "error",
          invariant: entry.inv,
          clause,
          runId,
          message: `cannot evaluate \`${expr.source}\`: ${error.message}`,
          record,
          location: { file, line },
          error,
          expr
        });
      }
      return void 0;
    }
  }
  violate(entry, clause, runId, record, file, line, detectedAt) {
    this.violationCount++;
    entry.stats.violations++;
    const keep = this.violations.length < this.maxViolations;
    const first = !this.firstViolations.has(entry.inv.id);
    if (!keep && !first) return;
    const v = {
      kind: "violation",
      invariant: entry.inv,
      clause,
      runId,
      message: violationMessage(entry.inv, clause, record, detectedAt !== void 0),
      record,
      location: { file, line },
      ...detectedAt === void 0 ? {} : { detectedAt }
    };
    if (first) this.firstViolations.set(entry.inv.id, v);
    if (keep) this.violations.push(v);
  }
  /** Closes every open obligation (end of all traces). Idempotent. */
  finish() {
    if (this.finished) return;
    this.finished = true;
    for (const entry of this.entries) {
      entry.inv.clauses.forEach((clause, i) => {
        const runs = entry.runs[i];
        if (runs === void 0) return;
        for (const [runId, st] of runs) {
          if (clause.op === "eventually") {
            const s = st;
            if (!s.done) {
              s.done = true;
              this.violate(entry, clause, runId, s.opening.record, s.opening.file, s.opening.line);
            }
          } else if (clause.op === "leads_to") {
            const s = st;
            if (!s.failed && s.openAt >= 0 && s.opening !== void 0) {
              s.failed = true;
              this.violate(entry, clause, runId, s.opening.record, s.opening.file, s.opening.line);
            }
          }
        }
      });
    }
  }
};
function runState(runs, runId, init) {
  let st = runs.get(runId);
  if (st === void 0) {
    st = init();
    runs.set(runId, st);
  }
  return st;
}
function exprsOf(c) {
  return c.op === "leads_to" ? [c.p, c.q] : [c.expr];
}

// action/gates/invariants/trace-reader.ts
init_define_MAESTRO_CODE_DIGESTS();
import { createHash } from "node:crypto";
import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
var DEFAULT_MAX_LINE_CHARS = 1024 * 1024;
async function readTrace(absPath, file, onRecord, opts = {}) {
  const maxLine = opts.maxLineChars ?? DEFAULT_MAX_LINE_CHARS;
  const hash = createHash("sha256");
  let carry;
  let lineNo = 0;
  let records = 0;
  let blank = 0;
  let bytes = 0;
  const handle = (bytesOfLine) => {
    lineNo++;
    if (!isUtf8(bytesOfLine)) {
      throw new MaestroError(
        "INV_TRACE_MALFORMED",
        `${file}:${lineNo}: the line is not valid UTF-8. Traces are UTF-8 JSONL; write the file as UTF-8.`,
        { location: { file, line: lineNo } }
      );
    }
    const raw = bytesOfLine.toString("utf8");
    const text = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (text.length > maxLine) tooLong(file, lineNo, text.length, maxLine);
    if (text.charCodeAt(0) !== 123 && text.trim() === "") {
      blank++;
      return;
    }
    let value;
    try {
      value = JSON.parse(text);
    } catch (thrown) {
      throw new MaestroError(
        "INV_TRACE_MALFORMED",
        `${file}:${lineNo}: not valid JSON (${thrown instanceof Error ? thrown.message : String(thrown)}): ${snippet(text)}. Every line of a trace must be one JSON object.`,
        { cause: thrown, location: { file, line: lineNo } }
      );
    }
    const problem = recordProblem(value);
    if (problem !== void 0) {
      throw new MaestroError(
        "INV_TRACE_MALFORMED",
        `${file}:${lineNo}: ${problem}. Trace records are JSON objects {run_id, ts, scope, event, ...}.`,
        { location: { file, line: lineNo } }
      );
    }
    records++;
    onRecord(value, lineNo);
  };
  let stream;
  try {
    stream = createReadStream(absPath, { highWaterMark: opts.chunkBytes ?? 1024 * 1024 });
    for await (const chunk of stream) {
      opts.signal?.throwIfAborted();
      hash.update(chunk);
      bytes += chunk.length;
      const buf = carry === void 0 ? chunk : Buffer.concat([carry, chunk]);
      let start = 0;
      let nl = buf.indexOf(10, start);
      while (nl >= 0) {
        handle(buf.subarray(start, nl));
        start = nl + 1;
        nl = buf.indexOf(10, start);
      }
      carry = start === 0 ? buf : start < buf.length ? buf.subarray(start) : void 0;
      if (carry !== void 0 && carry.length > maxLine * 4)
        tooLong(file, lineNo + 1, carry.length / 4, maxLine);
    }
    if (carry !== void 0 && carry.length > 0) handle(carry);
  } catch (thrown) {
    stream?.destroy();
    if (thrown instanceof MaestroError || opts.signal?.aborted === true) throw thrown;
    throw new MaestroError(
      "INV_TRACE_UNREADABLE",
      `${file}: the trace could not be read (${thrown instanceof Error ? thrown.message : String(thrown)}).`,
      { cause: thrown, location: { file } }
    );
  }
  return {
    file,
    digest: `sha256:${hash.digest("hex")}`,
    lines: lineNo,
    records,
    blankLines: blank,
    bytes
  };
}
function tooLong(file, line, length, max) {
  throw new MaestroError(
    "INV_TRACE_MALFORMED",
    `${file}:${line}: the line is longer than ${max} characters (at least ${length}). Raise \`gates.invariants.limits.max_line_chars\` or write smaller records.`,
    { location: { file, line } }
  );
}
function recordProblem(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return `expected a JSON object, found ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`;
  }
  const r = value;
  for (const key of ["run_id", "scope", "event"]) {
    const v = r[key];
    if (typeof v !== "string" || v === "") {
      return `\`${key}\` must be a non-empty string, found ${v === void 0 ? "nothing" : showValue(v)}`;
    }
  }
  const ts = r["ts"];
  if (typeof ts !== "string" && typeof ts !== "number") {
    return `\`ts\` must be a string or a number, found ${ts === void 0 ? "nothing" : showValue(ts)}`;
  }
  return void 0;
}
function snippet(text) {
  const s = text.length > 80 ? `${text.slice(0, 80)}\u2026` : text;
  return JSON.stringify(s);
}

// action/gates/invariants/coverage.ts
init_define_MAESTRO_CODE_DIGESTS();
function coverageOf(set, flows, threshold) {
  const covered = [];
  const uncovered = [];
  for (const flow of flows) {
    const ids = set.invariants.filter(
      (inv) => (inv.scope === "*" || inv.scope === flow.scope) && (inv.events === void 0 || inv.events.includes(flow.event))
    ).map((inv) => inv.id);
    if (ids.length > 0) covered.push({ ...flow, invariants: ids });
    else uncovered.push({ ...flow });
  }
  return {
    flows: flows.length,
    covered,
    uncovered,
    ratio: flows.length === 0 ? 1 : covered.length / flows.length,
    threshold
  };
}

// action/gates/invariants/outcome.ts
init_define_MAESTRO_CODE_DIGESTS();
var DECISION_OF = {
  critical: "STOPPED",
  high: "STOPPED",
  medium: "PAUSE_FOR_HITL",
  low: "RUN"
};
var CODE_OF = {
  critical: "INV_VIOLATION_CRITICAL",
  high: "INV_VIOLATION_HIGH",
  medium: "INV_VIOLATION_MEDIUM",
  low: "INV_VIOLATION_LOW"
};
function buildOutcome(set, monitor, coverage, traces, maxFindings, nothing) {
  const findings = [];
  const cards = [];
  const evidence = {};
  for (const f of set.files) evidence[`invariant:${f.file}`] = f.digest;
  for (const t of traces) evidence[`trace:${t.file}`] = t.digest;
  const violated = /* @__PURE__ */ new Map();
  for (const inv of set.invariants) {
    const first = monitor.firstViolations.get(inv.id);
    if (first !== void 0) violated.set(inv.id, { inv, first });
  }
  for (const v of monitor.violations) findings.push(findingOf(v));
  const listed = new Set(monitor.violations);
  for (const { first } of violated.values())
    if (!listed.has(first)) findings.push(findingOf(first));
  const kept = findings.length;
  const total = monitor.violationCount + monitor.errorCount;
  if (total > kept) {
    findings.push({
      level: "note",
      message: `${total - kept} further violation(s) or error(s) are counted but not listed (limit ${maxFindings}; raise \`gates.invariants.limits.max_findings\` to see more).`
    });
  }
  const stats = monitor.stats();
  for (const { inv, first } of violated.values()) {
    const all = stats.get(inv.id)?.violations ?? 0;
    cards.push({
      title: `${inv.id}: ${inv.title}`,
      decision: DECISION_OF[inv.severity],
      reasons: [
        `${inv.severity} invariant ${inv.id} (${formatLocation(inv.location)}) is violated ${all} time(s).`,
        `First: ${first.message} at ${first.location.file}:${first.location.line} (run ${first.runId}).`,
        `Counterexample (${first.location.file}:${first.location.line}): ${counterexampleText(first)}`
      ],
      evidence: {
        ...Object.fromEntries(
          Object.entries(evidence).filter(
            ([k]) => k === `invariant:${inv.location.file}` || k === `trace:${first.location.file}`
          )
        )
      },
      to_change: `Fix the behaviour that produced ${first.location.file}:${first.location.line} so the trace satisfies ${inv.id}${inv.owners.length > 0 ? `, or have its owners (${inv.owners.join(", ")}) change the invariant on the base branch` : ""}.${inv.severity === "critical" ? " This stop is sealed: no approval lifts it, only a new commit that removes the cause." : ""}`
    });
  }
  const idle = set.invariants.filter((inv) => (stats.get(inv.id)?.checks ?? 0) === 0);
  if (idle.length > 0) {
    findings.push({
      level: "note",
      rule: "coverage",
      message: `${idle.length} invariant(s) matched no trace record, so the traces say nothing about them: ${idle.slice(0, 20).map((inv) => inv.id).join(", ")}${idle.length > 20 ? ", \u2026" : ""}.`
    });
  }
  const unchecked = nothing.files.length > 0;
  if (unchecked) {
    const list = nothing.files.map((t) => `${t.file} (${t.records} records)`).join(", ");
    for (const t of nothing.files) {
      findings.push({
        level: "error",
        rule: "nothing-checked",
        file: t.file,
        message: `${t.file}: none of its ${t.records} records matches the scope and events of any invariant, so the trace shows nothing. Zero checks is never a pass: add invariants for its scopes, or stop listing it in \`gates.invariants.traces\`.`
      });
    }
    cards.push({
      title: "Traces that no invariant checks",
      decision: nothing.decision,
      reasons: [`No invariant applies to any record of: ${list}.`],
      evidence: Object.fromEntries(
        Object.entries(evidence).filter(
          ([k]) => nothing.files.some((t) => k === `trace:${t.file}`)
        )
      ),
      to_change: "Write invariants whose scope and `when` events match these records (on the base branch), or remove the trace from `gates.invariants.traces`; `gates.invariants.on_nothing_checked` sets the decision."
    });
  }
  const below = coverage.flows > 0 && coverage.ratio < coverage.threshold;
  if (below) {
    const list = coverage.uncovered.map((f) => `${f.scope}/${f.event}`).join(", ");
    findings.push({
      level: "error",
      rule: "coverage",
      message: `Invariant coverage of critical flows is ${percent(coverage.ratio)}, below the threshold of ${percent(coverage.threshold)}. Uncovered: ${list}. Add invariants for these flows (scope and \`when: event\`).`
    });
    cards.push({
      title: "Invariant coverage of critical flows",
      decision: "PAUSE_FOR_HITL",
      reasons: [
        `${coverage.covered.length} of ${coverage.flows} critical flows have an invariant (${percent(coverage.ratio)} < ${percent(coverage.threshold)}).`,
        `Uncovered: ${list}.`
      ],
      evidence: Object.fromEntries(
        Object.entries(evidence).filter(([k]) => k.startsWith("invariant:"))
      ),
      to_change: "Add invariants covering the uncovered flows, or lower `gates.invariants.coverage_threshold` on the base branch."
    });
  }
  const severities = new Set([...violated.values()].map((v) => v.inv.severity));
  let decision = "RUN";
  let code = "OK";
  let sealed = false;
  if (severities.has("critical")) {
    decision = "STOPPED";
    code = "INV_VIOLATION_CRITICAL";
    sealed = true;
  } else if (monitor.errorCount > 0) {
    decision = "STOPPED";
    code = "INV_EVAL_ERROR";
  } else if (severities.has("high")) {
    decision = "STOPPED";
    code = CODE_OF.high;
  } else if (unchecked && nothing.decision === "STOPPED") {
    decision = "STOPPED";
    code = "INV_NOTHING_CHECKED";
  } else if (severities.has("medium")) {
    decision = "PAUSE_FOR_HITL";
    code = CODE_OF.medium;
  } else if (unchecked) {
    decision = "PAUSE_FOR_HITL";
    code = "INV_NOTHING_CHECKED";
  } else if (below) {
    decision = "PAUSE_FOR_HITL";
    code = "INV_COVERAGE_LOW";
  } else if (severities.has("low")) {
    code = CODE_OF.low;
  }
  if (monitor.errorCount > 0 && !severities.has("critical")) {
    cards.push({
      title: "Invariant evaluation errors",
      decision: "STOPPED",
      reasons: [
        `${monitor.errorCount} evaluation(s) failed; the first: ${monitor.violations.find((v) => v.kind === "error")?.message ?? "not kept"}.`
      ],
      evidence,
      to_change: "Make the invariant robust to the record (e.g. `has(record.field)`, a `when` filter) on the base branch, or fix the trace so the fields it needs are present."
    });
  }
  const summary = decision === "RUN" && code === "OK" ? `${set.invariants.length} invariants hold over ${monitor.records} records (${monitor.checks} checks) in ${traces.length} trace file(s).` : `${monitor.violationCount} violation(s) of ${violated.size} invariant(s), ${monitor.errorCount} evaluation error(s), coverage ${percent(coverage.ratio)} over ${monitor.records} records.`;
  const perInvariant = {};
  for (const [id, s] of stats) perInvariant[id] = { ...s };
  return outcome(decision, code, findings, {
    sealed,
    summary,
    cards,
    inputs_digest: sha256Json({
      invariants: set.files.map((f) => [f.file, f.digest]),
      traces: traces.map((t) => [t.file, t.digest])
    }),
    report: {
      invariants: set.invariants.length,
      invariant_files: set.files.length,
      records: monitor.records,
      checks: monitor.checks,
      violations: monitor.violationCount,
      evaluation_errors: monitor.errorCount,
      traces: traces.map((t) => ({
        file: t.file,
        digest: t.digest,
        lines: t.lines,
        records: t.records,
        blank_lines: t.blankLines,
        bytes: t.bytes
      })),
      coverage: {
        flows: coverage.flows,
        ratio: coverage.ratio,
        threshold: coverage.threshold,
        covered: coverage.covered,
        uncovered: coverage.uncovered
      },
      per_invariant: perInvariant
    }
  });
}
function percent(x) {
  return `${Math.round(x * 1e3) / 10} %`;
}
function boundedRecord(record) {
  const out = {};
  let size = 0;
  let omitted = 0;
  for (const [k, v] of Object.entries(record)) {
    let s;
    try {
      s = k.length + (JSON.stringify(v)?.length ?? 9);
    } catch {
      s = Infinity;
    }
    if (size + s > 4096 && !["run_id", "ts", "scope", "event"].includes(k)) {
      omitted++;
      continue;
    }
    size += s;
    out[k] = v;
  }
  if (omitted > 0) out["\u2026"] = `${omitted} field(s) omitted`;
  return out;
}
function counterexampleText(v) {
  const steps = [boundedRecord(v.record)];
  if (v.detectedAt !== void 0) steps.push(boundedRecord(v.detectedAt.record));
  const text = JSON.stringify(steps.length === 1 ? steps[0] : steps);
  return text.length > 1e3 ? `${text.slice(0, 1e3)}\u2026` : text;
}
function findingOf(v) {
  const inv = v.invariant;
  const where = formatLocation(inv.location);
  const steps = [boundedRecord(v.record)];
  if (v.detectedAt !== void 0) steps.push(boundedRecord(v.detectedAt.record));
  const detected = v.detectedAt === void 0 ? "" : `; detected at ${v.detectedAt.location.file}:${v.detectedAt.location.line}`;
  if (v.kind === "error") {
    const exprAt = v.expr === void 0 ? where : formatLocation(v.expr.location);
    return {
      level: "error",
      rule: inv.id,
      file: v.location.file,
      line: v.location.line,
      message: `${inv.id} (${exprAt}): ${v.message} on run ${v.runId}. An expression that cannot be evaluated fails closed.`,
      counterexample: {
        kind: "trace-record",
        steps,
        location: { file: v.location.file, line: v.location.line }
      }
    };
  }
  return {
    level: inv.severity === "low" ? "warning" : "error",
    rule: inv.id,
    file: v.location.file,
    line: v.location.line,
    message: `[${inv.severity}] ${inv.id} (${where}, ${v.clause.path}) violated on run ${v.runId}: ${v.message}${detected}.`,
    counterexample: {
      kind: v.clause.op === "always" || v.clause.op === "never" ? "trace-record" : "trace",
      steps,
      location: { file: v.location.file, line: v.location.line }
    }
  };
}

// action/gates/invariants/traces.ts
init_define_MAESTRO_CODE_DIGESTS();
import { statSync } from "node:fs";
function resolveTraces(headDir, patterns) {
  const out = /* @__PURE__ */ new Set();
  patterns.forEach((pattern, i) => {
    const key = `gates.invariants.traces[${i}]`;
    try {
      assertInside(pattern, key);
    } catch (thrown) {
      throw new MaestroError("INV_TRACE_UNREADABLE", thrown.message);
    }
    let found = { files: [], refused: [] };
    if (isGlob(pattern)) {
      try {
        found = findContained(headDir, [pattern]);
      } catch (thrown) {
        throw new MaestroError(
          "INV_TRACE_UNREADABLE",
          `\`${key}\` (${pattern}): the traces could not be listed (${thrown instanceof Error ? thrown.message : String(thrown)}).`,
          { cause: thrown, location: { file: pattern } }
        );
      }
    } else {
      const r = resolveContained(headDir, pattern);
      if ("refused" in r) found = { files: [], refused: [r.refused] };
      else if ("real" in r && statSync(r.real).isFile())
        found = { files: [toPosix(pattern)], refused: [] };
    }
    const refused = refusedLinks("INV_TRACE_UNREADABLE", key, pattern, found.refused, "checkout");
    if (refused !== void 0) throw refused;
    if (found.files.length === 0) {
      throw new MaestroError(
        "INV_TRACE_MISSING",
        `\`${key}\` (${pattern}) matches no trace file in the pull request. The configured traces are produced by the repository's tests: run them (or commit the fixtures), or fix the glob. A configured trace that is missing is never a pass.`,
        { location: { file: pattern } }
      );
    }
    for (const f of found.files) out.add(f);
  });
  return [...out].sort();
}

// action/gates/invariants/index.ts
var INVARIANTS_GATE_VERSION = "1";
var DEFAULT_INVARIANT_PATHS = ["invariants"];
var DEFAULT_COVERAGE_THRESHOLD = 0.9;
var PROGRESS_EVERY_RECORDS = 25e4;
function sectionOf(ctx) {
  const raw = ctx.gateConfig;
  if (raw === null || typeof raw !== "object" || !Array.isArray(raw.traces)) {
    throw new MaestroError(
      "INV_INVALID",
      "`gates.invariants.traces` must list the JSONL traces to check (globs relative to the repository)."
    );
  }
  return raw;
}
function createInvariantsGate() {
  return {
    name: "invariants",
    version: INVARIANTS_GATE_VERSION,
    requiredInputs(ctx) {
      const cfg = sectionOf(ctx);
      const paths = cfg.paths ?? DEFAULT_INVARIANT_PATHS;
      return paths.flatMap(
        (p, i) => isGlob(p) ? [] : [
          {
            path: join(ctx.baseDir, p),
            description: "invariants directory or file",
            configKey: `gates.invariants.paths[${i}]`
          }
        ]
      );
    },
    run: (ctx) => runInvariantsGate(ctx)
  };
}
async function runInvariantsGate(ctx) {
  const cfg = sectionOf(ctx);
  const limits = {
    ...cfg.limits?.max_expression_length === void 0 ? {} : { maxLength: cfg.limits.max_expression_length },
    ...cfg.limits?.max_depth === void 0 ? {} : { maxDepth: cfg.limits.max_depth },
    ...cfg.limits?.max_comprehension_nesting === void 0 ? {} : { maxComprehensionNesting: cfg.limits.max_comprehension_nesting },
    ...cfg.limits?.max_eval_ms === void 0 ? {} : { maxEvalMs: cfg.limits.max_eval_ms },
    ...cfg.limits?.max_cost === void 0 ? {} : { maxCost: cfg.limits.max_cost }
  };
  const set = loadInvariants(ctx.baseDir, cfg.paths ?? DEFAULT_INVARIANT_PATHS, { limits });
  const coverage = coverageOf(
    set,
    cfg.critical_flows ?? [],
    cfg.coverage_threshold ?? DEFAULT_COVERAGE_THRESHOLD
  );
  const traces = resolveTraces(ctx.headDir, cfg.traces);
  const maxFindings = cfg.limits?.max_findings ?? DEFAULT_MAX_VIOLATIONS;
  const monitor = new TraceMonitor(set, { maxViolations: maxFindings });
  const summaries = [];
  let nextProgress = PROGRESS_EVERY_RECORDS;
  const unchecked = [];
  for (const file of traces) {
    ctx.signal.throwIfAborted();
    const checksBefore = monitor.checks;
    const summary = await readTrace(
      join(ctx.headDir, file),
      file,
      (record, line) => {
        monitor.observe(record, file, line);
        if (monitor.records >= nextProgress) {
          nextProgress += PROGRESS_EVERY_RECORDS;
          ctx.progress(`invariants: ${monitor.records} records, ${monitor.checks} checks`);
        }
      },
      { maxLineChars: cfg.limits?.max_line_chars ?? DEFAULT_MAX_LINE_CHARS, signal: ctx.signal }
    );
    summaries.push(summary);
    if (summary.records > 0 && monitor.checks === checksBefore) unchecked.push(summary);
  }
  monitor.finish();
  if (monitor.records === 0) {
    throw new MaestroError(
      "INV_TRACE_MISSING",
      `the configured traces (${traces.join(", ")}) hold no record, so nothing shows that the invariants hold. Make the tests write their events, or fix \`gates.invariants.traces\`.`,
      { location: { file: traces[0] } }
    );
  }
  return buildOutcome(set, monitor, coverage, summaries, maxFindings, {
    files: unchecked,
    decision: cfg.on_nothing_checked ?? DEFAULT_ON_NOTHING_CHECKED
  });
}
var DEFAULT_ON_NOTHING_CHECKED = "PAUSE_FOR_HITL";
export {
  DEFAULT_COVERAGE_THRESHOLD,
  DEFAULT_INVARIANT_PATHS,
  DEFAULT_ON_NOTHING_CHECKED,
  INVARIANTS_GATE_VERSION,
  PROGRESS_EVERY_RECORDS,
  TraceMonitor,
  boundedRecord,
  compileInvariantTexts,
  coverageOf,
  createInvariantsGate,
  loadInvariants,
  resolveTraces,
  runInvariantsGate
};
