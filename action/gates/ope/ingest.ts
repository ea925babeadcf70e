/**
 * Validates logged rows chunk by chunk and keeps what the estimators need in compact typed
 * arrays: the context id, the logged arm, propensity, reward, cost and — when the data carries
 * reward-model estimates — q̂ at the logged arm and both policies' DM values. Each distinct
 * context is evaluated once per policy, in one batch per chunk (a Rego policy runs its new
 * contexts under one deadline). Bad rows stop with `file:row`, or are counted and
 * reported in `drop` mode; never dropped silently.
 */
import { MaestroError } from '../../contract/errors.js';
import type { DataSchema } from './config.js';
import type { RawChunk } from './data-readers.js';
import type { RoutingPolicy } from './policy.js';

/** Rows kept from one chunk. */
export interface StoredChunk {
  n: number;
  ctx: Int32Array;
  arm: Int32Array;
  propensity: Float64Array;
  reward: Float64Array;
  cost: Float64Array | undefined;
  /** With estimate columns: q̂ at the logged arm and the DM values (baseline, candidate). */
  qFactual: Float64Array | undefined;
  dmBaseline: Float64Array | undefined;
  dmCandidate: Float64Array | undefined;
}

/** Why rows were dropped, and where the first ones were. */
export interface DropReport {
  count: number;
  byReason: Record<string, number>;
  examples: { line: number; reason: string }[];
}

/** Everything ingested. */
export interface IngestedData {
  chunks: StoredChunk[];
  rows: number;
  rowsRead: number;
  dropped: DropReport;
  /** Distinct contexts, each as its field values. */
  contexts: Record<string, string>[];
  /** Per context, the policies' distributions (row-major, `arms` per context). */
  baselineDist: Float64Array;
  candidateDist: Float64Array;
  /** Per context and arm: 1 when the arm was ever logged in that context. */
  logged: Uint8Array;
  hasEstimates: boolean;
}

/** Grows a typed array by doubling. */
function grow<T extends Float64Array | Uint8Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  next.set(a);
  return next;
}

const MAX_EXAMPLES = 20;

/** Streams chunks into the store. */
export class Ingest {
  private readonly ids = new Map<string, number>();
  private readonly contexts: Record<string, string>[] = [];
  private baselineDist = new Float64Array(1024);
  private candidateDist = new Float64Array(1024);
  private logged = new Uint8Array(1024);
  private readonly chunks: StoredChunk[] = [];
  private rows = 0;
  private rowsRead = 0;
  private readonly dropped: DropReport = { count: 0, byReason: {}, examples: [] };
  private readonly armIndex: Map<string, number>;
  private readonly qFields: string[] | undefined;
  /** Contexts seen in the current chunk whose distributions are not known yet. */
  private pending: { id: number; line: number }[] = [];

  constructor(
    private readonly file: string,
    private readonly schema: DataSchema,
    private readonly arms: readonly string[],
    private readonly baseline: RoutingPolicy,
    private readonly candidate: RoutingPolicy,
  ) {
    this.armIndex = new Map(arms.map((a, i) => [a, i]));
    this.qFields =
      schema.q_hat_prefix !== undefined ? arms.map((a) => `${schema.q_hat_prefix}${a}`) : undefined;
  }

  /** The fields a reader must deliver. */
  static fieldsOf(schema: DataSchema, arms: readonly string[]): string[] {
    const f = [...schema.context, schema.action, schema.propensity, schema.reward];
    if (schema.cost !== undefined) f.push(schema.cost);
    if (schema.q_hat !== undefined) f.push(schema.q_hat);
    if (schema.q_hat_prefix !== undefined)
      for (const a of arms) f.push(`${schema.q_hat_prefix}${a}`);
    return [...new Set(f)];
  }

