import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from './migrations.ts';

export type Db = Database.Database;

export const DB_FILE = 'sitrep.db';

/** Opens (creating if needed) the store in `dataDir`, in WAL mode, migrated to the latest schema. */
export function openDb(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DB_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
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
