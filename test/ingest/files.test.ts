import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as sourceCommand from '../../commands/source.ts';
import { citationOf } from '../../src/chat/citation.ts';
import { renderText } from '../../src/chat/render-text.ts';
import type { Reply } from '../../src/chat/reply.ts';
import { loadConfig } from '../../src/config.ts';
import { Engine } from '../../src/engine.ts';
import { SEED_FILE, openTestEngine, tempDir, writeFiles } from '../helpers.ts';

const ENGLISH = `Source: Reuters | Editor: Jane Doe
KYIV (Reuters) - Ukraine said on Tuesday that North Korean troops had taken part in fighting in Russia's Kursk region for the first time.
Read more: Ukraine war latest
Officials in Kyiv said several of the soldiers were killed in the battle.`;

describe('ingesting files', () => {
  let engine: Engine;
  let cleanup: () => void;
  let dir: string;

  before(() => {
    ({ engine, cleanup } = openTestEngine({ sample: false }));
    dir = tempDir('sitrep-files-');
  });
  after(() => cleanup());

  it('reads every supported format and reports a summary', () => {
    writeFiles(dir, {
      'seed.txt': readFileSync(SEED_FILE),
      'reuters.txt': ENGLISH,
      'note.md': `---\ntitle: Drone strike on Odesa port\noutlet: Example Wire\ndate: 2024-11-02\nlang: en\nurl: https://example.org/odesa?utm_source=feed\n---\n# Ignored heading\n\nA **drone strike** hit the port of [Odesa](https://example.org) overnight, regional officials said. Grain warehouses were damaged.\n`,
      'page.html': `<html lang="en"><head><meta property="og:site_name" content="Example Post"><meta property="article:published_time" content="2024-11-03T10:00:00Z"><title>Shelling in Kharkiv | Example Post</title></head><body><article><h1>Shelling in Kharkiv</h1><p>Russian shelling struck a residential district of Kharkiv on Sunday, the regional governor said. Two people were wounded in the attack.</p><p>Emergency services worked through the night.</p></article></body></html>`,
      'batch.jsonl': [
        JSON.stringify({ title: 'Sanctions widened', outlet: 'Example Daily', publishedAt: '2024-10-30', text: 'The European Union widened sanctions on Russian shipping on Wednesday, diplomats said.' }),
        '{not json',
        JSON.stringify({ title: 'No text here' }),
      ].join('\n'),
      'list.json': JSON.stringify([{ id: 'ex-1', title: 'Grain corridor', source: 'Example Wire', date: 'Kamis, 31 Oktober 2024 / 10:15 WIB', lang: 'id', body: 'Ukraina kembali mengirim gandum melalui koridor Laut Hitam meskipun ada serangan drone Rusia.' }]),
    });
    const summary = engine.ingest([dir]);
    assert.equal(summary.added, 6, JSON.stringify(summary.events.map((e) => [e.input, e.status, e.reason])));
    assert.equal(summary.failed, 2);
    const failures = summary.events.filter((e) => e.status === 'failed').map((e) => `${e.input}: ${e.reason}`);
    assert.ok(failures.some((f) => f.includes('batch.jsonl line 2') && f.includes('invalid JSON')));
    assert.ok(failures.some((f) => f.includes('batch.jsonl line 3') && f.includes('no text')));
  });

  it('understands English wire conventions', () => {
    const article = engine.sources({ query: 'North Korean troops Kursk' }).stories[0].article;
    assert.equal(article.via, 'Reuters');
    assert.equal(article.editor, 'Jane Doe');
    assert.equal(article.dateline, 'Kyiv');
    assert.equal(article.lang, 'en');
    assert.ok(!article.text.includes('Read more'));
  });

  it('takes front matter, page metadata and JSON fields', () => {
    const md = engine.sources({ query: 'drone strike Odesa port' }).stories[0].article;
    assert.equal(md.title, 'Drone strike on Odesa port');
    assert.equal(md.titleDerived, false);
    assert.equal(md.outlet, 'Example Wire');
    assert.equal(md.publishedAt, '2024-11-02');
    assert.equal(md.url, 'https://example.org/odesa', 'tracking parameters removed');
    assert.ok(md.text.startsWith('A drone strike hit the port of Odesa overnight'));
    const page = engine.sources({ query: 'shelling Kharkiv' }).stories[0].article;
    assert.equal(page.outlet, 'Example Post');
    assert.equal(page.title, 'Shelling in Kharkiv');
    assert.equal(page.publishedAt, '2024-11-03T10:00:00.000Z');
    const json = engine.article('ex-1').article!;
    assert.equal(json.publishedAt, '2024-10-31T03:15:00.000Z');
    assert.equal(json.outlet, 'Example Wire');
  });

  it('is idempotent: the same files again change nothing', () => {
    const before = engine.store.stats();
    const revision = engine.store.revision();
    const summary = engine.ingest([dir]);
    assert.equal(summary.added, 0);
    assert.equal(summary.updated, 0);
    assert.equal(summary.unchanged, 6);
    assert.deepEqual(engine.store.stats().passages, before.passages);
    assert.equal(engine.store.revision(), revision);
  });

  it('updates a changed article under the same id and re-indexes it', () => {
    const file = join(dir, 'reuters.txt');
    const id = engine.sources({ query: 'North Korean troops Kursk' }).stories[0].article.id;
    writeFileSync(file, `${ENGLISH}\nThe defence ministry later confirmed the casualty figures from the Kursk fighting.`);
    const summary = engine.ingest([file]);
    assert.equal(summary.updated, 1);
    assert.equal(summary.events[0].article!.id, id);
    const hit = engine.ask({ question: 'defence ministry confirmed casualty figures' }).snippets[0];
    assert.equal(hit.article.id, id);
    assert.equal(engine.store.articles([id]).size, 1);
  });

  it('keeps the date unknown when the source does not give one, with the ingest time apart', () => {
    const article = engine.sources({ query: 'North Korean troops Kursk' }).stories[0].article;
    assert.equal(article.publishedAt, undefined);
    assert.ok(Date.parse(article.ingestedAt) > Date.now() - 60_000);
  });
});

