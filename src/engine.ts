import { join } from 'node:path';
import type { Article, ArticleDraft } from './articles/article.ts';
import { buildArticle } from './articles/build.ts';
import { type Brief, type BriefOptions, composeBrief } from './briefing/brief.ts';
import { type Config, GLOSSARY_FILE, LEXICON_FILE, NEWS_LEXICON_FILE, SAMPLE_DIR, SYNONYMS_FILE } from './config.ts';
import { displayPath, draftsFromFile, expandPaths } from './ingest/files.ts';
import { type AskOptions, type AskResult, ask } from './search/ask.ts';
import { passageContexts } from './search/context.ts';
import { PassageIndex } from './search/passage-index.ts';
import { type SourcesOptions, type SourcesResult, findSources } from './search/sources.ts';
import { ArticleStore, type StoreStats, type UpsertResult } from './store/articles.ts';
import { type Db, openDb } from './store/db.ts';
import { Glossary } from './text/glossary.ts';
import { conflictRelevance } from './text/relevance.ts';

/** Buttons older than this stop working ("this button has expired"). */
const ACTION_RETENTION_DAYS = 90;

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
 */
export class Engine {
  private dirty = false;
  /**
   * The store revision the in-memory index reflects. It follows this engine's
   * own writes; when another process wrote in between (a CLI ingest beside a
   * server), it stays behind, so the saved index is not taken for the store's
   * at the next start and is rebuilt there, whole.
   */
  private indexRevision: number;

  private constructor(
    readonly config: Config,
    readonly db: Db,
    readonly store: ArticleStore,
    public index: PassageIndex,
    readonly glossary: Glossary,
    /** How the index came to be at start: for `stats` and the start-up log. */
    readonly indexOrigin: 'restored' | 'rebuilt',
    revision: number,
  ) {
    this.indexRevision = revision;
  }

  get indexDir(): string {
    return join(this.config.dataDir, 'index');
  }

  /** Opens the store, restores the index (or rebuilds it when the store changed), and fills an empty store with the sample. */
  static open(config: Config, options: EngineOptions = {}): Engine {
    const db = openDb(config.dataDir);
    const store = new ArticleStore(db);
    const glossary = Glossary.load([GLOSSARY_FILE, SYNONYMS_FILE], [NEWS_LEXICON_FILE, LEXICON_FILE], config.glossary);
    const indexDir = join(config.dataDir, 'index');
    // Read before the index is restored or built: a write by another process meanwhile leaves the index behind, not ahead.
    const revision = store.revision();
    const restored = PassageIndex.restore(indexDir, revision);
    const index = restored ?? PassageIndex.build(indexRowsOf(store));
    const engine = new Engine(config, db, store, index, glossary, restored ? 'restored' : 'rebuilt', revision);
    store.pruneActions(new Date(Date.now() - ACTION_RETENTION_DAYS * 86_400_000));
    if (!restored) engine.saveIndex(true);
    if (config.sample && store.stats().articles === 0) {
      const summary = engine.ingest([SAMPLE_DIR]);
      options.log?.(`Empty store: ingested the bundled sample (${summary.added} ${summary.added === 1 ? 'article' : 'articles'}).`);
    }
    return engine;
  }

  ingest(paths: string[], onEvent?: (event: IngestEvent) => void, now = new Date()): IngestSummary {
    const summary: IngestSummary = { added: 0, updated: 0, unchanged: 0, failed: 0, events: [] };
    const report = (event: IngestEvent) => {
      summary[event.status]++;
      summary.events.push(event);
      onEvent?.(event);
    };
    const { files, errors } = expandPaths(paths);
    for (const error of errors) report({ input: error.input, status: 'failed', reason: error.reason });
    for (const file of files) {
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
        if ('error' in result) {
          report({ input: label, status: 'failed', reason: result.error });
          continue;
        }
        report(this.ingestDraft(result.draft, label, now));
      }
    }
    this.saveIndex();
    return summary;
  }

  /**
   * Adds or updates one parsed article — the one path for files, feed items and
   * web pages. The index is saved by the caller (`saveIndex`) once per batch.
   */
  ingestDraft(draft: ArticleDraft, origin: string, now = new Date()): IngestEvent {
    try {
      const built = buildArticle(draft, origin, now);
      // Relevance is judged only in languages the glossary speaks; in others it stays unknown (kept, not hidden).
      const { lang } = built.article;
      if (this.glossary.speaks(lang)) built.article.relevance = conflictRelevance(this.glossary, `${built.article.title}\n${built.article.text}`, lang);
      const outcome = this.store.upsert(built);
      this.applyToIndex(outcome);
      return { input: origin, status: outcome.status, article: outcome.article, warnings: draft.warnings };
    } catch (error) {
      return { input: origin, status: 'failed', reason: (error as Error).message };
    }
  }

  private applyToIndex(outcome: UpsertResult): void {
    if (outcome.status === 'unchanged') return;
    if (outcome.previousRevision === this.indexRevision && outcome.revision !== undefined) this.indexRevision = outcome.revision;
    const { article } = outcome;
    this.index.discard(outcome.removedPassageIds);
    const contexts = passageContexts(outcome.addedPassages.map((p) => p.text), article.lang, article.outlet);
    for (const [i, passage] of outcome.addedPassages.entries()) {
      this.index.add(passage, {
        context: contexts[i],
        outlet: article.outlet,
        via: article.via,
        lang: article.lang,
        time: article.publishedAt ?? article.ingestedAt,
        dated: Boolean(article.publishedAt),
        title: article.titleDerived ? undefined : article.title,
        relevance: article.relevance,
        clusterId: article.clusterId,
      });
    }
    this.dirty = true;
  }

  /** Persists the index if it changed since it was last saved. */
  saveIndex(force = false): void {
    if (this.dirty || force) {
      this.index.save(this.indexDir, this.indexRevision);
      this.dirty = false;
    }
  }

  /** Rebuilds the index from the store, the source of truth. */
  reindex(): { passages: number } {
    const revision = this.store.revision();
    this.index = PassageIndex.build(indexRowsOf(this.store));
    this.indexRevision = revision;
    this.index.save(this.indexDir, revision);
    this.dirty = false;
    return { passages: this.index.size };
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
      indexedPassages: this.index.size,
      indexTerms: this.index.termCount,
      indexBytes: PassageIndex.persistedBytes(this.indexDir),
    };
  }

  close(): void {
    this.saveIndex();
    this.db.close();
  }
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
