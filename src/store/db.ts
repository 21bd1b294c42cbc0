import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from './migrations.ts';

export type Db = Database.Database;

export const DB_FILE = 'sitrep.db';
/** How long a statement waits for another process's lock before "database is locked". */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Puts the store in WAL mode. Two processes making a new store at once can meet
 * where SQLite reports the lock at once rather than waiting (one holds a read
 * lock the other must see go, so the busy handler is not called): the switch is
 * tried again until the busy timeout has passed.
 */
function toWal(db: Db): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if (!String((error as { code?: string }).code).startsWith('SQLITE_BUSY') || Date.now() > deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10 + Math.random() * 40);
    }
  }
}

/** Opens (creating if needed) the store in `dataDir`, in WAL mode, migrated to the latest schema. */
export function openDb(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DB_FILE), { timeout: BUSY_TIMEOUT_MS });
  toWal(db);
  db.pragma('foreign_keys = ON');
  // Answers read scattered rows of a large store on every question: keep 32 MiB of pages rather than SQLite's 2 MiB.
  db.pragma('cache_size = -32768');
  migrate(db);
  return db;
}

export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`the store's schema (version ${current}) is newer than this Sitrep (version ${MIGRATIONS.length}); upgrade Sitrep`);
  }
  for (let version = current + 1; version <= MIGRATIONS.length; version++) {
    // Two processes starting on one data dir at once: each step takes the write lock, then checks it is still due.
    db.transaction(() => {
      if ((db.pragma('user_version', { simple: true }) as number) >= version) return;
      db.exec(MIGRATIONS[version - 1]);
      db.pragma(`user_version = ${version}`);
    }).immediate();
  }
}