const latin1Text = Buffer.from('Pasukan Rusia menyerang kota itu pada hari Senin, kata pejabat setempat. Caf\xe9 hancur.', 'latin1');

describe('bad input', () => {
  let engine: Engine;
  let cleanup: () => void;
  let dir: string;

  before(() => {
    ({ engine, cleanup } = openTestEngine({ sample: false }));
    dir = tempDir('sitrep-bad-');
  });
  after(() => cleanup());

  it('reads a file in a legacy encoding nothing declares, with a warning that says how it was read', () => {
    const dir = tempDir('sitrep-latin1-');
    writeFiles(dir, { 'latin1.txt': latin1Text });
    const summary = engine.ingest([dir]);
    assert.equal(summary.added, 1, JSON.stringify(summary.events));
    assert.match(summary.events[0].article!.text, /Café hancur/);
    assert.match(summary.events[0].warnings!.join(' '), /read as windows-1252/);
  });

  it('gives one clear line per bad file and goes on with the rest', () => {
    writeFiles(dir, {
      'empty.txt': '',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]),
      'broken.json': '{"title": "x", ',
      'slides.pdf': '%PDF-1.4',
      'tiny.txt': 'Too short.',
      'bad-front.md': '---\n- a\n- b\n---\nSome text that is long enough to count as an article body here.',
      'good.txt': 'Ukrainian forces shot down 20 of 25 drones launched overnight, the air force said on Monday morning.',
    });
    const events: string[] = [];
    const summary = engine.ingest([dir, join(dir, 'missing.txt')], (e) => e.status === 'failed' && events.push(`${e.input}: ${e.reason}`));
    assert.equal(summary.added, 1);
    assert.equal(summary.failed, 7);
    const reason = (name: string) => events.find((e) => e.includes(name)) ?? '';
    assert.match(reason('empty.txt'), /empty file/);
    assert.match(reason('binary.txt'), /binary/);
    assert.match(reason('broken.json'), /invalid JSON/);
    assert.match(reason('slides.pdf'), /unsupported file type "\.pdf"/);
    assert.match(reason('tiny.txt'), /too little text/);
    assert.match(reason('bad-front.md'), /front matter/);
    assert.match(reason('missing.txt'), /no such file/);
    for (const line of events) assert.ok(!line.includes('\n'), 'one line each');
    assert.equal(engine.store.stats().articles, 2, 'nothing half-written (the legacy-encoded file of the test before, and good.txt)');
  });

  it('takes hostile text in linear time and refuses HTML nested deeper than any article page', () => {
    const { engine: own, cleanup: done } = openTestEngine({ sample: false });
    try {
      const sentence = 'Russian forces attacked Kharkiv overnight with drones and missiles, officials said. ';
      const [nested, paragraph, word, fine] = writeFiles(dir, {
        'nested.html': `<html><head><title>Deep</title></head><body>${'<div>'.repeat(2000)}<p>${sentence.repeat(3)}</p>${'</div>'.repeat(2000)}</body></html>`,
        // One paragraph of 1 MB (segmenting it whole took time quadratic in its length) and one "word" of 1 MB.
        'paragraph.txt': sentence.repeat(12_000),
        'word.txt': `${sentence}${'x'.repeat(1_000_000)}`,
        'fine.txt': 'Ukrainian forces shot down 20 of 25 drones launched overnight, the air force said on Monday morning.',
      });
      const summary = own.ingest([nested, paragraph, word, fine]);
      assert.equal(summary.added, 3);
      assert.match(summary.events[0].reason ?? '', /^HTML nested 2000 elements deep \(more than 200\): not an article page$/);
      assert.ok(own.ask({ question: 'drones shot down overnight' }).snippets.length > 0, 'the rest of the batch is answered');
      assert.ok(own.index.size > 12_000 / 4, 'the long paragraph is cut into passages');
    } finally {
      done();
    }
  });

  it('refuses a text file of encoded data (base64, hex), which would fill the index with nonsense', () => {
    const { engine: own, cleanup: done } = openTestEngine({ sample: false });
    try {
      // Random bytes in base64, as a mail attachment or a key dump is saved: text, but no words.
      let seed = 7;
      const bytes = Buffer.from(Array.from({ length: 60_000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff));
      const base64 = bytes.toString('base64').replace(/.{76}/g, '$&\n');
      const [encoded, fine] = writeFiles(dir, {
        'attachment.txt': base64,
        'report.txt': 'Ukrainian forces shot down 20 of 25 drones launched overnight, the air force said on Monday morning. The MiG-31 and Su-34 jets were not used.',
      });
      const summary = own.ingest([encoded, fine]);
      assert.equal(summary.added, 1);
      assert.match(summary.events.find((e) => e.status === 'failed')?.reason ?? '', /^encoded data \(base64, hex or keys\), not the text of an article$/);
      assert.equal(own.store.stats().articles, 1, 'nothing of it stored');
    } finally {
      done();
    }
  });

  it('refuses files over the size limit', () => {
    const { engine: small, cleanup: done } = openTestEngine({ sample: false });
    try {
      (small.config as { maxFileBytes: number }).maxFileBytes = 1000;
      const [big] = writeFiles(dir, { 'big.txt': 'Pasukan menyerang kota. '.repeat(100) });
      const summary = small.ingest([big]);
      assert.equal(summary.failed, 1);
      assert.match(summary.events[0].reason!, /too large \(2\.3 KB, limit 1000 B\)/);
    } finally {
      done();
    }
  });
});

