import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import type { Engine } from '../../src/engine.ts';
import { HostPacer } from '../../src/ingest/host-pacer.ts';
import { type Clock, FeedPoller, type PollerOptions } from '../../src/ingest/poller.ts';
import { FeedStore } from '../../src/store/feeds.ts';
import { openTestEngine, tempDir } from '../helpers.ts';
import { newsPage, PARA, rss, TRUNCATED, HTML_INSTEAD } from './feed-fixtures.ts';
import { type LocalServer, serve, startServer } from './local-server.ts';

const LOCAL = ['127.0.0.1'];
const T0 = Date.parse('2024-10-18T12:00:00Z');

/** Time that moves only when told; timers fire in order as it passes them. */
class ManualClock implements Clock {
  private time = T0;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;

  now(): number {
    return this.time;
  }
  setTimeout(callback: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  get pending(): number {
    return this.timers.size;
  }
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      due[1].callback();
    }
    this.time = until;
  }
}

const item = (n: number, extra = '') => ({
  guid: `item-${n}`,
  title: `War report number ${n}`,
  link: `https://wire.example/news/${n}`,
  description: `${PARA} Report ${n}.${extra}`,
  pubDate: `Fri, ${10 + n} Oct 2024 08:00:00 GMT`,
});

describe('the feed poller', () => {
  let server: LocalServer;
  let engine: Engine;
  let cleanup: () => void;
  let store: FeedStore;
  let clock: ManualClock;
  let lines: string[];
  let poller: FeedPoller;

  const newPoller = (options: Partial<PollerOptions> = {}) =>
    new FeedPoller({ engine, store, clock, random: () => 0.5, log: (line) => lines.push(line), http: { allowPrivate: LOCAL, timeoutMs: 2000 }, pageGapMs: 0, ...options });

  before(async () => {
    server = await startServer();
  });
  after(() => server.close());
  beforeEach(() => {
    ({ engine, cleanup } = openTestEngine({ sample: false }));
    store = new FeedStore(engine.db);
    clock = new ManualClock();
    lines = [];
    poller = newPoller();
  });
  afterEach(async () => {
    await poller.stop();
    cleanup();
  });

  it('ingests new items once, then sends the ETag and takes the 304', async () => {
    server.route('/etag.xml', serve(rss([item(1), item(2)]), { etag: '"v1"' }));
    const feed = store.add({ url: server.url('/etag.xml') });
    const [first] = await poller.pollNow(feed.id);
    assert.equal(first.status, 'ok');
    assert.equal(first.added, 2);
    assert.equal(engine.store.stats().articles, 2);
    const after1 = store.get(feed.id)!;
    assert.equal(after1.etag, '"v1"');
    assert.equal(after1.title, 'Example Wire', 'the outlet name is learnt from the feed');
    assert.equal(after1.itemsSeen, 2);
    assert.equal(after1.nextPollAt, new Date(T0 + 900_000).toISOString());
    assert.deepEqual(lines, [`feed ${feed.id} ${feed.url}: 2 new, 0 updated`]);

    const [second] = await poller.pollNow(feed.id);
    assert.equal(second.status, 'not-modified');
    assert.equal(server.requests.at(-1)!.headers['if-none-match'], '"v1"');

    server.route('/etag.xml', serve(rss([item(3), item(1), item(2)]), { etag: '"v2"' }));
    const [third] = await poller.pollNow(feed.id);
    assert.deepEqual([third.added, third.unchanged, third.updated], [1, 0, 0], 'only the new item is ingested');
    assert.equal(engine.store.stats().articles, 3);
    const article = engine.store.resolveId(engine.store.stats().newest!.id).article!;
    assert.equal(article.outlet, 'Example Wire');
    assert.equal(article.origin, 'https://wire.example/news/3');
  });

  it('backs off exponentially after failures and recovers', async () => {
    let failing = true;
    server.route('/flaky.xml', (req, res) => (failing ? res.writeHead(500).end() : serve(rss([item(1)]))(req, res)));
    const feed = store.add({ url: server.url('/flaky.xml') });
    const [r1] = await poller.pollNow(feed.id);
    assert.equal(r1.status, 'failed');
    assert.equal(r1.retryInMs, 120_000);
    assert.equal(lines.at(-1), `feed ${feed.id} ${feed.url}: HTTP 500 Internal Server Error; retry in 2 min`);
    assert.equal(store.get(feed.id)!.nextPollAt, new Date(T0 + 120_000).toISOString());
    const [r2] = await poller.pollNow(feed.id);
    assert.equal(r2.retryInMs, 240_000);
    assert.equal(lines.at(-1), `feed ${feed.id} ${feed.url}: HTTP 500 Internal Server Error; retry in 4 min`);
    assert.equal(store.get(feed.id)!.consecutiveFailures, 2);

    failing = false;
    const [r3] = await poller.pollNow(feed.id);
    assert.equal(r3.status, 'ok');
    assert.equal(r3.added, 1);
    const healed = store.get(feed.id)!;
    assert.equal(healed.consecutiveFailures, 0);
    assert.equal(healed.lastError, 'HTTP 500 Internal Server Error');
    assert.equal(healed.lastSuccessAt, new Date(T0).toISOString());
  });

  it('disables a feed after repeated failures, keeps the reason and skips it', async () => {
    poller = newPoller({ disableAfter: 3 });
    server.route('/gone.xml', (_req, res) => res.writeHead(410).end());
    const feed = store.add({ url: server.url('/gone.xml') });
    for (let i = 0; i < 3; i++) await poller.pollNow(feed.id);
    const disabled = store.get(feed.id)!;
    assert.equal(disabled.disabledReason, '3 failed polls in a row (last: HTTP 410 Gone)');
    assert.equal(disabled.nextPollAt, undefined);
    assert.match(lines.at(-1)!, /: HTTP 410 Gone; disabled after 3 failures in a row/);
    assert.deepEqual(await poller.pollNow(), [], 'polling all leaves disabled feeds alone');
  });

  it('keeps the backoff within its cap and honours Retry-After', async () => {
    poller = newPoller({ backoffMaxMs: 300_000, disableAfter: 20 });
    server.route('/busy.xml', (_req, res) => res.writeHead(503, { 'retry-after': '3600' }).end());
    const feed = store.add({ url: server.url('/busy.xml') });
    const [r] = await poller.pollNow(feed.id);
    assert.equal(r.retryInMs, 300_000, 'Retry-After counts, within the cap');
    server.route('/busy.xml', (_req, res) => res.writeHead(500).end());
    for (let i = 0; i < 6; i++) await poller.pollNow(feed.id);
    assert.equal(store.get(feed.id)!.nextPollAt, new Date(T0 + 300_000).toISOString());
  });

  it('does not let a slow feed hold up another', async () => {
    poller = newPoller({ concurrency: 2, http: { allowPrivate: LOCAL, timeoutMs: 400 } });
    server.route('/slow.xml', () => {
      /* never answers */
    });
    server.route('/fast.xml', serve(rss([item(1)])));
    const slowFeed = store.add({ url: server.url('/slow.xml') });
    const fastFeed = store.add({ url: server.url('/fast.xml') });
    let slowDone = false;
    const slow = poller.pollNow(slowFeed.id).then((r) => {
      slowDone = true;
      return r;
    });
    const [fast] = await poller.pollNow(fastFeed.id);
    assert.equal(fast.status, 'ok');
    assert.equal(slowDone, false, 'the fast feed finished while the slow one still waited');
    const [timedOut] = await slow;
    assert.equal(timedOut.status, 'failed');
    assert.equal(timedOut.error, 'timed out after 0.4 s');
    assert.equal(lines.at(-1), `feed ${slowFeed.id} ${slowFeed.url}: timed out after 0.4 s; retry in 2 min`);
  });

  it('polls each feed on its interval by the clock, schedules new feeds at once, and stops cleanly', async () => {
    server.route('/timed.xml', serve(rss([item(1)])));
    const feed = store.add({ url: server.url('/timed.xml') });
    poller.start();
    assert.equal(clock.pending, 1);
    clock.advance(0);
    await poller.idle();
    assert.equal(server.hits('/timed.xml'), 1);
    clock.advance(899_000);
    await poller.idle();
    assert.equal(server.hits('/timed.xml'), 1, 'not before the interval');
    clock.advance(1_000);
    await poller.idle();
    assert.equal(server.hits('/timed.xml'), 2);
    assert.equal(store.get(feed.id)!.nextPollAt, new Date(T0 + 1_800_000).toISOString());

    server.route('/later.xml', serve(rss([item(2)])));
    store.add({ url: server.url('/later.xml') });
    poller.refresh();
    clock.advance(0);
    await poller.idle();
    assert.equal(server.hits('/later.xml'), 1, 'a feed added while running is polled at once');

    await poller.stop();
    assert.equal(clock.pending, 0, 'no timer left behind');
    clock.advance(3_600_000);
    await poller.idle();
    assert.equal(server.hits('/timed.xml'), 2);
  });

  it('spreads polls with jitter', async () => {
    poller = newPoller({ random: () => 1 });
    server.route('/jitter.xml', serve(rss([item(1)])));
    const feed = store.add({ url: server.url('/jitter.xml') });
    const [r] = await poller.pollNow(feed.id);
    assert.equal(r.retryInMs, 990_000, '900 s + 10 %');
  });

  it('fetches the pages of a full-text feed, keeping the feed item as fallback', async () => {
    server.route('/page-1', serve(newsPage(), { 'content-type': 'text/html; charset=utf-8' }));
    server.route(
      '/full.xml',
      serve(
        rss([
          { guid: 'p1', title: 'Feed title one', link: server.url('/page-1'), description: 'Teaser one.', pubDate: 'Fri, 18 Oct 2024 06:00:00 GMT' },
          { guid: 'p2', title: 'Feed title two', link: server.url('/missing-page'), description: `${PARA} Feed text two.` },
          { guid: 'p3', title: 'Title only', link: server.url('/also-missing') },
        ]),
        { etag: '"full"' },
      ),
    );
    const feed = store.add({ url: server.url('/full.xml'), fullText: true });
    const [r] = await poller.pollNow(feed.id);
    assert.deepEqual([r.added, r.deferred], [2, 1]);
    const byUrl = (url: string) => engine.db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE url = ?').get(url);
    const fromPage = engine.store.resolveId(byUrl(server.url('/page-1'))!.id).article!;
    assert.equal(fromPage.title, 'Kharkiv hit by glide bombs');
    assert.equal(fromPage.outlet, 'Page Times');
    assert.equal(fromPage.byline, 'Page Author');
    assert.equal(fromPage.publishedAt, '2024-10-18T07:45:00.000Z');
    assert.match(fromPage.text, /glide bombs on Kharkiv/);
    const fromFeed = engine.store.resolveId(byUrl(server.url('/missing-page'))!.id).article!;
    assert.match(fromFeed.text, /Feed text two/);
    assert.ok(lines.some((l) => /also-missing: page not read \(HTTP 404 Not Found\); will retry/.test(l)));
    assert.equal(store.hasSeen(feed.id, 'p3'), false, 'the title-only item waits for its page');
    assert.equal(store.get(feed.id)!.etag, undefined, 'with an item left over, no validators: the next poll gets the whole feed');

    server.route('/also-missing', serve(newsPage({ headline: 'Late page', body: `<p>Ukraine's parliament extended martial law and mobilisation for another ninety days on Tuesday, the speaker said.</p><p>${PARA}</p>` }), { 'content-type': 'text/html' }));
    const [again] = await poller.pollNow(feed.id);
    assert.deepEqual([again.status, again.added, again.deferred], ['ok', 1, 0]);
    assert.equal(store.get(feed.id)!.etag, '"full"');
  });

  it('reads the page of a title-only item in any feed, and keeps its headline when the page cannot be had', async () => {
    server.route('/wire-page', serve(newsPage({ headline: 'Wire page', body: `<p>Ukrainian forces retook two villages near Pokrovsk on Thursday, the general staff said in its evening update.</p><p>${PARA}</p>` }), { 'content-type': 'text/html' }));
    server.route(
      '/wire.xml',
      serve(
        rss([
          { guid: 'w1', title: 'Ukraine retakes two villages near Pokrovsk', link: server.url('/wire-page'), pubDate: 'Thu, 17 Oct 2024 18:00:00 GMT' },
          { guid: 'w2', title: 'Zelensky to address EU summit in Brussels', link: server.url('/gone-page'), pubDate: 'Thu, 17 Oct 2024 19:00:00 GMT' },
        ]),
      ),
    );
    // Not a full-text feed: only the items without text have their page read.
    const feed = store.add({ url: server.url('/wire.xml') });
    const [first] = await poller.pollNow(feed.id);
    assert.deepEqual([first.added, first.deferred], [1, 1]);
    const byUrl = (url: string) => engine.db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE url = ?').get(url);
    assert.match(engine.store.resolveId(byUrl(server.url('/wire-page'))!.id).article!.text, /retook two villages near Pokrovsk/);
    // The page of the second never comes: after its tries, the headline is the article, with its link and date.
    await poller.pollNow(feed.id);
    const [third] = await poller.pollNow(feed.id);
    assert.equal(third.added, 1);
    const headline = engine.store.resolveId(byUrl(server.url('/gone-page'))!.id).article!;
    assert.equal(headline.text, 'Zelensky to address EU summit in Brussels');
    assert.equal(headline.title, 'Zelensky to address EU summit in Brussels');
    assert.equal(headline.publishedAt, '2024-10-17T19:00:00.000Z');
    assert.ok(lines.some((l) => /gone-page: page not read after 3 tries \(HTTP 404 Not Found\); kept its headline/.test(l)));
    assert.equal(engine.ask({ question: 'zelensky eu summit brussels' }).snippets[0]?.quote.text, 'Zelensky to address EU summit in Brussels');
  });

  it('says once per feed that its dates cannot be read, keeping them unknown', async () => {
    server.route('/odd-dates.xml', serve(rss([1, 2, 3].map((n) => ({ guid: `d${n}`, title: `Item ${n}`, link: `https://wire.example/d${n}`, description: `${PARA} Number ${n}.`, pubDate: `the ${n}th of Brumaire` })))));
    const feed = store.add({ url: server.url('/odd-dates.xml') });
    const [r] = await poller.pollNow(feed.id);
    assert.equal(r.added, 3);
    const said = lines.filter((l) => /unreadable date/.test(l));
    assert.equal(said.length, 1, said.join('\n'));
    assert.match(said[0], /item d1: unreadable date "the 1th of Brumaire", kept unknown \(said once for this feed\)/);
    assert.equal(engine.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles WHERE published_at IS NULL').get()!.n, 3);
  });

  it('reads one page at a time per site, a gap apart', async () => {
    const pacer = new HostPacer(150);
    const starts: number[] = [];
    const t0 = performance.now();
    const fetch = async () => {
      starts.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 20));
    };
    await Promise.all([pacer.take('https://a.example/1', undefined, fetch), pacer.take('https://a.example/2', undefined, fetch), pacer.take('https://b.example/1', undefined, fetch)]);
    const [a1, b1, a2] = [starts[0], starts[1], starts[2]];
    assert.ok(b1 < 50, 'another site does not wait');
    assert.ok(a2 - a1 >= 160, `the same site waited ${Math.round(a2 - a1)} ms`);
  });

  it('leaves the cut item of a truncated feed for the next poll', async () => {
    server.route('/cut.xml', serve(TRUNCATED, { etag: '"cut"' }));
    const feed = store.add({ url: server.url('/cut.xml') });
    const [r] = await poller.pollNow(feed.id);
    assert.equal(r.added, 1);
    assert.equal(store.get(feed.id)!.etag, undefined);
    assert.ok(lines.some((l) => /truncated XML/.test(l)));
    server.route('/cut.xml', serve(`${TRUNCATED}pped.</description></item></channel></rss>`, { etag: '"whole"' }));
    const [whole] = await poller.pollNow(feed.id);
    assert.equal(whole.added, 1);
    assert.equal(engine.store.stats().articles, 2);
  });

  it('records items that can never be articles once, without storing them', async () => {
    server.route('/thin.xml', serve(rss([{ guid: 'thin', title: 'Thin', link: 'https://wire.example/thin', description: 'Too short.' }, item(1)])));
    const feed = store.add({ url: server.url('/thin.xml') });
    const [r] = await poller.pollNow(feed.id);
    assert.deepEqual([r.added, r.skipped], [1, 1]);
    assert.equal(store.hasSeen(feed.id, 'thin'), true);
    assert.ok(lines.some((l) => /skipped item thin: too little text/.test(l)));
    const [again] = await poller.pollNow(feed.id);
    assert.deepEqual([again.added, again.skipped], [0, 0]);
  });

  it('reports an HTML page or a private address per feed while the others carry on', async () => {
    poller = newPoller({ http: { timeoutMs: 2000 } });
    server.route('/home', serve(HTML_INSTEAD, { 'content-type': 'text/html' }));
    const html = store.add({ url: server.url('/home') });
    const privateFeed = store.add({ url: 'http://10.0.0.1/rss' });
    const metadata = store.add({ url: 'http://169.254.169.254/latest/meta-data/' });
    const results = await poller.pollNow();
    assert.deepEqual(results.map((r) => r.status), ['failed', 'failed', 'failed']);
    assert.match(store.get(html.id)!.lastError!, /refused: 127\.0\.0\.1 is a private or local address/);
    assert.match(store.get(privateFeed.id)!.lastError!, /^refused: 10\.0\.0\.1 is a private or local address/);
    assert.match(store.get(metadata.id)!.lastError!, /^refused: 169\.254\.169\.254/);
    assert.equal(server.hits('/home'), 0);

    poller = newPoller();
    const [page] = await poller.pollNow(html.id);
    assert.equal(page.error, `got an HTML page, not a feed; the page names its feed: ${server.url('/feeds/all.xml')}`);
  });
});

