/**
 * Fails when the working tree differs from the last commit in generated files, i.e. someone
 * changed a source without rebuilding (or hand-edited a generated file).
 */
import { execFileSync } from 'node:child_process';

const status = execFileSync('git', ['status', '--porcelain', '--', 'dist', 'schemas'], {
  encoding: 'utf8',
});
if (status.trim() !== '') {
  console.error('Generated files differ from the committed ones. Run `npm run build` and commit:');
  console.error(status);
  console.error(
    execFileSync('git', ['diff', '--stat', '--', 'dist', 'schemas'], { encoding: 'utf8' }),
  );
  process.exit(1);
}
console.log('generated files match their sources');