  private bad(line: number, reason: string, detail: string): void {
    if (this.schema.bad_rows !== 'drop') {
      // An earlier row's context may have no entry: that error comes first, as in file order.
      this.resolvePending();
      throw new MaestroError(
        'OPE_DATA_INVALID',
        `${this.file}:${line}: ${detail}. Fix the logged data, or set \`gates.ope.data.bad_rows: drop\` to count and report such rows instead.`,
        { location: { file: this.file, line } },
      );
    }
    const d = this.dropped;
    d.count++;
    d.byReason[reason] = (d.byReason[reason] ?? 0) + 1;
    if (d.examples.length < MAX_EXAMPLES) d.examples.push({ line, reason });
  }

  private contextId(values: string[], line: number): number {
    const key = values.length === 1 ? values[0]! : values.join('\u001f');
    let id = this.ids.get(key);
    if (id !== undefined) return id;
    id = this.contexts.length;
    const ctx: Record<string, string> = {};
    this.schema.context.forEach((f, i) => (ctx[f] = values[i]!));
    const A = this.arms.length;
    this.baselineDist = grow(this.baselineDist, (id + 1) * A);
    this.candidateDist = grow(this.candidateDist, (id + 1) * A);
    this.logged = grow(this.logged, (id + 1) * A);
    this.ids.set(key, id);
    this.contexts.push(ctx);
    this.pending.push({ id, line });
    return id;
  }

  /** Evaluates both policies once at every context first seen since the last call. */
  private resolvePending(): void {
    const pending = this.pending;
    if (pending.length === 0) return;
    this.pending = [];
    const contexts = pending.map((p) => this.contexts[p.id]!);
    const rows = { file: this.file, lines: pending.map((p) => p.line) };
    const A = this.arms.length;
    const b = this.baseline.distributions(contexts, rows);
    const c = this.candidate.distributions(contexts, rows);
    pending.forEach((p, i) => {
      this.baselineDist.set(b[i]!, p.id * A);
      this.candidateDist.set(c[i]!, p.id * A);
    });
  }

