import type { MatchInfo } from 'minisearch';
import { LazyPostings, type PostingRange, holdsPosting } from './lazy-postings.ts';
import { TopK } from './top-k.ts';

/** MiniSearch's state that scoring reads: its term index, field ids and lengths, and live documents. */
interface ScoredInternals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, number>;
  _nextId: number;
  _options: { fields: string[] };
}

/**
 * One of a shard's best matches: its short id, MiniSearch's score, and where
 * it holds each query term, as a bit per field (`termFields[t]` for
 * `queryTerms[t]`, bit f for the shard's f-th field). MiniSearch's `terms` and
 * `match` are made from them when read: most callers need only the masks, and
 * making a match object for each of a hundred candidates was a third of a search.
 */
export class ScoredMatch {
  private made: MatchInfo | undefined;

  constructor(
    readonly shortId: number,
    readonly score: number,
    readonly queryTerms: string[],
    readonly termFields: Uint32Array,
    private readonly fields: string[],
  ) {}

  /** The query terms it holds, as MiniSearch lists them. */
  get terms(): string[] {
    return Object.keys(this.match);
  }

  /** Each query term it holds → the fields holding it, as MiniSearch's match. */
  get match(): MatchInfo {
    if (this.made) return this.made;
    const match: MatchInfo = {};
    this.queryTerms.forEach((term, t) => {
      if (this.termFields[t] && !match[term]) match[term] = this.fields.filter((_, f) => this.termFields[t] & (1 << f));
    });
    return (this.made = match);
  }
}

export interface ShardQuery {
  terms: string[];
  /** Each term's boost, as MiniSearch's `boostTerm`; `postings`: the term's in this shard, already looked up. */
  boostOf(term: string, postings: Map<number, Map<number, number>>): number;
  fieldBoost: Record<string, number>;
  limit: number;
  /** Whether a match may be returned (filters); asked only of matches that would enter the best `limit`. */
  accept?(shortId: number): boolean;
}

/** MiniSearch's BM25+ parameters (its defaults; Sitrep sets none). */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
const K = BM25.k;
const B = BM25.b;
const D = BM25.d;

/**
 * Accumulators reused by every query, so that scoring allocates nothing per
 * match: one 64-byte slot per short id, so that adding a posting touches one
 * cache line rather than one in each of eight arrays (at 100k passages they
 * outgrow the cache; one slot scored a tenth faster, alternating with them).
 * Queries run one at a time (one thread), so one set serves every shard.
 *
 * A slot's first four float64s: the score of the term being added, the stamp
 * of that term, the match's score so far, and the stamp of the query. Its
 * last eight uint32s (from word SLOT_WORD of the slot): the count of
 * distinct query terms matched, which of the query's first 32 terms it holds,
 * two words of field masks (four bits a term for its first 16 terms), and the
 * fields the current term was found in.
 */
class Scratch {
  slots = new Float64Array(0);
  words = new Uint32Array(0);
  /** Stamps only grow (a float64 counts past any number of queries), so a slot is fresh when its stamp is the current one. */
  stamp = 0;
  touched = new Int32Array(0);
  termTouched = new Int32Array(0);
  /** A term's postings from MiniSearch's Map, copied here so that one loop scores them and a restored shard's arrays alike. */
  mapDocs = new Uint32Array(0);
  mapFreqs = new Uint32Array(0);

  /** Ready for a query over short ids below `size`. */
  begin(size: number): void {
    if (this.touched.length >= size) return;
    const grown = Math.max(size, this.touched.length * 2, 1024);
    this.slots = new Float64Array(grown * SLOT);
    this.words = new Uint32Array(this.slots.buffer);
    this.touched = new Int32Array(grown);
    this.termTouched = new Int32Array(grown);
    this.mapDocs = new Uint32Array(grown);
    this.mapFreqs = new Uint32Array(grown);
  }

  next(): number {
    return ++this.stamp;
  }
}
/** Float64s per slot, and where in a slot (in float64s, then in uint32 words) each value lies. */
const SLOT = 8;
const TERM_SCORE = 0;
const TERM_STAMP = 1;
const SCORE = 2;
const QUERY_STAMP = 3;
const SLOT_WORD = 8;
const COUNT = SLOT_WORD;
const TERM_BITS = SLOT_WORD + 1;
const FIELD_MASKS = SLOT_WORD + 2;
const TERM_FIELDS = SLOT_WORD + 4;
const scratch = new Scratch();
/** Bits a term's fields take in a slot's masks, and how many of a query's terms the two mask words hold. */
const MASK_FIELDS = 4;
const MASK_TERMS = 16;

