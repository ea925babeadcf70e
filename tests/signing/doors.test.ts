/** The signing module has two doors: a verifier never loads the signing code. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** Every module `entry` imports, transitively (relative imports resolved, packages by name). */
function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [resolve(root, entry)];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts')) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
      const spec = m[1]!;
      if (/^import\s+type\s/.test(m[0]) || /^export\s+type\s/.test(m[0])) continue;
      if (spec.startsWith('.')) {
        // `./x.js` is `./x.ts` in the sources, or the `.js` file itself (a generated validator).
        const source = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
        todo.push(existsSync(source) ? source : resolve(dirname(file), spec));
      } else seen.add(spec);
    }
  }
  return seen;
}

describe('sign door and verify door', () => {
  const verifyFiles = readdirSync(join(root, 'action/verify')).filter((f) => f.endsWith('.ts'));

  it.each(verifyFiles)('action/verify/%s never loads the signing code', (f) => {
    const mods = [...closure(`action/verify/${f}`)];
    expect(mods.some((m) => m.endsWith('/action/signing/sign.ts'))).toBe(false);
    expect(mods.some((m) => m.endsWith('/action/signing/sign-door.ts'))).toBe(false);
    expect(mods.filter((m) => m.startsWith('@sigstore/sign'))).toEqual([]);
  });

  it('the verify door reaches @sigstore/verify and the sign door @sigstore/sign (the walk sees imports)', () => {
    expect(closure('action/signing/verify-door.ts').has('@sigstore/verify')).toBe(true);
    expect(closure('action/signing/sign-door.ts').has('@sigstore/sign')).toBe(true);
  });

  it('only the signing module imports @sigstore packages', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ts') && !p.includes('/action/signing/')) {
          if (/from '@sigstore\//.test(readFileSync(p, 'utf8'))) offenders.push(p);
        }
      }
    };
    walk(join(root, 'action'));
    expect(offenders).toEqual([]);
  });
});
