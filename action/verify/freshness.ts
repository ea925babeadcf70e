/**
 * Several runs for one commit (re-runs, a later push of the same commit): the newest signed run
 * decides, so an older `RUN` cannot stand in for a newer `STOPPED`.
 */
import type { EvidenceBinding } from '../evidence/statements.js';
import { acceptVerdict } from './acceptance.js';
import { Checks, type VerifyReport } from './checks.js';
import { verifyRun, type VerifiedRun, type VerifyInput } from './verify.js';

/** Orders bindings by signing time, then run id and attempt (numeric where they are). */
function newer(a: EvidenceBinding, b: EvidenceBinding): number {
  const t = Date.parse(a.time) - Date.parse(b.time);
  if (t !== 0 && !Number.isNaN(t)) return t;
  const num = (x: string): number => (/^\d+$/.test(x) ? Number(x) : 0);
  return num(a.run.id) - num(b.run.id) || num(a.run.attempt) - num(b.run.attempt);
}

const SEVERITY: Record<string, number> = { RUN: 0, PAUSE_FOR_HITL: 1, STOPPED: 2 };

/**
 * Verifies each evidence set on its own, then lets the newest run decide. Every set must verify;
 * a tie in time goes to the more severe decision.
 */
export function verifyRuns(runs: { label: string; input: VerifyInput }[]): VerifyReport {
  if (runs.length === 1) return verifyRun(runs[0]!.input).report;
  const c = new Checks();
  const results: { label: string; run: VerifiedRun }[] = runs.map((r) => ({
    label: r.label,
    run: verifyRun({ ...r.input, decide: false }),
  }));
  for (const { label, run } of results) {
    for (const x of run.report.checks)
      c.list.push({ ...x, target: x.target === '' ? label : `${label}/${x.target}` });
    c.warnings.push(...run.report.warnings);
  }
  const decided = results.filter((r) => r.run.report.ok && r.run.verdict !== undefined);
  if (decided.length === results.length && decided.length > 0) {
    decided.sort(
      (a, b) =>
        newer(b.run.verdict!.binding, a.run.verdict!.binding) ||
        SEVERITY[b.run.verdict!.verdict.decision]! - SEVERITY[a.run.verdict!.verdict.decision]!,
    );
    const newest = decided[0]!;
    const v = newest.run.verdict!;
    const older = decided
      .slice(1)
      .map(
        (r) =>
          `${r.label} (run ${r.run.verdict!.binding.run.id}, ${r.run.verdict!.binding.time}, ${r.run.verdict!.verdict.decision})`,
      );
    c.pass(
      'freshness',
      newest.label,
      `the newest of ${decided.length} runs decides: ${newest.label} (run ${v.binding.run.id} attempt ${v.binding.run.attempt}, signed at ${v.binding.time}, ${v.verdict.decision}); older: ${older.join('; ')}`,
    );
    const a = acceptVerdict(v, runs[0]!.input);
    const overruled = decided
      .slice(1)
      .some((r) => r.run.verdict!.verdict.decision !== v.verdict.decision);
    const note = overruled ? ' (the newest run decides; an older run decided otherwise)' : '';
    if (a.ok) c.pass('verdict', newest.label, `${a.message}${note}`);
    else
      c.fail(
        'verdict',
        newest.label,
        overruled ? 'VERIFY_NOT_FRESH' : 'VERIFY_VERDICT_NOT_ACCEPTED',
        `${a.message}${note}`,
      );
    if (a.warning !== undefined) c.warnings.push(a.warning);
  }
  const failed = c.list.find((x) => !x.ok);
  const newest = decided[0]?.run.verdict;
  return {
    ok: failed === undefined,
    reason_code: failed?.code ?? 'VERIFY_OK',
    checks: c.list,
    ...(newest === undefined ? {} : { verdict: newest.verdict.decision, binding: newest.binding }),
    warnings: c.warnings,
  };
}
