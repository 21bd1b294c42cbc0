import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Memo } from '../../src/text/memo.ts';

describe('memo', () => {
  it('keeps an entry in use across the newer half filling up, and forgets one not used since', () => {
    const memo = new Memo<number>(3);
    memo.set('hot', 1);
    memo.set('a', 2);
    memo.set('b', 3);
    // The newer half is full: the next entry starts a new one, the old is kept behind it.
    memo.set('c', 4);
    assert.equal(memo.get('hot'), 1, 'found in the older half, and moved to the newer');
    memo.set('d', 5);
    // The newer half (c, hot, d) is full again: "a" and "b", not used since, are gone.
    memo.set('e', 6);
    assert.equal(memo.get('a'), undefined);
    assert.equal(memo.get('b'), undefined);
    assert.equal(memo.get('hot'), 1);
    assert.ok(memo.size <= 6, `size ${memo.size}`);
  });
});
