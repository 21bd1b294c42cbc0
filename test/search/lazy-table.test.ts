import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from '../../bench/random.ts';
import { LazyTable } from '../../src/search/lazy-table.ts';

describe('lazy table', () => {
  it('behaves as a Map under random reads, sets, deletes and clears', () => {
    for (const seed of [1, 2, 3, 4]) {
      const rng = new Random(seed);
      const keys = [...new Set(Array.from({ length: 300 }, () => rng.int(0, 1000)))].sort((a, b) => a - b);
      const table = new LazyTable(Float64Array.from(keys), (i) => `v${keys[i]}`);
      const map = new Map(keys.map((k) => [k, `v${k}`]));
      for (let step = 0; step < 3000; step++) {
        const key = rng.int(0, 1100);
        const op = rng.next();
        if (op < 0.35) assert.equal(table.get(key), map.get(key));
        else if (op < 0.55) assert.equal(table.has(key), map.has(key));
        else if (op < 0.75) {
          table.set(key, `s${step}`);
          map.set(key, `s${step}`);
        } else if (op < 0.97) assert.equal(table.delete(key), map.delete(key));
        else if (op < 0.975) {
          table.clear();
          map.clear();
        }
        if (step % 250 === 0) {
          assert.equal(table.size, map.size);
          assert.deepEqual(new Map(table), map);
          assert.deepEqual([...table.keys()].sort((a, b) => a - b), [...map.keys()].sort((a, b) => a - b));
          let seen = 0;
          table.forEach((value, key) => {
            assert.equal(value, map.get(key));
            seen++;
          });
          assert.equal(seen, map.size);
        }
      }
    }
  });

  it('needs its keys ascending', () => {
    assert.equal(LazyTable.canHold([1, 2, 5]), true);
    assert.equal(LazyTable.canHold([2, 1]), false);
    assert.equal(LazyTable.canHold([1, 1]), false);
  });

  it('finds a restored key where its offset says, and past gaps by bisection', () => {
    const keys = [5, 6, 7, 9, 10, 40];
    const table = new LazyTable(keys, (i) => `v${keys[i]}`);
    for (const [key, at] of [[5, 0], [7, 2], [9, 3], [10, 4], [40, 5], [8, -1], [4, -1], [41, -1], [11, -1]] as const) assert.equal(table.restoredIndex(key), at, String(key));
    table.delete(9);
    assert.equal(table.restoredIndex(9), -1);
    assert.equal(table.get(10), 'v10');
  });
});
