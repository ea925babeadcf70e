/**
 * `tsx scripts/unused-deps.ts`: lists the `dependencies` of package.json that no file under
 * `action/` or `app/` imports (dependencies are what the code imports).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import ts from 'typescript';

/** Declared runtime dependencies that no product source file imports. */
export async function unusedDependencies(root: string): Promise<string[]> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const files = await glob(['action/**/*.ts', 'app/**/*.ts'], { cwd: root, ignore: ['**/*.d.ts'] });
  const imported = new Set<string>();
  for (const f of files) {
    for (const imp of ts.preProcessFile(readFileSync(join(root, f), 'utf8'), true, true)
      .importedFiles) {
      const spec = imp.fileName;
      if (spec.startsWith('.') || spec.startsWith('node:')) continue;
      const parts = spec.split('/');
      imported.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
    }
  }
  return Object.keys(pkg.dependencies ?? {})
    .filter((d) => !imported.has(d))
    .sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const unused = await unusedDependencies(join(fileURLToPath(import.meta.url), '../..'));
  console.log(unused.length ? unused.join('\n') : 'every dependency is imported');
}
