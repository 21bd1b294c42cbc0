import MiniSearch, { type Options } from 'minisearch';
import { mkdirSync } from 'node:fs';
import type { Passage } from '../articles/article.ts';
import { dateMs } from '../articles/dates.ts';
import { ANALYZER_VERSION, analyzeText } from '../text/analyze.ts';
import { type Hit, type IndexDocument, InvertedIndex, type StoredFields } from './index-core.ts';
import { type Written, persistedBytes, restoreIndex, saveIndex } from './index-files.ts';

export type { StoredFields } from './index-core.ts';

/** The article facts a passage is filtered and ranked by. */
export interface PassageFacts {
  outlet: string;
  via?: string;
  lang: string;
  /** Publication time, or ingest time when the publication date is unknown. */
  time: string;
  dated: boolean;
  /** Indexed only when the source had a title: a derived one repeats the lead. */
  title?: string;
}

/** A passage as MiniSearch documents were made: analyzed fields joined by spaces. */
interface IndexedPassage {
  id: number;
  text: string;
  title: string;
  outlet: string;
  articleId: string;
  lang: string;
  sources: string;
  time: number;
  dated: boolean;
}

/** A search result: the passage id, its score, the query terms it holds, and its stored facts. */
export type PassageHit = Hit;

/** How many hits `search` returns unless asked for more: ask ranks the best 200 (MAX_CANDIDATES). */
export const DEFAULT_SEARCH_LIMIT = 200;

export interface IndexSearch {
  /** Analyzed query terms; each term's weight (own words 1, expansions less). */
  terms: string[];
  weights: Map<string, number>;
  filter?: (fields: StoredFields) => boolean;
  /** At most this many hits, best first (default DEFAULT_SEARCH_LIMIT; Infinity for all). */
  limit?: number;
}

/** Merge the open postings into the base during a build once they hold this many entries. */
const BUILD_MERGE_POSTINGS = 4_000_000;
/** …and at save, once they are this large against the base (or dead passages this share of all). */
const SAVE_MERGE_SHARE = 0.25;
const SAVE_MERGE_MIN = 250_000;
const DEAD_SHARE = 0.2;
/** …or once this many saves have each added an open part. */
const MAX_OPEN_PARTS = 64;

// The MiniSearch configuration the index reproduces (used for the baseline and as the tests' reference):
// text is analyzed by Sitrep (per-language stemming) and MiniSearch only splits it on spaces.
export const MINISEARCH_OPTIONS: Options<IndexedPassage> = {
  fields: ['text', 'title', 'outlet'],
  storeFields: ['articleId', 'lang', 'sources', 'time', 'dated'],
  tokenize: (text) => (text ? text.split(' ') : []),
  processTerm: (term) => term || null,
  searchOptions: { boost: { text: 1, title: 0.6, outlet: 0.3 } },
  autoVacuum: false,
};

function analyzePassage(passage: Passage, facts: PassageFacts): IndexDocument {
  return {
    id: passage.id,
    fields: [
      analyzeText(passage.text, facts.lang),
      facts.title ? analyzeText(facts.title, facts.lang) : [],
      analyzeText([facts.outlet, facts.via].filter(Boolean).join(' '), 'und'),
    ],
    articleId: passage.articleId,
    lang: facts.lang,
    sources: [facts.outlet, facts.via].filter(Boolean).join('|').toLowerCase(),
    time: dateMs(facts.time) ?? 0,
    dated: facts.dated,
  };
}

/** A passage as a MiniSearch document (for comparisons with plain MiniSearch). */
export function toIndexed(passage: Passage, facts: PassageFacts): IndexedPassage {
  const { fields, ...rest } = analyzePassage(passage, facts);
  return { ...rest, text: fields[0].join(' '), title: fields[1].join(' '), outlet: fields[2].join(' ') };
}

/**
 * The passage index: built from the store, kept up to date, persisted in
 * shards (see index-core.ts for the structure, index-files.ts for the files).
 */
export class PassageIndex {
  private written: Written | undefined;
  private reference: MiniSearch<IndexedPassage> | undefined;