/**
 * A shard's best matches for an OR query, scored exactly as MiniSearch's own
 * search scores them — BM25+ per field with the field's document frequency,
 * summed per term in field order, then over terms in query order, times the
 * number of query terms matched — and in the order its results come in, so
 * that ties fall as they do in MiniSearch. MiniSearch makes a result object,
 * a terms array and a match object for every posting it reads, then merges
 * them term by term; here postings are added into typed arrays, with the
 * fields holding each term as bits, and only the best `limit` matches become
 * objects: at 100k passages a question's search takes a fifth of the time
 * and makes almost no garbage.
 *
 * One difference: MiniSearch lowers a field's document frequency by each
 * discarded passage it meets while scoring (until the auto-vacuum removes
 * them); here it is the posting count, as it is after the vacuum.
 */
export function scoreShard(shard: object, query: ShardQuery): ScoredMatch[] {
  const m = shard as unknown as ScoredInternals;
  const fields = m._options.fields;
  const fieldIds = fields.map((field) => m._fieldIds[field]);
  const boosts = fields.map((field) => query.fieldBoost[field] || 1);
  const lengths = fieldLengths(shard, fields.length);
  const n = m._documentCount;
  scratch.begin(m._nextId);
  const queryStamp = scratch.next();
  const { slots, words, touched, termTouched, mapDocs, mapFreqs } = scratch;
  // Where each match holds each term is kept as it is scored, for the terms and fields that fit the masks; the rest are looked up for the best matches only.
  const masked = fields.length <= MASK_FIELDS ? Math.min(query.terms.length, MASK_TERMS) : 0;
  let touchedCount = 0;
  const counted = new Set<string>();
  const found: Array<Map<number, Map<number, number>> | undefined> = [];
  for (let t = 0; t < query.terms.length; t++) {
    const term = query.terms[t];
    const data = m._index.get(term);
    found.push(data);
    if (!data) continue;
    const bit = t < 32 ? 1 << t : 0;
    const termBoost = query.boostOf(term, data);
    const termStamp = scratch.next();
    const firstOccurrence = !counted.has(term);
    counted.add(term);
    let termCount = 0;
    // A restored shard's postings are read where they lie, in its arrays (see LazyPostings.range).
    const unread = data instanceof LazyPostings && !data.isRead ? data : undefined;
    for (let f = 0; f < fields.length; f++) {
      let range: PostingRange | undefined;
      let postings: Map<number, number> | undefined;
      if (unread) range = unread.range(fieldIds[f]);
      else postings = data.get(fieldIds[f]);
      if (!range && !postings) continue;
      const matching = range ? range.end - range.start : postings!.size;
      const idf = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
      const avgFieldLength = m._avgFieldLength[fieldIds[f]];
      const weight = termBoost * boosts[f];
      const stride = fields.length;
      const fieldId = fieldIds[f];
      const fieldBit = 1 << f;
      let docs: Uint32Array = mapDocs;
      let freqs: Uint32Array = mapFreqs;
      let start = 0;
      let end = 0;
      if (range) ({ docs, freqs, start, end } = range);
      else {
        for (const [shortId, termFreq] of postings!) {
          docs[end] = shortId;
          freqs[end++] = termFreq;
        }
      }
      // The hottest loop of a search, written out.
      for (let p = start; p < end; p++) {
        const shortId = docs[p];
        const termFreq = freqs[p];
        // The same expression as MiniSearch's calcBM25Score, operation for operation, so scores are equal to the last bit.
        const fieldLength = lengths[shortId * stride + fieldId];
        const raw = idf * (D + (termFreq * (K + 1)) / (termFreq + K * (1 - B + (B * fieldLength) / avgFieldLength)));
        const slot = shortId * SLOT;
        if (slots[slot + TERM_STAMP] === termStamp) {
          slots[slot + TERM_SCORE] += weight * raw;
          words[slot * 2 + TERM_FIELDS] |= fieldBit;
        } else {
          slots[slot + TERM_STAMP] = termStamp;
          slots[slot + TERM_SCORE] = weight * raw;
          words[slot * 2 + TERM_FIELDS] = fieldBit;
          termTouched[termCount++] = shortId;
        }
      }
    }
    const maskWord = FIELD_MASKS + (t >> 3);
    const maskShift = (t & 7) * MASK_FIELDS;
    for (let i = 0; i < termCount; i++) {
      const slot = termTouched[i] * SLOT;
      const word = slot * 2;
      const held = words[word + TERM_FIELDS];
      if (slots[slot + QUERY_STAMP] !== queryStamp) {
        slots[slot + QUERY_STAMP] = queryStamp;
        touched[touchedCount++] = termTouched[i];
        slots[slot + SCORE] = slots[slot + TERM_SCORE];
        words[word + COUNT] = 1;
        words[word + TERM_BITS] = bit;
        words[word + FIELD_MASKS] = 0;
        words[word + FIELD_MASKS + 1] = 0;
        if (t < masked) words[word + maskWord] = held << maskShift;
      } else {
        slots[slot + SCORE] += slots[slot + TERM_SCORE];
        if (firstOccurrence) words[word + COUNT]++;
        words[word + TERM_BITS] |= bit;
        if (t < masked) words[word + maskWord] |= held << maskShift;
      }
    }
  }

  const top = new TopK<number>(query.limit);
  for (let i = 0; i < touchedCount; i++) {
    const shortId = touched[i];
    const score = slots[shortId * SLOT + SCORE] * words[shortId * SLOT * 2 + COUNT];
    if (score <= top.threshold) continue;
    // A discarded passage keeps its postings until MiniSearch's vacuum removes them.
    if (!m._documentIds.has(shortId)) continue;
    if (query.accept && !query.accept(shortId)) continue;
    top.push(score, shortId);
  }

  const best: ScoredMatch[] = [];
  for (const { item: shortId, score } of top.sortedWithScores()) {
    const word = shortId * SLOT * 2;
    const held = words[word + TERM_BITS];
    const termFields = new Uint32Array(query.terms.length);
    for (let t = 0; t < query.terms.length; t++) {
      const data = found[t];
      if (!data || (t < 32 && !(held & (1 << t)))) continue;
      if (t < masked) termFields[t] = (words[word + FIELD_MASKS + (t >> 3)] >>> ((t & 7) * MASK_FIELDS)) & 0xf;
      else for (let f = 0; f < fields.length; f++) if (holdsPosting(data, fieldIds[f], shortId)) termFields[t] |= 1 << f;
    }
    best.push(new ScoredMatch(shortId, score, query.terms, termFields, fields));
  }
  return best;
}

