import { join } from 'node:path';
import type { Article, ArticleDraft, Passage } from './articles/article.ts';
import { type Brief, type BriefOptions, composeBrief } from './briefing/brief.ts';
import { type Config, SAMPLE_DIR } from './config.ts';
import { displayPath, draftsFromFile, expandPaths } from './ingest/files.ts';
import { CHUNK_ARTICLES, type DraftToIngest, PreparePool } from './ingest/prepare-pool.ts';
import { type PreparedArticle, loadGlossary, prepareArticle } from './ingest/prepare.ts';
import { type AskOptions, type AskResult, ask } from './search/ask.ts';
import { passageContexts } from './search/context.ts';
import { type AnalyzedPassage, type PassageFacts, PassageIndex } from './search/passage-index.ts';
import { type SourcesOptions, type SourcesResult, findSources } from './search/sources.ts';
import { ArticleStore, type StoreStats, type UpsertResult } from './store/articles.ts';
import { type Db, openDb } from './store/db.ts';
import { FeedbackStore } from './store/feedback.ts';
import { IndexLock } from './store/index-lock.ts';
import type { Glossary } from './text/glossary.ts';
import { saveStemCache } from './text/stem.ts';

/** At most so many new stems a closing engine adds to the stem cache (a session's questions; an ingest's vocabulary never). */
const STEMS_KEPT_AT_CLOSE = 2000;

/** A batch this large is prepared by worker threads (see Engine.ingestDrafts); a smaller one is not worth starting them. */
const PARALLEL_FROM_ARTICLES = 200;
/** Drafts read ahead from files before they are handed to ingestDrafts: enough to keep its workers busy, few enough to hold in memory. */
const INGEST_WINDOW_ARTICLES = 1000;
/** Buttons older than this stop working ("this button has expired"). */
const ACTION_RETENTION_DAYS = 90;
/** Writes the change log keeps: a saved index further behind than this is rebuilt. */
const CHANGES_KEPT = 50_000;

export interface IngestEvent {
  input: string;
  status: 'added' | 'updated' | 'unchanged' | 'failed';
  reason?: string;
  article?: Article;
  warnings?: string[];
}

export interface IngestSummary {
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  events: IngestEvent[];
}

export interface EngineStats extends StoreStats {
  /** Whether this process writes the persisted index (one per data dir does). */
  indexMaintainer: boolean;
  indexedPassages: number;
  indexTerms: number;
  indexBytes: number;
}

export interface EngineOptions {
  log?: (line: string) => void;
}

/**
 * Sitrep's engine: the store, the passage index and the glossary, and the
 * questions they answer. Knows nothing of chat platforms.
 *
 * Several processes may share a data dir (a server and a CLI ingest): the
 * store is the truth, each keeps its index in memory and catches up with the
 * others' writes from the store's change log (`catchUp`), and one of them —
 * the holder of the index lock — writes the persisted index.
 */
export class Engine {
  private dirty = false;
  /** The worker threads that prepare a large ingest batch, started at the first one. */
  private preparePool?: PreparePool;
  /** Whether this process analyzed articles' text (ingest, catch-up, rebuild): their words are not kept in the stem cache. */
  private analyzedArticles = false;
  /** The store revision the in-memory index reflects: every write up to it, none after. */
  private indexRevision: number;
  private readonly indexLock: IndexLock;

  private constructor(
    readonly config: Config,
    readonly db: Db,
    readonly store: ArticleStore,
    public index: PassageIndex,
    readonly glossary: Glossary,
    /** How the index came to be at start: for `stats` and the start-up log. */
    public indexOrigin: 'restored' | 'rebuilt',
    revision: number,
  ) {
    this.indexRevision = revision;
    this.indexLock = new IndexLock(join(config.dataDir, 'index'));
    this.feedback = new FeedbackStore(db);
  }

  /** Readers' feedback, and the quotes admins hid from answers. */
  readonly feedback: FeedbackStore;

  /** Passages reported wrong and hidden by an admin: read at each answer, since another process may have hidden one. */
  hiddenPassages(): Set<number> {
    return this.feedback.hiddenPassages();
  }

