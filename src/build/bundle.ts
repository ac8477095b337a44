// Build step (`npm run build`): bundle the CLI into dist/bundle/, so start-up reads a few files instead
// of resolving and loading some two hundred modules (commander, yaml, chalk and our own). Each command
// stays its own chunk, loaded when it runs.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outdir = `${root}dist/bundle`;

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/run.ts'],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Chunks sit beside run.js: the code finds schema/, indicators/ and package.json two folders up,
  // as it does from dist/<area>/.
  chunkNames: '[name]-[hash]',
  // Bundled CommonJS packages (commander, yaml) call require() for node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  legalComments: 'linked',
  logLevel: 'warning',
});
