import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { decodeDocument } from '../../src/ingest/charset.ts';
import { parseFeedsSetting, configuredFeeds } from '../../src/ingest/feed-config.ts';
import { FeedFormatError, parseFeedDocument } from '../../src/ingest/feed-parse.ts';
import { FetchError, httpGet } from '../../src/ingest/http.ts';
import { fetchArticle, mergeDrafts } from '../../src/ingest/page.ts';
import { htmlExtractor } from '../../src/articles/html-extract.ts';
import iconv from 'iconv-lite';
import { parseDate } from '../../src/articles/dates.ts';
import { DEFAULT_FEEDS } from '../../src/ingest/default-feeds.ts';
import { FeedExistsError, FeedStore } from '../../src/store/feeds.ts';
import type { Engine } from '../../src/engine.ts';
import { openTestEngine } from '../helpers.ts';
import { ATOM, HTML_INSTEAD, JSON_FEED, MESSY_RSS, PARA, RSS1, TRUNCATED, newsPage } from './feed-fixtures.ts';
import { type LocalServer, serve, startServer } from './local-server.ts';

const FEED_URL = 'https://feeds.example/world/feed.xml';
const LOCAL = ['127.0.0.1'];

describe('reading feed documents', () => {
  it('reads RSS 2.0 with CDATA, entities, relative links, creators and odd dates', () => {
    const feed = parseFeedDocument(MESSY_RSS, { url: FEED_URL });
    assert.equal(feed.format, 'rss');
    assert.equal(feed.title, 'Example Wire & Co');
    const [first, second] = feed.items;
    assert.equal(feed.items.length, 2);
    assert.equal(first.guid, 'wire-1');
    assert.equal(first.draft.title, 'Drones hit Kyiv region & Odesa');
    assert.equal(first.draft.url, 'https://wire.example/news/2024/10/drones?utm_source=rss', 'resolved against the channel link');
    assert.equal(first.draft.byline, 'Olena Example');
    assert.equal(first.draft.outlet, 'Example Wire & Co');
    assert.equal(first.draft.lang, 'en-GB');
    assert.equal(first.draft.publishedAt, '2024-10-15T03:30:00.000Z');
    assert.match(first.draft.text, /^Ukrainian air defences/);
    assert.match(first.draft.text, /lasted "several hours" & involved/, 'the full content, entities decoded');
    assert.equal(second.draft.title, 'Grain corridor reopens — ports busy');
    assert.match(second.draft.text, /^Ships loaded grain/);
    assert.equal(second.draft.publishedAt, undefined, 'an unreadable date stays unknown');
    assert.deepEqual(second.draft.warnings, ['unreadable date "sometime last week", kept unknown']);
    assert.deepEqual(
      feed.skipped.map((s) => s.reason),
      ['no text in the item (title only)', 'duplicate guid in the feed (the first is kept)'],
    );
  });

  it('keeps title-only items for full-text feeds, and lets configured outlet and language win', () => {
    const feed = parseFeedDocument(MESSY_RSS, { url: FEED_URL, keepTextless: true, outlet: 'Wire', lang: 'en' });
    assert.equal(feed.items.length, 3);
    assert.equal(feed.items[2].draft.text, '');
    assert.ok(feed.items.every((i) => i.draft.outlet === 'Wire' && i.draft.lang === 'en'));
  });

  it('reads RSS 1.0 (RDF) with Dublin Core dates in Indonesian', () => {
    const feed = parseFeedDocument(RSS1, { url: 'https://berita.example/rss' });
    assert.equal(feed.items.length, 1);
    const { guid, draft } = feed.items[0];
    assert.equal(guid, 'https://berita.example/dunia/1');
    assert.equal(draft.lang, 'id');
    assert.equal(draft.byline, 'Redaksi Contoh');
    assert.equal(draft.publishedAt, '2024-10-18T07:05:00.000Z');
  });

  it('reads Atom, resolving links through nested xml:base', () => {
    const feed = parseFeedDocument(ATOM, { url: 'https://atom.example/feed' });
    assert.equal(feed.format, 'atom');
    const [entry, onlyUpdated] = feed.items;
    assert.equal(entry.draft.url, 'https://atom.example/world/ukraine/victory-plan.html');
    assert.equal(entry.draft.title, 'Zelensky presents victory plan');
    assert.equal(entry.draft.publishedAt, '2024-10-16T09:00:00.000Z', 'published wins over updated');
    assert.equal(entry.draft.byline, 'Atom Reporter');
    assert.match(entry.draft.text, /long-range weapons\.\n\nLawmakers applauded & some abstained\./);
    assert.equal(onlyUpdated.draft.url, 'https://atom.example/other/only-updated');
    assert.equal(onlyUpdated.draft.lang, 'en');
  });

  it('resolves xml:base that is itself relative against the feed URL', () => {
    const atom = ATOM.replace('xml:base="https://atom.example/world/"', 'xml:base="/news/"');
    const feed = parseFeedDocument(atom, { url: 'https://atom.example/feeds/atom.xml' });
    assert.equal(feed.items[0].draft.url, 'https://atom.example/news/ukraine/victory-plan.html');
  });

  it('reads JSON Feed 1.x, preferring the content to the summary', () => {
    const feed = parseFeedDocument(JSON_FEED, { url: 'https://json.example/feed.json' });
    assert.equal(feed.format, 'json');
    const [first, untitled] = feed.items;
    assert.equal(first.guid, 'j-1');
    assert.equal(first.draft.id, undefined, 'an item id does not become an article id');
    assert.equal(first.draft.url, 'https://json.example/articles/sanctions');
    assert.match(first.draft.text, /^The European Union agreed/);
    assert.equal(first.draft.byline, 'Jay Son');
    assert.equal(first.draft.publishedAt, '2024-10-17T13:00:00.000Z');
    assert.equal(untitled.guid, 'j-3');
    assert.equal(untitled.draft.publishedAt, undefined);
    assert.equal(feed.skipped.length, 1);
    assert.throws(() => parseFeedDocument('{"items": []}', { url: FEED_URL }), /not a JSON Feed/);
    assert.throws(() => parseFeedDocument('{"version": "https://jsonfeed.org/version/1", "items": [', { url: FEED_URL }), /invalid JSON/);
  });

  it('says so when it gets an HTML page, naming the page’s own feed', () => {
    assert.throws(
      () => parseFeedDocument(HTML_INSTEAD, { url: 'https://wire.example/', contentType: 'text/html' }),
      (error: Error) => error instanceof FeedFormatError && error.message === 'got an HTML page, not a feed; the page names its feed: https://wire.example/feeds/all.xml',
    );
    assert.throws(() => parseFeedDocument('<html><body><p>hi</p></body></html>', { url: FEED_URL }), /got an HTML page, not a feed$/);
  });

  it('keeps the complete items of truncated XML and leaves the cut one, or fails clearly', () => {
    const feed = parseFeedDocument(TRUNCATED, { url: FEED_URL });
    assert.deepEqual(feed.items.map((i) => i.draft.title), ['Complete item']);
    assert.match(feed.warnings[0], /truncated XML/);
    assert.throws(() => parseFeedDocument('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>One</title><desc', { url: FEED_URL }), /malformed or truncated XML/);
    assert.throws(() => parseFeedDocument('<?xml version="1.0"?><catalog><book/></catalog>', { url: FEED_URL }), /not an RSS or Atom feed/);
    assert.throws(() => parseFeedDocument('   ', { url: FEED_URL }), /empty document/);
  });

  it('reads Media RSS descriptions, a standalone Atom entry, a cut closing tag and an empty feed; names a missing <channel>', () => {
    const media = parseFeedDocument(`<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Video</title><item><title>Clip</title><link>https://tv.example/1</link><media:group><media:title>Clip</media:title><media:description>${PARA}</media:description></media:group></item><item><title>Photo</title><link>https://tv.example/2</link><media:content url="https://tv.example/2.jpg"><media:description>${PARA} Photo.</media:description></media:content></item></channel></rss>`, { url: FEED_URL });
    assert.deepEqual(media.items.map((i) => i.draft.text.endsWith('Photo.')), [false, true]);
    assert.equal(media.items[0].draft.text, PARA);

    const entry = parseFeedDocument(`<?xml version="1.0"?><entry xmlns="http://www.w3.org/2005/Atom"><id>urn:1</id><title>Standalone entry</title><link href="https://wire.example/e"/><updated>2024-10-18T06:00:00Z</updated><content>${PARA}</content></entry>`, { url: FEED_URL });
    assert.deepEqual(entry.items.map((i) => [i.draft.title, i.draft.url, i.draft.publishedAt]), [['Standalone entry', 'https://wire.example/e', '2024-10-18T06:00:00.000Z']]);

    const cut = parseFeedDocument(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Complete</title><link>https://wire.example/c</link><description>${PARA}</description></item></channel></rss`, { url: FEED_URL });
    assert.deepEqual(cut.items.map((i) => i.draft.title), ['Complete']);
    assert.match(cut.warnings[0], /cut closing tag/);
    assert.equal(cut.truncated, false);

    for (const empty of ['<rss version="2.0"><channel><title>Quiet</title></channel></rss>', '<feed xmlns="http://www.w3.org/2005/Atom"><title>Quiet</title></feed>', '{"version":"https://jsonfeed.org/version/1.1","title":"Quiet","items":[]}']) {
      const feed = parseFeedDocument(empty, { url: FEED_URL });
      assert.deepEqual([feed.items.length, feed.skipped.length, feed.warnings.length], [0, 0, 0], empty);
    }
    assert.throws(() => parseFeedDocument('<?xml version="1.0"?><rss version="2.0"><item><title>Lost</title></item></rss>', { url: FEED_URL }), /an <rss> document without a <channel> element/);
  });

  it('decodes entities in JSON Feed titles and authors, and names JSON Feed’s own fields', () => {
    const feed = parseFeedDocument(JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Wire',
      items: [
        { id: '1', url: 'https://wire.example/j1', title: 'Kyiv &amp; Kharkiv under fire &#8211; again', authors: [{ name: 'Olena &amp; Ivan' }], content_text: PARA },
        { id: '2', content_text: '' },
      ],
    }), { url: FEED_URL });
    assert.equal(feed.items[0].draft.title, 'Kyiv & Kharkiv under fire – again');
    assert.equal(feed.items[0].draft.byline, 'Olena & Ivan');
    assert.deepEqual(feed.skipped, [{ guid: '2', reason: 'no text in the item (no "content_text" or "content_html") and no "url"' }]);
  });

  it('reads dates as outlets write them in Indonesian, Portuguese, Russian and Ukrainian, with their zones', () => {
    const cases: [string, string | undefined][] = [
      ['Senin, 25 November 2024 14:30 WIB', '2024-11-25T07:30:00.000Z'],
      ['Selasa, 15 Okt 2024 06:30 WITA', '2024-10-14T22:30:00.000Z'],
      ['Seg, 24 Set 2018 10:00:00 -0300', '2018-09-24T13:00:00.000Z'],
      ['Segunda-feira, 24 de setembro de 2018 10:00 BRT', '2018-09-24T13:00:00.000Z'],
      ['Понедельник, 25 ноября 2024 14:30 MSK', '2024-11-25T11:30:00.000Z'],
      ['25 листопада 2024 14:30 EET', '2024-11-25T12:30:00.000Z'],
      ['15 Oct 2024 06:30 EEST', '2024-10-15T03:30:00.000Z'],
      ['sometime last week', undefined],
    ];
    for (const [text, iso] of cases) assert.equal(parseDate(text), iso, text);
  });

  it('hashes title and date when an item has neither id nor link', () => {
    const text = `<rss version="2.0"><channel><title>T</title><item><title>Nameless</title><description>${PARA}</description><pubDate>Tue, 15 Oct 2024 06:30:00 GMT</pubDate></item></channel></rss>`;
    const [a] = parseFeedDocument(text, { url: FEED_URL }).items;
    const [b] = parseFeedDocument(text, { url: FEED_URL }).items;
    assert.match(a.guid, /^hash:[0-9a-f]{24}$/);
    assert.equal(a.guid, b.guid);
  });
});

