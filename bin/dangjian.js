#!/usr/bin/env node
// The only place that touches `process`: everything else is `run()`.
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);

// `--version` alone answers without loading the CLI: it is what scripts and installers call.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  const { loadBundle } = await import('../dist/build/load-bundle.js');
  const { run } = loadBundle();

  // A reader that stops early (`dangjian check | head`) is not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }

  process.exitCode = await run({
    argv,
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
}
