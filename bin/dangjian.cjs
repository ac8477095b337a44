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
  let settled = false;

  // A reader that stops early (`dangjian check | head`) is not an error. Any other failure to write
  // (a full disk, a closed terminal) ends the run with one line, where that line can still go.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      settled = true;
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      if (stream === process.stdout) {
        try {
          const why = error.code === 'ENOSPC' ? '磁盘已满 / disk full' : (error.code ?? error.message);
          process.stderr.write(`dangjian: 结果没有写完（${why}）\n`);
        } catch {
          // stderr is gone too: the exit code is all that is left.
        }
      }
      process.exit(2);
    });
  }

  // Node leaves when nothing is left to wait for, even if run() never settled: only a bug can do
  // that, and it must not pass for success.
  process.on('exit', () => {
    if (settled) return;
    process.stderr.write(
      'dangjian: 内部错误：命令没有执行完就退出了（internal error: the command never finished）\n',
    );
    process.exitCode = 2;
  });

  run({
    argv,
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  }).then(
    (code) => {
      settled = true;
      process.exitCode = code;
    },
    // run() reports every error itself; this is a last resort, one line and exit 2.
    (error) => {
      settled = true;
      process.stderr.write(`dangjian: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
