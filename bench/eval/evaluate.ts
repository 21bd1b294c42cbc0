/**
 * Runs the quality benchmark's questions through Sitrep's /ask and through a
 * plain MiniSearch index of the same passages, and scores both the same way.
 */
import MiniSearch from 'minisearch';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { loadConfig } from '../../src/config.ts';
import { Engine } from '../../src/engine.ts';
import { type Benchmark, KINDS, type Question, type QuestionKind, frontMatterOf, normalizeSpace } from './benchmark.ts';

/** A question counts as answered when its words are in one of this many quotes. */
export const TOP = 3;
/** Ranks below this count nothing towards MRR. */
const MRR_DEPTH = 10;

export interface Answer {
  /** The cited article's file stem. */
  article: string;
  quote: string;
}

export interface System {
  name: string;
  answer(question: string): Answer[];
}

export interface QuestionResult {
  id: string;
  kind: QuestionKind;
  split: Question['split'];
  cause: string;
  /** 1-based rank of the first right quote, or 0. */
  rank: number;
  /** Whether the system returned nothing. */
  none: boolean;
}

export interface Scores {
  questions: number;
  /** Answerable questions: share with a right quote first / in the top 3, and mean reciprocal rank. */
  hit1?: number;
  hit3?: number;
  mrr?: number;
  /** Unanswerable questions: share answered with nothing found. */
  honestNone?: number;
  hits3?: number;
}

/** The rank (1-based) of the first answer that quotes an expected answer from its article, within `depth`; 0 when none does. */
export function rankOf(question: Question, answers: Answer[], depth = MRR_DEPTH): number {
  for (let i = 0; i < Math.min(depth, answers.length); i++) {
    const quote = normalizeSpace(answers[i].quote);
    if (question.answers.some((e) => e.article === answers[i].article && quote.includes(normalizeSpace(e.text)))) return i + 1;
  }
  return 0;
}

export function score(results: QuestionResult[]): Scores {
  const n = results.length;
  if (!n) return { questions: 0 };
  if (results[0].kind === 'none') return { questions: n, honestNone: results.filter((r) => r.none).length / n };
  const hits3 = results.filter((r) => r.rank > 0 && r.rank <= TOP).length;
  return {
    questions: n,
    hits3,
    hit1: results.filter((r) => r.rank === 1).length / n,
    hit3: hits3 / n,
    mrr: results.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / n,
  };
}

export function runSystem(system: System, questions: Question[]): QuestionResult[] {
  return questions.map((q) => {
    const answers = system.answer(q.q);
    return { id: q.id, kind: q.kind, split: q.split, cause: q.cause, rank: rankOf(q, answers), none: answers.length === 0 };
  });
}

export type Table = Record<'all' | 'tune' | 'holdout', Record<QuestionKind, Scores>>;

export function tableOf(results: QuestionResult[]): Table {
  const table = {} as Table;
  for (const split of ['all', 'tune', 'holdout'] as const) {
    const inSplit = results.filter((r) => split === 'all' || r.split === split);
    table[split] = Object.fromEntries(KINDS.map((kind) => [kind, score(inSplit.filter((r) => r.kind === kind))])) as Record<QuestionKind, Scores>;
  }
  return table;
}

export interface Corpus {
  engine: Engine;
  /** The article id of each file stem. */
  idOf: Map<string, string>;
  stemOf: Map<string, string>;
  /** A fixed "now" a day after the newest article, so recency is the same on every run. */
  now: Date;
  close(): void;
}

/** Ingests the benchmark's articles into a fresh engine, as `sitrep ingest` would. */
export function ingestCorpus(benchmark: Benchmark): Corpus {
  const dataDir = mkdtempSync(join(tmpdir(), 'sitrep-eval-'));
  const engine = Engine.open({ ...loadConfig({ dataDir }, {}), sample: false });
  const idOf = new Map<string, string>();
  const stemOf = new Map<string, string>();
  const failures: string[] = [];
  engine.ingest([...benchmark.articles.values()], (event) => {
    const stem = basename(event.input, extname(event.input));
    if (event.article) {
      idOf.set(stem, event.article.id);
      stemOf.set(event.article.id, stem);
    } else if (event.status === 'failed') failures.push(`${event.input}: ${event.reason}`);
  });
  if (failures.length) throw new Error(`benchmark articles failed to ingest:\n${failures.join('\n')}`);
  let newest = 0;
  for (const path of benchmark.articles.values()) {
    const date = frontMatterOf(readFileSync(path, 'utf8')).date;
    const ms = date instanceof Date ? date.getTime() : typeof date === 'string' ? Date.parse(date) : Number.NaN;
    if (ms > newest) newest = ms;
  }
  return {
    engine,
    idOf,
    stemOf,
    now: new Date((newest || Date.parse('2025-01-01')) + 86_400_000),
    close() {
      engine.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Sitrep's /ask, as a chat user gets it: its quotes, in order. */
export function sitrepSystem(corpus: Corpus): System {
  return {
    name: 'Sitrep',
    answer(question) {
      const { snippets } = corpus.engine.ask({ question, limit: MRR_DEPTH, now: corpus.now });
      return snippets.map((s) => ({ article: corpus.stemOf.get(s.article.id) ?? s.article.id, quote: s.quote.text }));
    },
  };
}

/**
 * The baseline: MiniSearch 7.2 with its defaults over the same passages
 * (fields text and the article's title), OR search, the passage as the quote.
 */
export function plainMiniSearchSystem(corpus: Corpus): System {
  const search = new MiniSearch<{ id: number; text: string; title: string; article: string }>({ fields: ['text', 'title'], storeFields: ['text', 'article'] });
  const titles = new Map<string, string>();
  for (const row of corpus.engine.store.indexRows()) {
    const stem = corpus.stemOf.get(row.passage.articleId);
    if (!stem) continue;
    if (!titles.has(row.passage.articleId)) titles.set(row.passage.articleId, row.titleDerived ? '' : row.title);
    search.add({ id: row.passage.id, text: row.passage.text, title: titles.get(row.passage.articleId)!, article: stem });
  }
  return {
    name: 'plain MiniSearch',
    answer(question) {
      return search
        .search(question)
        .slice(0, MRR_DEPTH)
        .map((r) => ({ article: r.article as string, quote: r.text as string }));
    },
  };
}
