import { canonicalUrl } from '../articles/url.ts';
import type { Db } from './db.ts';

export type FeedOrigin = 'config' | 'command';

/** A followed feed and its health, as stored. */
export interface Feed {
  id: number;
  url: string;
  /** The outlet its items are credited to: configured, or the feed's own title once read. */
  title?: string;
  lang?: string;
  fullText: boolean;
  origin: FeedOrigin;
  intervalSeconds: number;
  etag?: string;
  lastModified?: string;
  lastPolledAt?: string;
  lastSuccessAt?: string;
  lastError?: string;
  lastErrorAt?: string;
  consecutiveFailures: number;
  /** Absent: due now. */
  nextPollAt?: string;
  /** Set when polling stopped after repeated failures. */
  disabledReason?: string;
  itemsSeen: number;
  createdAt: string;
}

export interface NewFeed {
  url: string;
  title?: string;
  lang?: string;
  fullText?: boolean;
  origin?: FeedOrigin;
  intervalSeconds?: number;
}

interface FeedRow {
  id: number;
  url: string;
  title: string | null;
  lang: string | null;
  full_text: number;
  origin: string;
  interval_seconds: number;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  consecutive_failures: number;
  next_poll_at: string | null;
  disabled_reason: string | null;
  items_seen: number;
  created_at: string;
}

export const DEFAULT_INTERVAL_SECONDS = 15 * 60;
export const MIN_INTERVAL_SECONDS = 60;

/** Adding a URL that is already followed. */
export class FeedExistsError extends Error {
  constructor(readonly feed: Feed) {
    super(`already following ${feed.url} (feed ${feed.id}${feed.disabledReason ? `, disabled: ${feed.disabledReason}; it is tried again at the next start, or remove it and add it again` : ''})`);
  }
}

function toFeed(row: FeedRow): Feed {
  const feed: Feed = {
    id: row.id,
    url: row.url,
    fullText: row.full_text === 1,
    origin: row.origin === 'config' ? 'config' : 'command',
    intervalSeconds: row.interval_seconds,
    consecutiveFailures: row.consecutive_failures,
    itemsSeen: row.items_seen,
    createdAt: row.created_at,
  };
  const optional = {
    title: row.title,
    lang: row.lang,
    etag: row.etag,
    lastModified: row.last_modified,
    lastPolledAt: row.last_polled_at,
    lastSuccessAt: row.last_success_at,
    lastError: row.last_error,
    lastErrorAt: row.last_error_at,
    nextPollAt: row.next_poll_at,
    disabledReason: row.disabled_reason,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== null) (feed as unknown as Record<string, unknown>)[key] = value;
  return feed;
}

/** A feed URL in the one form it is stored under; throws for anything but http(s). */
export function feedUrl(raw: string): string {
  const url = canonicalUrl(raw.trim());
  if (!url) throw new Error(`not an http or https URL: ${raw.trim().slice(0, 200)}`);
  return url;
}

/** Config feeds an admin removed: kept out of the table when the config is applied again. */
const REMOVED_CONFIG_KEY = 'feeds.removed-config';

/** Feeds, their health and the items already taken from them. */
export class FeedStore {
  private readonly s;