  private constructor(private readonly core: InvertedIndex) {}

  static empty(): PassageIndex {
    return new PassageIndex(new InvertedIndex());
  }

  static build(rows: Iterable<{ passage: Passage } & PassageFacts>): PassageIndex {
    const core = new InvertedIndex();
    for (const row of rows) {
      core.add(analyzePassage(row.passage, row));
      if (core.openPostings >= BUILD_MERGE_POSTINGS) core.merge();
    }
    if (core.openPostings) core.merge();
    return new PassageIndex(core);
  }

  /** The persisted index, if it was saved at `revision` by this analyzer and is whole; otherwise undefined. */
  static restore(dir: string, revision: number): PassageIndex | undefined {
    const restored = restoreIndex(dir, revision, ANALYZER_VERSION);
    if (!restored) return undefined;
    const index = new PassageIndex(restored.index);
    index.written = restored.written;
    return index;
  }

  /**
   * Writes the index and the store revision it reflects. Only what changed is
   * written: the base shards stay unless a merge changed them, document shards
   * are rewritten when their passages changed, and new postings go into one
   * more open part. Open postings are merged into the base (and discarded
   * passages dropped) once they are a quarter of it.
   * `shardPostings` (for tests) sets how many postings a base shard holds.
   */
  save(dir: string, revision: number, options: { shardPostings?: number } = {}): void {
    mkdirSync(dir, { recursive: true });
    const core = this.core;
    if (
      core.openPostings > Math.max(SAVE_MERGE_MIN, core.basePostings * SAVE_MERGE_SHARE) ||
      core.deadCount > Math.max(1000, core.docCount * DEAD_SHARE) ||
      (this.written?.open.length ?? 0) >= MAX_OPEN_PARTS
    ) {
      core.merge();
      this.reference = undefined;
    }
    this.written = saveIndex(core, dir, { revision, analyzer: ANALYZER_VERSION, passages: this.size }, this.written, options.shardPostings);
  }

  static persistedBytes(dir: string): number {
    return persistedBytes(dir);
  }

  add(passage: Passage, facts: PassageFacts): void {
    this.core.add(analyzePassage(passage, facts));
    this.reference = undefined;
  }

  discard(ids: number[]): void {
    for (const id of ids) if (this.core.discard(id)) this.reference = undefined;
  }

  get size(): number {
    return this.core.liveCount;
  }

  get termCount(): number {
    return this.core.termCount;
  }

  /** In how many passages a term occurs in the text field. */
  documentFrequency(term: string): number {
    return this.core.documentFrequency(term);
  }

  /** The best passages holding any of the terms (OR), scored as MiniSearch scores them, best first. */
  search(query: IndexSearch): PassageHit[] {
    if (!query.terms.length) return [];
    return this.core.search({ terms: query.terms, weights: query.weights, filter: query.filter, limit: query.limit ?? DEFAULT_SEARCH_LIMIT });
  }

  /** This index as a MiniSearch instance, built on first use: the baseline and reference. */
  toMiniSearch(): MiniSearch<IndexedPassage> {
    this.reference ??= this.core.toMiniSearch(new MiniSearch(MINISEARCH_OPTIONS));
    return this.reference;
  }

  /**
   * MiniSearch's own OR search over `terms`, every match scored and sorted:
   * the benchmark's baseline and the tests' reference for `search`.
   */
  bareSearch(terms: string[], weights?: Map<string, number>): PassageHit[] {
    if (!terms.length) return [];
    return this.toMiniSearch().search(terms.join(' '), {
      combineWith: 'OR',
      boostTerm: weights ? (term) => weights.get(term) ?? 1 : undefined,
    }) as unknown as PassageHit[];
  }

  /** Index terms close to a word, for "did you mean" suggestions. */
  suggest(term: string, limit = 3): string[] {
    return this.core
      .similarTerms(term, { fuzzy: term.length >= 5 ? 1 : 0, prefix: term.length >= 4 })
      .filter((s) => s !== term && s.length >= 4 && !s.includes(' '))
      .slice(0, limit);
  }
}
