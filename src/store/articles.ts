import { randomBytes } from 'node:crypto';
import type { Article, Passage } from '../articles/article.ts';
import type { BuiltArticle } from '../articles/build.ts';
import { SAME_STORY_SIMILARITY, bandsOf, encodeSignature, encodedSimilarity, minhashSignature, orderCluster, textHash } from '../ingest/syndication.ts';
import type { Statement } from 'better-sqlite3';
import type { Db } from './db.ts';

interface ClusterMemberFacts {
  id: string;
  outlet?: string;
  via?: string;
  publishedAt?: string;
  ingestedAt: string;
}

export type UpsertStatus = 'added' | 'updated' | 'unchanged';

export interface UpsertResult {
  status: UpsertStatus;
  article: Article;
  removedPassageIds: number[];
  addedPassages: Passage[];
  /** The store's revision before and after this write (absent when nothing changed): another process may have written in between two of ours. */
  previousRevision?: number;
  revision?: number;
}

interface ArticleRow {
  id: string;
  url: string | null;
  title: string;
  title_derived: number;
  outlet: string;
  via: string | null;
  byline: string | null;
  editor: string | null;
  dateline: string | null;
  lang: string;
  published_at: string | null;
  ingested_at: string;
  updated_at: string;
  origin: string;
  content_hash: string;
  text: string;
  cluster_id: string | null;
  relevance: number | null;
}

interface PassageRow {
  id: number;
  article_id: string;
  ord: number;
  text: string;
}

function toArticle(row: ArticleRow): Article {
  const article: Article = {
    id: row.id,
    title: row.title,
    titleDerived: row.title_derived === 1,
    outlet: row.outlet || undefined,
    lang: row.lang,
    ingestedAt: row.ingested_at,
    updatedAt: row.updated_at,
    origin: row.origin,
    contentHash: row.content_hash,
    text: row.text,
  };
  if (row.url) article.url = row.url;
  if (row.via) article.via = row.via;
  if (row.byline) article.byline = row.byline;
  if (row.editor) article.editor = row.editor;
  if (row.dateline) article.dateline = row.dateline;
  if (row.published_at) article.publishedAt = row.published_at;
  if (row.cluster_id) article.clusterId = row.cluster_id;
  if (row.relevance !== null) article.relevance = row.relevance;
  return article;
}

function toPassage(row: PassageRow): Passage {
  return { id: row.id, articleId: row.article_id, ord: row.ord, text: row.text };
}

function toRow(a: Article): ArticleRow {
  return {
    id: a.id,
    url: a.url ?? null,
    title: a.title,
    title_derived: a.titleDerived ? 1 : 0,
    // The column predates unknown outlets: no value is stored as "".
    outlet: a.outlet ?? '',
    via: a.via ?? null,
    byline: a.byline ?? null,
    editor: a.editor ?? null,
    dateline: a.dateline ?? null,
    lang: a.lang,
    published_at: a.publishedAt ?? null,
    ingested_at: a.ingestedAt,
    updated_at: a.updatedAt,
    origin: a.origin,
    content_hash: a.contentHash,
    text: a.text,
    cluster_id: a.clusterId ?? null,
    relevance: a.relevance ?? null,
  };
}

const COLUMNS = 'id, url, title, title_derived, outlet, via, byline, editor, dateline, lang, published_at, ingested_at, updated_at, origin, content_hash, text, cluster_id, relevance';
/** Everything but the body, for citations: an answer needs the facts of many articles, not their text. */
const CITATION_COLUMNS = COLUMNS.replace(', text,', ", '' AS text,");
const PLACEHOLDERS = COLUMNS.split(', ').map((c) => `@${c}`).join(', ');
/** The time an article counts from: its publication, or its ingest when that is unknown. */
export const ARTICLE_TIME = 'coalesce(published_at, ingested_at)';

export interface OutletCount {
  outlet: string;
  articles: number;
}

export interface StoreStats {
  articles: number;
  passages: number;
  languages: { lang: string; articles: number }[];
  outlets: OutletCount[];
  newest?: Article;
  undated: number;
}

/** Articles, passages and small bits of state in SQLite: the source of truth. */
export class ArticleStore {
  private readonly statements;

