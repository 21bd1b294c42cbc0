import type { ArticleDraft } from '../articles/article.ts';
import { buildArticle } from '../articles/build.ts';
import type { Engine } from '../engine.ts';
import { type Feed, FeedStore } from '../store/feeds.ts';
import { decodeDocument } from './charset.ts';
import { parseFeedDocument } from './feed-parse.ts';
import { FetchError, type HttpOptions, type HttpResponse, httpGet } from './http.ts';
import { HostPacer } from './host-pacer.ts';
import { fetchArticle, mergeDrafts } from './page.ts';

/** Time and timers, injectable so tests need not wait. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout(callback, ms) {
    const timer = setTimeout(callback, ms);
    // The poller alone never keeps the process up.
    timer.unref();
    return timer;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export type HttpGet = (url: string, options: HttpOptions) => Promise<HttpResponse>;

export interface PollerOptions {
  /** The ingest path and the store (an Engine). */
  engine: Pick<Engine, 'db' | 'ingestDraft' | 'saveIndex'>;
  store?: FeedStore;
  log?: (line: string) => void;
  clock?: Clock;
  random?: () => number;
  get?: HttpGet;
  /** Limits for every request: timeout, size, redirects, allowed private hosts. */
  http?: HttpOptions;
  /** Polls at once; the rest wait their turn. */
  concurrency?: number;
  /** Bounds one poll, full-text pages included. */
  pollTimeoutMs?: number;
  /** Full-text pages fetched per poll; further new items wait for the next poll. */
  maxPagesPerPoll?: number;
  /** Between two pages of one site (default 1 s): one at a time per host, across feeds. */
  pageGapMs?: number;
  /** Failed polls in a row before a feed is disabled. */
  disableAfter?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** ± this fraction of each delay, so feeds do not move in lockstep. */
  jitter?: number;
}

export interface PollResult {
  feedId: number;
  url: string;
  status: 'ok' | 'not-modified' | 'failed' | 'stopped' | 'gone';
  added: number;
  updated: number;
  unchanged: number;
  /** Items that can never become an article (too little text…), recorded as seen. */
  skipped: number;
  /** New items left for the next poll (page budget, a page or the store failing for now). */
  deferred: number;
  error?: string;
  /** Milliseconds until the next poll; absent when the feed got disabled. */
  retryInMs?: number;
}

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Tries at the page of a title-only item before it is given up. */
const PAGE_ATTEMPTS = 3;

/** "45 s", "4 min", "2 h", "3 d". */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const min = Math.round(s / 60);
  if (min < 60) return `${min} min`;
  const h = Math.round(min / 6) / 10;
  if (h < 48) return `${h} h`;
  return `${Math.round(h / 24)} d`;
}

function describe(error: unknown, feedUrl: string): string {
  if (error instanceof FetchError) return error.url === feedUrl ? error.reason : `${error.url}: ${error.reason}`;
  return ((error as Error)?.message ?? String(error)).split('\n')[0];
}

class StoppedError extends Error {}

/**
 * Polls the followed feeds, each on its own interval with jitter: conditional
 * GETs, exponential backoff on failure, disabling after repeated failures, a
 * cap on concurrent polls and a deadline on each, so a slow or broken feed
 * never holds up the others. New items go through the engine's one ingest
 * path and are recorded as seen only once stored.
 */
export class FeedPoller {
  readonly store: FeedStore;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly log: (line: string) => void;
  private readonly get: HttpGet;
  private readonly settings: Required<Pick<PollerOptions, 'concurrency' | 'pollTimeoutMs' | 'maxPagesPerPoll' | 'disableAfter' | 'backoffBaseMs' | 'backoffMaxMs' | 'jitter'>>;
  private running = false;
  private timer: unknown;
  private stopping = new AbortController();
  private readonly inFlight = new Map<number, Promise<PollResult>>();
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  /** Item problems already logged, so a feed's standing skips are told once per run. */
  private readonly told = new Set<string>();
  private readonly pageAttempts = new Map<string, number>();
  /** One page at a time per site, a second apart, across all feeds. */
  private readonly hosts: HostPacer;