  get indexDir(): string {
    return join(this.config.dataDir, 'index');
  }

  /**
   * Opens the store, restores the saved index and catches it up with what was
   * stored since (or rebuilds it when it cannot be), and fills an empty store
   * with the sample.
   */
  static open(config: Config, options: EngineOptions = {}): Engine {
    const db = openDb(config.dataDir);
    const store = new ArticleStore(db);
    const glossary = loadGlossary(config.glossary);
    // A glossary built here stemmed every alias: those stems are what the next start needs.
    if (!glossary.fromCache) saveStemCache();
    const indexDir = join(config.dataDir, 'index');
    const saved = PassageIndex.restoreSaved(indexDir);
    const usable = saved && saved.revision <= store.revision() ? saved : undefined;
    let engine: Engine;
    if (usable) {
      engine = new Engine(config, db, store, usable.index, glossary, 'restored', usable.revision);
      if (engine.catchUp() === undefined) engine.rebuild();
    } else {
      // Read before the index is built: a write by another process meanwhile leaves the index behind, not ahead.
      const revision = store.revision();
      engine = new Engine(config, db, store, PassageIndex.build(indexRowsOf(store)), glossary, 'rebuilt', revision);
      engine.dirty = true;
      engine.analyzedArticles = true;
    }
    store.pruneActions(new Date(Date.now() - ACTION_RETENTION_DAYS * 86_400_000));
    if (engine.indexLock.acquire()) store.pruneChanges(CHANGES_KEPT);
    if (engine.saveIndex() && engine.indexOrigin === 'rebuilt') engine.serveSaved();
    if (config.sample && store.stats().articles === 0) {
      const summary = engine.ingest([SAMPLE_DIR]);
      options.log?.(`Empty store: ingested the bundled sample (${summary.added} ${summary.added === 1 ? 'article' : 'articles'}).`);
    }
    return engine;
  }

  /**
   * Brings the in-memory index up to the store: applies what other processes
   * stored since the revision it reflects, article by article. Returns the
   * number of articles applied, or undefined when the change log no longer
   * reaches back that far (then `reindex`).
   */
  catchUp(): number | undefined {
    if (this.store.revision() === this.indexRevision) return 0;
    const changes = this.store.changesSince(this.indexRevision);
    if (!changes) return undefined;
    if (!changes.length) return 0;
    const removed = new Map<string, number[]>();
    for (const change of changes) removed.set(change.articleId, [...(removed.get(change.articleId) ?? []), ...change.removedPassageIds]);
    for (const [articleId, removedIds] of removed) {
      const passages = this.store.passagesOf(articleId);
      // Applying a write twice (our own, seen again in the log) must leave one copy.
      this.index.discard([...removedIds, ...passages.map((p) => p.id)]);
      const article = this.store.article(articleId);
      if (article) this.indexArticle(article, passages);
    }
    this.indexRevision = changes[changes.length - 1].revision;
    this.dirty = true;
    return removed.size;
  }

  private rebuild(): void {
    this.analyzedArticles = true;
    const revision = this.store.revision();
    this.index = PassageIndex.build(indexRowsOf(this.store));
    this.indexRevision = revision;
    this.indexOrigin = 'rebuilt';
    this.dirty = true;
  }

  ingest(paths: string[], onEvent?: (event: IngestEvent) => void, now = new Date(), onProgress?: (filesDone: number, files: number) => void): IngestSummary {
    const { summary, report } = summarize(onEvent);
    for (const item of this.draftsOfFiles(paths, report, onProgress)) report(this.ingestDraft(item.draft, item.origin, now));
    this.saveIndex();
    return summary;
  }

  /**
   * As ingest, for many files: their articles are prepared by worker threads
   * (see ingestDrafts) while this thread stores and indexes the ones before.
   */
  async ingestFiles(paths: string[], onEvent?: (event: IngestEvent) => void, now = new Date(), onProgress?: (filesDone: number, files: number) => void): Promise<IngestSummary> {
    const { summary, report } = summarize(onEvent);
    let window: DraftToIngest[] = [];
    for (const item of this.draftsOfFiles(paths, report, onProgress)) {
      window.push({ ...item, now });
      if (window.length < INGEST_WINDOW_ARTICLES) continue;
      await this.ingestDrafts(window, report);
      window = [];
    }
    await this.ingestDrafts(window, report);
    this.saveIndex();
    return summary;
  }

