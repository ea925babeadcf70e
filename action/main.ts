import { run } from './run-action.js';

await run();
