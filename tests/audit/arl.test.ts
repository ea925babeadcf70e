import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog, verifyAuditLog, type AuditEntry } from '../../action/audit/arl.js';
import { auditCommand } from '../../action/cli/audit.js';
import { MaestroError } from '../../action/contract/errors.js';
import { captureIo, tempRepo } from '../helpers/repo.js';

const entry = (n: number): AuditEntry => ({
  layer: 'config',
  decision: 'RUN',
  reason_code: 'OK',
  sealed: false,
  overrideable: false,
  final_decider: 'SYSTEM',
  details: { n },
});

function writeLog(lines = 5): string {
  const path = join(tempRepo(), 'audit.jsonl');
  let t = 0;
  const log = AuditLog.open(path, 'run-1', () => new Date(Date.UTC(2026, 0, 1, 0, 0, t++)));
  for (let i = 1; i <= lines; i++) log.append(entry(i));
  return path;
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').trimEnd().split('\n');
}

function tamper(path: string, change: (ls: string[]) => string[]): void {
  writeFileSync(path, `${change(lines(path)).join('\n')}\n`);
}

function verifyCli(path: string, extra: string[] = []): { code: number; out: string } {
  const cap = captureIo();
  const code = auditCommand(['verify', path, ...extra], cap.io);
  return { code, out: cap.out() };
}

describe('audit log (ARL)', () => {
  it('writes the required fields and a chain that verifies', () => {
    const path = writeLog();
    const recs = lines(path).map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const k of [
      'run_id',
      'ts',
      'layer',
      'decision',
      'reason_code',
      'sealed',
      'overrideable',
      'final_decider',
      'prev',
      'hash',
    ]) {
      expect(recs[0]).toHaveProperty(k);
    }
    expect(verifyCli(path)).toMatchObject({ code: 0 });
    expect(verifyAuditLog(readFileSync(path, 'utf8')).ok).toBe(true);
  });

  it('continues an existing chain across runs', () => {
    const path = writeLog(2);
    const log = AuditLog.open(path, 'run-2', () => new Date());
    log.append(entry(3));
    const report = verifyAuditLog(readFileSync(path, 'utf8'));
    expect(report).toMatchObject({ ok: true, lines: 3 });
  });

  const cases: [string, (ls: string[]) => string[], number, string][] = [
    [
      'an edited line',
      (ls) => ls.map((l, i) => (i === 2 ? l.replace('"n":3', '"n":4') : l)),
      3,
      'edited',
    ],
    [
      'an edited decision',
      (ls) =>
        ls.map((l, i) => (i === 1 ? l.replace('"decision":"RUN"', '"decision":"STOPPED"') : l)),
      2,
      'edited',
    ],
    ['a deleted line', (ls) => ls.filter((_, i) => i !== 1), 2, 'deleted'],
    ['reordered lines', (ls) => [ls[0]!, ls[2]!, ls[1]!, ls[3]!, ls[4]!], 2, 'swapped'],
    [
      'an inserted (duplicated) line',
      (ls) => [...ls.slice(0, 3), ls[2]!, ...ls.slice(3)],
      4,
      'inserted',
    ],
    ['a deleted first line', (ls) => ls.slice(1), 1, 'deleted'],
    ['a garbage line', (ls) => [...ls.slice(0, 2), 'not json', ...ls.slice(2)], 3, 'malformed'],
  ];

  it.each(cases)('detects %s and names the line', (_name, change, line, kind) => {
    const path = writeLog();
    tamper(path, change);
    const report = verifyAuditLog(readFileSync(path, 'utf8'));
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ line, kind });
    const cli = verifyCli(path);
    expect(cli.code).toBe(1);
    expect(cli.out).toContain(`audit.jsonl:${line}:`);
  });

  it('detects a re-hashed edit of the last line only against the recorded head', () => {
    const path = writeLog(3);
    const head = verifyAuditLog(readFileSync(path, 'utf8')).head;
    tamper(path, (ls) => ls.slice(0, 2));
    expect(verifyCli(path).code).toBe(0);
    const anchored = verifyCli(path, ['--head', head]);
    expect(anchored.code).toBe(1);
    expect(anchored.out).toContain('truncated');
  });

  it('says plainly what it cannot detect without a signed head', () => {
    const cli = verifyCli(writeLog(3));
    expect(cli.code).toBe(0);
    expect(cli.out).toContain(
      'WARNING: no signed audit head was given: lines removed from the end, and an edit with every later hash recomputed (re-chained), cannot be detected',
    );
  });

  it('checks against the audit-log statement beside the log by default', () => {
    const path = writeLog(3);
    const head = verifyAuditLog(readFileSync(path, 'utf8')).head;
    const dir = join(path, '..');
    writeFileSync(
      join(dir, 'audit-log.intoto.json'),
      JSON.stringify({ predicate: { head, records: 3 } }),
    );
    const intact = verifyCli(path);
    expect(intact.code).toBe(0);
    expect(intact.out).toContain('the signed head in');
    expect(intact.out).not.toContain('WARNING');
    tamper(path, (ls) => ls.slice(0, 2));
    const cut = verifyCli(path);
    expect(cut.code).toBe(1);
    expect(cut.out).toContain(
      'truncated: the log has 2 line(s), the signed evidence records 3: the last 1 line(s) were removed',
    );
  });

  it('redacts secret-like and PII-like data in keys and values before writing', () => {
    const path = join(tempRepo(), 'audit.jsonl');
    const log = AuditLog.open(path, 'run-1', () => new Date());
    log.append({
      ...entry(1),
      human_operator_id: 'octocat',
      details: {
        note: 'token ghp_abcdefghijklmnopqrstuvwxyz0123456789 from alice@example.com',
        password: 'hunter2',
        'bob@example.org': 'reviewer',
        nested: [{ aws: 'AKIAIOSFODNN7EXAMPLE', card: '4111 1111 1111 1111' }],
      },
    });
    const text = readFileSync(path, 'utf8');
    for (const secret of [
      'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      'alice@example.com',
      'hunter2',
      'bob@example.org',
      'AKIAIOSFODNN7EXAMPLE',
      '4111 1111 1111 1111',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[REDACTED:github-token]');
    expect(text).toContain('[REDACTED:email-address]');
    expect(text).toContain('octocat');
    expect(verifyAuditLog(text).ok).toBe(true);
  });

  it('writes nothing and stops when a record cannot be redacted', () => {
    const path = join(tempRepo(), 'audit.jsonl');
    const log = AuditLog.open(path, 'run-1', () => new Date());
    log.append(entry(1));
    const before = readFileSync(path, 'utf8');
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    let caught: unknown;
    try {
      log.append({ ...entry(2), details: cyclic });
    } catch (thrown) {
      caught = thrown;
    }
    expect(caught).toBeInstanceOf(MaestroError);
    expect((caught as MaestroError).code).toBe('AUDIT_REDACTION_FAILED');
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(() => log.append({ ...entry(3), details: { big: 10n } })).toThrow(
      /could not be redacted/,
    );
  });

  it('refuses to append to a tampered log', () => {
    const path = writeLog(3);
    tamper(path, (ls) => ls.filter((_, i) => i !== 1));
    expect(() => AuditLog.open(path, 'run-2', () => new Date())).toThrow(/fails verification/);
  });

  it('fails on an unreadable file', () => {
    expect(verifyCli('/nonexistent/audit.jsonl').code).toBe(1);
  });
});
