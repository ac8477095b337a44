// Build step (`npm run build`): bundle the CLI into one CommonJS file, dist/bundle/run.cjs, so
// start-up reads one file instead of resolving and loading some two hundred modules (commander,
// yaml, chalk and our own), and its loader into dist/bundle/load.cjs; then run a few commands on
// the example repo and keep V8's code cache of what they compiled (run.cjs.cache), which
// load-bundle.ts hands back to V8 at start-up.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeNewFile } from '../fs/write-new-file.js';
import { CACHE_FILE, loadBundle, sealCache } from './load-bundle.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

const outdir = fileURLToPath(new URL('../bundle/', import.meta.url));
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // The CLI, and the loader the bin requires to start it (CommonJS too, so node starts the bin
  // without its ES module machinery).
  entryPoints: { run: 'src/cli/run.ts', load: 'src/build/load-bundle.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // The code finds schema/, indicators/ and package.json two folders above its own file, as it
  // does from dist/<area>/: in the bundle its own file is run.cjs (or load.cjs).
  define: { 'import.meta.url': '__bundleUrl' },
  // Strict, as the ES modules it is made from: the directive must come before any statement.
  banner: { js: "'use strict';\nvar __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'linked',
  logLevel: 'warning',
});

// Commands that between them reach most of the code a run needs: --help, the catalog, and lint,
// check and compile on a copy of the example repo (compile writes there, never in the sources).
let example: string | undefined;
try {
  example = mkdtempSync(join(tmpdir(), 'dangjian-build-'));
  cpSync(join(root, 'examples', '示例机关党委'), example, { recursive: true });
  const bundle = loadBundle({ cache: false });
  const sink = { write: () => true };
  const env = { NO_COLOR: '1' };
  for (const argv of [
    ['--help'],
    ['indicators', '5'],
    ['lint', example],
    ['check', example, '--as-of', '2020-09-25'],
    ['check', example, '--as-of', '2020-09-25', '--format', 'json'],
    ['compile', example, '--quarter', '2020Q3'],
  ]) {
    const code = await bundle.run({ argv, cwd: example, stdout: sink, stderr: sink, env });
    // 1 is a finding (something overdue); 2 means the command did not run as meant.
    if (code > 1) throw new Error(`dangjian ${argv.join(' ')} exited ${code}`);
  }
  rmSync(CACHE_FILE, { force: true });
  writeNewFile(CACHE_FILE, sealCache(bundle.bytes, bundle.script.createCachedData()));
} catch (error) {
  // Without the cache the CLI starts a little slower; it still works.
  process.stderr.write(`warning: no code cache for the bundle: ${(error as Error).message}\n`);
} finally {
  if (example) rmSync(example, { recursive: true, force: true });
}
