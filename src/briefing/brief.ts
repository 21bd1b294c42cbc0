import type { Article } from '../articles/article.ts';
import type { Quote } from '../search/snippet.ts';
import { quoteKey } from '../search/snippet.ts';
import { paragraphsOf } from '../text/passages.ts';
import { splitSentences } from '../text/sentences.ts';
import { isAboutTheWar } from '../text/relevance.ts';
import { type AskDeps, planFor, rankPassages, storyOf } from '../search/ask.ts';

export interface BriefOptions {
  hours?: number;
  /** The window's start; overrides `hours`. */
  since?: Date;
  limit?: number;
  now?: Date;
  /** Include articles that are not about the war. */
  all?: boolean;
  /** Only stories about this ("Kursk", "drone strikes on energy"); empty: the war as a whole. */
  topic?: string;
  /** Stories already briefed, with the copies they had: only new stories, or ones with new reporting, are kept. */
  previous?: Record<string, number>;
}

export interface BriefStory {
  /** The story's original copy, whose lead is quoted. */
  article: Article;
  /** The story's lead, verbatim. */
  lead: Quote;
  /** The other copies of the story, in any window. */
  alsoIn: Article[];
  /** Distinct outlets carrying the story. */
  outlets: number;
  relevance: number;
  /** No copy of the story has a known date: it is in the window by when it was ingested, and said to be undated. */
  dateUnknown: boolean;
}

export interface Brief {
  from: Date;
  to: Date;
  stories: BriefStory[];
  /** Distinct stories in the window, of which `stories` are the top ones. */
  total: number;
}

const MAX_WINDOW_ARTICLES = 2000;
const SHORT_LEAD = 60;

/** The lead: the first sentence, or the first two when the first is very short. */
export function leadOf(article: Article): string {
  const first = paragraphsOf(article.text)[0] ?? article.text;
  const sentences = splitSentences(first, article.lang).map((s) => s.text);
  if (!sentences.length) return first;
  return sentences[0].length < SHORT_LEAD && sentences[1] ? `${sentences[0]} ${sentences[1]}` : sentences[0];
}

const timeOf = (a: Article) => Date.parse(a.publishedAt ?? a.ingestedAt);

/**
 * The window's top stories: each story cluster once, quoted from its original,
 * ranked by how many outlets carried it, then relevance, then recency.
 */
export function composeBrief(deps: AskDeps, options: BriefOptions): Brief {
  const to = options.now ?? new Date();
  const from = options.since ?? new Date(to.getTime() - (options.hours ?? 24) * 3_600_000);
  let articles = deps.store.articlesBetween(from, to, MAX_WINDOW_ARTICLES).filter((a) => options.all || isAboutTheWar(a.relevance));
  if (options.topic?.trim()) {
    const onTopic = new Set(rankPassages(deps, planFor(deps, options.topic), { since: from, until: to, all: options.all }, to).map((r) => r.hit.articleId));
    articles = articles.filter((a) => onTopic.has(a.id));
  }
  const clusters = deps.store.clusters(articles.map(storyOf));
  const stories = new Map<string, BriefStory>();
  for (const article of articles) {
    const key = storyOf(article);
    if (stories.has(key)) continue;
    const [original, ...others] = clusters.get(key) ?? [article];
    stories.set(key, {
      article: original,
      lead: { text: leadOf(original), highlights: [] },
      alsoIn: others,
      outlets: new Set([original, ...others].map((a) => (a.outlet ?? '').toLowerCase())).size,
      relevance: original.relevance ?? 0,
      dateUnknown: false,
    });
  }
  // Copies that were clustered apart but open with the same words are one story too.
  const byLead = new Map<string, BriefStory>();
  for (const story of stories.values()) {
    const same = byLead.get(quoteKey(story.lead.text));
    if (same) {
      same.alsoIn.push(story.article, ...story.alsoIn);
      same.outlets = new Set([same.article, ...same.alsoIn].map((a) => (a.outlet ?? '').toLowerCase())).size;
    } else byLead.set(quoteKey(story.lead.text), story);
  }
  // New in the window: reported in it. An undated copy ingested now says nothing of when a dated story
  // broke (an old story republished without its date); only a story with no dated report at all is placed
  // by its ingest time, and said to be undated.
  const inWindow = (a: Article) => a.publishedAt !== undefined && timeOf(a) >= from.getTime() && timeOf(a) <= to.getTime();
  const reported = [...byLead.values()].filter((story) => {
    const copies = [story.article, ...story.alsoIn];
    if (!copies.some((a) => a.publishedAt)) return (story.dateUnknown = true);
    return copies.some(inWindow);
  });
  const fresh = reported.filter((story) => {
    const before = options.previous?.[storyOf(story.article)];
    return before === undefined || 1 + story.alsoIn.length > before;
  });
  const ranked = fresh.sort(
    (a, b) => b.outlets - a.outlets || b.relevance - a.relevance || timeOf(b.article) - timeOf(a.article),
  );
  return { from, to, stories: ranked.slice(0, options.limit ?? 10), total: ranked.length };
}
