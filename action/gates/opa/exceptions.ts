/**
 * Applying exceptions to policy results. Two kinds, side by side:
 * - conftest's rule exceptions: a package's `exception` names rules (`["large_file"]` exempts
 *   `deny_large_file`, `warn_large_file`, ...; `""` a bare `deny`); every result of such a rule
 *   is exempt;
 * - per-result suppressions by result `id` (and optional file glob): a policy's `suppress` rule
 *   and the configured `gates.opa.exceptions` (which need a reason and may expire).
 * Every exception that applied is recorded with what it exempted.
 */
import picomatch from 'picomatch';
import type { Finding } from '../../contract/gate-result.js';
import type { ConfigException } from './config.js';
import type { PolicyException, PolicyResult, RuleException } from './results.js';

/** A suppression that applied, for the report (and so the audit log). */
export interface AppliedException {
  /** `rule`: conftest's rule-named exception; `result`: a suppression by result id. */
  kind: 'rule' | 'result';
  /** The rule (`main.deny_large_file`) or the result id it names. */
  id: string;
  file?: string;
  reason: string;
  source: string;
  expires?: string;
  suppressed: { kind: string; policy: string; rule: string; msg: string; file?: string }[];
}

/** What {@link applyExceptions} returns. */
export interface ExceptionOutcome {
  active: PolicyResult[];
  applied: AppliedException[];
  expired: ConfigException[];
  findings: Finding[];
}

/** True when a configured exception is past its last day. */
function expired(exception: ConfigException, now: Date): boolean {
  return exception.expires !== undefined && now.toISOString().slice(0, 10) > exception.expires;
}

interface Suppressor {
  id: string;
  file?: string;
  reason: string;
  source: string;
  expires?: string;
  test?: (path: string) => boolean;
}

/** Applies rule exceptions, then per-result suppressions, to `results` (already sorted). */
export function applyExceptions(
  results: readonly PolicyResult[],
  ruleExceptions: readonly RuleException[],
  policySuppressions: readonly PolicyException[],
  configured: readonly ConfigException[],
  now: Date,
  configFile: string,
): ExceptionOutcome {
  const findings: Finding[] = [];
  const applied: AppliedException[] = [];
  const byRule = new Map<string, AppliedException>();
  for (const e of ruleExceptions) {
    const key = `${e.policy}\u0000${e.package}\u0000${e.rule}`;
    if (byRule.has(key)) continue;
    const record: AppliedException = {
      kind: 'rule',
      id: `${e.package}.${e.rule}`,
      reason: `exception names ${e.name === '' ? 'the bare rule ("")' : `"${e.name}"`}`,
      source: `policy ${e.policy} (data.${e.package}.exception)`,
      suppressed: [],
    };
    byRule.set(key, record);
    applied.push(record);
  }

  const suppressors: Suppressor[] = [];
  for (const e of policySuppressions) {
    suppressors.push({
      id: e.id,
      ...(e.file !== undefined ? { file: e.file } : {}),
      reason: e.reason ?? '(no reason given)',
      source: `policy ${e.policy}${e.package !== undefined ? ` (data.${e.package}.suppress)` : ''}`,
    });
  }
  const expiredOnes: ConfigException[] = [];
  for (const e of configured) {
    if (expired(e, now)) {
      expiredOnes.push(e);
      findings.push({
        level: 'warning',
        message: `opa: the configured exception for \`${e.id}\` expired on ${e.expires} and no longer applies. Fix the finding, or renew the exception with a reason.`,
        file: configFile,
        rule: 'opa:exception',
      });
      continue;
    }
    suppressors.push({
      id: e.id,
      ...(e.file !== undefined ? { file: e.file } : {}),
      reason: e.reason,
      source: 'config gates.opa.exceptions',
      ...(e.expires !== undefined ? { expires: e.expires } : {}),
    });
  }
  for (const s of suppressors) {
    if (s.file !== undefined) s.test = picomatch(s.file, { dot: true });
  }

  const records = new Map<Suppressor, AppliedException>();
  const active: PolicyResult[] = [];
  for (const result of results) {
    const suppressed = {
      kind: result.kind,
      policy: result.policy,
      rule: `${result.package}.${result.rule}`,
      msg: result.msg,
      ...(result.file !== undefined ? { file: result.file } : {}),
    };
    const rule = byRule.get(`${result.policy}\u0000${result.package}\u0000${result.rule}`);
    if (rule !== undefined) {
      rule.suppressed.push(suppressed);
      continue;
    }
    const by = suppressors.find(
      (s) =>
        result.id === s.id &&
        (s.test === undefined || (result.file !== undefined && s.test(result.file))),
    );
    if (by === undefined) {
      active.push(result);
      continue;
    }
    let record = records.get(by);
    if (record === undefined) {
      record = {
        kind: 'result',
        id: by.id,
        ...(by.file !== undefined ? { file: by.file } : {}),
        reason: by.reason,
        source: by.source,
        ...(by.expires !== undefined ? { expires: by.expires } : {}),
        suppressed: [],
      };
      records.set(by, record);
      applied.push(record);
    }
    record.suppressed.push(suppressed);
  }
  return { active, applied, expired: expiredOnes, findings };
}