  constructor(readonly db: Db) {
    this.statements = {
      byId: db.prepare<[string], ArticleRow>(`SELECT ${COLUMNS} FROM articles WHERE id = ?`),
      byUrl: db.prepare<[string], ArticleRow>(`SELECT ${COLUMNS} FROM articles WHERE url = ?`),
      insert: db.prepare(`INSERT INTO articles (${COLUMNS}) VALUES (${PLACEHOLDERS})`),
      update: db.prepare(
        `UPDATE articles SET ${COLUMNS.split(', ').filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`,
      ),
      passageIdsOf: db.prepare<[string], { id: number }>('SELECT id FROM passages WHERE article_id = ? ORDER BY ord'),
      deletePassages: db.prepare('DELETE FROM passages WHERE article_id = ?'),
      insertPassage: db.prepare<[string, number, string]>('INSERT INTO passages (article_id, ord, text) VALUES (?, ?, ?)'),
      passage: db.prepare<[number], PassageRow>('SELECT id, article_id, ord, text FROM passages WHERE id = ?'),
      passagesOf: db.prepare<[string], PassageRow>('SELECT id, article_id, ord, text FROM passages WHERE article_id = ? ORDER BY ord'),
      bumpRevision: db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'"),
      logChange: db.prepare<[number, string, string]>('INSERT INTO changes (revision, article_id, removed_passages) VALUES (?, ?, ?)'),
      changesSince: db.prepare<[number], { revision: number; article_id: string; removed_passages: string }>('SELECT revision, article_id, removed_passages FROM changes WHERE revision > ? ORDER BY revision'),
      changesFrom: db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'changes_from'"),
      revision: db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'revision'"),
      byTextHash: db.prepare<[string, string], ArticleRow>(`SELECT ${COLUMNS} FROM articles WHERE text_hash = ? AND lower(outlet) = lower(?) LIMIT 1`),
      twin: db.prepare<[string, string], { id: string; cluster_id: string | null }>('SELECT id, cluster_id FROM articles WHERE text_hash = ? AND id <> ? LIMIT 1'),
      setSyndication: db.prepare<[string, string | null, string, string]>('UPDATE articles SET text_hash = ?, minhash = ?, cluster_id = ? WHERE id = ?'),
      deleteBands: db.prepare<[string]>('DELETE FROM minhash_bands WHERE article_id = ?'),
      saveAction: db.prepare<[string, string, string]>('INSERT INTO actions (id, payload, created_at) VALUES (?, ?, ?)'),
      loadAction: db.prepare<[string], { payload: string }>('SELECT payload FROM actions WHERE id = ?'),
      pruneActions: db.prepare<[string]>('DELETE FROM actions WHERE created_at < ?'),
    };
  }

  /**
   * Adds or updates one article and its passages in one transaction: never
   * half-written. The transaction takes the write lock when it begins
   * (IMMEDIATE), so a second process writing at the same time waits for it
   * (busy timeout) instead of failing with "database is locked" halfway.
   */
  upsert(built: BuiltArticle): UpsertResult {
    return this.db.transaction((): UpsertResult => {
      const s = this.statements;
      const hash = textHash(built.article.text);
      // The same text from the same outlet under another URL or title is the same article.
      const existingRow =
        s.byId.get(built.article.id) ?? (built.article.url ? s.byUrl.get(built.article.url) : undefined) ?? s.byTextHash.get(hash, built.article.outlet ?? '');
      const existing = existingRow ? toArticle(existingRow) : undefined;
      if (existing && existing.contentHash === built.article.contentHash) {
        return { status: 'unchanged', article: existing, removedPassageIds: [], addedPassages: [] };
      }
      const article: Article = existing
        ? { ...built.article, id: existing.id, ingestedAt: existing.ingestedAt, url: built.article.url ?? existing.url }
        : { ...built.article };
      let removedPassageIds: number[] = [];
      if (existing) {
        removedPassageIds = s.passageIdsOf.all(existing.id).map((r) => r.id);
        s.deletePassages.run(existing.id);
        s.update.run(toRow(article));
      } else {
        s.insert.run(toRow(article));
      }
      article.clusterId = this.assignCluster(article, hash);
      const addedPassages = built.passages.map((text, ord) => {
        const id = Number(s.insertPassage.run(article.id, ord, text).lastInsertRowid);
        return { id, articleId: article.id, ord, text };
      });
      const previousRevision = this.revision();
      s.bumpRevision.run();
      s.logChange.run(previousRevision + 1, article.id, JSON.stringify(removedPassageIds));
      return { status: existing ? 'updated' : 'added', article, removedPassageIds, addedPassages, previousRevision, revision: previousRevision + 1 };
    }).immediate();
  }

  private readonly preparedByKey = new Map<string, Statement<unknown[], unknown>>();