describe('articles as wires and outlets publish them', () => {
  let engine: Engine;
  let cleanup: () => void;
  const articleOf = (input: string) => {
    const summary = engine.ingest([input]);
    assert.equal(summary.failed, 0, JSON.stringify(summary.events));
    return summary.events[0].article!;
  };
  before(() => {
    ({ engine, cleanup } = openTestEngine({ sample: false }));
  });
  after(() => cleanup());

  it('takes a wire .txt headline as the title, the dateline and credit where the body starts, the outlet from the credit', () => {
    const dir = tempDir('sitrep-wire-');
    const [path] = writeFiles(dir, {
      'wire.txt': [
        'Russian strikes knock out power in Kharkiv region',
        '',
        "KHARKIV, Ukraine (Reuters) - Russian missiles and drones struck energy facilities in Ukraine's Kharkiv region overnight, leaving tens of thousands of homes without power, the regional governor said on Monday.",
        '',
        'Advertisement',
        '',
        'Air defence units shot down most of the drones, the air force said. Repair crews were working to restore supplies.',
        '',
        '(Reporting by Olena Harmash; Editing by Alex Richardson)',
      ].join('\n'),
    });
    const article = articleOf(path);
    assert.equal(article.title, 'Russian strikes knock out power in Kharkiv region');
    assert.equal(article.titleDerived, false);
    assert.equal(article.outlet, 'Reuters');
    assert.equal(article.dateline, 'Kharkiv');
    assert.match(article.text, /^Russian missiles and drones struck/);
    assert.doesNotMatch(article.text, /Advertisement|Reporting by|Kharkiv region\n\n/);
    assert.doesNotMatch(article.text, /knock out power/, 'the headline is not quoted as a passage');
  });

  it('keeps detik’s opener, cross-links in any case, captions and editor codes out of the story', () => {
    const dir = tempDir('sitrep-detik-');
    const [path] = writeFiles(dir, {
      'detik.md': [
        '---',
        'title: Ledakan Rusak Jembatan Krimea',
        'outlet: detikNews',
        'lang: id',
        '---',
        'Jakarta - Ledakan besar merusak Jembatan Krimea yang menghubungkan semenanjung itu dengan daratan Rusia pada Sabtu pagi. Sedikitnya tiga orang tewas.',
        '',
        'BACA JUGA: Ini Daftar Serangan Terbesar Rusia ke Kyiv',
        '',
        'baca juga Zelensky Minta Tambahan Sistem Pertahanan Udara',
        '',
        'Foto: Jembatan Krimea terbakar (Reuters)',
        '',
        'Jembatan sepanjang 19 kilometer itu diresmikan Putin pada 2018. (rdp/rdp)',
      ].join('\n'),
    });
    const article = articleOf(path);
    assert.equal(article.dateline, 'Jakarta');
    assert.equal(article.text, 'Ledakan besar merusak Jembatan Krimea yang menghubungkan semenanjung itu dengan daratan Rusia pada Sabtu pagi. Sedikitnya tiga orang tewas.\n\nJembatan sepanjang 19 kilometer itu diresmikan Putin pada 2018.');
  });

  it('reads a byline-led page: the byline is the byline, not a quote', () => {
    const dir = tempDir('sitrep-byline-');
    const [path] = writeFiles(dir, {
      'aljazeera.html': `<!doctype html><html lang="en"><head><title>Russia-Ukraine war: List of key events, day 1,000</title><meta property="og:site_name" content="Al Jazeera"></head><body><article><h1>Russia-Ukraine war: List of key events, day 1,000</h1><p>By Al Jazeera Staff</p><p>Russian forces launched 120 missiles and 90 drones at Ukraine's energy grid overnight, Ukraine's air force said on Sunday.</p><p>Ukraine's Energy Minister said power was cut in several regions as a precaution.</p></article></body></html>`,
    });
    const article = articleOf(path);
    assert.equal(article.outlet, 'Al Jazeera');
    assert.equal(article.byline, 'Al Jazeera Staff');
    assert.doesNotMatch(article.text, /By Al Jazeera Staff/);
    assert.match(article.text, /^Russian forces launched 120 missiles/);
  });

  it('takes an outlet-less article’s outlet from its source URL’s site', () => {
    const dir = tempDir('sitrep-site-');
    const [path] = writeFiles(dir, { 'site.json': JSON.stringify({ url: 'https://www.kyivindependent.com/news/1', title: 'Strikes on Odesa', text: 'Russian drones struck the port of Odesa overnight, damaging grain silos, the regional governor said.' }) });
    assert.equal(articleOf(path).outlet, 'kyivindependent.com');
  });
});

