#!/usr/bin/env node
// Entry point: runs the compiled CLI (npm install / npm ci build it through the `prepare` script). `run` and
// `bench` start Node once more with the V8 flags of src/batch/v8-flags.ts (which says why).
import { relaunch } from '../dist/cli/relaunch.js';

const argv = process.argv.slice(2);
const relaunched = await relaunch(argv);
if (relaunched === undefined) {
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(argv);
} else process.exitCode = relaunched;
