/**
 * The import rules of the code base (docs/architecture.md), checked over every TypeScript
 * import of `action/` and `app/` with the TypeScript compiler's own import scanner.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/**
 * Layers, lowest first. A module may import its own layer and the layers below, never above.
 * Patterns are matched in order; new areas (`app/`, `action/approvals/`, new gates) fall under
 * the pattern of their kind.
 */
const LAYERS: { name: string; patterns: RegExp[] }[] = [
  { name: 'contract', patterns: [/^action\/contract\//, /^action\/util\//] },
  {
    name: 'cel/config/schemas',
    patterns: [/^action\/cel\//, /^action\/config\//, /^action\/schemas\//, /^action\/cache\//],
  },
  { name: 'gates', patterns: [/^action\/gates\//, /^action\/runtime\//] },
  { name: 'pipeline', patterns: [/^action\/pipeline\//, /^action\/audit\//] },
  {
    name: 'render/github/evidence',
    patterns: [
      /^action\/render\//,
      // The whole run: the gate phase, then the evidence (both below the edges that call it).
      /^action\/pipeline\.ts$/,
      /^action\/github\//,
      /^action\/evidence\//,
      /^action\/signing\//,
      /^action\/verify\//,
      /^action\/approvals\//,
    ],
  },
  {
    name: 'cli/action/app',
    patterns: [/^action\/cli\//, /^action\/run-action(\.ts|\/)/, /^action\/main\.ts$/, /^app\//],
  },
];

/**
 * Imports that break a rule today, each with the owner who will remove it. Temporary: the list
 * only shrinks. An entry that no longer matches anything fails the test (so it is removed).
 */
const ALLOWED: { from: RegExp; to: RegExp; owner: string; why: string }[] = [];

/** Which external packages only one door may import. */
const DOORS: { pkg: RegExp; door: RegExp; what: string }[] = [
  {
    pkg: /^@open-policy-agent\/opa-wasm$/,
    door: /^action\/gates\/opa\/wasm\.ts$/,
    what: 'opa-wasm',
  },
  { pkg: /^(sigstore|@sigstore\/.*)$/, door: /^action\/signing\//, what: 'Sigstore' },
  {
    pkg: /^@actions\//,
    door: /^action\/(run-action\.ts|run-action\/[a-z-]+\.ts|main\.ts|github\/octokit-adapter\.ts|gates\/opa\/install\.ts)$/,
    what: '@actions/*',
  },
];

interface Edge {
  from: string;
  to: string;
}

async function imports(): Promise<{ local: Edge[]; packages: Edge[] }> {
  const files = await glob(['action/**/*.ts', 'app/**/*.ts'], {
    cwd: root,
    ignore: ['**/*.d.ts'],
  });
  const local: Edge[] = [];
  const packages: Edge[] = [];
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    for (const imp of info.importedFiles) {
      const spec = imp.fileName;
      if (spec.startsWith('.')) {
        const target = relative(root, resolve(dirname(join(root, file)), spec)).replace(
          /\.js$/,
          '.ts',
        );
        local.push({ from: file, to: target });
      } else if (!spec.startsWith('node:')) {
        packages.push({ from: file, to: spec });
      }
    }
  }
  return { local, packages };
}

function layerOf(file: string): number {
  return LAYERS.findIndex((l) => l.patterns.some((p) => p.test(file)));
}

describe('layering', () => {
  it('every source file belongs to a layer', async () => {
    const { local } = await imports();
    const files = new Set(local.flatMap((e) => [e.from, e.to]).filter((f) => f.endsWith('.ts')));
    const orphans = [...files].filter((f) => layerOf(f) < 0);
    expect(orphans).toEqual([]);
  });

  it('nothing imports a layer above its own (except the listed, owned exceptions)', async () => {
    const { local } = await imports();
    const used = new Set<number>();
    const violations = local
      .filter((e) => e.to.endsWith('.ts') && layerOf(e.to) > layerOf(e.from))
      .filter((e) => {
        const i = ALLOWED.findIndex((a) => a.from.test(e.from) && a.to.test(e.to));
        if (i >= 0) used.add(i);
        return i < 0;
      })
      .map(
        (e) =>
          `${e.from} (${LAYERS[layerOf(e.from)]!.name}) imports ${e.to} (${LAYERS[layerOf(e.to)]!.name})`,
      );
    expect(violations).toEqual([]);
    const stale = ALLOWED.filter((_, i) => !used.has(i)).map((a) => `${a.owner}: ${a.why}`);
    expect(stale, 'allow-list entries that no longer match: remove them').toEqual([]);
  });

  it('heavy and risky packages stay behind one door', async () => {
    const { packages } = await imports();
    const leaks = packages
      .flatMap((e) =>
        DOORS.filter((d) => d.pkg.test(e.to) && !d.door.test(e.from)).map((d) => ({ e, d })),
      )
      .map(({ e, d }) => `${e.from} imports ${e.to} (${d.what} belongs behind ${d.door.source})`);
    expect(leaks).toEqual([]);
  });

  it('the rules are not vacuous: each door is used and each layer imports another', async () => {
    const { local, packages } = await imports();
    for (const d of DOORS)
      expect(
        packages.some((e) => d.pkg.test(e.to)),
        d.what,
      ).toBe(true);
    expect(local.some((e) => layerOf(e.from) === 5 && layerOf(e.to) === 0)).toBe(true);
  });
});
