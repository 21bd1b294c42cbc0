/**
 * Numbered schema migrations; `PRAGMA user_version` records the last one applied.
 * Append new steps, never edit an applied one.
 */
export const MIGRATIONS: string[] = [
  /* 1 */ `
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    url TEXT,
    title TEXT NOT NULL,
    title_derived INTEGER NOT NULL DEFAULT 0,
    outlet TEXT NOT NULL,
    via TEXT,
    byline TEXT,
    editor TEXT,
    dateline TEXT,
    lang TEXT NOT NULL,
    published_at TEXT,
    ingested_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    text TEXT NOT NULL
  );
  CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
  CREATE INDEX articles_outlet ON articles(outlet);
  CREATE INDEX articles_time ON articles(coalesce(published_at, ingested_at));
  CREATE TABLE passages (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (article_id, ord)
  );
  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  INSERT INTO meta (key, value) VALUES ('revision', '0');
  CREATE TABLE actions (
    id TEXT PRIMARY KEY,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  `,
];
