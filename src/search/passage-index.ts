import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { Passage } from '../articles/article.ts';
import { dateMs } from '../articles/dates.ts';
import { ANALYZER_VERSION, analyzeText } from '../text/analyze.ts';
import { LazyPostings, holdsPosting, postingCount } from './lazy-postings.ts';
import { LazyTable } from './lazy-table.ts';
import { type RadixTree, buildRadixTree } from './radix-tree.ts';
import { isStrictlyAscending } from './sorted-arrays.ts';
import { answerKindsOf } from '../text/answer-kinds.ts';
import { quoteHash } from './snippet.ts';
import { type ScoredMatch, scoreShard, seedFieldLengths } from './shard-scorer.ts';

/** The article facts a passage is filtered and ranked by. */
export interface PassageFacts {
  outlet?: string;
  via?: string;
  lang: string;
  /** Publication time, or ingest time when the publication date is unknown. */
  time: string;
  dated: boolean;
  /** Indexed only when the source had a title: a derived one repeats the lead. */
  title?: string;
  /** The article's conflict relevance (see text/relevance.ts); unknown for articles stored before it was scored. */
  relevance?: number;
  /** The article's story cluster, fixed when the article is stored (see ArticleStore.upsert). */
  clusterId?: string;
  /** What the passage is also found by, with less weight: its article's lead names and the sentence before it (see context.ts). */
  context?: string;
}

/** A passage as MiniSearch indexes it: fields already analyzed by Sitrep, joined by spaces. */
interface IndexedPassage {
  id: number;
  text: string;
  title: string;
  outlet: string;
  context: string;
  articleId: string;
  lang: string;
  sources: string;
  time: number;
  dated: boolean;
  relevance?: number;
  story?: string;
  quote: number;
  ord: number;
  kinds: number;
}

/** The stored fields a search filter reads (filters.ts). */
export type FilterFacts = Pick<StoredFields, 'lang' | 'sources' | 'time' | 'relevance'>;

export interface StoredFields {
  articleId: string;
  lang: string;
  /** Lowercased outlet and via, separated by "|". */
  sources: string;
  time: number;
  dated: boolean;
  /** Kept so that articles off the subject are left out inside the search, before the best hits are picked. */
  relevance?: number;
  /** The story cluster, when it is not the article's own (a copy's); kept so that ranking reads nothing from the store. */
  story?: string;
  /** The passage's quoteHash: copies of one quote share it. */
  quote: number;
  /** Its place in its article: the article's lead passage is `id - ord`. */
  ord: number;
  /** The kinds of answer its text holds: a count, a date, a duration (text/answer-kinds.ts). */
  kinds: number;
}

export type PassageHit = SearchResult & StoredFields & {
  id: number;
  /** The passage's id within its shard, when the hit comes from `search` (spares `holderOf` a lookup per term). */
  shortId?: number;
};

/** A hit of `search`: also the terms searched, and for each the fields holding it in this passage (bit f for MINISEARCH_OPTIONS.fields[f]); `match` says the same, made when read. */
export type SearchedHit = PassageHit & { shortId: number; searchedTerms: string[]; termFields: Uint32Array };

/** Where a passage holds a term: its own text, or only its article's title, context or outlet. */
export type TermPlace = 'text' | 'article';

