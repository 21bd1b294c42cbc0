/**
 * One term's postings as MiniSearch holds them (field id → passage short id →
 * term frequency), read from a restored shard's arrays at their first use.
 * Restoring builds every term's Maps otherwise: at 100k passages that is most
 * of a second and a quarter of a gigabyte, for a command-line question that
 * reads a dozen terms. Every Map method reads the arrays first, so MiniSearch
 * (search, add, remove, vacuum) and the shard writer see an ordinary Map.
 */
/** A restored shard's posting arrays, shared by all its terms' LazyPostings. */
export interface PostingArrays {
  layout: Uint32Array;
  docs: Uint32Array;
  freqs: Uint32Array;
}

export class LazyPostings extends Map<number, Map<number, number>> {
  // The shard's arrays until read (then undefined), and where this term's postings start in them:
  // fields rather than an object per term, since a shard holds hundreds of thousands of terms.
  private source: PostingArrays | undefined;
  private readonly layoutAt: number;
  private readonly docsAt: number;

  constructor(arrays: PostingArrays, layoutAt: number, docsAt: number) {
    super();
    this.source = arrays;
    this.layoutAt = layoutAt;
    this.docsAt = docsAt;
  }

  /**
   * Where the next term's postings start, past this term's: how a restore walks
   * the arrays without reading them. Throws when the arrays are too short.
   */
  static skip(layout: Uint32Array, layoutAt: number, docsLength: number, docsAt: number): { layoutAt: number; docsAt: number } {
    let l = layoutAt;
    let at = docsAt;
    if (l >= layout.length) throw new Error('damaged shard');
    for (let k = layout[l++]; k > 0; k--) {
      if (l + 1 >= layout.length) throw new Error('damaged shard');
      l++;
      at += layout[l++];
      if (at > docsLength) throw new Error('damaged shard');
    }
    return { layoutAt: l, docsAt: at };
  }

  get isRead(): boolean {
    return this.source === undefined;
  }

  readNow(): void {
    this.read();
  }

  private read(): void {
    const source = this.source;
    if (!source) return;
    this.source = undefined;
    const { layout, docs, freqs } = source;
    let l = this.layoutAt;
    let at = this.docsAt;
    for (let k = layout[l++]; k > 0; k--) {
      const fieldId = layout[l++];
      const count = layout[l++];
      const entries = new Map<number, number>();
      for (const end = at + count; at < end; at++) entries.set(docs[at], freqs[at]);
      super.set(fieldId, entries);
    }
  }

  override get size(): number {
    this.read();
    return super.size;
  }

  override get(key: number): Map<number, number> | undefined {
    if (this.source) this.read();
    return super.get(key);
  }

  override has(key: number): boolean {
    this.read();
    return super.has(key);
  }

  override set(key: number, value: Map<number, number>): this {
    this.read();
    return super.set(key, value);
  }

  override delete(key: number): boolean {
    this.read();
    return super.delete(key);
  }

  override clear(): void {
    this.source = undefined;
    super.clear();
  }

  override forEach(callback: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void, thisArg?: unknown): void {
    this.read();
    super.forEach(callback, thisArg);
  }

  override keys(): MapIterator<number> {
    this.read();
    return super.keys();
  }

  override values(): MapIterator<Map<number, number>> {
    this.read();
    return super.values();
  }

  override entries(): MapIterator<[number, Map<number, number>]> {
    this.read();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    this.read();
    return super[Symbol.iterator]();
  }
}