describe('decoding feed and page bytes', () => {
  const latin1 = (text: string) => Buffer.from(text, 'latin1');

  it('reads windows-1252 bytes 0x80–0x9F as the characters browsers show (not as control characters)', () => {
    // “Kyiv” – 20 € … ’ : 0x93 0x94 0x96 0x80 0x85 0x92 in windows-1252.
    const bytes = Buffer.from([0x93, ...Buffer.from('Kyiv'), 0x94, 0x20, 0x96, 0x20, ...Buffer.from('20 '), 0x80, 0x85, 0x92]);
    for (const declared of ['windows-1252', 'iso-8859-1', 'us-ascii']) assert.equal(decodeDocument(bytes, declared).text, '“Kyiv” – 20 €…’', declared);
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>'), bytes, Buffer.from('</title></channel></rss>')]);
    assert.match(decodeDocument(xml).text, /<title>“Kyiv” – 20 €…’<\/title>/);
  });

  it('detects legacy encodings nothing declares, and says it guessed', () => {
    const samples: [string, string][] = [
      ['windows-1251', 'Российские войска нанесли удар по Харькову ночью, сообщили местные власти. Погибли три человека.'],
      ['koi8-r', 'Российские войска нанесли удар по Харькову ночью, сообщили местные власти. Погибли три человека.'],
      ['big5', '俄羅斯軍隊週日對烏克蘭首都基輔發動大規模無人機攻擊，造成多人死傷。'],
      ['euc-jp', 'ロシア軍は日曜日、ウクライナの首都キーウに大規模な無人機攻撃を行った。'],
      ['shift_jis', 'ロシア軍は日曜日、ウクライナの首都キーウに大規模な無人機攻撃を行った。'],
      ['euc-kr', '러시아군은 일요일 우크라이나 수도 키이우에 대규모 드론 공격을 감행했다.'],
      ['tis-620', 'กองทัพรัสเซียโจมตีกรุงเคียฟด้วยโดรนจำนวนมากเมื่อวันอาทิตย์'],
      ['windows-1255', 'כוחות רוסיים תקפו את קייב בעשרות כטב"מים בליל שבת, כך מסרו הרשויות.'],
    ];
    for (const [encoding, text] of samples) {
      const decoded = decodeDocument(iconv.encode(text, encoding));
      assert.equal(decoded.text, text, encoding);
      assert.match(decoded.warnings.join(' '), /no charset declared and not valid UTF-8: read as/, encoding);
    }
  });

  it('reads UTF-16 and UTF-32 with or without a byte-order mark, and does not take UTF-32LE’s mark for UTF-16LE’s', () => {
    const xml = '<?xml version="1.0"?><rss version="2.0"><channel><title>Київ — Kyiv</title></channel></rss>';
    const text = 'Russian drones struck Odesa overnight, the governor said. Київ.';
    for (const encoding of ['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be']) {
      const body = iconv.encode(xml, encoding, { addBOM: false });
      assert.equal(decodeDocument(body).text, xml, `${encoding} XML without BOM`);
      assert.equal(decodeDocument(iconv.encode(text, encoding, { addBOM: false })).text, text, `${encoding} text without BOM`);
      assert.equal(decodeDocument(iconv.encode(xml, encoding, { addBOM: true })).text, xml, `${encoding} with BOM`);
    }
    assert.equal(decodeDocument(iconv.encode(xml, 'utf-32le', { addBOM: true })).encoding, 'utf-32le');
  });

  it('repairs text encoded to UTF-8 twice, and leaves real Ã and â alone', () => {
    const twice = Buffer.from(iconv.decode(Buffer.from('Zelensky’s “plan” … café', 'utf8'), 'windows-1252'), 'utf8');
    const repaired = decodeDocument(twice);
    assert.equal(repaired.text, 'Zelensky’s “plan” … café');
    assert.match(repaired.warnings.join(' '), /encoded to UTF-8 twice/);
    assert.equal(decodeDocument(Buffer.from('São Tomé, Ângela and the â-accent stay as written.')).text, 'São Tomé, Ângela and the â-accent stay as written.');
  });

  it('follows the BOM, then the HTTP charset, then the declaration, else UTF-8 or windows-1252', () => {
    const xml = '<?xml version="1.0"?><rss><channel><title>Café Zürich</title></channel></rss>';
    assert.equal(decodeDocument(latin1(xml), 'iso-8859-1').text, xml);
    assert.equal(decodeDocument(latin1(xml.replace('?>', ' encoding="windows-1252"?>'))).encoding, 'windows-1252');
    assert.equal(decodeDocument(Buffer.from(xml)).encoding, 'utf-8');
    const guessed = decodeDocument(latin1(xml));
    assert.equal(guessed.text, xml);
    assert.match(guessed.warnings[0], /no charset declared and not valid UTF-8: read as windows-1252/);
    const bom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    assert.equal(decodeDocument(bom, 'iso-8859-1').text, xml, 'a BOM beats the header');
    assert.match(decodeDocument(Buffer.from(xml), 'x-klingon').warnings[0], /unknown charset "x-klingon"/);
    assert.throws(() => decodeDocument(Buffer.from([0x3c, 0x00, 0x72, 0x00])), /binary content/);
  });

  describe('over HTTP', () => {
    let server: LocalServer;
    const rssLatin1 = latin1(`<?xml version="1.0"?><rss version="2.0"><channel><title>Zeitung für Europa</title><item><title>Präsident in Kyjiw: Gespräche über Flugabwehr</title><link>https://zeitung.example/1</link><description>Der französische Präsident traf in Kyjiw ein; es ging um Flugabwehr, Munition und die Lage an der Front bei Pokrowsk. Café geschlossen.</description></item></channel></rss>`);

    before(async () => {
      server = await startServer({
        '/latin1.xml': serve(rssLatin1, { 'content-type': 'application/rss+xml; charset=ISO-8859-1' }),
        '/article': serve(newsPage(), { 'content-type': 'text/html; charset=utf-8' }),
        '/undated': serve(newsPage({ date: '', headline: 'Undated page' }), { 'content-type': 'text/html' }),
        '/pdf': serve('%PDF-1.4', { 'content-type': 'application/pdf' }),
        // Big and shallow: within the size limit and the nesting limit, slow to read.
        '/huge': serve(`<!doctype html><html><head><title>Huge</title></head><body>${'<div><p>Kyiv air defence shot down drones over the city overnight, officials said.</p></div>'.repeat(40_000)}</body></html>`, { 'content-type': 'text/html' }),
      });
    });
    after(async () => {
      server.close();
      await htmlExtractor.close();
    });

    it('reads a non-UTF-8 feed whose charset only the HTTP header declares', async () => {
      const response = await httpGet(server.url('/latin1.xml'), { allowPrivate: LOCAL });
      const decoded = decodeDocument(response.body, response.charset);
      assert.deepEqual(decoded.warnings, []);
      const feed = parseFeedDocument(decoded.text, { url: response.url, contentType: response.contentType });
      assert.equal(feed.title, 'Zeitung für Europa');
      assert.equal(feed.items[0].draft.title, 'Präsident in Kyjiw: Gespräche über Flugabwehr');
      assert.match(feed.items[0].draft.text, /Café geschlossen/);
    });

    it('reads a news page with its JSON-LD metadata', async () => {
      const draft = await fetchArticle(server.url('/article'), { allowPrivate: LOCAL });
      assert.equal(draft.title, 'Kharkiv hit by glide bombs');
      assert.equal(draft.outlet, 'Page Times');
      assert.equal(draft.byline, 'Page Author');
      assert.equal(draft.publishedAt, '2024-10-18T07:45:00.000Z');
      assert.equal(draft.lang, 'en');
      assert.equal(draft.url, server.url('/article'));
      assert.match(draft.text, /glide bombs on Kharkiv/);
      assert.doesNotMatch(draft.text, /© Page Times/);
    });

    it('refuses what is not a web page, and private hosts unless allowed', async () => {
      await assert.rejects(fetchArticle(server.url('/pdf'), { allowPrivate: LOCAL }), (e: Error) => e instanceof FetchError && /not a web page \(content type application\/pdf\)/.test(e.message));
      await assert.rejects(fetchArticle(server.url('/article')), /refused/);
    });

    it('reads a page in a worker within its budget, refusing it in one line while the main thread goes on', async () => {
      // The main thread's longest stall while the page is read (a chat acknowledgement would wait that long).
      let last = performance.now();
      let stall = 0;
      const ticker = setInterval(() => {
        stall = Math.max(stall, performance.now() - last);
        last = performance.now();
      }, 5);
      const started = performance.now();
      try {
        await assert.rejects(fetchArticle(server.url('/huge'), { allowPrivate: LOCAL, readBudgetMs: 300 }), (e: Error) => {
          assert.ok(e instanceof FetchError);
          assert.equal(e.message, `${server.url('/huge')}: reading the page took longer than 0.3 s: refused`);
          return true;
        });
      } finally {
        clearInterval(ticker);
      }
      assert.ok(performance.now() - started < 3_000, 'refused at its budget');
      assert.ok(stall < 250, `the main thread stalled ${Math.round(stall)} ms`);
      // The next page gets a fresh worker.
      assert.equal((await fetchArticle(server.url('/article'), { allowPrivate: LOCAL })).title, 'Kharkiv hit by glide bombs');
    });

    it('completes a feed item with its page, the item filling what the page lacks', async () => {
      const page = await fetchArticle(server.url('/undated'), { allowPrivate: LOCAL });
      assert.equal(page.publishedAt, undefined);
      const item = { title: 'Feed title', url: server.url('/undated'), text: 'Short teaser.', publishedAt: '2024-10-18T06:00:00.000Z', outlet: 'Feed Outlet', lang: 'en' };
      const merged = mergeDrafts(page, item);
      assert.equal(merged.title, 'Undated page');
      assert.equal(merged.outlet, 'Page Times');
      assert.equal(merged.publishedAt, '2024-10-18T06:00:00.000Z');
      assert.match(merged.text, /glide bombs/);
      const longerFeed = mergeDrafts({ ...page, text: 'Subscribe to read.' }, { ...item, text: PARA });
      assert.equal(longerFeed.text, PARA, 'a teaser page does not replace the feed’s fuller text');
    });
  });
});