  /** The drafts in files and directories, in order; what cannot be read is reported as it is met. */
  private *draftsOfFiles(paths: string[], report: (event: IngestEvent) => void, onProgress?: (filesDone: number, files: number) => void): Generator<DraftToIngest> {
    const { files, errors } = expandPaths(paths);
    for (const error of errors) report({ input: error.input, status: 'failed', reason: error.reason });
    let filesDone = 0;
    for (const file of files) {
      onProgress?.(filesDone++, files.length);
      const input = displayPath(file);
      let results;
      try {
        results = draftsFromFile(file, this.config.maxFileBytes);
      } catch (error) {
        report({ input, status: 'failed', reason: (error as Error).message });
        continue;
      }
      if (!results.length) report({ input, status: 'failed', reason: 'no articles in file' });
      for (const result of results) {
        const label = result.label ? `${input} ${result.label}` : input;
        if ('error' in result) report({ input: label, status: 'failed', reason: result.error });
        else yield { draft: result.draft, origin: label };
      }
    }
    if (files.length) onProgress?.(files.length, files.length);
  }

  /**
   * Adds or updates one parsed article — the one path for files, feed items and
   * web pages. The index is saved by the caller (`saveIndex`) once per batch.
   */
  ingestDraft(draft: ArticleDraft, origin: string, now = new Date()): IngestEvent {
    let prepared: PreparedArticle;
    try {
      prepared = prepareArticle(this.glossary, draft, origin, now);
    } catch (error) {
      return { input: origin, status: 'failed', reason: (error as Error).message };
    }
    return this.commitPrepared(prepared, origin, draft.warnings);
  }

  /**
   * Adds or updates many parsed articles, as ingestDraft one by one would:
   * a large batch is prepared (built, scored, analyzed) by worker threads
   * while this thread stores and indexes the articles before it. The events
   * come in the drafts' order; `onEvent` hears each as it is stored.
   */
  async ingestDrafts(items: DraftToIngest[], onEvent?: (event: IngestEvent) => void): Promise<IngestEvent[]> {
    const events: IngestEvent[] = [];
    const report = (event: IngestEvent) => {
      events.push(event);
      onEvent?.(event);
    };
    if (items.length < PARALLEL_FROM_ARTICLES) {
      // A few articles per transaction: another process writing meanwhile waits a moment, never the whole batch.
      for (let i = 0; i < items.length; i += CHUNK_ARTICLES) {
        this.db.transaction(() => {
          for (const item of items.slice(i, i + CHUNK_ARTICLES)) report(this.ingestDraft(item.draft, item.origin, item.now));
        }).immediate();
      }
      return events;
    }
    this.preparePool ??= new PreparePool(this.config.glossary);
    for await (const { items: chunk, results } of this.preparePool.prepareInOrder(items)) {
      this.db.transaction(() => {
        for (const [i, result] of results.entries()) {
          const { origin, draft } = chunk[i];
          report('error' in result ? { input: origin, status: 'failed', reason: result.error } : this.commitPrepared(result, origin, draft.warnings));
        }
        // Immediate: another process writing meanwhile is waited for (busy timeout), never a "database is locked" halfway.
      }).immediate();
    }
    return events;
  }

  private commitPrepared(prepared: PreparedArticle, origin: string, warnings?: string[]): IngestEvent {
    this.analyzedArticles = true;
    try {
      const outcome = this.store.upsert(prepared.built);
      this.applyToIndex(outcome, prepared.analyses);
      return { input: origin, status: outcome.status, article: outcome.article, warnings };
    } catch (error) {
      return { input: origin, status: 'failed', reason: (error as Error).message };
    }
  }

  private applyToIndex(outcome: UpsertResult, analyses?: AnalyzedPassage[]): void {
    if (outcome.status === 'unchanged') return;
    this.index.discard(outcome.removedPassageIds);
    this.indexArticle(outcome.article, outcome.addedPassages, analyses);
    this.dirty = true;
    // Another process wrote since the index's revision: take its writes (and ours again) from the log.
    if (outcome.previousRevision === this.indexRevision && outcome.revision !== undefined) this.indexRevision = outcome.revision;
    else if (this.catchUp() === undefined) this.rebuild();
  }

