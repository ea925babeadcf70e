import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { CODEBOOK } from '../../action/contract/codebook.js';
import { DECISIONS, FINAL_DECIDERS } from '../../action/contract/decision.js';

const root = join(import.meta.dirname, '../..');

async function sources(): Promise<string> {
  const files = await glob(['action/**/*.ts', 'app/**/*.ts'], { cwd: root, ignore: ['**/*.d.ts'] });
  return files.map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
}

/** Every quoted UPPER_SNAKE literal in the sources. */
function literals(text: string): Set<string> {
  return new Set(
    [...text.matchAll(/['"`]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|OK)['"`]/g)].map((m) => m[1]!),
  );
}

describe('codebook contract', () => {
  it('has a version and the closed decision and decider vocabularies', () => {
    expect(CODEBOOK.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(CODEBOOK.decisions).toEqual([...DECISIONS]);
    expect(CODEBOOK.final_deciders).toEqual([...FINAL_DECIDERS]);
  });

  it('every reason code in the codebook is emitted somewhere in the code', async () => {
    const found = literals(await sources());
    const unused = Object.keys(CODEBOOK.reason_codes).filter((code) => !found.has(code));
    expect(unused, `codebook lists codes nothing emits: ${unused.join(', ')}`).toEqual([]);
  });

  it('every reason-code-shaped literal the code emits is in the codebook', async () => {
    const text = await sources();
    const emitted = new Set<string>();
    const patterns = [
      /reason_code:\s*['"]([A-Z_]+)['"]/g,
      /MaestroError\(\s*['"]([A-Z_]+)['"]/g,
      /stoppedResult\([^,()]+,\s*['"]([A-Z_]+)['"]/g,
      /outcome\(\s*['"][A-Z_]+['"],\s*['"]([A-Z_]+)['"]/g,
    ];
    for (const p of patterns) for (const m of text.matchAll(p)) emitted.add(m[1]!);
    expect(emitted.size).toBeGreaterThan(5);
    const unknown = [...emitted].filter((c) => !Object.hasOwn(CODEBOOK.reason_codes, c));
    expect(unknown, `code emits values missing from the codebook: ${unknown.join(', ')}`).toEqual(
      [],
    );
  });

  it('every gate and layer in the codebook is named in the code', async () => {
    const text = await sources();
    const missing = Object.keys(CODEBOOK.gates).filter(
      (g) => !new RegExp(`['"\`]${g}['"\`]`).test(text),
    );
    expect(missing).toEqual([]);
  });

  it('each reason code lists the decisions it may accompany', () => {
    for (const [code, entry] of Object.entries(CODEBOOK.reason_codes)) {
      const decisions = (entry as { decisions: string[] }).decisions;
      expect(decisions.length, code).toBeGreaterThan(0);
      for (const d of decisions) expect(DECISIONS, code).toContain(d);
    }
  });
});
