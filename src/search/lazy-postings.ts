import { bisect } from './sorted-arrays.ts';

/**
 * One term's postings as MiniSearch holds them (field id → passage short id →
 * term frequency), left in a restored shard's arrays. Restoring would build
 * every term's Maps otherwise: at 100k passages most of a second and a quarter
 * of a gigabyte. Sitrep's own reads (the scorer, document frequencies, which
 * passage holds a term) use the arrays where they lie (`range`, and the
 * functions below); every Map method reads them into Maps first, so MiniSearch
 * (search, add, remove, vacuum) and the shard writer see an ordinary Map.
 */

/** A restored shard's posting arrays, shared by all its terms' LazyPostings. */
export interface PostingArrays {
  layout: Uint32Array;
  docs: Uint32Array;
  freqs: Uint32Array;
  /** Whether each field's postings are in ascending short id order (every shard written since they are). */
  sorted: boolean;
}

/** Where one field's postings of a term lie in its shard's arrays: docs[start..end), freqs[start..end). */
export interface PostingRange {
  docs: Uint32Array;
  freqs: Uint32Array;
  start: number;
  end: number;
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

  /**
   * A field's postings in the shard's arrays, without reading them into Maps, or undefined when
   * the term has none in that field. Only while unread (`isRead` false): a search reads a
   * restored shard's postings where they lie, so a long-running process does not grow a Map for
   * every term it is asked about.
   */
  range(fieldId: number): PostingRange | undefined {
    const source = this.source;
    if (!source) throw new Error('postings already read');
    const { layout } = source;
    let l = this.layoutAt;
    let at = this.docsAt;
    for (let k = layout[l++]; k > 0; k--) {
      const id = layout[l++];
      const count = layout[l++];
      if (id === fieldId) return count ? { docs: source.docs, freqs: source.freqs, start: at, end: at + count } : undefined;
      at += count;
    }
    return undefined;
  }

  /** The field ids holding the term, without reading its postings. */
  fieldIdsUnread(): number[] {
    const source = this.source;
    if (!source) throw new Error('postings already read');
    const ids: number[] = [];
    let l = this.layoutAt;
    for (let k = source.layout[l++]; k > 0; k--, l += 2) ids.push(source.layout[l]);
    return ids;
  }

  /** Whether the term's postings can be searched where they lie (binary search needs them sorted). */
  get searchableUnread(): boolean {
    return this.source?.sorted === true;
  }

  /** Whether a passage holds the term in a field (any field for -1), searched in the sorted arrays without reading them. */
  holdsUnread(fieldId: number, shortId: number): boolean {
    const { layout, docs } = this.source!;
    let l = this.layoutAt;
    let at = this.docsAt;
    for (let k = layout[l++]; k > 0; k--) {
      const id = layout[l++];
      const count = layout[l++];
      if ((fieldId === -1 || id === fieldId) && bisect(docs, shortId, at, at + count) >= 0) return true;
      at += count;
    }
    return false;
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

type TermPostings = Map<number, Map<number, number>>;

/** How many passages hold the term in a field; reads nothing into Maps. */
export function postingCount(data: TermPostings, fieldId: number): number {
  if (data instanceof LazyPostings && !data.isRead) {
    const range = data.range(fieldId);
    return range ? range.end - range.start : 0;
  }
  return data.get(fieldId)?.size ?? 0;
}

/** Whether a passage holds the term in a field (any field when `fieldId` is undefined); reads nothing into Maps where it can. */
export function holdsPosting(data: TermPostings, fieldId: number | undefined, shortId: number): boolean {
  if (data instanceof LazyPostings && data.searchableUnread) return data.holdsUnread(fieldId ?? -1, shortId);
  if (fieldId !== undefined) return data.get(fieldId)?.has(shortId) ?? false;
  for (const postings of data.values()) if (postings.has(shortId)) return true;
  return false;
}
