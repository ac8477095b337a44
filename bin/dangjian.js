#!/usr/bin/env node
// The only place that touches `process`: everything else is `run()`.
import { run } from '../dist/cli/run.js';

const code = await run({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = code;