describe('restarting the poller', () => {
  let server: LocalServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('neither loses nor repeats items across a crash and a restart', async () => {
    const dataDir = tempDir('sitrep-restart-');
    const lines: string[] = [];
    const options = { random: () => 0.5, log: (line: string) => lines.push(line), http: { allowPrivate: LOCAL } };
    server.route('/live.xml', serve(rss([item(2), item(1)])));

    const first = openTestEngine({ sample: false, dataDir });
    const feedId = new FeedStore(first.engine.db).add({ url: server.url('/live.xml') }).id;
    const poller1 = new FeedPoller({ engine: first.engine, ...options });
    const [r1] = await poller1.pollNow(feedId);
    assert.equal(r1.added, 2);
    // A crash: no stop, no saved index, the database simply goes away.
    first.engine.db.close();

    // While the bot is down, two more items appear. A third one was stored
    // just before the crash but not yet recorded as seen.
    server.route('/live.xml', serve(rss([item(5), item(4), item(3), item(2), item(1)])));
    const second = openTestEngine({ sample: false, dataDir });
    try {
      const draft = { title: 'War report number 5', url: 'https://wire.example/news/5', outlet: 'Example Wire', text: `${PARA} Report 5.`, publishedAt: '2024-10-15T08:00:00.000Z' };
      assert.equal(second.engine.ingestDraft(draft, 'https://wire.example/news/5').status, 'added');
      const poller2 = new FeedPoller({ engine: second.engine, ...options });
      const [r2] = await poller2.pollNow(feedId);
      assert.deepEqual({ added: r2.added, unchanged: r2.unchanged, updated: r2.updated }, { added: 2, unchanged: 1, updated: 0 });
      assert.equal(second.engine.store.stats().articles, 5);
      const store = new FeedStore(second.engine.db);
      assert.equal(store.get(feedId)!.itemsSeen, 5);
      for (const n of [1, 2, 3, 4, 5]) assert.ok(store.hasSeen(feedId, `item-${n}`), `item-${n}`);
      const [r3] = await poller2.pollNow(feedId);
      assert.deepEqual([r3.added, r3.unchanged], [0, 0]);
      await poller2.stop();
      const stats = second.engine.stats();
      assert.equal(stats.indexedPassages, stats.passages, 'the index rebuilt after the crash holds every stored passage');
    } finally {
      second.cleanup();
    }
  });
});
