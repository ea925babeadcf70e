/** Statements over every evidence file, checked against their schemas and the boundary scan. */
import { MaestroError } from '../contract/errors.js';
import { sha256Hex } from '../util/digest.js';
import { describeHit, scanEvidence } from './boundary.js';
import type { PendingFile, PendingPredicate } from './collect.js';
import { validatePredicate, validateStatement } from './schemas.js';
import { statement } from './statements.js';
import type { Statement, Subject } from './types.js';

/** A statement ready to sign: its predicate type, the statement and its exact JSON text. */
export interface PendingStatement {
  name: string;
  type: string;
  statement: Statement;
  text: string;
}

/**
 * One statement per predicate; every statement names every evidence file and `commit` (the
 * head commit's subject). A predicate or statement that fails its schema is `EVIDENCE_RUN_INVALID`.
 */
export function buildStatements(
  files: PendingFile[],
  predicates: PendingPredicate[],
  commit: Subject,
): PendingStatement[] {
  const subject: Subject[] = [
    ...files.map((f) => ({ name: f.name, digest: { sha256: sha256Hex(f.content) } })),
    commit,
  ];
  const statements: PendingStatement[] = [];
  for (const p of predicates) {
    const problems = validatePredicate(p.type, p.predicate);
    if (problems.length > 0) {
      throw new MaestroError(
        'EVIDENCE_RUN_INVALID',
        `the ${p.name} predicate does not match its schema: ${problems
          .slice(0, 5)
          .map((x) => `${x.pointer || '/'}: ${x.message}`)
          .join('; ')}`,
      );
    }
    const st = statement(subject, p.type, p.predicate);
    const sp = validateStatement(st);
    if (sp.length > 0)
      throw new MaestroError(
        'EVIDENCE_RUN_INVALID',
        `the ${p.name} statement is invalid: ${sp.map((x) => x.message).join('; ')}`,
      );
    statements.push({ name: p.name, type: p.type, statement: st, text: JSON.stringify(st) });
  }
  return statements;
}

/** The boundary scan, before anything leaves memory: a secret- or PII-like value stops the run. */
export function refuseSensitiveData(files: PendingFile[], statements: PendingStatement[]): void {
  const hits = scanEvidence([
    ...files.map((f) => ({
      name: f.name,
      content: typeof f.content === 'string' ? f.content : f.content.toString('utf8'),
    })),
    ...statements.map((s) => ({ name: `${s.name}.intoto.json`, content: s.text })),
  ]);
  if (hits.length > 0) {
    const shown = hits.slice(0, 10).map(describeHit).join('; ');
    throw new MaestroError(
      'EVIDENCE_SENSITIVE_DATA',
      `the boundary scan found ${hits.length} secret-like or PII-like value(s), so nothing was signed or published: ${shown}${hits.length > 10 ? '; …' : ''}. Remove the value from its source (or redact it before it reaches the gate run) and re-run.`,
    );
  }
}