describe('the feed store', () => {
  let engine: Engine;
  let cleanup: () => void;
  let store: FeedStore;

  before(() => {
    ({ engine, cleanup } = openTestEngine({ sample: false }));
    store = new FeedStore(engine.db);
  });
  after(() => cleanup());

  it('adds by canonical URL and refuses a second add', () => {
    const feed = store.add({ url: 'HTTPS://Wire.Example/feed.xml?utm_source=x#top', lang: 'en', fullText: true }, new Date('2024-10-18T00:00:00Z'));
    assert.equal(feed.url, 'https://wire.example/feed.xml');
    assert.equal(feed.fullText, true);
    assert.equal(feed.origin, 'command');
    assert.equal(feed.intervalSeconds, 900);
    assert.equal(feed.nextPollAt, undefined, 'due at once');
    assert.throws(() => store.add({ url: 'https://wire.example/feed.xml' }), (e: Error) => e instanceof FeedExistsError && /already following https:\/\/wire\.example\/feed\.xml \(feed \d+\)/.test(e.message));
    assert.throws(() => store.add({ url: 'ftp://wire.example/feed' }), /not an http or https URL/);
  });

  it('records items seen once, only while the feed exists', () => {
    const feed = store.add({ url: 'https://seen.example/rss' });
    assert.equal(store.hasSeen(feed.id, 'g1'), false);
    store.markItemSeen(feed.id, 'g1', null);
    store.markItemSeen(feed.id, 'g1', null);
    assert.equal(store.hasSeen(feed.id, 'g1'), true);
    assert.equal(store.get(feed.id)!.itemsSeen, 1);
    store.remove(feed.id);
    store.markItemSeen(feed.id, 'g2', null);
    assert.equal(store.hasSeen(feed.id, 'g2'), false);
  });

  it('counts failures, disables after N in a row, and clears on success', () => {
    const feed = store.add({ url: 'https://broken.example/rss' });
    const next = new Date('2024-10-18T01:00:00Z');
    store.recordFailure(feed.id, { error: 'HTTP 500', nextPollAt: next, disableAfter: 2 });
    assert.equal(store.get(feed.id)!.consecutiveFailures, 1);
    assert.equal(store.get(feed.id)!.disabledReason, undefined);
    const disabled = store.recordFailure(feed.id, { error: 'HTTP 502', nextPollAt: next, disableAfter: 2 })!;
    assert.equal(disabled.disabledReason, '2 failed polls in a row (last: HTTP 502)');
    assert.equal(disabled.nextPollAt, undefined);
    assert.equal(store.reviveDisabled(), 1);
    assert.deepEqual([store.get(feed.id)!.disabledReason, store.get(feed.id)!.nextPollAt, store.get(feed.id)!.consecutiveFailures], [undefined, undefined, 2]);
    assert.match(store.recordFailure(feed.id, { error: 'HTTP 502', nextPollAt: next, disableAfter: 2 })!.disabledReason!, /^3 failed polls/, 'one more failure disables it again');
    store.recordSuccess(feed.id, { etag: '"e"', title: 'Broken', nextPollAt: next });
    const healed = store.get(feed.id)!;
    assert.equal(healed.consecutiveFailures, 0);
    assert.equal(healed.disabledReason, undefined);
    assert.equal(healed.lastError, 'HTTP 502', 'the last error stays visible');
    assert.equal(healed.title, 'Broken');
  });

  it('applies the config’s feeds, keeping command feeds and admin removals', () => {
    const specs = configuredFeeds(parseFeedsSetting([{ url: 'https://cfg.example/a', lang: 'id', fullText: true, intervalMinutes: 30 }, 'https://cfg.example/b'], 'test.json'));
    assert.deepEqual(store.syncConfigured(specs), { added: 2, updated: 0, removed: 0 });
    const a = store.byUrl('https://cfg.example/a')!;
    assert.equal(a.origin, 'config');
    assert.equal(a.intervalSeconds, 1800);
    assert.equal(a.lang, 'id');
    store.remove(store.byUrl('https://cfg.example/b')!.id);
    assert.deepEqual(store.syncConfigured(specs), { added: 0, updated: 0, removed: 0 }, 'an admin removal sticks');
    assert.deepEqual(store.syncConfigured(configuredFeeds(false)), { added: 0, updated: 0, removed: 1 });
    assert.ok(store.byUrl('https://wire.example/feed.xml'), 'feeds added by command stay');
    assert.equal(configuredFeeds(undefined).length, DEFAULT_FEEDS.length);
    assert.throws(() => parseFeedsSetting([{ url: 'https://x.example', langue: 'id' }], 'c.json'), /unknown setting "langue"/);
    assert.throws(() => parseFeedsSetting('yes', 'c.json'), /"feeds" must be false or a list/);
  });
});
