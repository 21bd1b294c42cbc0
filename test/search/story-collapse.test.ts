import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AskDeps, type Ranked, collapseStories } from '../../src/search/ask.ts';
import type { PassageHit } from '../../src/search/passage-index.ts';

/** A ranked passage of one article (its own story), its quote hashed by its id. */
const ranked = (id: number, articleId: string, score: number): Ranked => ({
  hit: { id, articleId, quote: id } as unknown as PassageHit,
  story: articleId,
  coverage: 0.8,
  score,
  matched: new Set(),
});
// One article per story: the store is asked nothing.
const noStore = {} as AskDeps;
const order = (list: Ranked[]) => collapseStories(noStore, list).map((r) => r.hit.id);

describe('collapsing the answers into stories', () => {
  it('quotes at most two passages of a story before the other stories’ comparable ones', () => {
    assert.deepEqual(order([ranked(1, 'a', 100), ranked(2, 'a', 90), ranked(3, 'a', 80), ranked(4, 'b', 70)]), [1, 2, 4, 3]);
  });

  it('quotes a story’s third passage before another story’s far weaker one, though the best answer is far stronger', () => {
    // Real set 58: "rumania ngerahin pesawat apa…" — the F-16 passage (41) came after nothing, for a 17.
    assert.deepEqual(order([ranked(1, 'a', 150), ranked(2, 'a', 60), ranked(3, 'a', 41), ranked(4, 'b', 17)]), [1, 2, 3, 4]);
  });

  it('leaves out a story’s weak third passage where another story answers as well', () => {
    assert.deepEqual(order([ranked(1, 'a', 150), ranked(2, 'a', 60), ranked(3, 'a', 30), ranked(4, 'b', 20)]), [1, 2, 4]);
  });

  it('never moves a story’s third passage before its own stronger ones', () => {
    // Real set 72: "us/uk reckon the new russian missile can reach where?" — story b's third quote (12) went before
    // story a's weak second (3), and so before b's own first (42), which held the answer.
    assert.deepEqual(order([ranked(1, 'a', 82), ranked(2, 'b', 42), ranked(3, 'b', 14), ranked(4, 'b', 12), ranked(5, 'a', 3)]), [1, 5, 2, 3]);
  });

  it('keeps every passage of the only story that answers', () => {
    assert.deepEqual(order([ranked(1, 'a', 150), ranked(2, 'a', 60), ranked(3, 'a', 10)]), [1, 2, 3]);
  });
});
