/**
 * A memo of at most about `2 × limit` entries that keeps what is used: when
 * the newer half is full it becomes the older one, and an entry found only
 * in the older half moves back to the newer. A memo cleared when full (as
 * these were) forgets the words news repeats most along with the rest, and
 * ingest then analyzes them again; news vocabulary passes any fixed limit
 * (the bench's 100k passages hold some 270,000 distinct words).
 */
export class Memo<V> {
  private newer = new Map<string, V>();
  private older = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const value = this.newer.get(key);
    if (value !== undefined) return value;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, value: V): void {
    if (this.newer.size >= this.limit) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
  }

  get size(): number {
    return this.newer.size + this.older.size;
  }
}
