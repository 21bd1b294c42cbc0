import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PROJECT_ROOT } from '../project-root.ts';

/**
 * Where data derived from the bundled resources and packages is kept between
 * runs (stems, word lists), under node_modules/.cache as tools do. A file's
 * name carries a key of what decides its content, so a changed input makes a
 * new file rather than a stale read.
 */
export const CACHE_DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'sitrep');
/** How many files a cache of one kind keeps under other keys than the newest. */
const KEPT_OLDER_FILES = 2;

export function cacheFile(name: string): string {
  return join(CACHE_DIR, name);
}

/** A cache file's text, or undefined when there is none (or it cannot be read). */
export function readCacheFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** A cache file's JSON, or undefined when there is none or it does not parse (then it is computed again). */
export function readCacheJson<T>(path: string): T | undefined {
  const text = readCacheFile(path);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** The value kept in a cache file, or `make`'s, then kept there for the next start. */
export function cachedJson<T>(path: string, make: () => T): T {
  const cached = readCacheJson<T>(path);
  if (cached !== undefined) return cached;
  const made = make();
  writeCacheFile(path, JSON.stringify(made));
  return made;
}

/**
 * Writes a cache file whole (through a temporary file and a rename, so a
 * process reading meanwhile sees the old file or the new one). A cache that
 * cannot be written (a read-only install) is no loss: the next start computes it again.
 * `replaces` names the prefix of the files this one supersedes (older keys of the same cache).
 */
export function writeCacheFile(path: string, text: string, options: { replaces?: string } = {}): boolean {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, path);
    // Files of the same kind under older keys: the few newest stay (running the sources and the build
    // makes two keys in turn), the others are no use any more.
    const { replaces } = options;
    if (replaces) {
      const older = readdirSync(CACHE_DIR)
        .filter((name) => name.startsWith(replaces) && name !== basename(path) && !name.endsWith('.tmp'))
        .map((name) => ({ name, mtimeMs: statSync(join(CACHE_DIR, name)).mtimeMs }))
        .sort((a, b) => b.mtimeMs - a.mtimeMs);
      for (const { name } of older.slice(KEPT_OLDER_FILES)) rmSync(join(CACHE_DIR, name), { force: true });
    }
    return true;
  } catch {
    return false;
  }
}
