/**
 * TLC adapter: runs `tlc2.TLC -tool` on a `.tla`/`.cfg` pair when Java and `tla2tools.jar` are
 * available, and parses its tool-mode output into the same shape as the built-in checker.
 *
 * Tool mode wraps every message as `@!@!@STARTMSG <code>:<class> @!@!@ … @!@!@ENDMSG <code> @!@!@`.
 * Codes used here: 2110 invariant violated, 2114 deadlock, 2121 trace header, 2217 one trace
 * state, 2199 statistics ("N states generated, M distinct states found, K states left on
 * queue."), 2194 depth, 2193 success; message class 1 is an error.
 */
import { spawn } from 'node:child_process';
import type { TraceStep } from './checker.js';

/** One tool-mode message. */
export interface TlcMessage {
  code: number;
  klass: number;
  body: string;
}

/** What a TLC run established. */
export interface TlcReport {
  status: 'ok' | 'violation' | 'error';
  violation?: { kind: 'invariant' | 'deadlock' | 'other'; message: string; trace: TraceStep[] };
  distinct?: number;
  generated?: number;
  depth?: number;
  /** Error messages (class 1 outside a violation). */
  errors: string[];
}

const START = /^@!@!@STARTMSG (\d+):(\d+) @!@!@$/;
const END = /^@!@!@ENDMSG (\d+) @!@!@$/;

/** Splits tool-mode output into messages; text outside messages is ignored. */
export function parseTlcMessages(output: string): TlcMessage[] {
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
    current?.lines.push(line);
  }
  return out;
}

/** Parses one 2217 trace state: `N: <Action ...>` then `/\ var = value` lines. */
function traceState(body: string): TraceStep {
  const lines = body.split('\n');
  const head = /^(\d+): <([^\s>]+)[^>]*>/.exec(lines[0] ?? '');
  const index = head ? Number(head[1]) : 0;
  const actionName = head?.[2] ?? null;
  const state: Record<string, unknown> = {};
  let name: string | undefined;
  for (const line of lines.slice(1)) {
    const m = /^\/\\ ([A-Za-z_][A-Za-z0-9_]*) = (.*)$/.exec(line);
    if (m) {
      name = m[1]!;
      state[name] = tlaValue(m[2]!);
    } else if (name !== undefined && line.trim() !== '') {
      state[name] = tlaValue(`${String(state[name])} ${line.trim()}`);
    }
  }
  return {
    index,
    action: actionName === null || actionName === 'Initial' || index === 1 ? null : actionName,
    params: {},
    state,
  };
}

/** Integers and booleans become JSON values; other TLA+ values stay as their text. */
function tlaValue(text: string): unknown {
  const t = text.trim();
  if (/^-?\d+$/.test(t)) return Number(t);
  if (t === 'TRUE') return true;
  if (t === 'FALSE') return false;
  if (/^"[^"]*"$/.test(t)) return t.slice(1, -1);
  return t;
}

/** Interprets TLC's tool-mode output. */
export function parseTlcOutput(output: string): TlcReport {
  const msgs = parseTlcMessages(output);
  const report: TlcReport = { status: 'ok', errors: [] };
  const trace: TraceStep[] = [];
  let violation: TlcReport['violation'];
  let sawEnd = false;
  for (const m of msgs) {
    switch (m.code) {
      case 2110:
        violation = { kind: 'invariant', message: m.body, trace };
        break;
      case 2114:
        violation = { kind: 'deadlock', message: m.body, trace };
        break;
      case 2217:
        trace.push(traceState(m.body));
        break;
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
      default:
        if (m.klass === 1 && m.code !== 2121) {
          if (violation === undefined) report.errors.push(m.body);
        }
    }
  }
  if (violation !== undefined) {
    report.status = 'violation';
    report.violation = violation;
  } else if (report.errors.length > 0 || !sawEnd) {
    report.status = 'error';
    if (!sawEnd)
      report.errors.push(
        'TLC output has no final statistics (message 2199); the run did not finish',
      );
  }
  return report;
}

/** Runs TLC with one worker in tool mode and parses the result. */
export async function runTlc(options: {
  java: string;
  jar: string;
  spec: string;
  config: string;
  cwd: string;
  signal?: AbortSignal;
}): Promise<TlcReport> {
  const args = [
    '-XX:+UseParallelGC',
    '-cp',
    options.jar,
    'tlc2.TLC',
    '-tool',
    '-workers',
    '1',
    '-config',
    options.config,
    options.spec,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(options.java, args, {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.signal ? { signal: options.signal } : {}),
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('error', (e) => reject(e));
    child.on('close', (code) => {
      const report = parseTlcOutput(out);
      if (report.status === 'ok' && code !== 0) {
        report.status = 'error';
        report.errors.push(`TLC exited with code ${String(code)}: ${err.trim().slice(0, 500)}`);
      }
      resolve(report);
    });
  });
}
