import { type Translate, en } from '../i18n/index.ts';
/** One published copy of a story, as stored. */
export interface Article {
  /** Stable: from the canonical URL, or from outlet + title when there is none. */
  id: string;
  url?: string;
  title: string;
  /** True when the source had no title and it was taken from the lead sentence. */
  titleDerived: boolean;
  /** Who published this copy (KONTAN). */
  /** Who published it; undefined when nothing says (shown as "Unknown outlet", stored as no value). */
  outlet?: string;
  /** Who it credits as the source (The Guardian). */
  via?: string;
  byline?: string;
  editor?: string;
  dateline?: string;
  lang: string;
  /** ISO 8601, absent when unknown — never guessed. */
  publishedAt?: string;
  ingestedAt: string;
  updatedAt: string;
  /** The file or URL it was read from. */
  origin: string;
  contentHash: string;
  text: string;
  /** The story cluster: syndicated copies and near-duplicates share it (the first copy's id). */
  clusterId?: string;
  /** How much the article is about the war, from the glossary (0 = not at all). */
  relevance?: number;
}

export interface Passage {
  id: number;
  articleId: string;
  ord: number;
  text: string;
}

/** What a parser found, before ids, language and passages are settled. */
export interface ArticleDraft {
  id?: string;
  url?: string;
  title?: string;
  outlet?: string;
  via?: string;
  byline?: string;
  editor?: string;
  dateline?: string;
  lang?: string;
  publishedAt?: string;
  text: string;
  /** Things the reader of the ingest log should know (an unreadable date kept unknown…). */
  warnings?: string[];
  /** The text is the item's headline alone (its page could not be read): kept however short. */
  headlineOnly?: boolean;
}

/** How an article whose outlet nothing names is shown: a label, never data. */
export const UNKNOWN_OUTLET = en('common.unknownOutlet');

/** The outlet as shown: its name, or "Unknown outlet" in the reader's language. */
export function outletLabel(article: Pick<Article, 'outlet'>, t: Translate = en): string {
  return article.outlet || t('common.unknownOutlet');
}

/** "KONTAN, crediting The Guardian" */
export function provenance(article: Pick<Article, 'outlet' | 'via'>, t: Translate = en): string {
  const outlet = outletLabel(article, t);
  return article.via && article.via.toLowerCase() !== outlet.toLowerCase() ? t('common.crediting', { outlet, via: article.via }) : outlet;
}
