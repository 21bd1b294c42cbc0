import type { Article } from '../articles/article.ts';
import type { OutletCount } from '../store/articles.ts';
import { type AskDeps, planFor, rankPassages, storyOf } from './ask.ts';
import { type SearchFilters, matchesSource } from './filters.ts';
import { suggestionsFor } from './suggest.ts';
import { isAboutTheWar } from '../text/relevance.ts';

export interface SourcesOptions extends SearchFilters {
  query?: string;
  limit?: number;
  now?: Date;
  /** Include articles that are not about the war. */
  all?: boolean;
}

/** One story as listed: the original first, the other copies named. */
export interface SourceStory {
  article: Article;
  alsoIn: Article[];
}

export interface CreditChain {
  via: string;
  outlets: { outlet: string; articles: number }[];
}

export interface SourcesResult {
  stories: SourceStory[];
  /** Matching stories in all, of which `stories` are the first. */
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
  for (const a of articles) counts.set(a.outlet ?? '', (counts.get(a.outlet ?? '') ?? 0) + 1);
  return [...counts].map(([outlet, n]) => ({ outlet, articles: n })).sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet));
}

/** Groups articles into stories (their clusters), each led by its original, in the articles' order. */
function storiesOf(deps: AskDeps, articles: Article[]): SourceStory[] {
  const clusters = deps.store.clusters(articles.map(storyOf));
  const seen = new Set<string>();
  const stories: SourceStory[] = [];
  for (const article of articles) {
    const key = storyOf(article);
    if (seen.has(key)) continue;
    seen.add(key);
    const [original, ...others] = clusters.get(key) ?? [article];
    stories.push({ article: original, alsoIn: others });
  }
  return stories;
}

/** Which outlets reported a story (or everything, newest first), and whom they credit. */
export function findSources(deps: AskDeps, options: SourcesOptions): SourcesResult {
  const limit = options.limit ?? 10;
  if (!options.query?.trim()) {
    const since = options.since?.getTime();
    const articles = deps.store
      .latestArticles(5000)
      .filter(
        (a) =>
          (options.all || isAboutTheWar(a.relevance)) &&
          (!options.source || matchesSource([a.outlet, a.via].filter(Boolean).join('|').toLowerCase(), options.source)) &&
          (!options.lang || a.lang === options.lang) &&
          (since === undefined || Date.parse(a.publishedAt ?? a.ingestedAt) >= since),
      );
    const stories = storiesOf(deps, articles);
    return {
      stories: stories.slice(0, limit),
      total: stories.length,
      outlets: countOutlets(articles),
      credits: chains(deps.store.creditChains(articles.map((a) => a.id))),
      suggestions: [],
    };
  }
  const plan = planFor(deps, options.query);
  const ranked = rankPassages(deps, plan, options, options.now ?? new Date());
  const found = deps.store.articles(ranked.map((r) => r.hit.articleId), { text: false });
  const articles = [...new Set(ranked.map((r) => r.hit.articleId))].flatMap((id) => found.get(id) ?? []);
  const stories = storiesOf(deps, articles);
  const everyCopy = stories.flatMap((s) => [s.article, ...s.alsoIn]);
  return {
    stories: stories.slice(0, limit),
    total: stories.length,
    outlets: countOutlets(everyCopy),
    credits: chains(deps.store.creditChains(everyCopy.map((a) => a.id))),
    suggestions: stories.length ? [] : suggestionsFor(deps, plan, options.query),
  };
}