  constructor(private readonly options: PollerOptions) {
    this.store = options.store ?? new FeedStore(options.engine.db);
    this.clock = options.clock ?? systemClock;
    this.hosts = new HostPacer(options.pageGapMs ?? 1_000);
    this.random = options.random ?? Math.random;
    this.log = options.log ?? (() => {});
    this.get = options.get ?? httpGet;
    this.settings = {
      concurrency: options.concurrency ?? 4,
      pollTimeoutMs: options.pollTimeoutMs ?? 120_000,
      maxPagesPerPoll: options.maxPagesPerPoll ?? 20,
      disableAfter: options.disableAfter ?? 8,
      backoffBaseMs: options.backoffBaseMs ?? 2 * 60_000,
      backoffMaxMs: options.backoffMaxMs ?? 6 * 3600_000,
      jitter: options.jitter ?? 0.1,
    };
  }

  get isRunning(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    if (this.stopping.signal.aborted) this.stopping = new AbortController();
    this.schedule();
  }

  /** Clears the timer, cancels the network work under way and waits for the polls in flight to end. */
  async stop(): Promise<void> {
    this.running = false;
    this.clearTimer();
    this.stopping.abort();
    await Promise.allSettled([...this.inFlight.values()]);
  }

  /** Feeds were added or removed: plan the next wake-up again (a new feed is due at once). */
  refresh(): void {
    this.schedule();
  }

  /** Polls one feed (even a disabled one) or every enabled feed now, within the concurrency cap. */
  async pollNow(feedId?: number): Promise<PollResult[]> {
    if (this.stopping.signal.aborted && !this.running) this.stopping = new AbortController();
    const feeds = feedId === undefined ? this.store.list().filter((f) => !f.disabledReason) : [this.store.get(feedId)].filter((f): f is Feed => Boolean(f));
    if (feedId !== undefined && !feeds.length) throw new Error(`no feed ${feedId}`);
    return Promise.all(feeds.map((feed) => this.poll(feed)));
  }

