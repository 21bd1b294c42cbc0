import type { Article, Passage } from '../articles/article.ts';
import type { ArticleStore } from '../store/articles.ts';
import type { Glossary } from '../text/glossary.ts';
import { type SearchFilters, passageFilter } from './filters.ts';
import type { PassageHit, PassageIndex } from './passage-index.ts';
import { type QueryPlan, coverageOf, planQuery } from './query-plan.ts';
import { type Quote, quoteKey, quotePassage } from './snippet.ts';
import { suggestionsFor } from './suggest.ts';

/** A passage must cover this share of the question (by concept weight) to be an answer. */
export const MIN_COVERAGE = 0.5;
/** Answers may cover less than the best one, but not much less. */
const COVERAGE_SLACK = 0.25;
const MAX_PER_ARTICLE = 2;
const MAX_CANDIDATES = 200;
const DAY_MS = 86_400_000;

export interface Snippet {
  passage: Passage;
  article: Article;
  quote: Quote;
  score: number;
  coverage: number;
  /** Syndicated copies quoting the same text, collapsed into this snippet. */
  alsoIn: Article[];
}

export interface AskOptions extends SearchFilters {
  question: string;
  limit?: number;
  offset?: number;
  now?: Date;
}

export interface AskResult {
  snippets: Snippet[];
  /** How many snippets there are in all, for paging. */
  total: number;
  plan: QueryPlan;
  /** When nothing was found: words and topics that do occur in the index. */
  suggestions: string[];
}

interface Ranked {
  hit: PassageHit;
  coverage: number;
  score: number;
  matched: Set<string>;
}

/** A gentle lift for recent, dated reporting; undated articles are neither lifted nor pushed down. */
export function recencyBoost(time: number, dated: boolean, now: number): number {
  if (!dated) return 1;
  const ageDays = Math.max(0, (now - time) / DAY_MS);
  return 1 + 0.15 * 0.5 ** (ageDays / 30);
}

export interface AskDeps {
  index: PassageIndex;
  store: ArticleStore;
  glossary: Glossary;
}

/** Ranked candidate passages that answer enough of the question, best first. */
export function rankPassages(deps: AskDeps, plan: QueryPlan, filters: SearchFilters, now: Date): Ranked[] {
  const hits = deps.index.search({ terms: plan.terms, weights: plan.weights, filter: passageFilter(filters) });
  const ranked: Ranked[] = [];
  for (const hit of hits.slice(0, MAX_CANDIDATES)) {
    const matched = new Set(hit.queryTerms);
    const coverage = coverageOf(plan, matched);
    if (coverage < MIN_COVERAGE) continue;
    ranked.push({ hit, coverage, matched, score: hit.score * coverage ** 2 * recencyBoost(hit.time, hit.dated, now.getTime()) });
  }
  if (!ranked.length) return [];
  const best = Math.max(...ranked.map((r) => r.coverage));
  return ranked.filter((r) => r.coverage >= best - COVERAGE_SLACK).sort((a, b) => b.score - a.score);
}

export function ask(deps: AskDeps, options: AskOptions): AskResult {
  const now = options.now ?? new Date();
  const limit = options.limit ?? 5;
  const offset = options.offset ?? 0;
  const plan = planQuery(options.question, {
    glossary: deps.glossary,
    documentCount: deps.index.size,
    documentFrequency: (t) => deps.index.documentFrequency(t),
  });
  const ranked = rankPassages(deps, plan, options, now);
  if (!ranked.length) {
    return { snippets: [], total: 0, plan, suggestions: suggestionsFor(deps, plan, options.question) };
  }

  const passages = deps.store.passages(ranked.map((r) => r.hit.id));
  const articles = deps.store.articles(ranked.map((r) => r.hit.articleId));
  const perArticle = new Map<string, number>();
  const byQuote = new Map<string, { ranked: Ranked; passage: Passage; article: Article; alsoIn: Article[] }>();
  for (const r of ranked) {
    const passage = passages.get(r.hit.id);
    const article = articles.get(r.hit.articleId);
    if (!passage || !article) continue;
    const key = quoteKey(passage.text);
    const same = byQuote.get(key);
    if (same) {
      if (same.article.id !== article.id && !same.alsoIn.some((a) => a.id === article.id)) same.alsoIn.push(article);
      continue;
    }
    const count = perArticle.get(article.id) ?? 0;
    if (count >= MAX_PER_ARTICLE) continue;
    perArticle.set(article.id, count + 1);
    byQuote.set(key, { ranked: r, passage, article, alsoIn: [] });
  }
  const all = [...byQuote.values()];
  const snippets = all.slice(offset, offset + limit).map(({ ranked: r, passage, article, alsoIn }) => ({
    passage,
    article,
    quote: quotePassage(passage.text, article.lang, r.matched),
    score: r.score,
    coverage: r.coverage,
    alsoIn,
  }));
  return { snippets, total: all.length, plan, suggestions: [] };
}