/**
 * Each passage's field lengths by short id, in one array (short id × fields),
 * kept beside the shard. A passage's lengths never change while it has its
 * short id (a changed passage is added anew), so the array only grows with
 * the shard's next id.
 */
const lengthTables = new WeakMap<object, { nextId: number; lengths: Uint32Array }>();
function fieldLengths(shard: object, fieldCount: number): Uint32Array {
  const m = shard as unknown as ScoredInternals;
  const table = lengthTables.get(shard);
  if (table?.nextId === m._nextId) return table.lengths;
  const lengths = new Uint32Array(m._nextId * fieldCount);
  if (table) lengths.set(table.lengths);
  const from = table?.nextId ?? 0;
  for (const [shortId, fieldLength] of m._fieldLength) {
    if (shortId < from) continue;
    for (let f = 0; f < fieldLength.length && f < fieldCount; f++) lengths[shortId * fieldCount + f] = fieldLength[f] ?? 0;
  }
  lengthTables.set(shard, { nextId: m._nextId, lengths });
  return lengths;
}

/** The lengths table of a shard read from its arrays (short ids and their field lengths, `fieldCount` each), so that its first search need not walk a Map of them. */
export function seedFieldLengths(shard: object, shortIds: ArrayLike<number>, fieldLengths: ArrayLike<number>, fieldCount: number): void {
  const m = shard as unknown as ScoredInternals;
  const lengths = new Uint32Array(m._nextId * fieldCount);
  for (let i = 0; i < shortIds.length; i++) for (let f = 0; f < fieldCount; f++) lengths[shortIds[i] * fieldCount + f] = fieldLengths[i * fieldCount + f];
  lengthTables.set(shard, { nextId: m._nextId, lengths });
}
