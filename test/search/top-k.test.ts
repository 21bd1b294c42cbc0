import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TopK } from '../../src/search/top-k.ts';

function scores(count: number, seed: number): number[] {
  let state = seed;
  // Few distinct values, so ties are common.
  return Array.from({ length: count }, () => Math.floor(((state = (state * 16807) % 2147483647) / 2147483647) * 50));
}

describe('top k', () => {
  it('keeps the same best scores as sorting everything, best first', () => {
    for (const [count, k] of [[1000, 10], [1000, 100], [50, 100], [7, 7], [300, 1]]) {
      const all = scores(count, count + k);
      const top = new TopK<number>(k);
      all.forEach((score, i) => top.push(score, i));
      const kept = top.sorted();
      assert.equal(kept.length, Math.min(k, count));
      assert.deepEqual(kept.map((i) => all[i]), [...all].sort((a, b) => b - a).slice(0, k), `${count} items, k ${k}`);
      assert.equal(new Set(kept).size, kept.length, 'each item once');
    }
  });

  it('tells the score to beat once full, and keeps nothing when k is 0', () => {
    const top = new TopK<string>(2);
    assert.equal(top.threshold, -Infinity);
    top.push(3, 'c');
    top.push(5, 'e');
    assert.equal(top.threshold, 3);
    top.push(4, 'd');
    assert.equal(top.threshold, 4);
    assert.deepEqual(top.sorted(), ['e', 'd']);
    const none = new TopK<string>(0);
    none.push(1, 'a');
    assert.deepEqual(none.sorted(), []);
  });
});
