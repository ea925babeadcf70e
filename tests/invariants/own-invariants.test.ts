import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInvariants } from '../../action/gates/invariants/loader.js';
import { monitorFiles } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'invariants', 'own');
const set = loadInvariants(root, ['invariants']);

describe("Maestro Gate's own invariants (invariants/)", () => {
  it('ships at least 20 invariants, each with a passing and a violating trace', () => {
    expect(set.invariants.length).toBeGreaterThanOrEqual(20);
    const dirs = readdirSync(fixtures).sort();
    expect(dirs).toEqual(set.invariants.map((i) => i.id).sort());
  });

  for (const inv of set.invariants) {
    describe(inv.id, () => {
      const only = { ...set, invariants: [inv], byId: new Map([[inv.id, inv]]) };
      const dir = join(fixtures, inv.id);

      it('holds on its passing trace', async () => {
        expect(existsSync(join(dir, 'pass.jsonl'))).toBe(true);
        const m = await monitorFiles(only, [{ abs: join(dir, 'pass.jsonl'), file: 'pass.jsonl' }]);
        expect(m.checks).toBeGreaterThan(0);
        expect(m.violations.map((v) => v.message)).toEqual([]);
      });

      it('is violated by its violating trace', async () => {
        const m = await monitorFiles(only, [{ abs: join(dir, 'fail.jsonl'), file: 'fail.jsonl' }]);
        expect(m.errorCount).toBe(0);
        expect(m.violationCount).toBeGreaterThan(0);
        expect(m.violations[0]?.invariant.id).toBe(inv.id);
      });
    });
  }
});