  /** A statement whose SQL depends on a count, prepared once per key (every ingest runs them; the SQL is made only then). */
  private prepared<Row>(key: string, sql: () => string): Statement<string[], Row> {
    let statement = this.preparedByKey.get(key);
    if (!statement) this.preparedByKey.set(key, (statement = this.db.prepare(sql())));
    return statement as Statement<string[], Row>;
  }

  /** One INSERT for an article's `count` bands. */
  private insertBands(count: number): Statement<string[]> {
    return this.prepared(`bands ${count}`, () => `INSERT OR IGNORE INTO minhash_bands (band, article_id) VALUES ${Array(count).fill('(?, ?)').join(', ')}`);
  }

  /** Articles sharing any of `count` MinHash bands with an article. */
  private sameBandQuery(count: number): Statement<string[], { id: string; minhash: string; cluster_id: string | null }> {
    return this.prepared(
      `same bands ${count}`,
      () => `SELECT DISTINCT a.id, a.minhash, a.cluster_id FROM minhash_bands b JOIN articles a ON a.id = b.article_id
          WHERE b.band IN (${Array(count).fill('?').join(',')}) AND a.id <> ? LIMIT 200`,
    );
  }

  /**
   * Puts an article in the story cluster of its closest near-duplicate (LSH
   * candidates, then estimated Jaccard similarity), or starts its own.
   */
  private assignCluster(article: Article, hash: string): string {
    const s = this.statements;
    const signature = minhashSignature(article.text);
    const bands = signature ? bandsOf(signature) : [];
    const encoded = signature ? encodeSignature(signature) : null;
    let cluster = article.id;
    let best = 0;
    if (encoded && bands.length) {
      const candidates = this.sameBandQuery(bands.length).all(...bands, article.id);
      for (const candidate of candidates) {
        const score = encodedSimilarity(encoded, candidate.minhash);
        if (score >= SAME_STORY_SIMILARITY && score > best) {
          best = score;
          cluster = candidate.cluster_id ?? candidate.id;
        }
      }
    }
    if (best === 0) {
      const twin = s.twin.get(hash, article.id);
      if (twin) cluster = twin.cluster_id ?? twin.id;
    }
    s.setSyndication.run(hash, encoded, cluster, article.id);
    s.deleteBands.run(article.id);
    if (bands.length) this.insertBands(bands.length).run(...bands.flatMap((band) => [band, article.id]));
    return cluster;
  }

  /** The members of story clusters, the original first (see orderCluster); `text: false` leaves the bodies out. */
  clusters(clusterIds: string[], options: { text?: boolean } = {}): Map<string, Article[]> {
    const columns = options.text === false ? CITATION_COLUMNS : COLUMNS;
    const members = new Map<string, Article[]>();
    for (const row of this.rowsIn<ArticleRow>(columns, 'cluster_id', [...new Set(clusterIds)])) {
      const list = members.get(row.cluster_id!) ?? [];
      list.push(toArticle(row));
      members.set(row.cluster_id!, list);
    }
    for (const [id, list] of members) members.set(id, orderCluster(list));
    return members;
  }

  article(id: string): Article | undefined {
    const row = this.statements.byId.get(id);
    return row ? toArticle(row) : undefined;
  }

  private readonly inQueries = new Map<string, Statement<unknown[], unknown>>();

  /** `SELECT columns FROM table WHERE key IN (?, …)`, prepared once per shape: answers run it on every question. */
  private selectIn<Row>(columns: string, key: 'id' | 'cluster_id', count: number, table: 'articles' | 'passages', raw: boolean): Statement<unknown[], Row> {
    const sql = `SELECT ${columns} FROM ${table} WHERE ${key} IN (${Array(count).fill('?').join(',')})`;
    const cacheKey = raw ? `raw ${sql}` : sql;
    let statement = this.inQueries.get(cacheKey);
    if (!statement) {
      if (this.inQueries.size > 500) this.inQueries.clear();
      statement = this.db.prepare<unknown[], Row>(sql);
      if (raw) statement.raw(true);
      this.inQueries.set(cacheKey, statement);
    }
    return statement as Statement<unknown[], Row>;
  }

  /** Rows of `table` whose `key` is one of `values`, a prepared query per chunk of 500; `raw` rows are arrays. */
  private rowsIn<Row>(columns: string, key: 'id' | 'cluster_id', values: readonly (string | number)[], table: 'articles' | 'passages' = 'articles', raw = false): Row[] {
    const rows: Row[] = [];
    for (let i = 0; i < values.length; i += 500) {
      const chunk = values.slice(i, i + 500);
      rows.push(...this.selectIn<Row>(columns, key, chunk.length, table, raw).all(...chunk));
    }
    return rows;
  }

