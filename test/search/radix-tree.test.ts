import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import MiniSearch from 'minisearch';
import { buildRadixTree } from '../../src/search/radix-tree.ts';
import { isStrictlyAscending } from '../../src/search/sorted-arrays.ts';
import { Random } from '../../bench/random.ts';

// The term tree class MiniSearch's index itself uses.
type Tree = { get(k: string): number | undefined; set(k: string, v: number): Tree; delete(k: string): boolean; size: number; atPrefix(p: string): { keys(): Iterable<string> }; fuzzyGet(k: string, d: number): Map<string, unknown> };
const SearchableMap = (new MiniSearch({ fields: ['text'] }) as unknown as { _index: { constructor: new (tree?: unknown) => Tree } })._index.constructor;

/** A tree as nested sorted arrays: two trees holding the same keys under the same edges compare equal. */
function canonical(node: unknown): unknown {
  if (!(node instanceof Map)) return node;
  return [...node].map(([k, v]) => [k, canonical(v)]).sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));
}

function randomKeys(seed: number, count: number): string[] {
  const rng = new Random(seed);
  const random = () => rng.next();
  const alphabet = ['a', 'b', 'n', 'an', 'ban', 'k', 'é', 'ü', 'ж', '2', '-', '😀'];
  const keys = new Set<string>(['a', 'ab', 'abc', 'b', 'ba']);
  while (keys.size < count) {
    let key = '';
    for (let n = 1 + Math.floor(random() * 6); n > 0; n--) key += alphabet[Math.floor(random() * alphabet.length)];
    keys.add(key);
  }
  return [...keys].sort();
}

describe('radix tree built from sorted keys', () => {
  it('is the tree MiniSearch’s SearchableMap builds key by key', () => {
    for (const seed of [1, 2, 3]) {
      const keys = randomKeys(seed, 2000);
      const bySet = new SearchableMap();
      // Inserted in a shuffled order, as an index grows.
      const rng = new Random(seed + 100);
      const shuffled = [...keys].map((key) => [rng.next(), key] as const).sort((a, b) => a[0] - b[0]).map(([, key]) => key);
      shuffled.forEach((key) => bySet.set(key, keys.indexOf(key)));
      const built = new SearchableMap(buildRadixTree(keys, (i) => i));
      assert.deepEqual(canonical((built as unknown as { _tree: unknown })._tree), canonical((bySet as unknown as { _tree: unknown })._tree));
      for (const [i, key] of keys.entries()) assert.equal(built.get(key), i);
      assert.equal(built.size, keys.length);
      assert.equal(built.get('zzz'), undefined);
      for (const probe of ['ban', 'a', 'ж', 'kan']) {
        assert.deepEqual([...built.atPrefix(probe).keys()].sort(), [...bySet.atPrefix(probe).keys()].sort(), probe);
        assert.deepEqual([...built.fuzzyGet(probe, 1).keys()].sort(), [...bySet.fuzzyGet(probe, 1).keys()].sort(), probe);
      }
    }
  });

  it('takes new keys afterwards as SearchableMap does', () => {
    const keys = randomKeys(7, 500);
    const built = new SearchableMap(buildRadixTree(keys, (i) => i));
    built.set('abz', -1);
    built.set('a', -2);
    built.delete('ab');
    assert.equal(built.get('abz'), -1);
    assert.equal(built.get('a'), -2);
    assert.equal(built.get('ab'), undefined);
    assert.equal(built.get('abc'), keys.indexOf('abc'));
  });

  it('knows sorted keys from others, and builds an empty tree from none', () => {
    assert.equal(isStrictlyAscending(['a', 'ab', 'b']), true);
    assert.equal(isStrictlyAscending(['b', 'a']), false);
    assert.equal(isStrictlyAscending(['a', 'a']), false);
    assert.equal(buildRadixTree([], () => 0).size, 0);
  });
});