  /** Resolves once no poll is in flight (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight.values()]);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    this.clearTimer();
    if (!this.running) return;
    const now = this.clock.now();
    let next = Infinity;
    for (const feed of this.store.list()) {
      if (feed.disabledReason || this.inFlight.has(feed.id)) continue;
      next = Math.min(next, feed.nextPollAt ? Date.parse(feed.nextPollAt) : now);
    }
    if (next === Infinity) return;
    this.timer = this.clock.setTimeout(() => this.wake(), Math.min(MAX_TIMER_MS, Math.max(0, next - now)));
  }

  private wake(): void {
    this.timer = undefined;
    if (!this.running) return;
    const now = this.clock.now();
    for (const feed of this.store.list()) {
      if (feed.disabledReason || this.inFlight.has(feed.id)) continue;
      if (!feed.nextPollAt || Date.parse(feed.nextPollAt) <= now) void this.poll(feed);
    }
    this.schedule();
  }

  private poll(feed: Feed): Promise<PollResult> {
    const existing = this.inFlight.get(feed.id);
    if (existing) return existing;
    const run = (async () => {
      await this.acquire();
      try {
        return await this.pollOnce(feed.id);
      } catch (error) {
        // Only the store itself failing gets here (closed at shutdown, disk full): never an unhandled rejection.
        this.log(`feed ${feed.id} ${feed.url}: poll failed (${describe(error, feed.url)})`);
        return { feedId: feed.id, url: feed.url, status: 'failed', error: describe(error, feed.url), added: 0, updated: 0, unchanged: 0, skipped: 0, deferred: 0 } satisfies PollResult;
      } finally {
        this.release();
      }
    })();
    const tracked = run.finally(() => {
      this.inFlight.delete(feed.id);
      this.schedule();
    });
    this.inFlight.set(feed.id, tracked);
    return tracked;
  }

  private async acquire(): Promise<void> {
    if (this.active < this.settings.concurrency) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }

  private delay(baseMs: number): number {
    return Math.round(baseMs * (1 + this.settings.jitter * (2 * this.random() - 1)));
  }

  private tellOnce(key: string, line: string): void {
    if (this.told.has(key)) return;
    if (this.told.size > 10_000) this.told.clear();
    this.told.add(key);
    this.log(line);
  }

  private async pollOnce(feedId: number): Promise<PollResult> {
    // Read again: the feed may have been removed or changed while waiting its turn.
    const feed = this.store.get(feedId);
    const result: PollResult = { feedId, url: feed?.url ?? '', status: 'ok', added: 0, updated: 0, unchanged: 0, skipped: 0, deferred: 0 };
    if (!feed) return { ...result, status: 'gone' };
    if (this.stopping.signal.aborted) return { ...result, status: 'stopped' };
    const deadline = new AbortController();
    const timer = this.clock.setTimeout(() => deadline.abort(), this.settings.pollTimeoutMs);
    const signal = AbortSignal.any([this.stopping.signal, deadline.signal]);
    const http = { ...this.options.http, signal };
    try {
      const response = await this.get(feed.url, { ...http, etag: feed.etag, lastModified: feed.lastModified, accept: FEED_ACCEPT });
      if (response.notModified) {
        result.status = 'not-modified';
        result.retryInMs = this.delay(feed.intervalSeconds * 1000);
        this.store.recordSuccess(feed.id, { etag: response.etag, lastModified: response.lastModified, nextPollAt: new Date(this.clock.now() + result.retryInMs) }, new Date(this.clock.now()));
        return result;
      }
      if (!response.body.length) throw new Error('empty response');
      const decoded = decodeDocument(response.body, response.charset);
      const parsed = parseFeedDocument(decoded.text, {
        url: response.url,
        contentType: response.contentType,
        lang: feed.lang,
        outlet: feed.title,
        // Items with a headline and a link only are kept: their page is read, or the headline is.
        keepTextless: true,
      });
      for (const warning of [...decoded.warnings, ...parsed.warnings]) this.tellOnce(`${feed.id}:warning:${warning}`, `feed ${feed.id} ${feed.url}: ${warning}`);
      for (const skip of parsed.skipped) {
        if (skip.guid && this.store.hasSeen(feed.id, skip.guid)) continue;
        this.tellOnce(`${feed.id}:skip:${skip.guid}:${skip.reason}`, `feed ${feed.id} ${feed.url}: skipped item ${skip.guid ?? '(no id)'}: ${skip.reason}`);
      }
      await this.ingestItems(feed, parsed.items, result, signal);
      if (this.stopping.signal.aborted) throw new StoppedError();
      if (result.added + result.updated) this.options.engine.saveIndex();
      result.retryInMs = this.delay(feed.intervalSeconds * 1000);
      // With items left for later, forget the validators: the next poll must get the whole feed, not a 304.
      const complete = result.deferred === 0 && !parsed.truncated;
      this.store.recordSuccess(
        feed.id,
        {
          etag: complete ? response.etag : undefined,
          lastModified: complete ? response.lastModified : undefined,
          title: parsed.title,
          nextPollAt: new Date(this.clock.now() + result.retryInMs),
        },
        new Date(this.clock.now()),
      );
      if (result.added || result.updated) {
        this.log(`feed ${feed.id} ${feed.url}: ${result.added} new, ${result.updated} updated${result.deferred ? `, ${result.deferred} left for the next poll` : ''}`);
      }
      return result;
    } catch (error) {
      if (result.added || result.updated) this.options.engine.saveIndex();
      if (error instanceof StoppedError || this.stopping.signal.aborted) return { ...result, status: 'stopped' };
      const reason = deadline.signal.aborted ? `poll took longer than ${formatDuration(this.settings.pollTimeoutMs)}` : describe(error, feed.url);
      return this.fail(feed, reason, result, error instanceof FetchError ? error.retryAfterMs : undefined);
    } finally {
      this.clock.clearTimeout(timer);
    }
  }

  private fail(feed: Feed, reason: string, result: PollResult, retryAfterMs?: number): PollResult {
    const failures = feed.consecutiveFailures + 1;
    const backoff = Math.min(this.settings.backoffBaseMs * 2 ** (failures - 1), this.settings.backoffMaxMs);
    const wait = Math.min(Math.max(this.delay(backoff), retryAfterMs ?? 0), this.settings.backoffMaxMs);
    const now = this.clock.now();
    const updated = this.store.recordFailure(feed.id, { error: reason, nextPollAt: new Date(now + wait), disableAfter: this.settings.disableAfter }, new Date(now));
    const disabled = Boolean(updated?.disabledReason);
    this.log(
      disabled
        ? `feed ${feed.id} ${feed.url}: ${reason}; disabled after ${failures} failures in a row (tried again at the next start, or feed remove ${feed.id} and add it again)`
        : `feed ${feed.id} ${feed.url}: ${reason}; retry in ${formatDuration(wait)}`,
    );
    return { ...result, status: 'failed', error: reason, retryInMs: disabled ? undefined : wait };
  }

  private async ingestItems(feed: Feed, items: { guid: string; draft: ArticleDraft }[], result: PollResult, signal: AbortSignal): Promise<void> {
    let pages = 0;
    for (const { guid, draft: itemDraft } of items) {
      if (signal.aborted) {
        result.deferred++;
        continue;
      }
      if (this.store.hasSeen(feed.id, guid)) continue;
      let draft = itemDraft;
      const attemptKey = `${feed.id}:${guid}`;
      const pageUrl = draft.url;
      const titleOnly = !itemDraft.text.trim();
      if ((feed.fullText || titleOnly) && pageUrl) {
        if (pages >= this.settings.maxPagesPerPoll) {
          result.deferred++;
          continue;
        }
        pages++;
        try {
          const page = await this.hosts.take(pageUrl, signal, () => fetchArticle(pageUrl, { ...this.options.http, signal, get: this.get }));
          draft = mergeDrafts(page, itemDraft);
          this.pageAttempts.delete(attemptKey);
        } catch (error) {
          if (signal.aborted) {
            result.deferred++;
            continue;
          }
          const reason = describe(error, pageUrl);
          if (titleOnly) {
            const attempts = (this.pageAttempts.get(attemptKey) ?? 0) + 1;
            this.pageAttempts.set(attemptKey, attempts);
            if (attempts < PAGE_ATTEMPTS) {
              this.log(`feed ${feed.id} ${feed.url}: item ${pageUrl}: page not read (${reason}); will retry`);
              result.deferred++;
              continue;
            }
            this.pageAttempts.delete(attemptKey);
            if (!itemDraft.title) {
              this.log(`feed ${feed.id} ${feed.url}: item ${pageUrl}: page not read after ${attempts} tries (${reason}), and no headline; given up`);
              this.store.markItemSeen(feed.id, guid, null, new Date(this.clock.now()));
              result.skipped++;
              continue;
            }
            // The news is not lost: its headline, with its link, is quotable.
            this.log(`feed ${feed.id} ${feed.url}: item ${pageUrl}: page not read after ${attempts} tries (${reason}); kept its headline`);
            draft = { ...itemDraft, text: itemDraft.title, headlineOnly: true, warnings: [...(itemDraft.warnings ?? []), `page not read (${reason}): kept the headline`] };
          } else {
            draft = { ...itemDraft, warnings: [...(itemDraft.warnings ?? []), `full text not read (${reason}); kept the feed's text`] };
          }
        }
      }
      const origin = draft.url ?? feed.url;
      const now = new Date(this.clock.now());
      try {
        // Refused drafts (too little text…) would be refused at every poll: record them once.
        buildArticle(draft, origin, now);
      } catch (error) {
        this.log(`feed ${feed.id} ${feed.url}: skipped item ${guid}: ${(error as Error).message}`);
        this.store.markItemSeen(feed.id, guid, null, now);
        result.skipped++;
        continue;
      }
      const event = this.options.engine.ingestDraft(draft, origin, now);
      if (event.status === 'failed' || !event.article) {
        // The draft was sound, so the store failed: leave the item for the next poll.
        this.log(`feed ${feed.id} ${feed.url}: item ${guid} not stored (${event.reason}); will retry`);
        result.deferred++;
        continue;
      }
      this.store.markItemSeen(feed.id, guid, event.article.id, now);
      result[event.status]++;
      // An unreadable date (kept unknown) and the like: said once per feed and kind, with an example.
      for (const warning of draft.warnings ?? []) {
        const kind = warning.replace(/"[^"]*"|\([^)]*\)/g, '…');
        this.tellOnce(`${feed.id}:item:${kind}`, `feed ${feed.id} ${feed.url}: item ${guid}: ${warning}${/unreadable date/.test(warning) ? ' (said once for this feed)' : ''}`);
      }
    }
  }
}