  /** The original article of each story cluster (see orderCluster), from the few columns that decide it, in a covering index. */
  clusterOriginals(clusterIds: readonly string[]): Map<string, string> {
    type Row = [id: string, clusterId: string, outlet: string, via: string | null, publishedAt: string | null, ingestedAt: string];
    const members = new Map<string, ClusterMemberFacts[]>();
    for (const [id, clusterId, outlet, via, publishedAt, ingestedAt] of this.rowsIn<Row>('id, cluster_id, outlet, via, published_at, ingested_at', 'cluster_id', [...new Set(clusterIds)], 'articles', true)) {
      const list = members.get(clusterId) ?? [];
      list.push({ id, outlet: outlet || undefined, via: via ?? undefined, publishedAt: publishedAt ?? undefined, ingestedAt });
      members.set(clusterId, list);
    }
    return new Map([...members].map(([clusterId, list]) => [clusterId, orderCluster(list)[0].id]));
  }

  /** Articles by id, in one query; missing ids are left out; `text: false` leaves the bodies out. */
  articles(ids: string[], options: { text?: boolean } = {}): Map<string, Article> {
    const columns = options.text === false ? CITATION_COLUMNS : COLUMNS;
    const found = new Map<string, Article>();
    for (const row of this.rowsIn<ArticleRow>(columns, 'id', [...new Set(ids)])) found.set(row.id, toArticle(row));
    return found;
  }

  /** Finds an article by its full id or an unambiguous id prefix (at least 4 characters). */
  resolveId(idOrPrefix: string): { article?: Article; candidates: string[] } {
    const exact = this.article(idOrPrefix);
    if (exact) return { article: exact, candidates: [exact.id] };
    if (idOrPrefix.length < 4) return { candidates: [] };
    const rows = this.db.prepare<[string], { id: string }>("SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' LIMIT 5").all(idOrPrefix.replace(/[\\%_]/g, '\\$&') + '%');
    if (rows.length === 1) return { article: this.article(rows[0].id), candidates: [rows[0].id] };
    return { candidates: rows.map((r) => r.id) };
  }

  passage(id: number): Passage | undefined {
    const row = this.statements.passage.get(id);
    return row ? toPassage(row) : undefined;
  }

  passages(ids: number[]): Map<number, Passage> {
    const found = new Map<number, Passage>();
    for (const row of this.rowsIn<PassageRow>('id, article_id, ord, text', 'id', [...new Set(ids)], 'passages')) found.set(row.id, toPassage(row));
    return found;
  }

  passagesOf(articleId: string): Passage[] {
    return this.statements.passagesOf.all(articleId).map(toPassage);
  }

  /** Every passage with the article facts the index filters on, streamed. */
  *indexRows(): Generator<{
    passage: Passage;
    outlet?: string;
    via?: string;
    lang: string;
    time: string;
    dated: boolean;
    title: string;
    titleDerived: boolean;
    relevance?: number;
    clusterId?: string;
  }> {
    type Row = PassageRow & { outlet: string; via: string | null; lang: string; time: string; dated: number; title: string; title_derived: number; relevance: number | null; cluster_id: string | null };
    const rows = this.db
      .prepare<[], Row>(
        `SELECT p.id, p.article_id, p.ord, p.text, a.outlet, a.via, a.lang, ${ARTICLE_TIME} AS time,
                a.published_at IS NOT NULL AS dated, a.title, a.title_derived, a.relevance, a.cluster_id
           FROM passages p JOIN articles a ON a.id = p.article_id ORDER BY p.id`,
      )
      .iterate();
    for (const row of rows) {
      yield {
        passage: toPassage(row),
        outlet: row.outlet || undefined,
        via: row.via ?? undefined,
        lang: row.lang,
        time: row.time,
        dated: row.dated === 1,
        title: row.title,
        titleDerived: row.title_derived === 1,
        relevance: row.relevance ?? undefined,
        clusterId: row.cluster_id ?? undefined,
      };
    }
  }

  /** Articles whose time (publication, else ingest) falls in [from, to), newest first. */
  articlesBetween(from: Date, to: Date, limit = 500): Article[] {
    return this.db
      .prepare<[string, string, number], ArticleRow>(
        `SELECT ${COLUMNS} FROM articles WHERE ${ARTICLE_TIME} >= ? AND ${ARTICLE_TIME} <= ? ORDER BY ${ARTICLE_TIME} DESC LIMIT ?`,
      )
      .all(from.toISOString(), to.toISOString(), limit)
      .map(toArticle);
  }

