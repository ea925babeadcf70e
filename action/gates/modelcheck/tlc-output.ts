/**
 * Interprets TLC's `-tool` output (as printed by the real tla2tools.jar) into the built-in
 * checker's result shape.
 *
 * Tool mode wraps every message as `@!@!@STARTMSG <code>:<class> @!@!@ … @!@!@ENDMSG <code> @!@!@`.
 * Codes read here: 2107 invariant violated by an initial state (the state is in the same
 * message, no statistics follow), 2110 invariant violated, 2111 action property violated, 2114
 * deadlock, 2116 temporal property violated (then 2264 and a trace that ends in 2218
 * stuttering or 2122 back to state N), 2121 trace header, 2217 one trace state, 2199
 * statistics, 2194 depth, 2186 "Finished in …"; message class 1 is an error. A state with
 * one variable is printed `name = value`, several as `/\ name = value` lines.
 */
import type { TraceStep } from './check-result.js';
import { parseTlaValue } from './tla-value.js';

/** One tool-mode message. */
export interface TlcMessage {
  code: number;
  klass: number;
  body: string;
}

/** The kinds of violation TLC reports. */
export type TlcViolationKind = 'invariant' | 'deadlock' | 'liveness' | 'action-property';

/** What a TLC run established. */
export interface TlcReport {
  status: 'ok' | 'violation' | 'error';
  violation?: {
    kind: TlcViolationKind;
    /** The property TLC names (invariant, temporal property), when it names one. */
    property?: string;
    message: string;
    /** The trace; a liveness trace ends in a marker step (`stuttering` or `back_to`). */
    trace: TraceStep[];
  };
  distinct?: number;
  generated?: number;
  depth?: number;
  /** TLC's own "Finished in …" time, in milliseconds. */
  tlcMs?: number;
  /** Error messages (class 1 outside a violation), with SANY's parse errors when it failed. */
  errors: string[];
}

const START = /^@!@!@STARTMSG (\d+):(\d+) @!@!@$/;
const END = /^@!@!@ENDMSG (\d+) @!@!@$/;

/** Splits tool-mode output into messages; `loose` collects the text printed outside them. */
export function parseTlcMessages(output: string, loose?: string[]): TlcMessage[] {
  const out: TlcMessage[] = [];
  let current: { code: number; klass: number; lines: string[] } | undefined;
  for (const line of output.split(/\r?\n/)) {
    const s = START.exec(line);
    if (s) {
      current = { code: Number(s[1]), klass: Number(s[2]), lines: [] };
      continue;
    }
    const e = END.exec(line);
    if (e && current !== undefined) {
      out.push({ code: current.code, klass: current.klass, body: current.lines.join('\n').trim() });
      current = undefined;
      continue;
    }
    if (current !== undefined) current.lines.push(line);
    else loose?.push(line);
  }
  return out;
}

/**
 * Reads the variable lines of one printed state: `/\ v = value` lines, or a single
 * `v = value` line; indented lines continue the value before them.
 */
export function parseTlcState(lines: string[]): Record<string, unknown> {
  const text: Record<string, string> = {};
  let name: string | undefined;
  for (const line of lines) {
    const m = /^(?:\/\\ )?([A-Za-z_][A-Za-z0-9_]*) = (.*)$/.exec(line);
    if (m && (line.startsWith('/\\ ') || name === undefined)) {
      name = m[1]!;
      text[name] = m[2]!;
    } else if (name !== undefined && line.trim() !== '') {
      text[name] = `${text[name]!} ${line.trim()}`;
    }
  }
  const state: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(text)) state[k] = parseTlaValue(v);
  return state;
}

/** Parses one 2217 trace state: `N: <Action line … of module M>` then the variables. */
function traceState(body: string): TraceStep {
  const lines = body.split('\n');
  const head = /^(\d+): <([^\s>]+)[^>]*>/.exec(lines[0] ?? '');
  const index = head ? Number(head[1]) : 0;
  const actionName = head?.[2] ?? null;
  return {
    index,
    action: actionName === null || actionName === 'Initial' || index === 1 ? null : actionName,
    params: {},
    state: parseTlcState(lines.slice(1)),
  };
}

/** `Finished in 01min 05s` / `Finished in 675ms` → milliseconds. */
function finishedMs(body: string): number | undefined {
  const m = /Finished in ((?:\d+\s*(?:ms|min|h|s)\s*)+)/.exec(body);
  if (!m) return undefined;
  let ms = 0;
  for (const [, n, unit] of m[1]!.matchAll(/(\d+)\s*(ms|min|h|s)/g)) {
    const k = unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'min' ? 60_000 : 3_600_000;
    ms += Number(n) * k;
  }
  return ms;
}