  constructor(readonly db: Db) {
    this.s = {
      all: db.prepare<[], FeedRow>('SELECT * FROM feeds ORDER BY id'),
      byId: db.prepare<[number], FeedRow>('SELECT * FROM feeds WHERE id = ?'),
      byUrl: db.prepare<[string], FeedRow>('SELECT * FROM feeds WHERE url = ?'),
      insert: db.prepare(
        `INSERT INTO feeds (url, title, lang, full_text, origin, interval_seconds, created_at)
         VALUES (@url, @title, @lang, @full_text, @origin, @interval_seconds, @created_at)`,
      ),
      updateSettings: db.prepare(
        'UPDATE feeds SET title = @title, lang = @lang, full_text = @full_text, interval_seconds = @interval_seconds WHERE id = @id',
      ),
      delete: db.prepare<[number]>('DELETE FROM feeds WHERE id = ?'),
      revive: db.prepare('UPDATE feeds SET disabled_reason = NULL, next_poll_at = NULL WHERE disabled_reason IS NOT NULL'),
      success: db.prepare(
        `UPDATE feeds SET etag = @etag, last_modified = @last_modified, title = coalesce(title, @title),
           last_polled_at = @now, last_success_at = @now, consecutive_failures = 0, disabled_reason = NULL,
           next_poll_at = @next_poll_at WHERE id = @id`,
      ),
      failure: db.prepare(
        `UPDATE feeds SET last_polled_at = @now, last_error = @error, last_error_at = @now,
           consecutive_failures = @failures, next_poll_at = @next_poll_at, disabled_reason = @disabled_reason WHERE id = @id`,
      ),
      seen: db.prepare<[number, string], { one: number }>('SELECT 1 AS one FROM feed_items WHERE feed_id = ? AND guid = ?'),
      // Inserts nothing when the feed was removed meanwhile (no foreign-key error mid-poll).
      markSeen: db.prepare<[string, string | null, string, number]>(
        'INSERT OR IGNORE INTO feed_items (feed_id, guid, article_id, seen_at) SELECT id, ?, ?, ? FROM feeds WHERE id = ?',
      ),
      countSeen: db.prepare<[number]>('UPDATE feeds SET items_seen = items_seen + 1 WHERE id = ?'),
      getMeta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
      setMeta: db.prepare<[string, string]>('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
    };
  }

  list(): Feed[] {
    return this.s.all.all().map(toFeed);
  }

  get(id: number): Feed | undefined {
    const row = this.s.byId.get(id);
    return row ? toFeed(row) : undefined;
  }

  byUrl(raw: string): Feed | undefined {
    const row = this.s.byUrl.get(feedUrl(raw));
    return row ? toFeed(row) : undefined;
  }

  /** Follows a feed by its canonical URL; throws FeedExistsError when it is already followed. */
  add(spec: NewFeed, now = new Date()): Feed {
    const url = feedUrl(spec.url);
    return this.db.transaction(() => {
      const existing = this.s.byUrl.get(url);
      if (existing) throw new FeedExistsError(toFeed(existing));
      const { lastInsertRowid } = this.s.insert.run({
        url,
        title: spec.title ?? null,
        lang: spec.lang ?? null,
        full_text: spec.fullText ? 1 : 0,
        origin: spec.origin ?? 'command',
        interval_seconds: Math.max(MIN_INTERVAL_SECONDS, Math.round(spec.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS)),
        created_at: now.toISOString(),
      });
      if (spec.origin !== 'config') this.setRemovedConfig(this.removedConfig().filter((u) => u !== url));
      return this.get(Number(lastInsertRowid))!;
    }).immediate();
  }

  /** Stops following a feed (its articles stay). A config feed removed here stays removed. */
  remove(id: number): Feed | undefined {
    return this.db.transaction(() => {
      const feed = this.get(id);
      if (!feed) return undefined;
      this.s.delete.run(id);
      if (feed.origin === 'config') this.setRemovedConfig([...new Set([...this.removedConfig(), feed.url])]);
      return feed;
    }).immediate();
  }

  /**
   * Makes the config's feeds those of origin 'config': adds the missing ones,
   * applies changed settings, drops those no longer listed. Feeds added by
   * command and config feeds an admin removed are left alone.
   */
  syncConfigured(specs: NewFeed[], now = new Date()): { added: number; updated: number; removed: number } {
    return this.db.transaction(() => {
      const removedByAdmin = new Set(this.removedConfig());
      const wanted = new Map<string, NewFeed>();
      for (const spec of specs) {
        const url = feedUrl(spec.url);
        if (!removedByAdmin.has(url) && !wanted.has(url)) wanted.set(url, spec);
      }
      const counts = { added: 0, updated: 0, removed: 0 };
      for (const feed of this.list()) {
        if (feed.origin !== 'config') {
          wanted.delete(feed.url);
          continue;
        }
        const spec = wanted.get(feed.url);
        wanted.delete(feed.url);
        if (!spec) {
          this.s.delete.run(feed.id);
          counts.removed++;
          continue;
        }
        const settings = {
          id: feed.id,
          title: spec.title ?? feed.title ?? null,
          lang: spec.lang ?? null,
          full_text: spec.fullText ? 1 : 0,
          interval_seconds: Math.max(MIN_INTERVAL_SECONDS, Math.round(spec.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS)),
        };
        if (settings.title !== (feed.title ?? null) || settings.lang !== (feed.lang ?? null) || settings.full_text !== Number(feed.fullText) || settings.interval_seconds !== feed.intervalSeconds) {
          this.s.updateSettings.run(settings);
          counts.updated++;
        }
      }
      for (const spec of wanted.values()) {
        this.add({ ...spec, origin: 'config' }, now);
        counts.added++;
      }
      return counts;
    }).immediate();
  }

  /** A poll went through. Validators are those to send next time (none when items were left for later). */
  recordSuccess(id: number, result: { etag?: string; lastModified?: string; title?: string; nextPollAt: Date }, now = new Date()): void {
    this.s.success.run({
      id,
      etag: result.etag ?? null,
      last_modified: result.lastModified ?? null,
      title: result.title ?? null,
      now: now.toISOString(),
      next_poll_at: result.nextPollAt.toISOString(),
    });
  }

  /**
   * A poll failed: counts it, and disables the feed once `disableAfter`
   * failures came in a row. Returns the feed as it now stands.
   */
  recordFailure(id: number, failure: { error: string; nextPollAt: Date; disableAfter: number }, now = new Date()): Feed | undefined {
    return this.db.transaction(() => {
      const feed = this.get(id);
      if (!feed) return undefined;
      const failures = feed.consecutiveFailures + 1;
      const disabled = failures >= failure.disableAfter;
      this.s.failure.run({
        id,
        error: failure.error,
        now: now.toISOString(),
        failures,
        next_poll_at: disabled ? null : failure.nextPollAt.toISOString(),
        disabled_reason: disabled ? `${failures} failed polls in a row (last: ${failure.error})` : null,
      });
      return this.get(id);
    }).immediate();
  }

  /**
   * Gives disabled feeds one more poll (at start-up: the network may have been
   * down, not the feeds). Their failure count stands, so one more failure disables them again.
   */
  reviveDisabled(): number {
    return this.s.revive.run().changes;
  }

  hasSeen(feedId: number, guid: string): boolean {
    return this.s.seen.get(feedId, guid) !== undefined;
  }

  /**
   * Records that an item was taken, after its article is stored (`articleId`)
   * or when it can never become one (null). A crash in between re-reads the
   * item at the next poll, and storing it again changes nothing.
   */
  markItemSeen(feedId: number, guid: string, articleId: string | null, now = new Date()): void {
    this.db.transaction(() => {
      const { changes } = this.s.markSeen.run(guid, articleId, now.toISOString(), feedId);
      if (changes) this.s.countSeen.run(feedId);
    }).immediate();
  }

  private removedConfig(): string[] {
    const value = this.s.getMeta.get(REMOVED_CONFIG_KEY)?.value;
    if (!value) return [];
    try {
      const urls: unknown = JSON.parse(value);
      return Array.isArray(urls) ? urls.filter((u): u is string => typeof u === 'string') : [];
    } catch {
      return [];
    }
  }

  private setRemovedConfig(urls: string[]): void {
    this.s.setMeta.run(REMOVED_CONFIG_KEY, JSON.stringify(urls));
  }
}
