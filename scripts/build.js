#!/usr/bin/env node
// Builds what `bin/sitrep.js` runs: the TypeScript sources bundled into
// dist/ as plain JavaScript (run at `npm install` through `prepare`, and
// before `npm pack` / `npm publish`). Packages stay external: they load from
// node_modules as usual. The chat adapters stay in their own chunk, loaded
// only to serve. dist/build-info.json lists the sources, so bin/sitrep.js can
// tell a build older than an edited source and run the sources instead.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// `--outdir DIR` builds elsewhere (the tests do, inside the project so its resources are found).
const outdirArg = process.argv.indexOf('--outdir');
const dist = outdirArg >= 0 ? resolve(process.argv[outdirArg + 1]) : join(root, 'dist');
// Built beside dist and renamed into place, so a process starting meanwhile never sees half a build.
const staging = mkdtempSync(join(dirname(dist), '.dist-'));
try {
  const startedAt = Date.now();
  const result = await build({
    absWorkingDir: root,
    entryPoints: { index: 'index.ts', 'html-extract-thread': 'src/articles/html-extract-thread.ts', 'prepare-thread': 'src/ingest/prepare-thread.ts' },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    // Smaller to parse at every start; identifiers kept, so a stack trace still names the functions.
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    logLevel: 'warning',
  });
  const sources = Object.keys(result.metafile.inputs).filter((path) => !path.startsWith('node_modules/'));
  writeFileSync(join(staging, 'build-info.json'), `${JSON.stringify({ builtAt: startedAt, sources }, null, 1)}\n`);
  rmSync(dist, { recursive: true, force: true });
  renameSync(staging, dist);
  if (!process.argv.includes('--quiet')) console.log(`sitrep: built ${relative(process.cwd(), dist) || 'dist'} from ${sources.length} sources in ${Date.now() - startedAt} ms`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`sitrep: build failed: ${error.message}`);
  process.exit(1);
}