describe('an outlet nothing names', () => {
  it('is no value in the store and in JSON, and "Unknown outlet" only where it is shown; old stores are migrated', async () => {
    const { engine, dataDir, cleanup } = openTestEngine({ sample: false });
    try {
      const dir = tempDir('sitrep-no-outlet-');
      const [path] = writeFiles(dir, { 'anon.txt': 'Russian shelling damaged a hospital in Kherson on Tuesday, regional officials said, and two nurses were wounded.' });
      const article = engine.ingest([path]).events[0].article!;
      assert.equal(article.outlet, undefined);
      assert.equal(engine.db.prepare<[string], { outlet: string }>('SELECT outlet FROM articles WHERE id = ?').get(article.id)!.outlet, '');
      assert.equal(JSON.parse(JSON.stringify(citationOf(article))).outlet, null);
      const reply = (await sourceCommand.execute({ engine, caller: { platform: 'cli', userId: 'u', isAdmin: false }, now: new Date() }, { id: article.id })) as Reply;
      assert.match(renderText(reply), /Unknown outlet/);
      // A store written before: the literal words become no value.
      engine.db.prepare("UPDATE articles SET outlet = 'Unknown outlet'").run();
      // As version 7 left it: later migrations run again.
      engine.db.exec('ALTER TABLE subscriptions DROP COLUMN ui_lang; DROP TABLE feedback; DROP TABLE hidden_passages; DROP TABLE chat_threads;');
      engine.db.pragma('user_version = 7');
      engine.close();
      const reopened = Engine.open({ ...loadConfig({ dataDir }, {}), sample: false });
      assert.equal(reopened.store.article(article.id)!.outlet, undefined);
      reopened.close();
    } finally {
      cleanup();
    }
  });
});

describe('numbered lists', () => {
  it('keep their items’ numbers in Markdown and HTML, as a reader sees them; bullets go', async () => {
    const { markdownToText } = await import('../../src/articles/parse-markdown.ts');
    const { htmlToText } = await import('../../src/articles/parse-html.ts');
    assert.equal(markdownToText('Berikut poin-poinnya:\n\n9. Memfasilitasi Ekspor Gabah\n10. Menghentikan Sanksi Sepihak\n- a bullet').text, 'Berikut poin-poinnya:\n\n9. Memfasilitasi Ekspor Gabah\n10. Menghentikan Sanksi Sepihak\na bullet');
    assert.equal(htmlToText('<p>The points:</p><ol start="9"><li>Facilitating grain exports</li><li>Stopping unilateral sanctions</li></ol><ul><li>a bullet</li></ul>'), 'The points:\n\n9. Facilitating grain exports\n\n10. Stopping unilateral sanctions\n\na bullet');
  });
});
