/**
 * The entry of the CLI's model-check bundle (`dist/cli/modelcheck-<hash>.cjs`, scripts/build.ts):
 * the command, and the two error classes its caller needs to recognise what the bundle's own
 * copies of them throw (./modelcheck-cached.ts).
 */
export { MaestroError } from '../contract/errors.js';
export { UsageError } from './io.js';
export { runModelcheck } from './modelcheck.js';
