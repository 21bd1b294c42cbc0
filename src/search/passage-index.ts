import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Passage } from '../articles/article.ts';
import { dateMs } from '../articles/dates.ts';
import { ANALYZER_VERSION, analyzeText } from '../text/analyze.ts';

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

/** A passage as MiniSearch indexes it: fields already analyzed by Sitrep, joined by spaces. */
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

export interface StoredFields {
  articleId: string;
  lang: string;
  /** Lowercased outlet and via, separated by "|". */
  sources: string;
  time: number;
  dated: boolean;
}

export type PassageHit = SearchResult & StoredFields & { id: number };

export interface IndexSearch {
  /** Analyzed query terms; each term's weight (own words 1, expansions less). */
  terms: string[];
  weights: Map<string, number>;
  filter?: (fields: StoredFields) => boolean;
  /** At most this many hits, best first (default all). */
  limit?: number;
}

/**
 * Passages per shard, by passage id: ids grow with ingest, so the newest
 * reporting sits in the last shard, and no shard's JSON comes near V8's
 * ~512 MiB string limit (about 0.7 KB a passage).
 */
export const SHARD_PASSAGES = 100_000;
const STATE_FILE = 'state.json';
const shardFile = (key: number) => `shard-${String(key).padStart(4, '0')}.json`;
const SHARD_FILE = /^shard-(\d{4})\.json$/;

// Text is analyzed by Sitrep (per-language stemming) before MiniSearch sees
// it: MiniSearch only splits the analyzed string on spaces.
export const MINISEARCH_OPTIONS: Options<IndexedPassage> = {
  fields: ['text', 'title', 'outlet'],
  storeFields: ['articleId', 'lang', 'sources', 'time', 'dated'],
  tokenize: (text) => (text ? text.split(' ') : []),
  processTerm: (term) => term || null,
  searchOptions: { boost: { text: 1, title: 0.6, outlet: 0.3 } },
  autoVacuum: { minDirtCount: 200, minDirtFactor: 0.2, batchSize: 2000, batchWait: 5 },
};

interface IndexState {
  revision: number;
  analyzer: number;
  passages: number;
  shardPassages: number;
  shards: number[];
}

export function toIndexed(passage: Passage, facts: PassageFacts): IndexedPassage {
  return {
    id: passage.id,
    text: analyzeText(passage.text, facts.lang).join(' '),
    title: facts.title ? analyzeText(facts.title, facts.lang).join(' ') : '',
    outlet: analyzeText([facts.outlet, facts.via].filter(Boolean).join(' '), 'und').join(' '),
    articleId: passage.articleId,
    lang: facts.lang,
    sources: [facts.outlet, facts.via].filter(Boolean).join('|').toLowerCase(),
    time: dateMs(facts.time) ?? 0,
    dated: facts.dated,
  };
}

type Postings = Map<number, Map<number, number>>;

/** MiniSearch has no public document-frequency lookup; its term index maps term → field id → (document → frequency). */
function textPostings(search: MiniSearch<IndexedPassage>, term: string): Map<number, number> | undefined {
  const internals = search as unknown as { _index: { get(t: string): Postings | undefined }; _fieldIds: Record<string, number> };
  return internals._index.get(term)?.get(internals._fieldIds.text);
}

const bm25Idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/**
 * The passage index: MiniSearch instances, one per shard of passage ids,
 * searched together. Each shard scores with its own idf; a per-term boost
 * rescales it to the idf of the whole index, so shards rank as one index would.
 */
export class PassageIndex {
  private readonly shards = new Map<number, MiniSearch<IndexedPassage>>();
  /** Shards whose contents changed since the last save. */
  private readonly dirty = new Set<number>();

  private constructor(readonly shardPassages = SHARD_PASSAGES) {}

  private shardFor(id: number): MiniSearch<IndexedPassage> {
    const key = Math.floor(id / this.shardPassages);
    let shard = this.shards.get(key);
    if (!shard) this.shards.set(key, (shard = new MiniSearch(MINISEARCH_OPTIONS)));
    this.dirty.add(key);
    return shard;
  }

  static empty(shardPassages?: number): PassageIndex {
    return new PassageIndex(shardPassages);
  }

  static build(rows: Iterable<{ passage: Passage } & PassageFacts>, shardPassages?: number): PassageIndex {
    const index = new PassageIndex(shardPassages);
    for (const row of rows) index.add(row.passage, row);
    return index;
  }