  /** Validates and stores one chunk. */
  add(chunk: RawChunk): void {
    const s = this.schema;
    const A = this.arms.length;
    const n = chunk.n;
    const col = (f: string): ArrayLike<unknown> => chunk.columns.get(f)!;
    const ctxCols = s.context.map(col);
    const actionCol = col(s.action);
    const psCol = col(s.propensity);
    const rCol = col(s.reward);
    const costCol = s.cost === undefined ? undefined : col(s.cost);
    const qMapCol = s.q_hat === undefined ? undefined : col(s.q_hat);
    const qCols = this.qFields?.map(col);
    const hasQ = qMapCol !== undefined || qCols !== undefined;
    const out: StoredChunk = {
      n: 0,
      ctx: new Int32Array(n),
      arm: new Int32Array(n),
      propensity: new Float64Array(n),
      reward: new Float64Array(n),
      cost: costCol === undefined ? undefined : new Float64Array(n),
      qFactual: hasQ ? new Float64Array(n) : undefined,
      dmBaseline: hasQ ? new Float64Array(n) : undefined,
      dmCandidate: hasQ ? new Float64Array(n) : undefined,
    };
    // Each valid row's estimates, kept until the chunk's new contexts are evaluated.
    const qRows = hasQ ? new Float64Array(n * A) : undefined;
    const q = new Float64Array(A);
    const values: string[] = new Array<string>(s.context.length);
    let m = 0;
    rows: for (let i = 0; i < n; i++) {
      const line = chunk.lines ? chunk.lines[i]! : chunk.firstRow + i;
      this.rowsRead++;
      for (let k = 0; k < ctxCols.length; k++) {
        const v = scalarString(ctxCols[k]![i]);
        if (v === undefined || v === '') {
          this.bad(
            line,
            'missing context',
            `the context field "${s.context[k]}" is missing or not a scalar`,
          );
          continue rows;
        }
        values[k] = v;
      }
      const armRaw = actionCol[i];
      const armName = scalarString(armRaw);
      const arm = armName === undefined ? undefined : this.armIndex.get(armName);
      if (arm === undefined) {
        this.bad(
          line,
          'unknown arm',
          `the logged action ${JSON.stringify(armRaw) ?? 'undefined'} is not one of gates.ope.arms`,
        );
        continue;
      }
      const ps = toNumber(psCol[i]);
      if (!(ps > 0 && ps <= 1)) {
        this.bad(
          line,
          'bad propensity',
          `the propensity ${JSON.stringify(psCol[i]) ?? 'undefined'} is missing, zero, negative or greater than 1`,
        );
        continue;
      }
      const r = toNumber(rCol[i]);
      if (!Number.isFinite(r)) {
        this.bad(
          line,
          'bad reward',
          `the reward ${JSON.stringify(rCol[i]) ?? 'undefined'} is missing or not a finite number`,
        );
        continue;
      }
      let cost = 0;
      if (costCol !== undefined) {
        cost = toNumber(costCol[i]);
        if (!Number.isFinite(cost)) {
          this.bad(
            line,
            'bad cost',
            `the cost ${JSON.stringify(costCol[i]) ?? 'undefined'} is missing or not a finite number`,
          );
          continue;
        }
      }
      if (hasQ) {
        const map = qMapCol?.[i];
        if (qMapCol !== undefined && (map === null || typeof map !== 'object')) {
          this.bad(line, 'bad q_hat', `the estimate map "${s.q_hat}" is missing or not an object`);
          continue;
        }
        for (let a = 0; a < A; a++) {
          const raw = qCols ? qCols[a]![i] : (map as Record<string, unknown>)[this.arms[a]!];
          const v = toNumber(raw);
          if (!Number.isFinite(v)) {
            this.bad(
              line,
              'bad q_hat',
              `the reward-model estimate for arm "${this.arms[a]}" is missing or not a finite number`,
            );
            continue rows;
          }
          q[a] = v;
        }
      }
      const id = this.contextId(values, line);
      this.logged[id * A + arm] = 1;
      out.ctx[m] = id;
      out.arm[m] = arm;
      out.propensity[m] = ps;
      out.reward[m] = r;
      if (out.cost) out.cost[m] = cost;
      if (hasQ) {
        out.qFactual![m] = q[arm]!;
        qRows!.set(q, m * A);
      }
      m++;
    }
    this.resolvePending();
    if (hasQ)
      for (let i = 0; i < m; i++) {
        const o = out.ctx[i]! * A;
        out.dmBaseline![i] = dmOf(this.baselineDist, o, qRows!, i * A, A);
        out.dmCandidate![i] = dmOf(this.candidateDist, o, qRows!, i * A, A);
      }
    out.n = m;
    this.rows += m;
    this.chunks.push(out);
  }

  /** Ends the stream. */
  finish(): IngestedData {
    const A = this.arms.length;
    const k = this.contexts.length;
    return {
      chunks: this.chunks,
      rows: this.rows,
      rowsRead: this.rowsRead,
      dropped: this.dropped,
      contexts: this.contexts,
      baselineDist: this.baselineDist.subarray(0, k * A),
      candidateDist: this.candidateDist.subarray(0, k * A),
      logged: this.logged.subarray(0, k * A),
      hasEstimates: this.schema.q_hat !== undefined || this.schema.q_hat_prefix !== undefined,
    };
  }
}

/** A scalar's text (strings, numbers, booleans); anything else is undefined. */
function scalarString(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** Numbers from Parquet/JSONL values or CSV strings; anything else is NaN. */
function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? NaN : Number(v);
  if (typeof v === 'bigint') return Number(v);
  return NaN;
}

/** Σ_a π(a)·q̂(a) / Σ_a π(a) (obp's `np.average(q̂, weights=π)`). */
export function dmOf(
  dist: Float64Array,
  offset: number,
  q: Float64Array,
  qOffset: number,
  arms: number,
): number {
  let num = 0;
  let den = 0;
  for (let a = 0; a < arms; a++) {
    const p = dist[offset + a]!;
    num += p * q[qOffset + a]!;
    den += p;
  }
  return num / den;
}
