/** The check list a verification builds, and the report it returns. */
import type { ReasonCode } from '../contract/codebook.js';
import { MaestroError, describeThrown } from '../contract/errors.js';
import type { EvidenceBinding } from '../evidence/statements.js';

/** One check and its outcome. */
export interface Check {
  /** `signature`, `identity`, `payload-type`, `statement`, `predicate`, `subjects`, ... */
  check: string;
  /** The bundle or file the check is about (empty for run-wide checks). */
  target: string;
  ok: boolean;
  /** The reason code of a failure (`VERIFY_OK` when it passed). */
  code: ReasonCode;
  message: string;
}

/** The result of a verification. */
export interface VerifyReport {
  ok: boolean;
  /** The first failing check's code, or `VERIFY_OK`. */
  reason_code: ReasonCode;
  checks: Check[];
  /** The signed verdict decision, when a verdict statement verified. */
  verdict?: string;
  /** The binding of the signed verdict, when it verified. */
  binding?: EvidenceBinding;
  /** What passed only because the user accepted a risk (printed loudly). */
  warnings: string[];
}

/** Collects checks in order. */
export class Checks {
  readonly list: Check[] = [];
  readonly warnings: string[] = [];
  pass(check: string, target: string, message: string): void {
    this.list.push({ check, target, ok: true, code: 'VERIFY_OK', message });
  }
  fail(check: string, target: string, code: ReasonCode, message: string): void {
    this.list.push({ check, target, ok: false, code, message });
  }
  /** A check that passed only because a flag accepted the risk: recorded as a warning too. */
  warn(check: string, target: string, message: string): void {
    this.pass(check, target, `WARNING: ${message}`);
    this.warnings.push(message);
  }
  get failed(): boolean {
    return this.list.some((c) => !c.ok);
  }
}

/** The code and message of a thrown value (a `MaestroError`'s own, else `fallback`). */
export function fromError(e: unknown, fallback: ReasonCode): { code: ReasonCode; message: string } {
  if (e instanceof MaestroError) return { code: e.code, message: e.message };
  return { code: fallback, message: describeThrown(e) };
}
