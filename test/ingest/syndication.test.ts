import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Engine } from '../../src/engine.ts';
import { encodeSignature, encodedSimilarity, minhashSignature, orderCluster, similarity } from '../../src/ingest/syndication.ts';
import { openTestEngine, tempDir, writeFiles } from '../helpers.ts';

const WIRE = [
  'Russia launched a massive missile and drone attack on Ukraine\'s energy infrastructure overnight, damaging power plants in several regions, Ukrainian officials said on Sunday.',
  'The air force said air defence units shot down most of the 120 missiles and 90 drones, including Kinzhal hypersonic missiles fired from MiG-31 jets.',
  'Energy minister Herman Halushchenko said emergency power cuts were introduced in Kyiv, Kharkiv and Odesa as engineers worked to restore supply.',
  'It was the largest attack on the power grid in months, coming as Ukraine braces for a hard winter.',
];

const article = (outlet: string, extra: Record<string, unknown>, paragraphs = WIRE) => JSON.stringify({ outlet, lang: 'en', text: paragraphs.join('\n\n'), ...extra });

describe('syndication', () => {
  let engine: Engine;
  let dataDir: string;
  let cleanup: () => void;

  before(() => {
    ({ engine, dataDir, cleanup } = openTestEngine({ sample: false }));
    const dir = tempDir('sitrep-synd-');
    writeFiles(dir, {
      'a-original.json': article('Example Wire', { title: 'Massive strike on Ukraine power grid', url: 'https://wire.example/grid', publishedAt: '2024-11-17T06:00:00Z' }),
      // A republication with a new headline, its own intro line and a trimmed ending.
      'b-copy.json': article('Daily Example', { title: 'Russia pounds Ukraine grid', url: 'https://daily.example/world/grid', via: 'Example Wire', publishedAt: '2024-11-17T09:30:00Z' }, [
        'KYIV (Example Wire) - ' + WIRE[0],
        WIRE[1],
        WIRE[2].replace('worked to restore supply', 'worked to restore power supply'),
      ]),
      // The same article from the same outlet under a second URL: one article, not two.
      'c-same-outlet.json': article('Example Wire', { title: 'Massive strike on Ukraine power grid (updated link)', url: 'https://wire.example/grid-2', publishedAt: '2024-11-17T06:00:00Z' }),
      'd-other.json': JSON.stringify({ outlet: 'Example Wire', lang: 'en', title: 'Grain ships leave Odesa', publishedAt: '2024-11-16', text: 'Three ships loaded with Ukrainian grain left the port of Odesa through the Black Sea corridor despite Russian drone attacks on port infrastructure, the navy said.' }),
      'e-offtopic.json': JSON.stringify({ outlet: 'Example Wire', lang: 'en', title: 'Football final', publishedAt: '2024-11-16', text: 'The home side won the cup final two goals to one after extra time, with their captain scoring a late header in front of a sold-out stadium.' }),
    });
    engine.ingest([dir]);
  });
  after(() => {
    engine.close();
    cleanup();
  });

  it('estimates the similarity of near-duplicates high and of different stories low', () => {
    const a = minhashSignature(WIRE.join(' '))!;
    const b = minhashSignature(['KYIV (Example Wire) - ' + WIRE[0], WIRE[1], WIRE[2]].join(' '))!;
    const c = minhashSignature('Three ships loaded with Ukrainian grain left the port of Odesa through the Black Sea corridor despite Russian drone attacks, the navy said on Monday.')!;
    assert.ok(similarity(a, b) > 0.6, String(similarity(a, b)));
    assert.ok(similarity(a, c) < 0.2, String(similarity(a, c)));
    // The store compares signatures as it keeps them (hex): the same estimate, to the bit.
    for (const [x, y] of [[a, b], [a, c], [b, c], [a, a]]) assert.equal(encodedSimilarity(encodeSignature(x), encodeSignature(y)), similarity(x, y));
  });

  it('keeps the same text from the same outlet as one article', () => {
    const grid = engine.store.stats().outlets.find((o) => o.outlet === 'Example Wire');
    assert.equal(grid?.articles, 3, 'original (updated in place), grain story, football');
  });

  it('groups near-duplicates from different outlets into one story, original first', () => {
    const result = engine.sources({ query: 'attack on the power grid' });
    assert.equal(result.stories.length, 1);
    assert.equal(result.stories[0].article.outlet, 'Example Wire');
    assert.deepEqual(result.stories[0].alsoIn.map((a) => a.outlet), ['Daily Example']);
    assert.deepEqual(result.outlets.map((o) => o.outlet).sort(), ['Daily Example', 'Example Wire']);
  });

  it('quotes a story once in answers, naming the other outlets', () => {
    const { snippets } = engine.ask({ question: 'Kinzhal missiles shot down' });
    assert.equal(snippets.length, 1);
    assert.equal(snippets[0].article.outlet, 'Example Wire');
    assert.deepEqual(snippets[0].alsoIn.map((a) => a.outlet), ['Daily Example']);
  });

  it('briefs a story once, ranked by how many outlets carried it', () => {
    const brief = engine.brief({ hours: 72, now: new Date('2024-11-17T12:00:00Z') });
    assert.equal(brief.stories[0].article.outlet, 'Example Wire');
    assert.equal(brief.stories[0].outlets, 2);
    assert.match(brief.stories[0].lead.text, /^Russia launched a massive missile and drone attack/);
    assert.equal(brief.stories.length, 2, 'grid story and grain story; the football final is not about the war');
  });

  it('keeps articles that are not about the war out unless asked for', () => {
    assert.equal(engine.ask({ question: 'cup final extra time header' }).snippets.length, 0);
    assert.equal(engine.ask({ question: 'cup final extra time header', all: true }).snippets[0]?.article.title, 'Football final');
    assert.equal(engine.brief({ hours: 72, now: new Date('2024-11-17T12:00:00Z'), all: true }).stories.length, 3);
  });

  it('finds the original of a story from its members, through a covering index', () => {
    const [copy] = engine.sources({ query: 'attack on the power grid' }).stories[0].alsoIn;
    const originals = engine.store.clusterOriginals([copy.clusterId!]);
    assert.equal(engine.store.article(originals.get(copy.clusterId!)!)?.outlet, 'Example Wire');
    const plan = engine.db.prepare('EXPLAIN QUERY PLAN SELECT id, cluster_id, outlet, via, published_at, ingested_at FROM articles WHERE cluster_id IN (?)').all('x') as { detail: string }[];
    assert.match(plan.map((p) => p.detail).join('\n'), /COVERING INDEX articles_cluster_members/);
  });

  it('keeps each copy in its story after a restart, from the saved index', () => {
    engine.close();
    const reopened = openTestEngine({ sample: false, dataDir });
    engine = reopened.engine;
    assert.equal(engine.indexOrigin, 'restored');
    const { snippets } = engine.ask({ question: 'Kinzhal missiles shot down' });
    assert.equal(snippets.length, 1);
    assert.deepEqual([snippets[0].article.outlet, ...snippets[0].alsoIn.map((a) => a.outlet)], ['Example Wire', 'Daily Example']);
  });

  it('orders a cluster: the credited outlet, then the earliest dated, undated last', () => {
    const members = [
      { outlet: 'C', ingestedAt: '2024-01-01T00:00:00Z' },
      { outlet: 'B', publishedAt: '2024-01-02T00:00:00Z', ingestedAt: '2024-01-02T00:00:00Z' },
      { outlet: 'A', via: 'Wire', publishedAt: '2024-01-01T00:00:00Z', ingestedAt: '2024-01-01T00:00:00Z' },
      { outlet: 'Wire', publishedAt: '2024-01-03T00:00:00Z', ingestedAt: '2024-01-03T00:00:00Z' },
    ];
    assert.deepEqual(orderCluster(members).map((m) => m.outlet), ['Wire', 'A', 'B', 'C']);
  });
});
