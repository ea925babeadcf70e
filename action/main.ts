/**
 * The Action's entry point: one guarded call, nothing at import time. The runner is loaded
 * inside the guard, so even a module that fails to load ends as a STOPPED step; the
 * last-resort handler never throws, whatever the runner's files do. The process exits once
 * the run is done, with the exit code the run set.
 */
import { lastResort } from './github/last-resort.js';

process.on('uncaughtException', (thrown) => lastResort(thrown));
process.on('unhandledRejection', (thrown) => lastResort(thrown));
try {
  const { run } = await import('./run-action.js');
  await run();
} catch (thrown) {
  lastResort(thrown);
}
// A retry a failed GitHub call had scheduled must not keep the job alive after the verdict.
process.exit();
