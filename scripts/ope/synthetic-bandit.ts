/**
 * A synthetic contextual bandit with known truth, for the OPE tests, the demo data and the
 * benchmark: uniform contexts, a logging policy with full support, Bernoulli rewards with
 * known means, and policies as JSON tables. Deterministic for a seed.
 */

/** mulberry32: a small seeded generator for test data (not for the gate's own bootstrap). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A policy as a JSON table keyed on the `segment` context field. */
export interface PolicyTable {
  key: string;
  table: Record<string, Record<string, number>>;
}

/** The bandit: contexts, arms, true mean rewards, logging policy. */
export interface Bandit {
  contexts: string[];
  arms: string[];
  /** mu[k][a]: expected reward of arm a in context k. */
  mu: number[][];
  /** logging[k][a]: behaviour propensities. */
  logging: number[][];
  /** A fixed, imperfect reward model: mu plus a per-(context, arm) error. */
  qHat: number[][];
  /** Mean cost per arm. */
  cost: number[];
}

/** Makes a bandit with `k` contexts and `a` arms. */
export function makeBandit(seed: number, k: number, a: number, modelError = 0.05): Bandit {
  const r = rng(seed);
  const contexts = Array.from({ length: k }, (_, i) => `seg${i}`);
  const arms = Array.from({ length: a }, (_, i) => `arm${i}`);
  const mu = contexts.map(() => arms.map(() => 0.1 + 0.8 * r()));
  const logging = contexts.map(() => {
    const raw = arms.map(() => 0.2 + r());
    const s = raw.reduce((x, y) => x + y, 0);
    return raw.map((x) => x / s);
  });
  const qHat = mu.map((row) =>
    row.map((m) => Math.min(1, Math.max(0, m + (r() * 2 - 1) * modelError))),
  );
  const cost = arms.map((_, i) => 0.001 * (1 + i));
  return { contexts, arms, mu, logging, qHat, cost };
}

/** The policy's true value: mean over (uniform) contexts of Σ_a π(a|x)·μ(x,a). */
export function trueValue(b: Bandit, pi: number[][]): number {
  let v = 0;
  b.contexts.forEach((_, k) => b.arms.forEach((_, a) => (v += pi[k]![a]! * b.mu[k]![a]!)));
  return v / b.contexts.length;
}

/** A policy table from a matrix. */
export function tableOf(b: Bandit, pi: number[][]): PolicyTable {
  const table: PolicyTable['table'] = {};
  b.contexts.forEach((c, k) => {
    table[c] = Object.fromEntries(b.arms.map((arm, a) => [arm, pi[k]![a]!]));
  });
  return { key: 'segment', table };
}

/** A greedy-ish policy: `share` on the arm ranked `rank` (0 best) by the true means, rest spread. */
export function rankedPolicy(b: Bandit, rank: number, share: number): number[][] {
  return b.mu.map((row) => {
    const order = row.map((m, i) => [m, i] as const).sort((x, y) => y[0] - x[0]);
    const target = order[Math.min(rank, order.length - 1)]![1];
    return row.map((_, i) => (i === target ? share : (1 - share) / (row.length - 1)));
  });
}

/** One logged row. */
export interface LoggedRow {
  segment: string;
  arm: string;
  pscore: number;
  reward: number;
  cost: number;
  q_hat: Record<string, number>;
}

/** Logs `n` rows under the logging policy. */
export function* logRows(b: Bandit, n: number, seed: number): Generator<LoggedRow> {
  const r = rng(seed);
  const K = b.contexts.length;
  for (let i = 0; i < n; i++) {
    const k = Math.floor(r() * K);
    const p = b.logging[k]!;
    let u = r();
    let a = 0;
    while (a < p.length - 1 && u >= p[a]!) {
      u -= p[a]!;
      a++;
    }
    const reward = r() < b.mu[k]![a]! ? 1 : 0;
    yield {
      segment: b.contexts[k]!,
      arm: b.arms[a]!,
      pscore: p[a]!,
      reward,
      cost: b.cost[a]!,
      q_hat: Object.fromEntries(b.arms.map((arm, j) => [arm, b.qHat[k]![j]!])),
    };
  }
}
