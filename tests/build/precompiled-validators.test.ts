/**
 * The precompiled schema validators (action/schemas/precompiled/, scripts/gen-validators.ts):
 * the committed files are what a fresh generation writes (so a schema changed without a rebuild
 * fails here, and check-clean fails after the build), and each validator answers exactly as a
 * fresh ajv compile of its schema does — the same verdict and the same errors, on the
 * repository's real documents and on mutations of them.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { isSeq, parseAllDocuments } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { ErrorObject } from 'ajv';
import { validate as spec } from '../../action/schemas/precompiled/spec.js';
import { validate as invariant } from '../../action/schemas/precompiled/invariant.js';
import { validate as config } from '../../action/schemas/precompiled/maestro-config.js';
import { validate as gateOutcome } from '../../action/schemas/precompiled/gate-outcome.js';
import { validate as gateRun } from '../../action/schemas/precompiled/gate-run.js';
import { problemsOf } from '../../action/schemas/problems.js';
import { registerSchema, validatorFor } from '../../action/schemas/validators.js';
import { moduleGraph, moduleGraphDigest } from '../../action/cache/module-graph.js';
import { generatedChanges, GENERATED_PATHS } from '../../scripts/check-clean.js';
import { generateValidators, PRECOMPILED, PRECOMPILED_DIR } from '../../scripts/gen-validators.js';

const ROOT = join(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'maestro-validators-'));
  dirs.push(d);
  return d;
};

const json = (rel: string): unknown => JSON.parse(readFileSync(join(ROOT, rel), 'utf8'));

/** Every YAML document in the files matching `patterns` (a sequence counts item by item). */
async function yamlDocs(patterns: string[], items = false): Promise<unknown[]> {
  const files = (await glob(patterns, { cwd: ROOT, ignore: ['node_modules/**'] })).sort();
  const out: unknown[] = [];
  for (const f of files) {
    for (const doc of parseAllDocuments(readFileSync(join(ROOT, f), 'utf8'))) {
      if (doc.errors.length > 0) continue;
      const value: unknown = doc.toJS({ maxAliasCount: 100 });
      if (items && isSeq(doc.contents)) out.push(...(value as unknown[]));
      else out.push(value);
    }
  }
  return out;
}

const REPLACEMENTS: unknown[] = [null, 7, -1, 1.5, 'x', '', true, [], {}, [{}], { zz: 1 }];

/** The document, and for each key of it and of its objects one level down: the key deleted,
 * its value replaced by each of `REPLACEMENTS`, and an unknown key added. */
function mutations(doc: unknown): unknown[] {
  const out: unknown[] = [doc];
  const clone = (): Record<string, unknown> => structuredClone(doc) as Record<string, unknown>;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return out;
  const places: (string | number)[][] = [[]];
  for (const [k, v] of Object.entries(doc as Record<string, unknown>)) {
    places.push([k]);
    if (v !== null && typeof v === 'object')
      for (const k2 of Object.keys(v).slice(0, 8)) places.push([k, Array.isArray(v) ? +k2 : k2]);
  }
  const at = (root: Record<string, unknown>, path: (string | number)[]) =>
    path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], root);
  for (const path of places) {
    if (path.length === 0) {
      const added = clone();
      added['zz_unknown'] = 1;
      out.push(added);
      continue;
    }
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1]!;
    const removed = clone();
    const parent = at(removed, parentPath) as Record<string | number, unknown>;
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
    out.push(removed);
    for (const r of REPLACEMENTS) {
      const replaced = clone();
      (at(replaced, parentPath) as Record<string | number, unknown>)[key] = structuredClone(r);
      out.push(replaced);
    }
    const value = at(clone(), path);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const extra = clone();
      (at(extra, path) as Record<string, unknown>)['zz_unknown'] = 'x';
      out.push(extra);
    }
  }
  return out;
}

/** What a validator says about a value: the verdict and every error, schema parts included. */
function verdict(
  fn: { (v: unknown): boolean; errors?: ErrorObject[] | null },
  value: unknown,
): unknown {
  const ok = fn(value);
  return { ok, errors: ok ? null : structuredClone(fn.errors) };
}

const ID = (rel: string) => (json(rel) as { $id: string }).$id;

interface Case {
  name: string;
  precompiled: { (v: unknown): boolean; errors?: ErrorObject[] | null };
  ref: string;
  register?: string;
  docs: () => Promise<unknown[]>;
}

const CASES: Case[] = [
  {
    name: 'spec',
    precompiled: spec,
    ref: ID('schemas/spec.schema.json'),
    register: 'schemas/spec.schema.json',
    docs: () =>
      yamlDocs(['tests/fixtures/modelcheck/**/*.yaml', 'specs/**/*.yaml', 'examples/**/specs/*']),
  },
  {
    name: 'invariant',
    precompiled: invariant,
    ref: ID('schemas/invariant.schema.json'),
    register: 'schemas/invariant.schema.json',
    docs: () =>
      yamlDocs(
        [
          'invariants/*.yaml',
          'examples/**/invariants/*.yaml',
          'tests/fixtures/invariants/**/*.yaml',
        ],
        true,
      ),
  },
  {
    name: 'maestro-config',
    precompiled: config,
    ref: ID('schemas/maestro-config.schema.json'),
    docs: () => yamlDocs(['.github/maestro.yml', 'examples/**/.github/maestro.yml']),
  },
  {
    name: 'gate-outcome',
    precompiled: gateOutcome,
    ref: `${ID('schemas/gate-result.schema.json')}#/$defs/outcome`,
    docs: () => {
      const run = json('tests/fixtures/evidence/gate-run.json') as { gates: unknown[] };
      // A stamped result is not an outcome (extra keys); without the stamps it is.
      const bare = run.gates.map((g) => {
        const {
          gate: _g,
          duration_ms: _d,
          inputs_digest: _i,
          final_decider: _f,
          ...rest
        } = g as Record<string, unknown>;
        return rest;
      });
      return Promise.resolve([...run.gates, ...bare]);
    },
  },
  {
    name: 'gate-run',
    precompiled: gateRun,
    ref: ID('schemas/gate-run.schema.json'),
    docs: () => Promise.resolve([json('tests/fixtures/evidence/gate-run.json')]),
  },
];

