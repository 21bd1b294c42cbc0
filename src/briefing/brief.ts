import type { Article } from '../articles/article.ts';
import type { Quote } from '../search/snippet.ts';
import { quoteKey } from '../search/snippet.ts';
import type { ArticleStore } from '../store/articles.ts';
import type { Glossary } from '../text/glossary.ts';
import { paragraphsOf } from '../text/passages.ts';
import { splitSentences } from '../text/sentences.ts';
import { words } from '../text/tokenize.ts';

export interface BriefOptions {
  hours?: number;
  limit?: number;
  now?: Date;
}

export interface BriefStory {
  article: Article;
  /** The story's lead, verbatim. */
  lead: Quote;
  /** Other outlets carrying the same lead. */
  alsoIn: Article[];
  /** Distinct conflict concepts the lead names. */
  relevance: number;
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

export function relevanceOf(glossary: Glossary, text: string): number {
  return new Set(glossary.match(words(text)).map((m) => m.concept.id)).size;
}

/** The window's top stories, one verbatim lead each, copies of one story collapsed. */
export function composeBrief(deps: { store: ArticleStore; glossary: Glossary }, options: BriefOptions): Brief {
  const to = options.now ?? new Date();
  const from = new Date(to.getTime() - (options.hours ?? 24) * 3_600_000);
  const articles = deps.store.articlesBetween(from, to, MAX_WINDOW_ARTICLES);
  const stories = new Map<string, BriefStory>();
  for (const article of articles) {
    const lead = leadOf(article);
    const key = quoteKey(lead);
    const same = stories.get(key);
    if (same) {
      same.alsoIn.push(article);
      continue;
    }
    stories.set(key, {
      article,
      lead: { text: lead, highlights: [] },
      alsoIn: [],
      relevance: relevanceOf(deps.glossary, `${article.titleDerived ? '' : article.title} ${lead}`),
    });
  }
  const ranked = [...stories.values()].sort(
    (a, b) =>
      b.alsoIn.length - a.alsoIn.length ||
      b.relevance - a.relevance ||
      Date.parse(b.article.publishedAt ?? b.article.ingestedAt) - Date.parse(a.article.publishedAt ?? a.article.ingestedAt),
  );
  return { from, to, stories: ranked.slice(0, options.limit ?? 10), total: ranked.length };
}