  latestArticles(limit: number): Article[] {
    return this.db
      .prepare<[number], ArticleRow>(`SELECT ${COLUMNS} FROM articles ORDER BY ${ARTICLE_TIME} DESC, id LIMIT ?`)
      .all(limit)
      .map(toArticle);
  }

  outletCounts(): OutletCount[] {
    return this.db.prepare<[], OutletCount>('SELECT outlet, count(*) AS articles FROM articles GROUP BY outlet ORDER BY articles DESC, outlet').all();
  }

  /** Which outlets carry reporting credited to which source: the provenance chains. */
  creditChains(articleIds?: string[]): { via: string; outlet: string; articles: number }[] {
    const rows = this.db
      .prepare<[], { id: string; via: string; outlet: string }>('SELECT id, via, outlet FROM articles WHERE via IS NOT NULL')
      .all()
      .filter((r) => !articleIds || articleIds.includes(r.id));
    const counts = new Map<string, { via: string; outlet: string; articles: number }>();
    for (const row of rows) {
      const key = `${row.via}\u0000${row.outlet}`;
      const entry = counts.get(key) ?? { via: row.via, outlet: row.outlet, articles: 0 };
      entry.articles++;
      counts.set(key, entry);
    }
    return [...counts.values()].sort((a, b) => b.articles - a.articles || a.via.localeCompare(b.via));
  }

  /** Outlets and credited sources, for filters and autocomplete. */
  sourceNames(): string[] {
    return this.db
      .prepare<[], { name: string }>('SELECT outlet AS name FROM articles UNION SELECT via AS name FROM articles WHERE via IS NOT NULL ORDER BY name')
      .all()
      .map((r) => r.name);
  }

  stats(): StoreStats {
    const one = <T>(sql: string) => this.db.prepare<[], T>(sql).get() as T;
    const newestRow = this.db.prepare<[], ArticleRow>(`SELECT ${COLUMNS} FROM articles ORDER BY ${ARTICLE_TIME} DESC LIMIT 1`).get();
    return {
      articles: one<{ n: number }>('SELECT count(*) AS n FROM articles').n,
      passages: one<{ n: number }>('SELECT count(*) AS n FROM passages').n,
      languages: this.db.prepare<[], { lang: string; articles: number }>('SELECT lang, count(*) AS articles FROM articles GROUP BY lang ORDER BY articles DESC').all(),
      outlets: this.outletCounts(),
      newest: newestRow ? toArticle(newestRow) : undefined,
      undated: one<{ n: number }>('SELECT count(*) AS n FROM articles WHERE published_at IS NULL').n,
    };
  }

  /**
   * What changed after `revision`, one entry per write, in order — or
   * undefined when the log no longer reaches back that far (it is pruned).
   */
  changesSince(revision: number): { revision: number; articleId: string; removedPassageIds: number[] }[] | undefined {
    return this.db.transaction(() => {
      if (revision + 1 < Number(this.statements.changesFrom.get()?.value ?? 1)) return undefined;
      return this.statements.changesSince.all(revision).map((row) => ({ revision: row.revision, articleId: row.article_id, removedPassageIds: JSON.parse(row.removed_passages) as number[] }));
    })();
  }

  /** Forgets changes older than the last `keep` writes: a process further behind than that rebuilds its index. */
  pruneChanges(keep: number): void {
    this.db
      .transaction(() => {
        const from = this.revision() - keep + 1;
        if (from <= Number(this.statements.changesFrom.get()?.value ?? 1)) return;
        this.db.prepare('DELETE FROM changes WHERE revision < ?').run(from);
        this.db.prepare("UPDATE meta SET value = ? WHERE key = 'changes_from'").run(String(from));
      })
      .immediate();
  }

  /** Grows by one with every write: a persisted index made at another revision is stale. */
  revision(): number {
    return Number(this.statements.revision.get()?.value ?? 0);
  }

  /** Keeps a button's state (a question to page through…) so it survives restarts. */
  saveAction(payload: unknown, now = new Date()): string {
    const id = randomBytes(6).toString('base64url');
    this.statements.saveAction.run(id, JSON.stringify(payload), now.toISOString());
    return id;
  }

  loadAction<T = unknown>(id: string): T | undefined {
    const row = this.statements.loadAction.get(id);
    return row ? (JSON.parse(row.payload) as T) : undefined;
  }

  pruneActions(olderThan: Date): number {
    return this.statements.pruneActions.run(olderThan.toISOString()).changes;
  }
}
