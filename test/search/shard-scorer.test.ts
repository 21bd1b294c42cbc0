import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import MiniSearch, { type SearchResult } from 'minisearch';
import { FIELD_BOOST, MINISEARCH_OPTIONS } from '../../src/search/passage-index.ts';
import { type ScoredMatch, scoreShard } from '../../src/search/shard-scorer.ts';

/** A seeded generator, so a failure can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

const VOCABULARY = Array.from({ length: 300 }, (_, i) => `w${i}`);

/** Passages as MiniSearch indexes them (fields already analyzed), words drawn Zipf-like so some are common and most rare. */
function passages(count: number, next: () => number) {
  const word = () => VOCABULARY[Math.floor(VOCABULARY.length * next() ** 3)];
  const words = (max: number) => Array.from({ length: Math.floor(next() * max) }, word).join(' ');
  return Array.from({ length: count }, (_, id) => ({
    id,
    text: words(40),
    title: next() < 0.5 ? words(8) : '',
    outlet: next() < 0.3 ? word() : '',
    context: words(10),
    articleId: `a${Math.floor(id / 5)}`,
    lang: next() < 0.5 ? 'en' : 'id',
    sources: 'outlet',
    time: 0,
    dated: false,
    quote: id,
    ord: id % 5,
    kinds: 0,
  }));
}

function queries(count: number, next: () => number) {
  return Array.from({ length: count }, () => {
    const terms = Array.from({ length: 1 + Math.floor(next() * 12) }, () => VOCABULARY[Math.floor(VOCABULARY.length * next())]);
    if (next() < 0.2) terms.push(terms[0]); // a term asked twice
    if (next() < 0.2) terms.push('absent');
    // Boosts as the planner's weights times a shard's idf scale, 0 for a covering-only alias.
    const boosts = new Map(terms.map((t) => [t, next() < 0.1 ? 0 : 0.2 + next() * 1.5]));
    return { terms, boosts, limit: [1, 10, 100, 10_000][Math.floor(next() * 4)], lang: next() < 0.3 ? 'en' : undefined };
  });
}

/**
 * MiniSearch's own search, best `limit`: its scores, terms and match for each
 * passage. Ties at the cut may be kept in another order; the scores in order,
 * and every passage above the last score, must be the same.
 */
function assertSameAsMiniSearch(shard: MiniSearch<never>, ours: ScoredMatch[], theirs: SearchResult[], limit: number, label: string) {
  const expected = theirs.slice(0, limit);
  assert.deepEqual(ours.map((m) => m.score), expected.map((r) => r.score), `${label}: scores`);
  const documentIds = (shard as unknown as { _documentIds: Map<number, number> })._documentIds;
  const ourById = new Map(ours.map((m) => [documentIds.get(m.shortId)!, m]));
  const last = expected.at(-1)?.score;
  for (const result of theirs) {
    const mine = ourById.get(result.id as number);
    if (result.score === last && !mine) continue;
    if (result.score < (last ?? Infinity)) break;
    assert.ok(mine, `${label}: passage ${result.id} (score ${result.score}) missing`);
    assert.deepEqual(mine.match, result.match, `${label}: match of ${result.id}`);
    assert.deepEqual(mine.terms, result.terms, `${label}: terms of ${result.id}`);
  }
}

function compare(shard: MiniSearch<never>, seed: number) {
  const next = random(seed);
  for (const [i, q] of queries(200, next).entries()) {
    const ours = scoreShard(shard, {
      terms: q.terms,
      boostOf: (t) => q.boosts.get(t)!,
      fieldBoost: FIELD_BOOST,
      limit: q.limit,
      accept: q.lang ? (shortId) => (shard as unknown as { _storedFields: Map<number, { lang: string }> })._storedFields.get(shortId)!.lang === q.lang : undefined,
    });
    const theirs = shard.search(q.terms.join(' '), {
      combineWith: 'OR',
      boostTerm: (t) => q.boosts.get(t)!,
      filter: q.lang ? (r) => r.lang === q.lang : undefined,
    });
    assertSameAsMiniSearch(shard, ours, theirs, q.limit, `query ${i} (${q.terms.join(' ')})`);
  }
}

describe('shard scorer', () => {
  it('scores, orders and matches as MiniSearch’s own search does, with boosts, filters and limits', () => {
    const shard = new MiniSearch(MINISEARCH_OPTIONS);
    shard.addAll(passages(2000, random(7)));
    compare(shard as unknown as MiniSearch<never>, 11);
  });

  it('never returns a discarded passage, and scores as MiniSearch once the vacuum has run', async () => {
    const shard = new MiniSearch({ ...MINISEARCH_OPTIONS, autoVacuum: false });
    const docs = passages(1500, random(3));
    shard.addAll(docs);
    const discarded = docs.filter((d) => d.id % 7 === 0).map((d) => d.id);
    for (const id of discarded) shard.discard(id);
    const documentIds = (shard as unknown as { _documentIds: Map<number, number> })._documentIds;
    const everything = scoreShard(shard, { terms: VOCABULARY, boostOf: () => 1, fieldBoost: FIELD_BOOST, limit: 10_000 });
    assert.ok(everything.length > 1000);
    assert.ok(everything.every((m) => documentIds.get(m.shortId)! % 7 !== 0), 'no discarded passage');
    await shard.vacuum();
    compare(shard as unknown as MiniSearch<never>, 5);
  });

  it('scores passages added after an earlier search (their field lengths are read then)', () => {
    const shard = new MiniSearch(MINISEARCH_OPTIONS);
    const docs = passages(1200, random(9));
    shard.addAll(docs.slice(0, 600));
    compare(shard as unknown as MiniSearch<never>, 1);
    shard.addAll(docs.slice(600));
    compare(shard as unknown as MiniSearch<never>, 2);
  });
});
