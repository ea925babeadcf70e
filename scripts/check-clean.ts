/**
 * Fails when the working tree differs from the last commit in generated files (dist/, the
 * schemas, the precompiled schema validators), i.e. someone changed a source without rebuilding
 * (or hand-edited a generated file).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The generated paths `npm run build` writes and CI compares with the commit. */
export const GENERATED_PATHS = ['dist', 'schemas', 'action/schemas/precompiled'] as const;

/** `git status --porcelain` of the generated paths in the repository at `cwd`: empty when clean. */
export function generatedChanges(cwd: string = process.cwd()): string {
  return execFileSync('git', ['status', '--porcelain', '--', ...GENERATED_PATHS], {
    cwd,
    encoding: 'utf8',
  }).trim();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const status = generatedChanges();
  if (status !== '') {
    console.error(
      'Generated files differ from the committed ones. Run `npm run build` and commit:',
    );
    console.error(status);
    console.error(
      execFileSync('git', ['diff', '--stat', '--', ...GENERATED_PATHS], { encoding: 'utf8' }),
    );
    process.exit(1);
  }
  console.log('generated files match their sources');
}