  /** Indexes a stored article's passages; `analyses`, one per passage, are its prepared analysis (see prepareArticle). */
  private indexArticle(article: Article, passages: Passage[], analyses?: AnalyzedPassage[]): void {
    this.analyzedArticles = true;
    const contexts = analyses ? [] : passageContexts(passages.map((p) => p.text), article.lang, article.outlet);
    for (const [i, passage] of passages.entries()) {
      const facts: PassageFacts = {
        context: contexts[i],
        outlet: article.outlet,
        via: article.via,
        lang: article.lang,
        time: article.publishedAt ?? article.ingestedAt,
        dated: Boolean(article.publishedAt),
        title: article.titleDerived ? undefined : article.title,
        relevance: article.relevance,
        clusterId: article.clusterId,
      };
      this.index.add(passage, facts, analyses?.[i]);
    }
  }

  /**
   * Persists the index if it changed since it was last saved — when this
   * process maintains it (holds the index lock, taking it over from a holder
   * that has gone). Returns whether the saved index is now this one.
   */
  saveIndex(force = false): boolean {
    if (!this.dirty && !force) return true;
    if (!this.indexLock.acquire()) return false;
    this.index.save(this.indexDir, this.indexRevision);
    this.dirty = false;
    return true;
  }

  /** Rebuilds the index from the store, the source of truth. */
  reindex(): { passages: number } {
    this.rebuild();
    if (this.saveIndex()) this.serveSaved();
    return { passages: this.index.size };
  }

  /**
   * Serves the index just saved as a restore reads it: its postings stay in the shards' arrays, searched
   * where they lie, in about half the heap of the index built in MiniSearch's Maps (docs/performance.md).
   */
  private serveSaved(): void {
    const saved = PassageIndex.restore(this.indexDir, this.indexRevision);
    if (saved && saved.size === this.index.size) this.index = saved;
  }

  ask(options: AskOptions): AskResult {
    return ask(this, options);
  }

  brief(options: BriefOptions): Brief {
    return composeBrief(this, options);
  }

  sources(options: SourcesOptions): SourcesResult {
    return findSources(this, options);
  }

  article(idOrPrefix: string) {
    return this.store.resolveId(idOrPrefix);
  }

  stats(): EngineStats {
    return {
      ...this.store.stats(),
      indexMaintainer: this.indexLock.acquire(),
      indexedPassages: this.index.size,
      indexTerms: this.index.termCount,
      indexBytes: PassageIndex.persistedBytes(this.indexDir),
    };
  }

  close(): void {
    this.preparePool?.close();
    this.saveIndex();
    this.indexLock.release();
    this.db.close();
    // A session that only asked keeps its question words' stems for the next start.
    if (!this.analyzedArticles) saveStemCache(STEMS_KEPT_AT_CLOSE);
  }
}

function summarize(onEvent?: (event: IngestEvent) => void) {
  const summary: IngestSummary = { added: 0, updated: 0, unchanged: 0, failed: 0, events: [] };
  const report = (event: IngestEvent) => {
    summary[event.status]++;
    summary.events.push(event);
    onEvent?.(event);
  };
  return { summary, report };
}

/** The store's passages with their facts, an article's passages together (they are stored in order): each with its context. */
export function* indexRowsOf(store: ArticleStore) {
  type Row = ReturnType<ArticleStore['indexRows']> extends Iterable<infer R> ? R : never;
  let article: Row[] = [];
  function* flush() {
    const contexts = passageContexts(article.map((r) => r.passage.text), article[0]?.lang ?? 'und', article[0]?.outlet);
    for (const [i, row] of article.entries()) yield { ...row, title: row.titleDerived ? undefined : row.title, context: contexts[i] };
    article = [];
  }
  for (const row of store.indexRows()) {
    if (article.length && article[0].passage.articleId !== row.passage.articleId) yield* flush();
    article.push(row);
  }
  yield* flush();
}
