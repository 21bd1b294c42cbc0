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
  /* 2: live news — feeds, their items, syndication clusters and conflict relevance */ `
  CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT,
    lang TEXT,
    full_text INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT 'command',
    interval_seconds INTEGER NOT NULL DEFAULT 900,
    etag TEXT,
    last_modified TEXT,
    last_polled_at TEXT,
    last_success_at TEXT,
    last_error TEXT,
    last_error_at TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    next_poll_at TEXT,
    disabled_reason TEXT,
    items_seen INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  );
  CREATE TABLE feed_items (
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    article_id TEXT,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_id, guid)
  );
  ALTER TABLE articles ADD COLUMN text_hash TEXT;
  ALTER TABLE articles ADD COLUMN minhash TEXT;
  ALTER TABLE articles ADD COLUMN cluster_id TEXT;
  ALTER TABLE articles ADD COLUMN relevance REAL;
  CREATE INDEX articles_text_hash ON articles(text_hash);
  CREATE INDEX articles_cluster ON articles(cluster_id);
  CREATE TABLE minhash_bands (
    band TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, article_id)
  );
  `,
  /* 3: daily briefing subscriptions and the post log that makes each briefing post at most once */ `
  CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    workspace_id TEXT NOT NULL DEFAULT '',
    channel_id TEXT NOT NULL,
    time TEXT NOT NULL,
    timezone TEXT NOT NULL,
    topic TEXT NOT NULL DEFAULT '',
    hours INTEGER,
    quiet TEXT NOT NULL DEFAULT 'say',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_error TEXT,
    last_error_at TEXT,
    UNIQUE (platform, workspace_id, channel_id, topic)
  );
  CREATE TABLE briefing_posts (
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
    briefing_day TEXT NOT NULL,
    status TEXT NOT NULL,
    late INTEGER NOT NULL DEFAULT 0,
    intent_at TEXT NOT NULL,
    sent_at TEXT,
    message_id TEXT,
    error TEXT,
    stories TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (subscription_id, briefing_day)
  );
  `,
  /* 4: removing an article's bands looked through the whole band table */ `
  CREATE INDEX minhash_bands_article ON minhash_bands(article_id);
  `,
  /* 5: an answer finds the original of each story it quotes from several articles: the facts that decide it
        are kept in a covering index, a few pages in all, instead of one table page per article */ `
  CREATE INDEX articles_cluster_members ON articles(cluster_id, id, outlet, via, published_at, ingested_at);
  DROP INDEX articles_cluster;
  `,
  /* 6: a briefing's "sending" claim names its process, so a claim left by a crash can be told from one in flight */ `
  ALTER TABLE briefing_posts ADD COLUMN owner TEXT;
  ALTER TABLE briefing_posts ADD COLUMN attempt_at TEXT;
  ALTER TABLE briefing_posts ADD COLUMN delivery_key TEXT;
  `,
  /* 7: what each write changed, so a process keeping an index in memory catches up with another's writes
        incrementally; changes_from is the first revision the log holds */ `
  CREATE TABLE changes (
    revision INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,
    removed_passages TEXT NOT NULL DEFAULT '[]'
  );
  INSERT INTO meta (key, value) SELECT 'changes_from', CAST(value AS INTEGER) + 1 FROM meta WHERE key = 'revision';
  `,
  /* 8: an outlet nothing names is no value, not the words "Unknown outlet" */ `
  UPDATE articles SET outlet = '' WHERE outlet = 'Unknown outlet';
  `,
  /* 9: the language a subscription's briefings are written in (its channel's server locale, or chosen) */ `
  ALTER TABLE subscriptions ADD COLUMN ui_lang TEXT;
  `,
  /* 10: what readers said about answers (👍, 👎, a wrong quote), and the quotes admins took out of answers */ `
  CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    verdict TEXT NOT NULL CHECK (verdict IN ('up', 'down', 'wrong')),
    platform TEXT NOT NULL,
    workspace_id TEXT NOT NULL DEFAULT '',
    channel_id TEXT NOT NULL DEFAULT '',
    user_id TEXT NOT NULL,
    by_admin INTEGER NOT NULL DEFAULT 0,
    question TEXT NOT NULL,
    passages TEXT NOT NULL DEFAULT '[]',
    passage_id INTEGER,
    quote TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX feedback_created ON feedback(created_at);
  CREATE TABLE hidden_passages (
    passage_id INTEGER PRIMARY KEY,
    feedback_id INTEGER,
    hidden_by TEXT NOT NULL,
    hidden_at TEXT NOT NULL
  );
  `,
  /* 11: the threads Sitrep answered in after a mention, so a follow-up there is answered too */ `
  CREATE TABLE chat_threads (
    platform TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    thread_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (platform, channel_id, thread_id)
  );
  `,
];
