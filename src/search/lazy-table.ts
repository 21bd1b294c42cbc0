import { bisect, isStrictlyAscending } from './sorted-arrays.ts';

/**
 * A Map from numbers whose restored entries stay in the shard's arrays: a
 * restored shard of 100,000 passages would otherwise build four Maps of
 * 100,000 entries (MiniSearch's ids both ways, field lengths, stored fields),
 * a field-length array and a stored-fields object per passage — at a million
 * passages, more than half of a restore was the garbage collector moving them.
 * Here a restored entry's value is made when it is asked for (`valueAt`), and
 * entries set or deleted afterwards are kept apart, so MiniSearch (add,
 * discard, remove, vacuum, search), the scorer and the shard writer see an
 * ordinary Map.
 */
export class LazyTable<V> extends Map<number, V> {
  /** Restored keys deleted or set again since: no longer read from the arrays. */
  private readonly replaced = new Set<number>();

  /** `keys` ascending; `valueAt(i)` is the value of `keys[i]` (made anew at each call). */
  constructor(
    private readonly keysAscending: ArrayLike<number>,
    private readonly valueAt: (i: number) => V,
  ) {
    super();
  }

  /** Whether keys can be looked up by bisection, which the table needs. */
  static canHold(keys: ArrayLike<number>): boolean {
    return isStrictlyAscending(keys);
  }

  /** Where a key's restored entry lies in the arrays, or -1 when it is not there (never restored, or deleted or set since). */
  restoredIndex(key: number): number {
    if (this.replaced.size && this.replaced.has(key)) return -1;
    // A compacted shard's short ids run on with few gaps: the key is most often where its offset from the first says.
    const keys = this.keysAscending;
    const guess = key - (keys[0] ?? 0);
    if (guess >= 0 && guess < keys.length && keys[guess] === key) return guess;
    return bisect(keys, key);
  }

  override get(key: number): V | undefined {
    const i = this.restoredIndex(key);
    return i >= 0 ? this.valueAt(i) : super.get(key);
  }

  override has(key: number): boolean {
    return this.restoredIndex(key) >= 0 || super.has(key);
  }

  override set(key: number, value: V): this {
    if (this.restoredIndex(key) >= 0) this.replaced.add(key);
    return super.set(key, value);
  }

  override delete(key: number): boolean {
    if (this.restoredIndex(key) >= 0) {
      this.replaced.add(key);
      return true;
    }
    return super.delete(key);
  }

  override clear(): void {
    for (let i = 0; i < this.keysAscending.length; i++) this.replaced.add(this.keysAscending[i]);
    super.clear();
  }

  override get size(): number {
    let restored = 0;
    for (const key of this.replaced) if (bisect(this.keysAscending, key) >= 0) restored++;
    return this.keysAscending.length - restored + super.size;
  }

  override *entries(): MapIterator<[number, V]> {
    const keys = this.keysAscending;
    for (let i = 0; i < keys.length; i++) if (!this.replaced.has(keys[i])) yield [keys[i], this.valueAt(i)];
    yield* super.entries();
  }

  override *keys(): MapIterator<number> {
    for (const [key] of this.entries()) yield key;
  }

  override *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  override [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }

  override forEach(callback: (value: V, key: number, map: Map<number, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}
