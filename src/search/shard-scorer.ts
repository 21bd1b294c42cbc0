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

/** One of a shard's best matches: its short id, MiniSearch's score, and where each matched term is. */
export interface ScoredMatch {
  shortId: number;
  score: number;
  /** The query terms it holds. */
  terms: string[];
  match: MatchInfo;
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

// MiniSearch's BM25+ parameters (its defaults; Sitrep sets none).
const K = 1.2;
const B = 0.7;
const D = 0.5;

/**
 * Accumulators reused by every query: a score and a matched-term count per
 * short id, and the ids touched, so that scoring allocates nothing per match.
 * Queries run one at a time (one thread), so one set serves every shard.
 */
class Scratch {
  scores = new Float64Array(0);
  termScores = new Float64Array(0);
  counts = new Uint16Array(0);
  /** Which of the query's first 32 terms each short id holds (in any field): its match info reads only those. */
  termBits = new Uint32Array(0);
  inTerm = new Uint8Array(0);
  /** Which query last touched each short id: scores and counts may both be 0 for a term boosted 0. */
  marks = new Uint32Array(0);
  generation = 0;
  touched = new Int32Array(0);
  termTouched = new Int32Array(0);
  /** A term's postings from MiniSearch's Map, copied here so that one loop scores them and a restored shard's arrays alike. */
  mapDocs = new Uint32Array(0);
  mapFreqs = new Uint32Array(0);

  /** Ready for a query over short ids below `size`; returns the query's mark. */
  begin(size: number): number {
    if (this.scores.length < size) {
      const grown = Math.max(size, this.scores.length * 2, 1024);
      this.scores = new Float64Array(grown);
      this.termScores = new Float64Array(grown);
      this.counts = new Uint16Array(grown);
      this.termBits = new Uint32Array(grown);
      this.inTerm = new Uint8Array(grown);
      this.marks = new Uint32Array(grown);
      this.touched = new Int32Array(grown);
      this.termTouched = new Int32Array(grown);
      this.mapDocs = new Uint32Array(grown);
      this.mapFreqs = new Uint32Array(grown);
      this.generation = 0;
    }
    if (this.generation === 0xffffffff) {
      this.marks.fill(0);
      this.generation = 0;
    }
    return ++this.generation;
  }
}
const scratch = new Scratch();

/**
 * A shard's best matches for an OR query, scored exactly as MiniSearch's own
 * search scores them — BM25+ per field with the field's document frequency,
 * summed per term in field order, then over terms in query order, times the
 * number of query terms matched — and in the order its results come in, so
 * that ties fall as they do in MiniSearch. MiniSearch makes a result object,
 * a terms array and a match object for every posting it reads, then merges
 * them term by term; here postings are added into typed arrays and only the
 * best `limit` matches get their match info: at 100k passages a question's
 * search takes a fifth of the time and makes almost no garbage.
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
  const mark = scratch.begin(m._nextId);
  const { scores, termScores, counts, termBits, inTerm, marks, touched, termTouched, mapDocs, mapFreqs } = scratch;
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
        if (inTerm[shortId]) termScores[shortId] += weight * raw;
        else {
          inTerm[shortId] = 1;
          termScores[shortId] = weight * raw;
          termTouched[termCount++] = shortId;
        }
      }
    }
    for (let i = 0; i < termCount; i++) {
      const shortId = termTouched[i];
      inTerm[shortId] = 0;
      if (marks[shortId] !== mark) {
        marks[shortId] = mark;
        touched[touchedCount++] = shortId;
        scores[shortId] = termScores[shortId];
        counts[shortId] = 1;
        termBits[shortId] = bit;
      } else {
        scores[shortId] += termScores[shortId];
        if (firstOccurrence) counts[shortId]++;
        termBits[shortId] |= bit;
      }
    }
  }

  const top = new TopK<number>(query.limit);
  for (let i = 0; i < touchedCount; i++) {
    const shortId = touched[i];
    const score = scores[shortId] * (counts[shortId] || 1);
    if (score <= top.threshold) continue;
    // A discarded passage keeps its postings until MiniSearch's vacuum removes them.
    if (!m._documentIds.has(shortId)) continue;
    if (query.accept && !query.accept(shortId)) continue;
    top.push(score, shortId);
  }

  const best: ScoredMatch[] = [];
  for (const { item: shortId, score } of top.sortedWithScores()) {
    const match: MatchInfo = {};
    const held = termBits[shortId];
    query.terms.forEach((term, t) => {
      const data = found[t];
      if (!data || match[term] || (t < 32 && !(held & (1 << t)))) return;
      const where = fields.filter((_, f) => holdsPosting(data, fieldIds[f], shortId));
      if (!where.length) return;
      match[term] = where;
    });
    // As MiniSearch's search lists them: in the match's key order.
    best.push({ shortId, score, terms: Object.keys(match), match });
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