  /** The persisted index, if it was saved at `revision` by this analyzer and every shard reads back; otherwise undefined. */
  static restore(dir: string, revision: number): PassageIndex | undefined {
    const statePath = join(dir, STATE_FILE);
    if (!existsSync(statePath)) return undefined;
    try {
      const state = JSON.parse(readFileSync(statePath, 'utf8')) as IndexState;
      if (state.revision !== revision || state.analyzer !== ANALYZER_VERSION || !Array.isArray(state.shards)) return undefined;
      const index = new PassageIndex(state.shardPassages);
      for (const key of state.shards) {
        index.shards.set(key, MiniSearch.loadJSON(readFileSync(join(dir, shardFile(key)), 'utf8'), MINISEARCH_OPTIONS));
      }
      return index.size === state.passages ? index : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Writes the shards that changed, then the state naming the store revision
   * they reflect. Every file is written beside and renamed into place, and
   * the state last, so a crash leaves either the old index or the new one.
   */
  save(dir: string, revision: number): void {
    mkdirSync(dir, { recursive: true });
    const written = new Set(readdirSync(dir).filter((f) => SHARD_FILE.test(f)));
    for (const [key, shard] of this.shards) {
      if (!this.dirty.has(key) && written.has(shardFile(key))) continue;
      const path = join(dir, shardFile(key));
      writeFileSync(`${path}.tmp`, JSON.stringify(shard));
      renameSync(`${path}.tmp`, path);
    }
    const state: IndexState = { revision, analyzer: ANALYZER_VERSION, passages: this.size, shardPassages: this.shardPassages, shards: [...this.shards.keys()].sort((a, b) => a - b) };
    writeFileSync(join(dir, `${STATE_FILE}.tmp`), JSON.stringify(state));
    renameSync(join(dir, `${STATE_FILE}.tmp`), join(dir, STATE_FILE));
    for (const file of written) {
      const key = Number(SHARD_FILE.exec(file)![1]);
      if (!this.shards.has(key)) rmSync(join(dir, file), { force: true });
    }
    this.dirty.clear();
  }

  static persistedBytes(dir: string): number {
    if (!existsSync(dir)) return 0;
    return readdirSync(dir)
      .filter((f) => SHARD_FILE.test(f) || f === STATE_FILE)
      .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  }

  add(passage: Passage, facts: PassageFacts): void {
    this.shardFor(passage.id).add(toIndexed(passage, facts));
  }

  discard(ids: number[]): void {
    for (const id of ids) {
      const key = Math.floor(id / this.shardPassages);
      const shard = this.shards.get(key);
      if (!shard?.has(id)) continue;
      shard.discard(id);
      this.dirty.add(key);
    }
  }

  get size(): number {
    let n = 0;
    for (const shard of this.shards.values()) n += shard.documentCount;
    return n;
  }

  /** Distinct terms over all shards (a term in several shards counts once per shard). */
  get termCount(): number {
    let n = 0;
    for (const shard of this.shards.values()) n += shard.termCount;
    return n;
  }

  get shardCount(): number {
    return this.shards.size;
  }

  /** In how many passages a term occurs in the text field. */
  documentFrequency(term: string): number {
    let df = 0;
    for (const shard of this.shards.values()) df += textPostings(shard, term)?.size ?? 0;
    return df;
  }

  /** Whether a passage holds a term (in any field): checks a term left out of a search, for the best hits only. */
  holds(id: number, term: string): boolean {
    const shard = this.shards.get(Math.floor(id / this.shardPassages));
    if (!shard) return false;
    const internals = shard as unknown as { _idToShortId: Map<number, number>; _index: { get(t: string): Postings | undefined } };
    const shortId = internals._idToShortId.get(id);
    const fields = internals._index.get(term);
    if (shortId === undefined || !fields) return false;
    for (const postings of fields.values()) if (postings.has(shortId)) return true;
    return false;
  }

  /** The best passages holding any of the terms (OR), scored by MiniSearch, best first. */
  search(query: IndexSearch): PassageHit[] {
    if (!query.terms.length) return [];
    const { filter, weights } = query;
    const n = this.size;
    const globalIdf = new Map(query.terms.map((t) => [t, bm25Idf(n, this.documentFrequency(t))]));
    const hits: PassageHit[] = [];
    for (const shard of this.shards.values()) {
      const shardN = shard.documentCount;
      if (!shardN) continue;
      const scale = (term: string) => {
        const df = textPostings(shard, term)?.size ?? 0;
        return df ? globalIdf.get(term)! / bm25Idf(shardN, df) : 1;
      };
      const results = shard.search(query.terms.join(' '), {
        combineWith: 'OR',
        boostTerm: (term) => (weights.get(term) ?? 1) * (this.shards.size > 1 ? scale(term) : 1),
        filter: filter ? (result) => filter(result as unknown as StoredFields) : undefined,
      });
      for (const result of results) hits.push(result as unknown as PassageHit);
    }
    if (this.shards.size > 1) hits.sort((a, b) => b.score - a.score);
    return query.limit ? hits.slice(0, query.limit) : hits;
  }

  /** MiniSearch's plain OR search in every shard over the terms, every match scored, merged: the benchmark's baseline. */
  bareSearch(terms: string[]): PassageHit[] {
    const hits: PassageHit[] = [];
    for (const shard of this.shards.values()) hits.push(...(shard.search(terms.join(' '), { combineWith: 'OR' }) as unknown as PassageHit[]));
    return hits.sort((a, b) => b.score - a.score);
  }

  /** Index terms close to a word, for "did you mean" suggestions. */
  suggest(term: string, limit = 3): string[] {
    const found = new Map<string, number>();
    for (const shard of this.shards.values()) {
      for (const s of shard.autoSuggest(term, { fuzzy: (t) => (t.length >= 5 ? 1 : 0), prefix: (t) => t.length >= 4, combineWith: 'OR' })) {
        if (s.suggestion !== term && s.suggestion.length >= 4 && !s.suggestion.includes(' ')) found.set(s.suggestion, (found.get(s.suggestion) ?? 0) + s.score);
      }
    }
    return [...found].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([s]) => s);
  }
}

