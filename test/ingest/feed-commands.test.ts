import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as feedCommand from '../../commands/feed.ts';
import * as ingestCommand from '../../commands/ingest.ts';
import { parseArgs } from '../../src/chat/args.ts';
import type { Command, CommandContext } from '../../src/chat/command.ts';
import { renderText } from '../../src/chat/render-text.ts';
import { runCommand } from '../../src/chat/run-command.ts';
import type { Engine } from '../../src/engine.ts';
import { FeedPoller } from '../../src/ingest/poller.ts';
import { getActivePoller, setActivePoller } from '../../src/ingest/poller-registry.ts';
import { startFeedPoller, stopFeedPoller } from '../../src/ingest/start-poller.ts';
import { FeedStore } from '../../src/store/feeds.ts';
import { openTestEngine } from '../helpers.ts';
import { newsPage, rss, PARA } from './feed-fixtures.ts';
import { type LocalServer, serve, startServer } from './local-server.ts';

const NOW = new Date();

describe('the feed and ingest commands', () => {
  let server: LocalServer;
  let engine: Engine;
  let cleanup: () => void;
  const context = (isAdmin = true): CommandContext => ({ engine, caller: { platform: 'terminal', userId: 'tester', isAdmin }, now: NOW });
  const run = async (command: Command, text: string, isAdmin = true) => {
    const reply = await runCommand(context(isAdmin), { command, name: command.data.name, options: parseArgs(command.data, text) }, () => {});
    return { reply, text: renderText(reply) };
  };

  before(async () => {
    server = await startServer({
      '/feed-story': serve(newsPage({ headline: 'Air raid alert in Kyiv', body: `<p>${PARA}</p><p>The alert lasted three hours.</p>` }), { 'content-type': 'text/html' }),
      '/story': serve(newsPage(), { 'content-type': 'text/html; charset=utf-8' }),
      '/undated-story': serve(newsPage({ date: '', headline: 'Undated story', body: `<p>${PARA}</p><p>The mayor asked residents to stay in shelters until the all-clear.</p>` }), { 'content-type': 'text/html' }),
    });
    // A full-text feed: its item's page is on the same local server.
    server.route('/feed.xml', serve(rss([{ guid: 'a', title: 'Air raid alert', link: server.url('/feed-story'), description: 'Teaser.' }])));
    ({ engine, cleanup } = openTestEngine({ sample: false }));
    // The allowance a config file would give ("allowPrivateHosts": ["127.0.0.1"]).
    Object.assign(engine.config, { allowPrivateHosts: ['127.0.0.1'] });
  });
  after(async () => {
    setActivePoller(undefined);
    cleanup();
    await server.close();
  });

  it('adds a feed as typed, refuses a second add and a private address', async () => {
    const { reply, text } = await run(feedCommand as Command, `add ${server.url('/feed.xml')} --full-text --lang id`);
    assert.equal(reply.kind, 'notice', text);
    assert.match(text, /Feed 1: http:\/\/127\.0\.0\.1:\d+\/feed\.xml \(language id, full text from each page\)\. It will be polled while Sitrep runs/);
    const feed = new FeedStore(engine.db).get(1)!;
    assert.deepEqual([feed.lang, feed.fullText, feed.origin], ['id', true, 'command']);
    const again = await run(feedCommand as Command, `add --url ${server.url('/feed.xml')}`);
    assert.equal(again.reply.kind, 'error');
    assert.match(again.text, /already following .* \(feed 1\)/);
    const privateUrl = await run(feedCommand as Command, 'add http://192.168.1.1/rss');
    assert.match(privateUrl.text, /refused: 192\.168\.1\.1 is a private or local address/);
    const members = await run(feedCommand as Command, 'list', false);
    assert.match(members.text, /admins/);
    const usage = await run(feedCommand as Command, 'subscribe http://x');
    assert.match(usage.text, /Feed action must be add, remove or list, got “subscribe”/);
  });

  it('polls at once when a poller runs, and lists each feed’s health', async () => {
    const poller = new FeedPoller({ engine, http: { allowPrivate: ['127.0.0.1'] } });
    setActivePoller(poller);
    poller.start();
    try {
      server.route('/broken.xml', (_req, res) => res.writeHead(500).end());
      const added = await run(feedCommand as Command, `add ${server.url('/broken.xml')}`);
      assert.match(added.text, /Polling it now/);
      await poller.pollNow(1);
      await poller.idle();
      const { reply, text } = await run(feedCommand as Command, 'list');
      assert.equal(reply.sections?.length, 2);
      assert.match(text, /#1 Example Wire — ok/);
      assert.equal(engine.store.stats().newest?.title, 'Air raid alert in Kyiv', 'the article came from the item’s page');
      assert.match(text, /Last success: \d{4}-\d\d-\d\d \d\d:\d\d UTC \(now\)/);
      assert.match(text, /Items seen: 1/);
      assert.match(text, /#2 127\.0\.0\.1 — failing/);
      assert.match(text, /Last error: .* — HTTP 500 Internal Server Error \(1 in a row\)/);
      assert.match(text, /Next poll: .*\(in 2 min\)/);
    } finally {
      await poller.stop();
      setActivePoller(undefined);
    }
  });

  it('removes a feed by number, keeping its articles', async () => {
    const articles = engine.store.stats().articles;
    const { text } = await run(feedCommand as Command, 'remove 2');
    assert.match(text, /Feed 2 \(.*broken\.xml\) is no longer followed/);
    assert.equal(new FeedStore(engine.db).get(2), undefined);
    assert.match((await run(feedCommand as Command, 'remove --id 9')).text, /There is no feed 9/);
    assert.equal(engine.store.stats().articles, articles);
  });

  it('ingests a web page by URL', async () => {
    const { reply, text } = await run(ingestCommand as Command, server.url('/story'));
    assert.equal(reply.kind, 'article', text);
    assert.equal(reply.title, 'Article added');
    assert.match(reply.intro!, /^“Kharkiv hit by glide bombs” — Page Times, 18 Oct 2024 07:45 UTC · id [0-9a-f]{12}$/);
    const undated = await run(ingestCommand as Command, server.url('/undated-story'));
    assert.match(undated.reply.intro!, /“Undated story” — Page Times, date unknown · id /);
    const again = await run(ingestCommand as Command, server.url('/story'));
    assert.equal(again.reply.title, 'Article already stored');
    const missing = await run(ingestCommand as Command, server.url('/nowhere'));
    assert.equal(missing.reply.kind, 'error');
    assert.match(missing.text, /Could not read http:\/\/127\.0\.0\.1:\d+\/nowhere: HTTP 404 Not Found\./);
    const privateHost = await run(ingestCommand as Command, 'http://169.254.169.254/latest/meta-data/');
    assert.match(privateHost.text, /refused: 169\.254\.169\.254 is a private or local address/);
  });

  it('starts with the config’s feeds, polls them and stops', async () => {
    server.route('/config.xml', serve(rss([{ guid: 'c1', title: 'Config feed item', link: 'https://wire.example/c1', description: `${PARA} From the config.` }])));
    Object.assign(engine.config, { feeds: [{ url: server.url('/config.xml'), lang: 'en' }] });
    const lines: string[] = [];
    let polled!: () => void;
    const done = new Promise<void>((resolve) => (polled = resolve));
    const poller = startFeedPoller(engine, {
      log: (line) => {
        lines.push(line);
        if (/config\.xml: 1 new/.test(line)) polled();
      },
    });
    try {
      assert.equal(getActivePoller(), poller);
      assert.match(lines[0], /^Feeds: following \d+; from the config 1 added, 0 dropped\.$/);
      await done;
      const feed = new FeedStore(engine.db).byUrl(server.url('/config.xml'))!;
      assert.deepEqual([feed.origin, feed.lang, feed.itemsSeen], ['config', 'en', 1]);
    } finally {
      await stopFeedPoller();
    }
    assert.equal(getActivePoller(), undefined);
    assert.equal(poller.isRunning, false);
  });
});
