import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
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
}

const INDEX_FILE = 'passages.json';
const STATE_FILE = 'state.json';

// Text is analyzed by Sitrep (per-language stemming) before MiniSearch sees it:
// MiniSearch only splits the analyzed string on spaces.
const OPTIONS: Options<IndexedPassage> = {
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

/** The MiniSearch index over passages: built from the store, kept up to date, persisted. */
export class PassageIndex {
  private constructor(private search_: MiniSearch<IndexedPassage>) {}

  static empty(): PassageIndex {
    return new PassageIndex(new MiniSearch(OPTIONS));
  }

  static build(rows: Iterable<{ passage: Passage } & PassageFacts>): PassageIndex {
    const index = PassageIndex.empty();
    for (const row of rows) index.search_.add(toIndexed(row.passage, row));
    return index;
  }

  /** The persisted index, if it was saved at `revision` by this analyzer; otherwise undefined. */
  static restore(dir: string, revision: number): PassageIndex | undefined {
    const statePath = join(dir, STATE_FILE);
    const indexPath = join(dir, INDEX_FILE);
    if (!existsSync(statePath) || !existsSync(indexPath)) return undefined;
    try {
      const state = JSON.parse(readFileSync(statePath, 'utf8')) as IndexState;
      if (state.revision !== revision || state.analyzer !== ANALYZER_VERSION) return undefined;
      return new PassageIndex(MiniSearch.loadJSON(readFileSync(indexPath, 'utf8'), OPTIONS));
    } catch {
      return undefined;
    }
  }

  /** Writes the index and the store revision it reflects; the rename keeps a crash from leaving half a file. */
  save(dir: string, revision: number): void {
    mkdirSync(dir, { recursive: true });
    const indexPath = join(dir, INDEX_FILE);
    writeFileSync(`${indexPath}.tmp`, JSON.stringify(this.search_));
    renameSync(`${indexPath}.tmp`, indexPath);
    const state: IndexState = { revision, analyzer: ANALYZER_VERSION, passages: this.size };
    writeFileSync(join(dir, `${STATE_FILE}.tmp`), JSON.stringify(state));
    renameSync(join(dir, `${STATE_FILE}.tmp`), join(dir, STATE_FILE));
  }

  static persistedBytes(dir: string): number {
    const path = join(dir, INDEX_FILE);
    return existsSync(path) ? statSync(path).size : 0;
  }

  add(passage: Passage, facts: PassageFacts): void {
    this.search_.add(toIndexed(passage, facts));
  }

  discard(ids: number[]): void {
    for (const id of ids) if (this.search_.has(id)) this.search_.discard(id);
  }

  get size(): number {
    return this.search_.documentCount;
  }

  get termCount(): number {
    return this.search_.termCount;
  }

  /** In how many passages a term occurs in the text field. */
  documentFrequency(term: string): number {
    // MiniSearch has no public document-frequency lookup; its term index maps
    // term → field id → (document → frequency). Covered by a test.
    const internals = this.search_ as unknown as { _index: { get(t: string): Map<number, Map<number, number>> | undefined }; _fieldIds: Record<string, number> };
    return internals._index.get(term)?.get(internals._fieldIds.text)?.size ?? 0;
  }

  search(query: IndexSearch): PassageHit[] {
    if (!query.terms.length) return [];
    const { filter, weights } = query;
    return this.search_.search(query.terms.join(' '), {
      combineWith: 'OR',
      boostTerm: (term) => weights.get(term) ?? 1,
      filter: filter ? (result) => filter(result as unknown as StoredFields) : undefined,
    }) as PassageHit[];
  }

  /**
   * MiniSearch's own OR search over `terms`, every match scored and sorted:
   * the benchmark's baseline and the tests' reference for `search`.
   */
  bareSearch(terms: string[], weights?: Map<string, number>): PassageHit[] {
    if (!terms.length) return [];
    return this.search_.search(terms.join(' '), {
      combineWith: 'OR',
      boostTerm: weights ? (term) => weights.get(term) ?? 1 : undefined,
    }) as PassageHit[];
  }

  /** Index terms close to a word, for "did you mean" suggestions. */
  suggest(term: string, limit = 3): string[] {
    return this.search_
      .autoSuggest(term, { fuzzy: (t) => (t.length >= 5 ? 1 : 0), prefix: (t) => t.length >= 4, combineWith: 'OR' })
      .map((s) => s.suggestion)
      .filter((s) => s !== term && s.length >= 4 && !s.includes(' '))
      .slice(0, limit);
  }
}
