#!/usr/bin/env node
// The only place that touches `process`: everything else is `run()`. CommonJS, as is the loader it
// requires, so node starts it without setting up its ES module machinery.
'use strict';

const argv = process.argv.slice(2);

// `--version` alone answers without loading the CLI: it is what scripts and installers call.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  const { loadBundle } = require('../dist/bundle/load.cjs');
  const { run } = loadBundle();

  // A reader that stops early (`dangjian check | head`) is not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }

  run({
    argv,
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    // run() reports every error itself; this is a last resort, one line and exit 2.
    (error) => {
      process.stderr.write(`dangjian: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
