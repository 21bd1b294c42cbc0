import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type MiniSearch from 'minisearch';
import type { Passage } from '../../src/articles/article.ts';
import { type PassageFacts, PassageIndex } from '../../src/search/passage-index.ts';
import { tempDir } from '../helpers.ts';

const WORDS = ['rudal', 'drone', 'kursk', 'kharkiv', 'pasukan', 'serangan', 'energi', 'listrik', 'missile', 'artillery', 'tank', 'jembatan', 'kn-23'];

function rows(count: number): ({ passage: Passage } & PassageFacts)[] {
  let seed = 11;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: count }, (_, i) => ({
    passage: { id: i + 1, articleId: `a${i >> 2}`, ord: i % 4, text: Array.from({ length: 6 + Math.floor(next() * 14) }, () => WORDS[Math.floor(next() ** 2 * WORDS.length)]).join(' ') },
    outlet: i % 3 ? 'KONTAN' : 'Reuters',
    via: i % 5 ? undefined : 'The Guardian',
    lang: i % 2 ? 'id' : 'en',
    time: `2024-11-${String(1 + (i % 28)).padStart(2, '0')}`,
    dated: i % 9 !== 0,
    title: i % 4 ? `judul ${WORDS[i % WORDS.length]}` : undefined,
    relevance: i % 7 ? (i % 5) * 0.75 : undefined,
    // Every third article is a copy in the story of the one before it.
    clusterId: (i >> 2) % 3 === 2 ? `a${(i >> 2) - 1}` : `a${i >> 2}`,
  }));
}

/** A shard's full state as MiniSearch serializes it, with its terms in one order. */
function stateOf(shard: MiniSearch): unknown {
  const js = shard.toJSON();
  return { ...js, index: [...js.index].sort((a, b) => (a[0] < b[0] ? -1 : 1)) };
}

const shardsOf = (index: PassageIndex) => (index as unknown as { shards: Map<number, MiniSearch> }).shards;
const QUERIES = [['rudal', 'missil'], ['kursk', 'jembatan', 'reuter'], ['kn-23', 'guardian'], ['listrik']];
const answers = (index: PassageIndex) => QUERIES.map((terms) => index.search({ terms, weights: new Map([[terms[0], 0.55]]) }).map((h) => [h.id, h.score, h.queryTerms, h.articleId, h.lang, h.sources, h.time, h.dated, h.relevance, h.story]));