export interface IndexSearch {
  /** Analyzed query terms; each term's weight (own words 1, expansions less). */
  terms: string[];
  weights: Map<string, number>;
  /** Each term's document frequency over the whole index, when the caller has looked it up already. */
  documentFrequency?: Map<string, number>;
  filter?: (facts: FilterFacts) => boolean;
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
const SHARD_BIN = /^shard-(\d{4})\.bin$/;

/** A passage's own words count most; its article's title and context (lead names, the sentence before) less. */
export const FIELD_BOOST = { text: 1, title: 0.5, outlet: 0.3, context: 0.35 };

// Text is analyzed by Sitrep (per-language stemming) before MiniSearch sees
// it: MiniSearch only splits the analyzed string on spaces.
export const MINISEARCH_OPTIONS: Options<IndexedPassage> = {
  fields: ['text', 'title', 'outlet', 'context'],
  storeFields: ['articleId', 'lang', 'sources', 'time', 'dated', 'relevance', 'story', 'quote', 'ord', 'kinds'],
  tokenize: (text) => (text ? text.split(' ') : []),
  processTerm: (term) => term || null,
  searchOptions: { boost: FIELD_BOOST },
  autoVacuum: { minDirtCount: 200, minDirtFactor: 0.2, batchSize: 2000, batchWait: 5 },
};
/** A `termFields` mask's bit for the passage's own text. */
export const TEXT_FIELD_BIT = 1 << MINISEARCH_OPTIONS.fields.indexOf('text');

/** Bump when what a shard holds changes: an index saved in another format is rebuilt at start. */
const INDEX_FORMAT = 6;

interface IndexState {
  format: number;
  revision: number;
  analyzer: number;
  passages: number;
  shardPassages: number;
  shards: number[];
}

/** A passage's analyzed words and what its text alone decides: the costly part of indexing it, done apart from the ids the store gives (an ingest worker does it, see ingest/prepare.ts). */
export interface AnalyzedPassage {
  text: string;
  context: string;
  title: string;
  outlet: string;
  quote: number;
  kinds: number;
}

type AnalysisFacts = Pick<PassageFacts, 'lang' | 'context' | 'title' | 'outlet' | 'via'>;

/** The article's fields every one of its passages carries, analyzed once for all of them. */
export function analyzeArticleFields(facts: AnalysisFacts): Pick<AnalyzedPassage, 'title' | 'outlet'> {
  return {
    title: facts.title ? analyzeText(facts.title, facts.lang).join(' ') : '',
    outlet: analyzeText([facts.outlet, facts.via].filter(Boolean).join(' '), 'und').join(' '),
  };
}

export function analyzePassage(passageText: string, facts: AnalysisFacts, articleFields = analyzeArticleFields(facts)): AnalyzedPassage {
  const text = analyzeText(passageText, facts.lang);
  // Context terms the passage holds itself add nothing: each counts once, and only when the passage lacks it.
  const own = new Set(text);
  const context = facts.context ? [...new Set(analyzeText(facts.context, facts.lang))].filter((t) => !own.has(t)) : [];
  return { text: text.join(' '), context: context.join(' '), ...articleFields, quote: quoteHash(passageText), kinds: answerKindsOf(passageText) };
}

export function toIndexed(passage: Passage, facts: PassageFacts, analyzed = analyzePassage(passage.text, facts)): IndexedPassage {
  return {
    id: passage.id,
    ...analyzed,
    articleId: passage.articleId,
    lang: facts.lang,
    sources: [facts.outlet, facts.via].filter(Boolean).join('|').toLowerCase(),
    time: dateMs(facts.time) ?? 0,
    dated: facts.dated,
    relevance: facts.relevance,
    story: facts.clusterId && facts.clusterId !== passage.articleId ? facts.clusterId : undefined,
    ord: passage.ord,
  };
}

type Postings = Map<number, Map<number, number>>;

/**
 * In how many of a shard's passages a term is in the text field. MiniSearch has no public
 * document-frequency lookup; its term index maps term → field id → (document → frequency).
 */
function textCount(search: MiniSearch<IndexedPassage>, term: string): number {
  const internals = search as unknown as { _index: { get(t: string): Postings | undefined }; _fieldIds: Record<string, number> };
  const data = internals._index.get(term);
  return data ? postingCount(data, internals._fieldIds.text) : 0;
}

/** How many terms' document frequencies are kept between questions. */
const FREQUENCIES_KEPT = 50_000;

export const bm25Idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** A shard's stored fields and external ids, by short id. */
interface ShardQueryInternals {
  _storedFields: Map<number, Record<string, unknown>>;
  _documentIds: Map<number, number>;
}

/** MiniSearch's term tree, as suggestions read it. */
interface SuggestTree {
  fuzzyGet(term: string, maxDistance: number): Map<string, [Postings, number]>;
  atPrefix(prefix: string): Iterable<[string, Postings]>;
}
/** How many longer forms of a word are looked at for suggestions (a short word may begin thousands). */
const SUGGEST_PREFIX_LIMIT = 500;

/** MiniSearch's state, as its loadJS fills it in. */
interface MiniSearchInternals {
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  _documentIds: Map<number, number>;
  _idToShortId: Map<number, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, Record<string, unknown>>;
  _index: { set(term: string, data: Postings): void; [Symbol.iterator](): IterableIterator<[string, Postings]> };
}

/**
 * A shard on disk as two files: `shard-NNNN.json` holds its strings (terms,
 * article ids, languages, sources, stories) and a table of the typed arrays in
 * `shard-NNNN.bin` (document ids, field lengths, times, and every posting).
 * MiniSearch's own JSON writes each posting as an object key and loadJSON
 * parses them back one by one, about 2 s per 100,000 passages; here the
 * arrays are read as they were written and MiniSearch's internals filled the
 * way its loadJS does: 1M passages restore in about 7 s instead of 22.
 */
interface ShardHeader {
  compact: 1;
  /** Each term's postings in a field are in ascending short id order (written since 2026-12-03). */
  sortedPostings?: 1;
  documentCount: number;
  nextId: number;
  dirtCount: number;
  averageFieldLength: number[];
  terms: string[];
  articleId: string[];
  lang: string[];
  sources: string[];
  /** Each passage's story, or "" for the article's own. */
  story: string[];
  /** The .bin file: its size and CRC-32, and each array's element type, length and byte offset. */
  bin: { bytes: number; crc: number; arrays: Record<ArrayName, { type: 'u8' | 'u16' | 'u32' | 'f64'; length: number; offset: number }> };
}

type ArrayName = 'shortIds' | 'ids' | 'fieldLengths' | 'time' | 'dated' | 'relevance' | 'quote' | 'ord' | 'kinds' | 'layout' | 'docs' | 'freqs';
type NumberArray = Uint8Array | Uint16Array | Uint32Array | Float64Array;
const ARRAY_TYPES = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, f64: Float64Array } as const;
// The codec is written for the passage schema: four fields, ten stored facts.
const FIELD_COUNT = 4;
/** MiniSearch numbers the fields in their order. */
const FIELD_IDS = Array.from({ length: FIELD_COUNT }, (_, i) => i);