/** SANY's error lines from the text outside messages (file reading chatter removed). */
function parseErrors(loose: string[]): string[] {
  const keep = loose
    .map((l) => l.trim())
    .filter(
      (l) =>
        l !== '' &&
        !/^(Parsing file|Semantic processing of module|Linting of module|SANY finished|Starting\.\.\.|Finished in|TLC2 Version|Running |\*\*\* Errors:)/.test(
          l,
        ),
    );
  return [...new Set(keep)].slice(0, 20);
}

/** Interprets TLC's tool-mode output. */
export function parseTlcOutput(output: string): TlcReport {
  const loose: string[] = [];
  const msgs = parseTlcMessages(output, loose);
  const report: TlcReport = { status: 'ok', errors: [] };
  const trace: TraceStep[] = [];
  let violation: TlcReport['violation'];
  let sawEnd = false;
  let parseFailed = false;
  const named = (body: string, re: RegExp): string | undefined => re.exec(body)?.[1];
  for (const m of msgs) {
    switch (m.code) {
      case 2107: {
        // "Invariant X is violated by the initial state:" then the state; no statistics follow.
        const [first = '', ...rest] = m.body.split('\n');
        trace.push({ index: 1, action: null, params: {}, state: parseTlcState(rest) });
        const property = named(first, /^Invariant (\S+) is violated/);
        violation = {
          kind: 'invariant',
          ...(property !== undefined ? { property } : {}),
          message: first.replace(/:$/, '.'),
          trace,
        };
        sawEnd = true;
        break;
      }
      case 2110:
      case 2111: {
        const property = named(m.body, /^(?:Action property|Invariant) (\S+) is violated/);
        violation = {
          kind: m.code === 2110 ? 'invariant' : 'action-property',
          ...(property !== undefined ? { property } : {}),
          message: m.body,
          trace,
        };
        break;
      }
      case 2114:
        violation = { kind: 'deadlock', message: m.body, trace };
        break;
      case 2116: {
        const property = named(m.body, /^Temporal property (\S+) was violated/);
        violation = {
          kind: 'liveness',
          ...(property !== undefined ? { property } : {}),
          message: m.body,
          trace,
        };
        break;
      }
      case 2217:
        trace.push(traceState(m.body));
        break;
      case 2218: {
        // "N: Stuttering": the last state repeats forever.
        const last = trace[trace.length - 1];
        const index = Number(/^(\d+):/.exec(m.body)?.[1] ?? trace.length + 1);
        trace.push({
          index,
          action: null,
          params: {},
          state: last?.state ?? {},
          stuttering: true,
        });
        break;
      }
      case 2122: {
        // "N: Back to state: <Action …>": the behaviour loops back to state N.
        const b = /^(\d+): Back to state: <([^\s>]+)/.exec(m.body);
        const to = Number(b?.[1] ?? 1);
        trace.push({
          index: trace.length + 1,
          action: b?.[2] ?? null,
          params: {},
          state: trace[to - 1]?.state ?? {},
          back_to: to,
        });
        break;
      }
      case 2199: {
        const s = /([\d,]+) states generated, ([\d,]+) distinct states found/.exec(m.body);
        if (s) {
          report.generated = Number(s[1]!.replace(/,/g, ''));
          report.distinct = Number(s[2]!.replace(/,/g, ''));
        }
        sawEnd = true;
        break;
      }
      case 2194: {
        const d = /depth of the complete state graph search is (\d+)/.exec(m.body);
        if (d) report.depth = Number(d[1]);
        break;
      }
      case 2186: {
        const ms = finishedMs(m.body);
        if (ms !== undefined) report.tlcMs = ms;
        break;
      }
      default:
        if (m.klass === 1 && m.code !== 2121 && m.code !== 2264) {
          if (m.code === 3002) parseFailed = true;
          if (violation === undefined) report.errors.push(m.body);
        }
    }
  }
  if (violation !== undefined) {
    report.status = 'violation';
    report.violation = violation;
  } else if (report.errors.length > 0 || !sawEnd) {
    report.status = 'error';
    if (parseFailed) report.errors.push(...parseErrors(loose));
    if (!sawEnd && !parseFailed)
      report.errors.push(
        'TLC output has no final statistics (message 2199); the run did not finish',
      );
  }
  return report;
}
