/**
 * Fuzzing the configuration loader: whatever bytes `.github/maestro.yml` holds — random text,
 * random YAML documents, mutations of a valid configuration, invalid UTF-8 — loading never
 * throws, never accepts something the schema refuses, and every refusal is coded and located.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig, loadConfigBytes } from '../../action/config/load.js';
import { isReasonCode } from '../../action/contract/codebook.js';
import { validateConfig } from '../../action/schemas/validators.js';
import { fuzzRuns } from '../helpers/fuzz.js';

const VALID = `version: 1
owners: [octo/security]
timeouts:
  default_seconds: 60
gates:
  invariants:
    paths: [invariants]
    traces: ['traces/*.jsonl']
    coverage_threshold: 0.9
  modelcheck:
    specs: [specs]
    max_states: 1000
  opa:
    policies: [policies]
evidence:
  signing: auto
`;

const dir = mkdtempSync(join(tmpdir(), 'maestro-config-fuzz-'));
const file = join(dir, 'maestro.yml');

/** Loads `bytes` as the configuration and checks the loader's contract. */
function loadsWithinContract(bytes: Uint8Array): void {
  const r = loadConfigBytes(bytes, '.github/maestro.yml');
  if (r.ok) {
    expect(validateConfig(r.config)).toEqual([]);
    return;
  }
  expect(isReasonCode(r.code)).toBe(true);
  expect(r.code).toMatch(/^CONFIG_/);
  expect(r.findings.length).toBeGreaterThan(0);
  for (const f of r.findings) {
    expect(f.file).toBe('.github/maestro.yml');
    expect(f.message).toContain('.github/maestro.yml');
    if (f.line !== undefined) expect(f.line).toBeGreaterThanOrEqual(1);
  }
}

const enc = new TextEncoder();

/** A valid configuration with one line replaced, dropped or duplicated, or bytes spliced in. */
const mutated = fc
  .tuple(
    fc.nat(),
    fc.constantFrom('replace', 'drop', 'duplicate', 'splice'),
    fc.string({ maxLength: 40 }),
    fc.uint8Array({ maxLength: 8 }),
  )
  .map(([at, how, text, junk]) => {
    const lines = VALID.split('\n');
    const i = at % lines.length;
    if (how === 'replace') lines[i] = text;
    else if (how === 'drop') lines.splice(i, 1);
    else if (how === 'duplicate') lines.splice(i, 0, lines[i]!);
    const out = enc.encode(lines.join('\n'));
    if (how !== 'splice') return out;
    const cut = at % (out.length + 1);
    return new Uint8Array([...out.subarray(0, cut), ...junk, ...out.subarray(cut)]);
  });

const yamlDocument = fc
  .oneof(
    fc.anything({ maxDepth: 4 }),
    fc.record({ version: fc.anything({ maxDepth: 1 }), gates: fc.anything({ maxDepth: 3 }) }),
    fc.record({
      version: fc.constant(1),
      gates: fc.dictionary(
        fc.constantFrom('invariants', 'modelcheck', 'opa', 'ope', 'x'),
        fc.dictionary(fc.string({ maxLength: 12 }), fc.anything({ maxDepth: 2 })),
      ),
    }),
  )
  .map((v) => {
    try {
      return enc.encode(stringify(v));
    } catch {
      return enc.encode(String(v));
    }
  });

describe('fuzzing the configuration loader', () => {
  it('never throws, never accepts an invalid document, always codes and locates a refusal', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          mutated,
          yamlDocument,
          fc.string({ maxLength: 200 }).map((s) => enc.encode(s)),
          fc.uint8Array({ maxLength: 200 }),
        ),
        (bytes) => loadsWithinContract(bytes),
      ),
      { numRuns: fuzzRuns(10_000) },
    );
  }, 600_000);

  it('accepts the valid configuration the mutations start from', () => {
    writeFileSync(file, VALID);
    expect(loadConfig(file).ok).toBe(true);
    expect(loadConfigBytes(enc.encode(VALID), 'x').ok).toBe(true);
  });
});