function compactShard(search: MiniSearch<IndexedPassage>): { header: Omit<ShardHeader, 'bin'>; arrays: Record<ArrayName, NumberArray> } {
  const m = search as unknown as MiniSearchInternals;
  const n = m._documentIds.size;
  const shortIds = new Uint32Array(n);
  const ids = new Float64Array(n);
  const fieldLengths = new Uint32Array(n * FIELD_COUNT);
  const time = new Float64Array(n);
  const dated = new Uint8Array(n);
  const relevance = new Float64Array(n);
  const quote = new Float64Array(n);
  const ord = new Uint32Array(n);
  const kinds = new Uint16Array(n);
  const articleId: string[] = [];
  const lang: string[] = [];
  const sources: string[] = [];
  const story: string[] = [];
  let i = 0;
  for (const [shortId, id] of m._documentIds) {
    shortIds[i] = shortId;
    ids[i] = id;
    const lengths = m._fieldLength.get(shortId) ?? [];
    for (let f = 0; f < FIELD_COUNT; f++) fieldLengths[i * FIELD_COUNT + f] = lengths[f] ?? 0;
    const fields = (m._storedFields.get(shortId) ?? {}) as Partial<StoredFields>;
    articleId.push(fields.articleId ?? '');
    lang.push(fields.lang ?? '');
    sources.push(fields.sources ?? '');
    story.push(fields.story ?? '');
    time[i] = fields.time ?? 0;
    dated[i] = fields.dated ? 1 : 0;
    relevance[i] = fields.relevance ?? Number.NaN;
    quote[i] = fields.quote ?? 0;
    ord[i] = fields.ord ?? 0;
    kinds[i] = fields.kinds ?? 0;
    i++;
  }
  // Terms in sorted order, so a restore builds the term tree in one pass (radix-tree.ts).
  const entries = [...m._index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const terms: string[] = [];
  const layout: number[] = [];
  let postings = 0;
  for (const [term, data] of entries) {
    terms.push(term);
    layout.push(data.size);
    for (const [fieldId, docs] of data) {
      layout.push(fieldId, docs.size);
      postings += docs.size;
    }
  }
  const docs = new Uint32Array(postings);
  const freqs = new Uint32Array(postings);
  let at = 0;
  for (const [, data] of entries) {
    for (const [, fieldPostings] of data) {
      const from = at;
      for (const [doc, freq] of fieldPostings) {
        docs[at] = doc;
        freqs[at++] = freq;
      }
      // Postings come in the order passages were added, ascending; a restore searches them by binary search.
      if (!isStrictlyAscending(docs, from, at)) sortPostings(docs, freqs, from, at);
    }
  }
  return {
    header: { compact: 1, sortedPostings: 1, documentCount: m._documentCount, nextId: m._nextId, dirtCount: m._dirtCount, averageFieldLength: m._avgFieldLength, terms, articleId, lang, sources, story },
    arrays: { shortIds, ids, fieldLengths, time, dated, relevance, quote, ord, kinds, layout: Uint32Array.from(layout), docs, freqs },
  };
}

function sortPostings(docs: Uint32Array, freqs: Uint32Array, from: number, to: number): void {
  const pairs = Array.from({ length: to - from }, (_, i) => [docs[from + i], freqs[from + i]] as const).sort((a, b) => a[0] - b[0]);
  pairs.forEach(([doc, freq], i) => {
    docs[from + i] = doc;
    freqs[from + i] = freq;
  });
}

/** Writes a shard's .bin, then its .json (each beside its place and renamed in). */
function writeShard(dir: string, key: number, search: MiniSearch<IndexedPassage>): ReturnType<typeof compactShard> {
  const compacted = compactShard(search);
  const { header, arrays } = compacted;
  const table = {} as ShardHeader['bin']['arrays'];
  const buffers: Buffer[] = [];
  let offset = 0;
  for (const [name, array] of Object.entries(arrays) as [ArrayName, NumberArray][]) {
    const type = array instanceof Uint8Array ? 'u8' : array instanceof Uint16Array ? 'u16' : array instanceof Uint32Array ? 'u32' : 'f64';
    table[name] = { type, length: array.length, offset };
    const padding = (8 - (array.byteLength % 8)) % 8;
    buffers.push(Buffer.from(array.buffer, array.byteOffset, array.byteLength), Buffer.alloc(padding));
    offset += array.byteLength + padding;
  }
  const bin = Buffer.concat(buffers);
  const path = join(dir, shardFile(key));
  const binPath = path.replace(/\.json$/, '.bin');
  writeFileSync(`${binPath}.tmp`, bin);
  renameSync(`${binPath}.tmp`, binPath);
  const full: ShardHeader = { ...header, bin: { bytes: bin.length, crc: crc32(bin), arrays: table } };
  writeFileSync(`${path}.tmp`, JSON.stringify(full));
  renameSync(`${path}.tmp`, path);
  return compacted;
}

/** A shard from its two files; throws when either is damaged. */
function readShard(dir: string, key: number): MiniSearch<IndexedPassage> {
  const path = join(dir, shardFile(key));
  const js = JSON.parse(readFileSync(path, 'utf8')) as ShardHeader;
  if (js.compact !== 1) throw new Error('not a compact shard');
  const bin = readFileSync(path.replace(/\.json$/, '.bin'));
  if (bin.length !== js.bin.bytes || crc32(bin) !== js.bin.crc) throw new Error('damaged shard');
  const array = <T extends NumberArray>(name: ArrayName): T => {
    const { type, length, offset } = js.bin.arrays[name];
    const Type = ARRAY_TYPES[type];
    if (offset + length * Type.BYTES_PER_ELEMENT > bin.length) throw new Error('damaged shard');
    // A Buffer this large has its own memory, aligned: the arrays are views, not copies.
    const aligned = (bin.byteOffset + offset) % Type.BYTES_PER_ELEMENT === 0;
    return (aligned ? new Type(bin.buffer, bin.byteOffset + offset, length) : new Type(Uint8Array.from(bin.subarray(offset, offset + length * Type.BYTES_PER_ELEMENT)).buffer)) as T;
  };
  return shardOf(js, array);
}

/**
 * The stored fields searches read for every passage they touch (a filter's facts, the article of each
 * holder of a term), as a restored shard holds them: read from its arrays, no object made per passage.
 */
interface FactColumns {
  stored: LazyTable<Record<string, unknown>>;
  articleId: string[];
  lang: string[];
  sources: string[];
  time: Float64Array;
  relevance: Float64Array;
}
const factColumns = new WeakMap<object, FactColumns>();

/** A filter over a shard's passages by short id, reading restored passages' facts from their arrays. */
function acceptor(shard: object, stored: Map<number, Record<string, unknown>>, filter: (facts: FilterFacts) => boolean): (shortId: number) => boolean {
  const columns = factColumns.get(shard);
  const fromStore = (shortId: number) => filter(stored.get(shortId) as unknown as FilterFacts);
  if (!columns) return fromStore;
  // One object, filled for each passage in turn: the filter reads it before the next.
  const facts: FilterFacts = { lang: '', sources: '', time: 0, relevance: undefined };
  return (shortId) => {
    const i = columns.stored.restoredIndex(shortId);
    if (i < 0) return fromStore(shortId);
    facts.lang = columns.lang[i];
    facts.sources = columns.sources[i];
    facts.time = columns.time[i];
    facts.relevance = Number.isNaN(columns.relevance[i]) ? undefined : columns.relevance[i];
    return filter(facts);
  };
}

/** The article of a shard's passage by short id. */
function articleReader(shard: object, stored: Map<number, Record<string, unknown>>): (shortId: number) => string | undefined {
  const columns = factColumns.get(shard);
  const fromStore = (shortId: number) => stored.get(shortId)?.articleId as string | undefined;
  if (!columns) return fromStore;
  return (shortId) => {
    const i = columns.stored.restoredIndex(shortId);
    return i >= 0 ? columns.articleId[i] : fromStore(shortId);
  };
}

/** A shard from its strings and arrays, as written (or just compacted for writing); throws when they do not fit. */
function shardOf(js: Omit<ShardHeader, 'bin'>, array: <T extends NumberArray>(name: ArrayName) => T): MiniSearch<IndexedPassage> {
  const shortIds = array<Uint32Array>('shortIds');
  const ids = array<Float64Array>('ids');
  const fieldLengths = array<Uint32Array>('fieldLengths');
  const time = array<Float64Array>('time');
  const dated = array<Uint8Array>('dated');
  const relevance = array<Float64Array>('relevance');
  const quote = array<Float64Array>('quote');
  const ord = array<Uint32Array>('ord');
  const kinds = array<Uint16Array>('kinds');
  const layout = array<Uint32Array>('layout');
  const docs = array<Uint32Array>('docs');
  const freqs = array<Uint32Array>('freqs');
  const n = shortIds.length;
  const { articleId, lang, sources, story } = js;
  if (ids.length !== n || fieldLengths.length !== n * FIELD_COUNT || time.length !== n || dated.length !== n || relevance.length !== n || quote.length !== n || ord.length !== n || kinds.length !== n || articleId.length !== n || lang.length !== n || sources.length !== n || story?.length !== n || docs.length !== freqs.length) {
    throw new Error('damaged shard');
  }
  const search = new MiniSearch(MINISEARCH_OPTIONS);
  const m = search as unknown as MiniSearchInternals;
  m._documentCount = js.documentCount;
  m._nextId = js.nextId;
  m._dirtCount = js.dirtCount;
  m._avgFieldLength = js.averageFieldLength;
  // Literals, not grown arrays and objects: there are a million of each at 1M passages.
  const lengthsAt = (i: number) => {
    const at = i * FIELD_COUNT;
    return [fieldLengths[at], fieldLengths[at + 1], fieldLengths[at + 2], fieldLengths[at + 3]];
  };
  // As MiniSearch stores them, in storeFields order: a fact the document did not have is no key at all.
  const fieldsAt = (i: number) => {
    const fields: Record<string, unknown> = { articleId: articleId[i], lang: lang[i], sources: sources[i], time: time[i], dated: dated[i] === 1 };
    if (!Number.isNaN(relevance[i])) fields.relevance = relevance[i];
    if (story[i]) fields.story = story[i];
    fields.quote = quote[i];
    fields.ord = ord[i];
    fields.kinds = kinds[i];
    return fields;
  };
  // Each passage's entries are made when asked for (LazyTable), from the arrays, when its ids are in order (as written).
  if (LazyTable.canHold(shortIds) && LazyTable.canHold(ids)) {
    m._documentIds = new LazyTable(shortIds, (i) => ids[i]);
    m._idToShortId = new LazyTable(ids, (i) => shortIds[i]);
    m._fieldLength = new LazyTable(shortIds, lengthsAt);
    const stored = new LazyTable(shortIds, fieldsAt);
    m._storedFields = stored;
    factColumns.set(search, { stored, articleId, lang, sources, time, relevance });
  } else {
    for (let i = 0; i < n; i++) {
      m._documentIds.set(shortIds[i], ids[i]);
      m._idToShortId.set(ids[i], shortIds[i]);
      m._fieldLength.set(shortIds[i], lengthsAt(i));
      m._storedFields.set(shortIds[i], fieldsAt(i));
    }
  }
  seedFieldLengths(search, shortIds, fieldLengths, FIELD_COUNT);
  // Each term's postings stay in the arrays (LazyPostings): here only their places are found.
  let l = 0;
  let at = 0;
  const postingArrays = { layout, docs, freqs, sorted: js.sortedPostings === 1 };
  const postings = js.terms.map(() => {
    const lazy = new LazyPostings(postingArrays, l, at);
    ({ layoutAt: l, docsAt: at } = LazyPostings.skip(layout, l, docs.length, at));
    return lazy;
  });
  if (l !== layout.length || at !== docs.length) throw new Error('damaged shard');
  // A shard written in sorted term order (all written now) gets its term tree built in one pass.
  if (isStrictlyAscending(js.terms)) (m._index as unknown as { _tree: RadixTree<LazyPostings> })._tree = buildRadixTree(js.terms, (i) => postings[i]);
  else js.terms.forEach((term, i) => m._index.set(term, postings[i]));
  return search;
}

/**
 * The passage index: MiniSearch instances, one per shard of passage ids,
 * searched together. Each shard scores with its own idf; a per-term boost
 * rescales it to the idf of the whole index, so shards rank as one index would.
 */
export class PassageIndex {
  private readonly shards = new Map<number, MiniSearch<IndexedPassage>>();
  /** Shards whose contents changed since the last save. */
  private readonly dirty = new Set<number>();

  private readonly frequencies = new Map<string, number>();
  private frequenciesState = -1;

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
    const saved = PassageIndex.restoreSaved(dir);
    return saved?.revision === revision ? saved.index : undefined;
  }

  /** The persisted index and the store revision it reflects, if this analyzer made it and every shard reads back. */
  static restoreSaved(dir: string): { index: PassageIndex; revision: number } | undefined {
    const statePath = join(dir, STATE_FILE);
    if (!existsSync(statePath)) return undefined;
    try {
      const state = JSON.parse(readFileSync(statePath, 'utf8')) as IndexState;
      if (state.format !== INDEX_FORMAT || typeof state.revision !== 'number' || state.analyzer !== ANALYZER_VERSION || !Array.isArray(state.shards)) return undefined;
      const index = new PassageIndex(state.shardPassages);
      for (const key of state.shards) {
        index.shards.set(key, readShard(dir, key));
      }
      return index.size === state.passages ? { index, revision: state.revision } : undefined;
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
    const onDisk = new Set(readdirSync(dir).filter((f) => SHARD_FILE.test(f)));
    const written = new Map<number, ReturnType<typeof compactShard>>();
    for (const [key, shard] of this.shards) {
      if (!this.dirty.has(key) && onDisk.has(shardFile(key))) continue;
      written.set(key, writeShard(dir, key, shard));
    }
    const state: IndexState = { format: INDEX_FORMAT, revision, analyzer: ANALYZER_VERSION, passages: this.size, shardPassages: this.shardPassages, shards: [...this.shards.keys()].sort((a, b) => a - b) };
    writeFileSync(join(dir, `${STATE_FILE}.tmp`), JSON.stringify(state));
    renameSync(join(dir, `${STATE_FILE}.tmp`), join(dir, STATE_FILE));
    for (const file of readdirSync(dir)) {
      const match = SHARD_FILE.exec(file) ?? SHARD_BIN.exec(file);
      if (match && !this.shards.has(Number(match[1]))) rmSync(join(dir, file), { force: true });
    }
    this.dirty.clear();
    // A full shard (new passages go to the newest) is held as a restore holds it, from the arrays just
    // written: its postings and passages then lie in them instead of a Map entry each.
    const newest = Math.max(...this.shards.keys());
    for (const [key, { header, arrays }] of written) if (key < newest) this.shards.set(key, shardOf(header, (name) => arrays[name] as never));
  }

  static persistedBytes(dir: string): number {
    if (!existsSync(dir)) return 0;
    return readdirSync(dir)
      .filter((f) => SHARD_FILE.test(f) || SHARD_BIN.test(f) || f === STATE_FILE)
      .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  }

  /** Indexes a passage; `analyzed`, when given, is analyzePassage's result for it (computed elsewhere). */
  add(passage: Passage, facts: PassageFacts, analyzed?: AnalyzedPassage): void {
    this.shardFor(passage.id).add(toIndexed(passage, facts, analyzed));
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

  /** The postings a restore left to be read at first use (see LazyPostings). */
  private unread(): LazyPostings[] {
    const pending: LazyPostings[] = [];
    for (const shard of this.shards.values()) {
      for (const [, data] of (shard as unknown as MiniSearchInternals)._index) if (data instanceof LazyPostings && !data.isRead) pending.push(data);
    }
    return pending;
  }

  /** Reads every term's postings into MiniSearch's Maps now (the benchmark times MiniSearch's own search on them). */
  readAll(): void {
    for (const postings of this.unread()) postings.readNow();
  }

  /** In how many passages a term occurs in the text field. */
  documentFrequency(term: string): number {
    // A question looks up each of its terms' and aliases' frequencies (a word per shard each time): they are
    // kept until the index changes — a passage added or discarded, or a vacuum under way or done.
    let state = 0;
    for (const shard of this.shards.values()) {
      if (shard.isVacuuming) return this.countDocuments(term);
      state += shard.documentCount + shard.dirtCount * 2 ** 26;
    }
    if (state !== this.frequenciesState) {
      this.frequencies.clear();
      this.frequenciesState = state;
    }
    let df = this.frequencies.get(term);
    if (df === undefined) {
      if (this.frequencies.size >= FREQUENCIES_KEPT) this.frequencies.clear();
      this.frequencies.set(term, (df = this.countDocuments(term)));
    }
    return df;
  }

  private countDocuments(term: string): number {
    let df = 0;
    for (const shard of this.shards.values()) df += textCount(shard, term);
    return df;
  }

  /**
   * Where a passage holds a term: in its own text; elsewhere in its article
   * (its title and context fields, or its article's lead passage, whose
   * context carries the article's names); or not at all. Looks the term up
   * once per shard, then once per passage asked about. `notInPassage`: the
   * caller knows the passage's own fields lack it (a searched term it did not
   * match), so only its article's lead is looked at.
   */
  holderOf(term: string): (id: number, ord: number, notInPassage?: boolean, shortId?: number) => TermPlace | undefined {
    const postingsByShard = new Map<number, { shortIds: Map<number, number>; data: Postings; textId: number }>();
    for (const [key, shard] of this.shards) {
      const internals = shard as unknown as { _idToShortId: Map<number, number>; _index: { get(t: string): Postings | undefined }; _fieldIds: Record<string, number> };
      const data = internals._index.get(term);
      if (data) postingsByShard.set(key, { shortIds: internals._idToShortId, data, textId: internals._fieldIds.text });
    }
    const holdsAny = (id: number) => {
      const found = postingsByShard.get(Math.floor(id / this.shardPassages));
      const shortId = found?.shortIds.get(id);
      return shortId !== undefined && holdsPosting(found!.data, undefined, shortId);
    };
    // Hits come several to an article: its lead is looked up once.
    const leads = new Map<number, boolean>();
    const leadHolds = (lead: number) => {
      let found = leads.get(lead);
      if (found === undefined) leads.set(lead, (found = holdsAny(lead)));
      return found;
    };
    return (id, ord, notInPassage, knownShortId) => {
      if (!postingsByShard.size) return undefined;
      if (!notInPassage) {
        // The passage's short id is looked up once for both of its checks: this runs for every hit and term.
        const found = postingsByShard.get(Math.floor(id / this.shardPassages));
        const shortId = found && (knownShortId ?? found.shortIds.get(id));
        if (shortId !== undefined) {
          if (holdsPosting(found!.data, found!.textId, shortId)) return 'text';
          if (holdsPosting(found!.data, undefined, shortId)) return 'article';
        }
      }
      return ord > 0 && leadHolds(id - ord) ? 'article' : undefined;
    };
  }

  /**
   * Whether a passage's article holds a term in any of its passages (in any
   * field), asked article by article; undefined when more than `limit`
   * passages hold it (a common word says little about an article). A common
   * term costs what the articles asked about hold, not what the index holds:
   * each article's passages (consecutive ids from its lead, `id - ord`) are
   * looked up once.
   */
  articleHolder(term: string, limit: number): ((id: number, ord: number) => boolean) | undefined {
    const byShard = new Map<number, { shortIds: Map<number, number>; data: Postings; articleOf: (shortId: number) => string | undefined }>();
    let passages = 0;
    for (const [key, shard] of this.shards) {
      const internals = shard as unknown as { _idToShortId: Map<number, number>; _index: { get(t: string): Postings | undefined }; _storedFields: Map<number, Record<string, unknown>>; _fieldIds: Record<string, number> };
      const data = internals._index.get(term);
      if (!data) continue;
      for (const fieldId of Object.values(internals._fieldIds)) passages += postingCount(data, fieldId);
      if (passages > limit) return undefined;
      byShard.set(key, { shortIds: internals._idToShortId, data, articleOf: articleReader(shard, internals._storedFields) });
    }
    const shardOfId = (id: number) => this.shards.get(Math.floor(id / this.shardPassages)) as unknown as { _idToShortId: Map<number, number>; _storedFields: Map<number, Record<string, unknown>> } | undefined;
    const articleAt = (id: number) => {
      const shard = shardOfId(id);
      const shortId = shard?._idToShortId.get(id);
      return shortId === undefined ? undefined : articleReader(shard!, shard!._storedFields)(shortId);
    };
    const byLead = new Map<number, boolean>();
    return (id, ord) => {
      const lead = id - ord;
      let found = byLead.get(lead);
      if (found !== undefined) return found;
      found = false;
      if (byShard.size) {
        const article = articleAt(id);
        for (let p = lead; !found; p++) {
          const inShard = byShard.get(Math.floor(p / this.shardPassages));
          const shortId = inShard ? inShard.shortIds.get(p) : undefined;
          if (shortId !== undefined) {
            if (inShard!.articleOf(shortId) !== article) break;
            found = holdsPosting(inShard!.data, undefined, shortId);
          } else if (p !== id && articleAt(p) !== article) break;
        }
      }
      byLead.set(lead, found);
      return found;
    };
  }

  /**
   * The best passages holding any of the terms (OR), scored as MiniSearch
   * scores them, best first. MiniSearch's `search` turns every match into a
   * result object and sorts them all; here each shard's postings are scored
   * into typed arrays (shard-scorer.ts) and only its best `limit` are kept
   * (a heap) and made into hits.
   */
  search(query: IndexSearch): SearchedHit[] {
    if (!query.terms.length) return [];
    const { filter, weights } = query;
    const limit = query.limit ?? Infinity;
    const n = this.size;
    const globalIdf = new Map(query.terms.map((t) => [t, bm25Idf(n, query.documentFrequency?.get(t) ?? this.documentFrequency(t))]));
    const several = this.shards.size > 1;
    const best: Array<ScoredMatch & { shard: ShardQueryInternals }> = [];
    for (const shard of this.shards.values()) {
      const shardN = shard.documentCount;
      if (!shardN) continue;
      const textId = (shard as unknown as { _fieldIds: Record<string, number> })._fieldIds.text;
      const scale = (term: string, postings: Postings) => {
        const df = postingCount(postings, textId);
        return df ? globalIdf.get(term)! / bm25Idf(shardN, df) : 1;
      };
      const internals = shard as unknown as ShardQueryInternals;
      const matches = scoreShard(shard, {
        terms: query.terms,
        boostOf: (term, postings) => (weights.get(term) ?? 1) * (several ? scale(term, postings) : 1),
        fieldBoost: FIELD_BOOST,
        limit,
        accept: filter && acceptor(shard, internals._storedFields, filter),
      });
      for (const match of matches) best.push(Object.assign(match, { shard: internals }));
    }
    if (several) best.sort((a, b) => b.score - a.score);
    return (best.length > limit ? best.slice(0, limit) : best).map((scored) => {
      const { shard, shortId, score } = scored;
      const fields = shard._storedFields.get(shortId) as unknown as StoredFields;
      // Spelled out, not spread: stored fields come in several shapes, and spreading them cost more than scoring.
      return {
        id: shard._documentIds.get(shortId)!,
        shortId,
        score,
        get terms() {
          return scored.terms;
        },
        get queryTerms() {
          return scored.terms;
        },
        get match() {
          return scored.match;
        },
        searchedTerms: scored.queryTerms,
        termFields: scored.termFields,
        articleId: fields.articleId,
        lang: fields.lang,
        sources: fields.sources,
        time: fields.time,
        dated: fields.dated,
        relevance: fields.relevance,
        story: fields.story,
        quote: fields.quote,
        ord: fields.ord,
        kinds: fields.kinds,
      };
    });
  }

  /** MiniSearch's plain OR search in every shard over the terms, every match scored, merged: the benchmark's baseline. */
  bareSearch(terms: string[]): PassageHit[] {
    const hits: PassageHit[] = [];
    for (const shard of this.shards.values()) hits.push(...(shard.search(terms.join(' '), { combineWith: 'OR' }) as unknown as PassageHit[]));
    return hits.sort((a, b) => b.score - a.score);
  }

  /** Index terms one edit from a term (of six letters or more): a name the news spells otherwise ("Ohmatdyt" for "okhmatdyt"). */
  spellings(term: string): string[] {
    if (term.length < 6) return [];
    const found = new Set<string>();
    for (const shard of this.shards.values()) {
      const tree = (shard as unknown as { _index: SuggestTree })._index;
      for (const [candidate, [, distance]] of tree.fuzzyGet(term, 1)) if (distance > 0 && !candidate.includes(' ')) found.add(candidate);
    }
    return [...found].sort();
  }

  /**
   * Index terms close to a word, for "did you mean" suggestions: one edit away
   * (words of five letters or more) or longer forms of it (four or more), the
   * nearest first, then the most used. Looked up in MiniSearch's term tree
   * directly: its autoSuggest also runs a scored search over every passage
   * holding each such term, which cost several milliseconds a word.
   */
  suggest(term: string, limit = 3): string[] {
    const found = new Map<string, { distance: number; passages: number }>();
    const note = (candidate: string, distance: number, postings: Postings) => {
      if (candidate === term || candidate.length < 4 || candidate.includes(' ')) return;
      const passages = FIELD_IDS.reduce((sum, fieldId) => sum + postingCount(postings, fieldId), 0);
      const seen = found.get(candidate);
      if (!seen) found.set(candidate, { distance, passages });
      else {
        seen.distance = Math.min(seen.distance, distance);
        seen.passages += passages;
      }
    };
    for (const shard of this.shards.values()) {
      const tree = (shard as unknown as { _index: SuggestTree })._index;
      if (term.length >= 5) for (const [candidate, [postings, distance]] of tree.fuzzyGet(term, 1)) note(candidate, distance, postings);
      if (term.length >= 4) {
        let seen = 0;
        for (const [candidate, postings] of tree.atPrefix(term)) {
          if (++seen > SUGGEST_PREFIX_LIMIT) break;
          note(candidate, candidate.length - term.length, postings);
        }
      }
    }
    return [...found].sort(([, a], [, b]) => a.distance - b.distance || b.passages - a.passages).slice(0, limit).map(([candidate]) => candidate);
  }

}

