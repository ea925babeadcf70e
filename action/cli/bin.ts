#!/usr/bin/env node
import { enableCompileCache } from './compile-cache.js';
import { main } from './main.js';

// Before the chosen command's chunk is imported, so that its compiled code is cached.
enableCompileCache();
process.exitCode = await main(process.argv.slice(2));