describe('the precompiled schema validators', () => {
  it('a validator that refuses without errors still gives a problem (never read as valid)', () => {
    const silent = Object.assign(() => false, { errors: null });
    expect(problemsOf(silent, {})).toEqual([
      { pointer: '', path: [], message: 'the document does not match its schema' },
    ]);
    expect(
      problemsOf(
        Object.assign(() => true, { errors: null }),
        {},
      ),
    ).toEqual([]);
  });

  it('cover every listed schema, and nothing else is in their folder', () => {
    expect(CASES.map((c) => c.name).sort()).toEqual(PRECOMPILED.map((p) => p.name).sort());
    const want = PRECOMPILED.flatMap((p) => [`${p.name}.js`, `${p.name}.d.ts`]).sort();
    expect(readdirSync(join(ROOT, PRECOMPILED_DIR)).sort()).toEqual(want);
  });

  it('are what a fresh generation from the committed schemas writes', () => {
    for (const [rel, text] of generateValidators())
      expect({ rel, text: readFileSync(join(ROOT, rel), 'utf8') }).toEqual({ rel, text });
  });

  it('a changed schema changes its generated validator (a stale one fails the test above)', () => {
    const from = tempDir();
    cpSync(join(ROOT, 'schemas'), join(from, 'schemas'), { recursive: true });
    const file = join(from, 'schemas/spec.schema.json');
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { required: string[] };
    schema.required = schema.required.filter((k) => k !== 'actions');
    writeFileSync(file, JSON.stringify(schema));
    const fresh = generateValidators(from);
    const rel = `${PRECOMPILED_DIR}/spec.js`;
    expect(fresh.get(rel)).not.toBe(readFileSync(join(ROOT, rel), 'utf8'));
    // The others are compiled from unchanged schemas: byte for byte the committed ones.
    expect(fresh.get(`${PRECOMPILED_DIR}/invariant.js`)).toBe(
      readFileSync(join(ROOT, PRECOMPILED_DIR, 'invariant.js'), 'utf8'),
    );
  });

  it.each(CASES)(
    '$name: the same verdict and errors as a fresh ajv compile',
    async ({ precompiled, ref, register, docs }) => {
      if (register !== undefined) registerSchema(json(register) as { $id: string });
      const fresh = validatorFor(ref);
      const corpus = (await docs()).flatMap(mutations);
      let valid = 0;
      for (const value of corpus) {
        const want = verdict(fresh, value);
        expect({ value, got: verdict(precompiled, value) }).toEqual({ value, got: want });
        if ((want as { ok: boolean }).ok) valid += 1;
      }
      // The corpus holds both sides, so the comparison saw errors and passes.
      expect(valid).toBeGreaterThan(0);
      expect(corpus.length - valid).toBeGreaterThan(0);
    },
    60_000,
  );

  it('the minLength counts code points (ajv runtime helper) and formats check', () => {
    // The two run-time helpers the standalone code imports: ucs2length and ajv-formats.
    const run = json('tests/fixtures/evidence/gate-run.json') as Record<string, unknown>;
    expect(gateRun(run)).toBe(true);
    expect(gateRun({ ...run, started_at: 'yesterday' })).toBe(false);
    expect(gateRun.errors?.[0]?.keyword).toBe('format');
  });
});

describe("a gate's code identity from source", () => {
  it('covers the precompiled validators its module graph imports', () => {
    const graph = moduleGraph(join(ROOT, 'action/gates/modelcheck/index.ts'));
    expect(graph).toContain(join(ROOT, PRECOMPILED_DIR, 'spec.js'));
    expect(moduleGraph(join(ROOT, 'action/gates/invariants/index.ts'))).toContain(
      join(ROOT, PRECOMPILED_DIR, 'invariant.js'),
    );
  });

  it('a generated .js module changes the digest', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'index.ts'),
      "import { validate } from './v.js';\nexport { validate };\n",
    );
    writeFileSync(join(dir, 'v.js'), 'export const validate = () => true;\n');
    const before = moduleGraphDigest(join(dir, 'index.ts'), dir);
    writeFileSync(join(dir, 'v.js'), 'export const validate = () => false;\n');
    expect(moduleGraphDigest(join(dir, 'index.ts'), dir)).not.toBe(before);
  });
});

describe('check-clean', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  it('covers the precompiled validators', () => {
    expect(GENERATED_PATHS).toContain(PRECOMPILED_DIR);
  });

  it('notices a stale or hand-edited generated validator, and nothing on a clean tree', () => {
    const repo = tempDir();
    git(repo, 'init', '-q');
    const file = join(repo, PRECOMPILED_DIR, 'spec.js');
    cpSync(join(ROOT, PRECOMPILED_DIR), join(repo, PRECOMPILED_DIR), { recursive: true });
    git(repo, 'add', '.');
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'generated');
    expect(generatedChanges(repo)).toBe('');
    writeFileSync(file, `${readFileSync(file, 'utf8')}// edited\n`);
    expect(generatedChanges(repo)).toContain(`${PRECOMPILED_DIR}/spec.js`);
  });
});