describe('compact shard files', () => {
  it('restore every shard exactly as MiniSearch held it', () => {
    const dir = tempDir();
    try {
      const index = PassageIndex.build(rows(450), 100);
      index.discard([7, 8, 120]);
      index.save(dir, 3);
      const restored = PassageIndex.restore(dir, 3);
      assert.ok(restored);
      assert.equal(restored.size, 447);
      for (const [key, shard] of shardsOf(index)) assert.deepEqual(stateOf(shardsOf(restored).get(key)!), stateOf(shard), `shard ${key}`);
      assert.deepEqual(answers(restored), answers(index));
      for (const term of ['rudal', 'kursk', 'reuter']) for (const id of [1, 2, 150, 301]) assert.equal(restored.holderOf(term)(id, 0), index.holderOf(term)(id, 0));
      // And it keeps working: changed, saved and restored again.
      restored.add({ id: 9001, articleId: 'new', ord: 0, text: 'jembatan kerch diserang drone laut' }, { outlet: 'KONTAN', lang: 'id', time: '2024-11-30', dated: true });
      restored.save(dir, 4);
      assert.equal(PassageIndex.restore(dir, 4)?.search({ terms: ['kerch'], weights: new Map() })[0]?.id, 9001);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('searches a restored shard’s postings where they lie: answers, removals and additions as if all were read', () => {
    const dir = tempDir();
    try {
      const index = PassageIndex.build(rows(450), 100);
      index.save(dir, 3);
      const unread = (i: PassageIndex) => (i as unknown as { unread(): unknown[] }).unread().length;
      const restored = PassageIndex.restore(dir, 3)!;
      const total = unread(restored);
      assert.ok(total > 0, 'postings are left to their first use');
      // Searched before anything else read its postings.
      assert.deepEqual(answers(restored), answers(index));
      for (const term of ['rudal', 'kursk', 'reuter']) for (const id of [1, 2, 150, 301]) assert.equal(restored.holderOf(term)(id, 0), index.holderOf(term)(id, 0));
      for (const term of ['rudal', 'kursk']) for (const [id, ord] of [[1, 0], [7, 2], [150, 1], [301, 0]]) assert.equal(restored.articleHolder(term, 1000)!(id, ord), index.articleHolder(term, 1000)!(id, ord));
      assert.deepEqual(restored.suggest('listri'), index.suggest('listri'));
      assert.equal(restored.documentFrequency('listrik'), index.documentFrequency('listrik'));
      assert.equal(unread(restored), total, 'searching reads no postings into Maps: they are read where they lie');
      // Removing and adding on unread postings, then every shard compared whole.
      for (const i of [restored, index]) {
        i.discard([5, 6, 250]);
        i.add({ id: 9002, articleId: 'new', ord: 0, text: 'rudal jembatan listrik' }, { outlet: 'KONTAN', lang: 'id', time: '2024-11-30', dated: true });
      }
      assert.deepEqual(answers(restored), answers(index));
      restored.readAll();
      assert.equal(unread(restored), 0);
      for (const [key, shard] of shardsOf(index)) assert.deepEqual(stateOf(shardsOf(restored).get(key)!), stateOf(shard), `shard ${key}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a full shard back from its files once saved, and answers as before', () => {
    const dir = tempDir();
    try {
      const index = PassageIndex.build(rows(450), 100);
      const before = answers(index);
      const unread = (i: PassageIndex) => (i as unknown as { unread(): unknown[] }).unread().length;
      assert.equal(unread(index), 0);
      index.save(dir, 1);
      assert.ok(unread(index) > 0, 'the full shards hold their postings in arrays');
      assert.deepEqual(answers(index), before);
      // Still changed as any shard: a discard in a sealed shard, an addition to the newest.
      index.discard([3, 120]);
      index.add({ id: 451, articleId: 'late', ord: 0, text: 'rudal jembatan listrik' }, { outlet: 'KONTAN', lang: 'id', time: '2024-11-30', dated: true });
      const changed = answers(index);
      index.save(dir, 2);
      assert.deepEqual(answers(index), changed);
      assert.deepEqual(answers(PassageIndex.restore(dir, 2)!), changed);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('vacuums a restored shard as MiniSearch vacuums its own', async () => {
    const dir = tempDir();
    try {
      PassageIndex.build(rows(450), 100).save(dir, 1);
      const restored = PassageIndex.restore(dir, 1)!;
      // Built and never saved: its shards hold MiniSearch's own Maps.
      const index = PassageIndex.build(rows(450), 100);
      const gone = Array.from({ length: 60 }, (_, i) => 100 + i * 1.5).map(Math.floor);
      for (const i of [index, restored]) {
        i.discard(gone);
        await shardsOf(i).get(1)!.vacuum();
      }
      assert.deepEqual(answers(restored), answers(index));
      assert.deepEqual(stateOf(shardsOf(restored).get(1)!), stateOf(shardsOf(index).get(1)!));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is not restored from an earlier format, or from MiniSearch JSON in place of a compact shard', () => {
    const dir = tempDir();
    try {
      const index = PassageIndex.build(rows(150), 100);
      index.save(dir, 1);
      const statePath = join(dir, 'state.json');
      const state = JSON.parse(readFileSync(statePath, 'utf8')) as { format: number };
      writeFileSync(statePath, JSON.stringify({ ...state, format: 1 }));
      assert.equal(PassageIndex.restore(dir, 1), undefined, 'an earlier format');
      writeFileSync(statePath, JSON.stringify(state));
      assert.ok(PassageIndex.restore(dir, 1));
      for (const [key, shard] of shardsOf(index)) writeFileSync(join(dir, `shard-${String(key).padStart(4, '0')}.json`), JSON.stringify(shard));
      assert.equal(PassageIndex.restore(dir, 1), undefined, 'MiniSearch JSON');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('returns undefined when a shard’s arrays are damaged, cut short or missing', () => {
    const dir = tempDir();
    try {
      const save = () => {
        rmSync(dir, { recursive: true, force: true });
        PassageIndex.build(rows(150), 100).save(dir, 1);
        assert.ok(PassageIndex.restore(dir, 1));
      };
      save();
      const bin = join(dir, 'shard-0001.bin');
      const bytes = readFileSync(bin);
      bytes[bytes.length >> 1] ^= 0x40;
      writeFileSync(bin, bytes);
      assert.equal(PassageIndex.restore(dir, 1), undefined, 'a flipped bit');
      save();
      writeFileSync(bin, readFileSync(bin).subarray(0, 64));
      assert.equal(PassageIndex.restore(dir, 1), undefined, 'cut short');
      save();
      rmSync(bin);
      assert.equal(PassageIndex.restore(dir, 1), undefined, 'missing');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
