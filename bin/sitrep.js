#!/usr/bin/env node
// Runs the JavaScript built at install (dist/, by scripts/build.js through
// `prepare`). Without a build, or when a source was edited after it, the
// TypeScript sources run through tsx instead: an edit is never hidden by an
// old build (`npm run build` makes the fast start come back).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIsCurrent } from './current-build.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

if (process.env.SITREP_FROM_SOURCE !== '1' && buildIsCurrent(root)) {
  await import('../dist/index.js');
} else {
  if (process.env.SITREP_FROM_SOURCE !== '1' && process.stderr.isTTY) {
    const why = existsSync(join(root, 'dist', 'build-info.json')) ? 'a source is newer than the build' : 'no build';
    process.stderr.write(`sitrep: ${why}: running the sources (npm run build makes start-up fast again)\n`);
  }
  const { register } = await import('tsx/esm/api');
  register();
  await import('../index.ts');
}
