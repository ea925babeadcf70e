/**
 * Only signed content counts: every file of the evidence directory is a bundle, a signed
 * subject, or a statement file equal to the statement its bundle signed. Anything else is
 * named, and fails unless the user allowed it by name.
 */
import { isDeepStrictEqual } from 'node:util';
import { sha256Hex } from '../util/digest.js';
import type { VerifiedStatement } from './bundle.js';
import type { Checks } from './checks.js';

/** Checks that every file in `files` is covered by a verified signature. */
export function checkCoverage(
  files: ReadonlyMap<string, Buffer>,
  verified: VerifiedStatement[],
  allowUncovered: readonly string[],
  c: Checks,
): void {
  if (files.size === 0) return;
  const subjects = new Map<string, string>();
  for (const v of verified)
    for (const s of v.statement.subject)
      if (s.digest['sha256'] !== undefined) subjects.set(s.name, s.digest['sha256']);
  const statements = new Map(verified.map((v) => [v.bundle, v.statement]));
  let bundles = 0;
  let signed = 0;
  let stmts = 0;
  let failed = false;
  for (const [name, bytes] of files) {
    if (name.endsWith('.sigstore.json')) {
      bundles++;
      continue;
    }
    if (subjects.get(name) === sha256Hex(bytes)) {
      signed++;
      continue;
    }
    if (subjects.has(name)) continue; // a changed subject: the subjects check names it
    if (name.endsWith('.intoto.json')) {
      const st = statements.get(name.replace(/\.intoto\.json$/, '.sigstore.json'));
      let parsed: unknown;
      try {
        parsed = JSON.parse(bytes.toString('utf8'));
      } catch {
        parsed = undefined;
      }
      if (st !== undefined && isDeepStrictEqual(parsed, st)) {
        stmts++;
        continue;
      }
      if (st !== undefined) {
        failed = true;
        c.fail(
          'coverage',
          name,
          'VERIFY_UNCOVERED_FILE',
          `differs from the statement signed in ${name.replace(/\.intoto\.json$/, '.sigstore.json')}: it is not what was signed`,
        );
        continue;
      }
    }
    if (allowUncovered.includes(name)) {
      c.warn(
        'coverage',
        name,
        `${name} is not covered by any signature; accepted because --allow-uncovered ${name} was given (its content is not verified)`,
      );
      continue;
    }
    failed = true;
    c.fail(
      'coverage',
      name,
      'VERIFY_UNCOVERED_FILE',
      `not covered by any signature (no signed statement names it as a subject): it is not evidence and must not be trusted; remove it, or pass --allow-uncovered ${name} to accept it unverified`,
    );
  }
  if (!failed)
    c.pass(
      'coverage',
      '',
      `every file is covered: ${signed} signed subject(s), ${stmts} signed statement(s), ${bundles} bundle(s)`,
    );
}
