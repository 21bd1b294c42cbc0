/**
 * MiniSearch's term tree (its SearchableMap's radix tree: a Map per node,
 * edges labelled with the keys' shared parts, a key's value under '') built
 * in one pass from keys in sorted order. SearchableMap.set walks the tree
 * from its root for every key, comparing against each child's label; a
 * restored shard of hundreds of thousands of terms spent a fifth of its
 * restore there.
 */
const LEAF = '';

export type RadixTree<T> = Map<string, RadixTree<T> | T>;

/**
 * The tree SearchableMap would hold after setting each key to its value.
 * `keys` must be strictly ascending and non-empty strings; `valueAt(i)` is the value of `keys[i]`.
 */
export function buildRadixTree<T>(keys: readonly string[], valueAt: (i: number) => T): RadixTree<T> {
  const build = (lo: number, hi: number, depth: number): RadixTree<T> => {
    const node: RadixTree<T> = new Map();
    let i = lo;
    // A key that ends here sorts before every key it is a prefix of.
    if (keys[i].length === depth) node.set(LEAF, valueAt(i++));
    while (i < hi) {
      const first = keys[i];
      const c = first.charCodeAt(depth);
      let j = i + 1;
      while (j < hi && keys[j].charCodeAt(depth) === c) j++;
      // The keys sharing this character share what the first and the last of them share.
      const last = keys[j - 1];
      let end = depth + 1;
      while (end < first.length && end < last.length && first.charCodeAt(end) === last.charCodeAt(end)) end++;
      node.set(first.slice(depth, end), build(i, j, end));
      i = j;
    }
    return node;
  };
  return keys.length ? build(0, keys.length, 0) : new Map();
}
