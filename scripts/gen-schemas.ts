/**
 * Generates schemas/maestro-config.schema.json from the base schema and the per-section
 * fragments that each gate (or module) keeps beside its code as `config.schema.json`.
 * `npm run build` runs it; CI fails when the committed file differs from a fresh run.
 *
 * A fragment is a JSON Schema with one extra key, `x-maestro-section`: the dotted place it
 * goes (`gates.invariants` under `properties.gates.properties`, `evidence` at the top level).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { glob } from 'tinyglobby';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  [key: string]: unknown;
}

export async function buildConfigSchema(): Promise<string> {
  const base = JSON.parse(
    readFileSync(join(root, 'action/config/config.schema.base.json'), 'utf8'),
  ) as SchemaNode;
  const fragments = (await glob('action/**/config.schema.json', { cwd: root })).sort();
  for (const rel of fragments) {
    const fragment = JSON.parse(readFileSync(join(root, rel), 'utf8')) as SchemaNode;
    const section = fragment['x-maestro-section'];
    if (typeof section !== 'string') throw new Error(`${rel}: missing "x-maestro-section"`);
    delete fragment['x-maestro-section'];
    delete fragment['$schema'];
    let node = base;
    const parts = section.split('.');
    for (const part of parts.slice(0, -1)) {
      const next = node.properties?.[part];
      if (next === undefined)
        throw new Error(`${rel}: section ${section}: no ${part} in the base schema`);
      node = next;
    }
    const last = parts[parts.length - 1]!;
    node.properties ??= {};
    if (node.properties[last] !== undefined)
      throw new Error(`${rel}: section ${section} is defined twice`);
    node.properties[last] = fragment;
  }
  return `${JSON.stringify(base, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(root, 'schemas/maestro-config.schema.json');
  writeFileSync(out, await buildConfigSchema());
  console.log(`wrote ${out}`);
}
