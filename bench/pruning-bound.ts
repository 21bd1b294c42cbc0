/**
 * How much of a search a MaxScore bound could skip: for each of the bench's
 * questions and each shard, the terms whose passages, holding only those
 * terms, could not reach the shard's top 100 — their summed best scores times
 * their number (MiniSearch multiplies a score by the query terms matched) at
 * or below the 100th score. Their postings are what pruning would spare.
 *
 *   node --import tsx bench/pruning-bound.ts [DATA_DIR] [--exact]
 *
 * DATA_DIR: a store the bench kept (default the 100k one `npm run bench`
 * leaves in the temp dir). Without --exact a term's best is BM25+'s ceiling
 * (term frequency → ∞, length → 0); with it, the term's best score in each
 * field, read from its postings: the most any bound can know.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusGenerator } from './corpus.ts';
import { loadConfig } from '../src/config.ts';
import { Engine } from '../src/engine.ts';
import { planFor, splitCommonTerms } from '../src/search/ask.ts';
import { FIELD_BOOST, MINISEARCH_OPTIONS } from '../src/search/passage-index.ts';
import { BM25, scoreShard } from '../src/search/shard-scorer.ts';

const { k: K, b: B, d: D } = BM25;
const LIMIT = 100;

interface Postings {
  isRead?: boolean;
  range?(fieldId: number): { docs: Uint32Array; freqs: Uint32Array; start: number; end: number } | undefined;
  get(fieldId: number): Map<number, number> | undefined;
}
interface Shard {
  _documentCount: number;
  _index: { get(term: string): Postings | undefined };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
}

/** A term's postings in one field, as [short id, term frequency] pairs. */
function postingsOf(data: Postings, fieldId: number): Array<[number, number]> {
  if (data.isRead === false && data.range) {
    const range = data.range(fieldId);
    return range ? Array.from({ length: range.end - range.start }, (_, i): [number, number] => [range.docs[range.start + i], range.freqs[range.start + i]]) : [];
  }
  return [...(data.get(fieldId) ?? [])];
}

const args = process.argv.slice(2);
const exact = args.includes('--exact');
const dataDir = args.find((a) => !a.startsWith('--')) ?? join(tmpdir(), 'sitrep-bench-20250601-100000');
const engine = Engine.open({ ...loadConfig({ dataDir }, {}), sample: false });
const shards = [...(engine.index as unknown as { shards: Map<number, Shard> }).shards.values()];
const fields = MINISEARCH_OPTIONS.fields as string[];
const questions = new CorpusGenerator(20250601).questions(1000).map((question) => {
  const plan = planFor(engine, question);
  return { terms: splitCommonTerms(engine, plan).searched, weights: plan.weights };
});

let searched = 0;
let skippable = 0;
let questionsPruned = 0;
for (const { terms, weights } of questions) {
  let pruned = 0;
  for (const shard of shards) {
    const n = shard._documentCount;
    const best = scoreShard(shard, { terms, boostOf: (t) => weights.get(t) ?? 1, fieldBoost: FIELD_BOOST, limit: LIMIT });
    const bounds = terms.flatMap((term) => {
      const data = shard._index.get(term);
      if (!data) return [];
      let bound = 0;
      let count = 0;
      fields.forEach((field, f) => {
        const fieldId = shard._fieldIds[field];
        const postings = postingsOf(data, fieldId);
        if (!postings.length) return;
        count += postings.length;
        const idf = Math.log(1 + (n - postings.length + 0.5) / (postings.length + 0.5));
        const weight = (weights.get(term) ?? 1) * (FIELD_BOOST[field as keyof typeof FIELD_BOOST] || 1);
        if (!exact) return void (bound += weight * idf * (D + K + 1));
        let top = 0;
        for (const [shortId, tf] of postings) {
          const length = shard._fieldLength.get(shortId)?.[fieldId] ?? 0;
          top = Math.max(top, idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / shard._avgFieldLength[fieldId]))));
        }
        bound += weight * top;
      });
      return [{ bound, count }];
    });
    const all = bounds.reduce((sum, b) => sum + b.count, 0);
    searched += all;
    // Fewer than LIMIT matches: every one is returned, nothing can be skipped.
    if (best.length < LIMIT) continue;
    const threshold = best[best.length - 1].score;
    bounds.sort((a, b) => a.bound - b.bound);
    let sum = 0;
    let k = 0;
    for (const { bound, count } of bounds) {
      if ((sum + bound) * (k + 1) >= threshold) break;
      sum += bound;
      k++;
      skippable += count;
      pruned += count;
    }
  }
  if (pruned) questionsPruned++;
}
engine.close();
console.log(`${exact ? 'exact best scores' : 'BM25+ ceilings'}: ${skippable.toLocaleString('en')} of ${searched.toLocaleString('en')} postings skippable (${((100 * skippable) / searched).toFixed(1)} %), in ${questionsPruned} of ${questions.length} questions`);
