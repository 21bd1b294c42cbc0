import type { Article } from '../articles/article.ts';
import type { OutletCount } from '../store/articles.ts';
import { type AskDeps, rankPassages } from './ask.ts';
import { type SearchFilters, matchesSource } from './filters.ts';
import { planQuery } from './query-plan.ts';
import { suggestionsFor } from './suggest.ts';

export interface SourcesOptions extends SearchFilters {
  query?: string;
  limit?: number;
  now?: Date;
}

export interface CreditChain {
  via: string;
  outlets: { outlet: string; articles: number }[];
}

export interface SourcesResult {
  articles: Article[];
  /** Matching articles in all, of which `articles` are the first. */
  total: number;
  outlets: OutletCount[];
  /** Outlets grouped by the original source they credit. */
  credits: CreditChain[];
  suggestions: string[];
}

function chains(rows: { via: string; outlet: string; articles: number }[]): CreditChain[] {
  const byVia = new Map<string, CreditChain>();
  for (const row of rows) {
    const chain = byVia.get(row.via) ?? { via: row.via, outlets: [] };
    chain.outlets.push({ outlet: row.outlet, articles: row.articles });
    byVia.set(row.via, chain);
  }
  return [...byVia.values()];
}

function countOutlets(articles: Article[]): OutletCount[] {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.outlet, (counts.get(a.outlet) ?? 0) + 1);
  return [...counts].map(([outlet, n]) => ({ outlet, articles: n })).sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet));
}

/** Which outlets reported a story (or everything, newest first), and whom they credit. */
export function findSources(deps: AskDeps, options: SourcesOptions): SourcesResult {
  const limit = options.limit ?? 10;
  if (!options.query?.trim()) {
    let articles = deps.store.latestArticles(options.source || options.lang || options.since ? 5000 : limit);
    articles = articles.filter(
      (a) =>
        (!options.source || matchesSource([a.outlet, a.via].filter(Boolean).join('|').toLowerCase(), options.source)) &&
        (!options.lang || a.lang === options.lang) &&
        (!options.since || Date.parse(a.publishedAt ?? a.ingestedAt) >= options.since.getTime()),
    );
    const filtered = Boolean(options.source || options.lang || options.since);
    return {
      articles: articles.slice(0, limit),
      total: filtered ? articles.length : deps.store.stats().articles,
      outlets: filtered ? countOutlets(articles) : deps.store.outletCounts(),
      credits: chains(deps.store.creditChains(filtered ? articles.map((a) => a.id) : undefined)),
      suggestions: [],
    };
  }
  const plan = planQuery(options.query, {
    glossary: deps.glossary,
    documentCount: deps.index.size,
    documentFrequency: (t) => deps.index.documentFrequency(t),
  });
  const ranked = rankPassages(deps, plan, options, options.now ?? new Date());
  const order: string[] = [];
  for (const r of ranked) if (!order.includes(r.hit.articleId)) order.push(r.hit.articleId);
  const found = deps.store.articles(order);
  const articles = order.map((id) => found.get(id)).filter((a): a is Article => Boolean(a));
  return {
    articles: articles.slice(0, limit),
    total: articles.length,
    outlets: countOutlets(articles),
    credits: chains(deps.store.creditChains(order)),
    suggestions: articles.length ? [] : suggestionsFor(deps, plan, options.query),
  };
}
