import assert from 'node:assert/strict';
import { readdirSync, rmSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type MiniSearch from 'minisearch';
import type { Passage } from '../../src/articles/article.ts';
import { type PassageFacts, PassageIndex } from '../../src/search/passage-index.ts';
import { tempDir } from '../helpers.ts';

const WORDS = ['rudal', 'drone', 'kursk', 'kharkiv', 'pasukan', 'serangan', 'energi', 'listrik', 'perbatasan', 'artileri', 'tank', 'jembatan'];
const FACTS: PassageFacts = { outlet: 'Example Wire', lang: 'id', time: '2024-11-17T00:00:00Z', dated: true };

function rows(count: number): ({ passage: Passage } & PassageFacts)[] {
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: count }, (_, i) => ({
    passage: { id: i + 1, articleId: `a${i >> 2}`, ord: i % 4, text: Array.from({ length: 8 + Math.floor(next() * 12) }, () => WORDS[Math.floor(next() ** 2 * WORDS.length)]).join(' ') },
    ...FACTS,
  }));
}

describe('sharded passage index', () => {
  it('tells whether a passage’s article holds a term, article by article, across shards and after a restore', () => {
    const data = rows(400);
    const live = PassageIndex.build(data, 100);
    const dir = tempDir();
    try {
      live.save(dir, 1);
      const restored = PassageIndex.restore(dir, 1)!;
      // Articles of four passages: ids 97–100 are one article in two shards.
      const articleHolds = (term: string, articleId: string) => data.some((r) => r.passage.articleId === articleId && r.passage.text.split(' ').includes(term));
      let holding = 0;
      for (const term of ['rudal', 'kursk', 'jembatan', 'absent']) {
        for (const index of [live, restored]) {
          const holds = index.articleHolder(term, 10_000)!;
          for (const { passage } of data) {
            assert.equal(holds(passage.id, passage.ord), articleHolds(term, passage.articleId), `${term} in the article of passage ${passage.id}`);
            if (holds(passage.id, passage.ord)) holding++;
          }
        }
      }
      assert.ok(holding > 0, 'some articles hold the terms');
      assert.equal(live.articleHolder('rudal', 5), undefined, 'a term in more passages than the limit is not looked up');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps a term’s document frequency only while the index is unchanged: an added or discarded passage counts at once', async () => {
    const data = rows(300);
    const index = PassageIndex.build(data, 100);
    const count = (term: string) => data.filter((r) => r.passage.text.split(' ').includes(term)).length;
    assert.equal(index.documentFrequency('kursk'), count('kursk'));
    assert.equal(index.documentFrequency('kursk'), count('kursk'), 'asked again');
    index.add({ id: 301, articleId: 'new', ord: 0, text: 'kursk kursk drone' }, FACTS);
    assert.equal(index.documentFrequency('kursk'), count('kursk') + 1);
    const discarded = data.filter((r) => r.passage.text.split(' ').includes('kursk')).slice(0, 3).map((r) => r.passage.id);
    index.discard(discarded);
    // MiniSearch counts a discarded passage's postings until its vacuum removes them; then they are gone.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const shards = (index as unknown as { shards: Map<number, MiniSearch> }).shards;
    await Promise.all([...shards.values()].map((shard) => shard.vacuum()));
    assert.equal(index.documentFrequency('kursk'), count('kursk') + 1 - discarded.length);
  });

  it('ranks across shards as one MiniSearch index would', () => {
    const data = rows(600);
    const one = PassageIndex.build(data);
    const sharded = PassageIndex.build(data, 100);
    assert.equal(one.shardCount, 1);
    assert.equal(sharded.shardCount, 7);
    assert.equal(sharded.documentFrequency('kursk'), one.documentFrequency('kursk'));
    for (const terms of [['kursk', 'jembatan'], ['rudal'], ['tank', 'listrik', 'pasukan']]) {
      const query = { terms, weights: new Map([[terms[0], 1]]) };
      const a = one.search(query);
      const b = sharded.search(query).slice(0, 20);
      // Shards differ only in their average passage length: the best stay the best, scores stay close.
      const scoreOf = new Map(one.search(query).map((h) => [h.id, h.score]));
      assert.ok(Math.abs(b[0].score - a[0].score) / a[0].score < 0.1, `${terms}: best ${b[0].score} vs ${a[0].score}`);
      for (const hit of b.slice(0, 20)) {
        const expected = scoreOf.get(hit.id);
        if (expected !== undefined) assert.ok(Math.abs(hit.score - expected) / expected < 0.1, `${terms}: ${hit.score} vs ${expected}`);
      }
    }
  });

  it('returns the best hits as MiniSearch ranks them, filtered before the best are picked', () => {
    const data = rows(400).map((row, i) => ({ ...row, relevance: i % 3 ? 2 : 0 }));
    const index = PassageIndex.build(data);
    const shard = (index as unknown as { shards: Map<number, MiniSearch> }).shards.get(0)!;
    for (const terms of [['kursk', 'jembatan'], ['rudal'], ['tank', 'listrik', 'pasukan']]) {
      const weights = new Map([[terms[0], 0.55]]);
      const own = shard.search(terms.join(' '), { combineWith: 'OR', boostTerm: (term) => weights.get(term) ?? 1 });
      const byId = new Map(own.map((h) => [h.id as number, h]));
      const best = index.search({ terms, weights, limit: 10 });
      // Equal scores may come in either order: the scores are compared in order, and each hit with MiniSearch's own.
      assert.deepEqual(best.map((h) => h.score), own.slice(0, 10).map((h) => h.score), terms.join(' '));
      for (const hit of best) assert.deepEqual([hit.score, hit.queryTerms], [byId.get(hit.id)!.score, byId.get(hit.id)!.queryTerms]);
      const onTopic = index.search({ terms, weights, limit: 10, filter: (fields) => fields.relevance! >= 1.5 });
      assert.equal(onTopic.length, 10, 'passages left out by the filter take no place among the best');
      assert.ok(onTopic.every((h) => h.relevance === 2));
      assert.deepEqual(onTopic.map((h) => h.score), own.filter((h) => h.relevance >= 1.5).slice(0, 10).map((h) => h.score));
    }
  });

  it('saves only the shards that changed and restores them whole', () => {
    const dir = tempDir();
    try {
      const index = PassageIndex.build(rows(350), 100);
      index.save(dir, 1);
      assert.deepEqual(readdirSync(dir).sort(), ['shard-0000.bin', 'shard-0000.json', 'shard-0001.bin', 'shard-0001.json', 'shard-0002.bin', 'shard-0002.json', 'shard-0003.bin', 'shard-0003.json', 'state.json']);
      index.discard([5, 6]);
      index.add({ id: 351, articleId: 'new', ord: 0, text: 'jembatan kerch diserang drone laut' }, FACTS);
      index.save(dir, 2);
      const restored = PassageIndex.restore(dir, 2)!;
      assert.equal(restored.size, 349);
      assert.equal(restored.search({ terms: ['kerch'], weights: new Map() })[0].id, 351);
      assert.equal(PassageIndex.restore(dir, 1), undefined, 'another store revision');
      truncateSync(join(dir, 'shard-0001.json'), 100);
      assert.equal(PassageIndex.restore(dir, 2), undefined, 'a damaged shard');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('filters a restored shard’s passages by the facts in its arrays as the live index does, passages changed since included', () => {
    const dir = tempDir();
    try {
      const langs = ['id', 'en', 'uk'];
      const data = rows(300).map((row, i) => ({ ...row, lang: langs[i % 3], relevance: i % 5 ? 2 : undefined, outlet: i % 2 ? 'Kompas' : 'Reuters', time: new Date(Date.UTC(2024, 0, 1 + (i % 60))).toISOString() }));
      const live = PassageIndex.build(data, 100);
      live.save(dir, 1);
      const restored = PassageIndex.restore(dir, 1)!;
      // Changed after the restore: one passage gone, one set anew (kept apart from the arrays), one added.
      for (const index of [live, restored]) {
        index.discard([7, 8]);
        index.add({ id: 8, articleId: 'a-new', ord: 0, text: 'rudal kursk jembatan' }, { ...FACTS, lang: 'en', outlet: 'Reuters', relevance: 3 });
        index.add({ id: 301, articleId: 'a-late', ord: 0, text: 'rudal kursk' }, { ...FACTS, lang: 'en', outlet: 'Reuters' });
      }
      const since = Date.UTC(2024, 0, 20);
      const filters = [
        (f: { relevance?: number }) => f.relevance === undefined || f.relevance >= 1.5,
        (f: { lang: string }) => f.lang === 'en',
        (f: { sources: string; time: number }) => f.sources.includes('reuters') && f.time >= since,
      ];
      for (const filter of filters) {
        for (const terms of [['rudal'], ['kursk', 'jembatan']]) {
          const query = { terms, weights: new Map<string, number>(), limit: 50, filter };
          const ids = (index: PassageIndex) => index.search(query).map((h) => [h.id, h.lang, h.sources, h.time, h.relevance]);
          assert.deepEqual(ids(restored), ids(live), terms.join(' '));
          assert.ok(ids(live).length > 0);
        }
      }
      for (const [id, ord] of [[8, 0], [301, 0], [1, 0], [6, 1], [150, 1]]) assert.equal(restored.articleHolder('kursk', 1000)!(id, ord), live.articleHolder('kursk', 1000)!(id, ord), `passage ${id}`);
      assert.ok(restored.articleHolder('kursk', 1000)!(8, 0));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
