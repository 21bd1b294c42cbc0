import { type Translate, type UiLang, en, langOf } from '../i18n/index.ts';

/**
 * The platform-neutral answer a command returns. Renderers turn it into
 * plain text, Discord embeds or Slack blocks, each within its platform's limits.
 */

export type Highlight = [start: number, end: number];

export interface Citation {
  articleId: string;
  /** null when nothing names the outlet (shown as "Unknown outlet"). */
  outlet: string | null;
  /** The source the outlet credits ("The Guardian"). */
  via?: string;
  title: string;
  titleDerived: boolean;
  /** ISO 8601; absent means the date is unknown. */
  publishedAt?: string;
  url?: string;
  lang: string;
  /** Other outlets that carry the same text. */
  alsoIn: { outlet: string | null; articleId: string; url?: string }[];
}

export interface QuoteItem {
  type: 'quote';
  /** Verbatim from the article. */
  quote: string;
  highlights: Highlight[];
  citation: Citation;
}

export interface ArticleItem {
  type: 'article';
  citation: Citation;
  /** "KONTAN, crediting The Guardian" */
  provenance: string;
  byline?: string;
  editor?: string;
  dateline?: string;
  ingestedAt?: string;
  /** The first passages, verbatim, when one article is shown in full. */
  passages?: string[];
}

export interface FactItem {
  type: 'fact';
  label: string;
  value: string;
}

export type ReplyItem = QuoteItem | ArticleItem | FactItem;

export interface ReplySection {
  heading: string;
  lines: string[];
}

/** A button: runs `command` with `options` (state kept by the adapter so it survives restarts). */
export interface ReplyAction {
  id: 'more' | 'sources' | 'up' | 'down' | 'wrong' | 'quote' | 'share';
  label: string;
  command: string;
  options: Record<string, unknown>;
  /** Answer the press privately. */
  private?: boolean;
}

export type ReplyKind = 'answer' | 'nothing' | 'briefing' | 'sources' | 'article' | 'stats' | 'help' | 'notice' | 'error';

export interface Reply {
  kind: ReplyKind;
  title: string;
  intro?: string;
  /** Best first; empty when nothing was found. */
  items: ReplyItem[];
  /** The number of the first item when this is a later page (default 1). */
  firstNumber?: number;
  /** How many items there are in all, across pages (default: the items shown). */
  total?: number;
  /** The figures behind a stats reply, as numbers, for --json. */
  data?: Record<string, unknown>;
  sections?: ReplySection[];
  suggestions?: string[];
  footer?: string;
  visibility: 'public' | 'private';
  actions?: ReplyAction[];
  /** The language Sitrep's own words are in (quotes keep their article's); English when absent. */
  lang?: UiLang;
  /** An error the user can fix by changing what they typed (the CLI exits 2 on it). */
  usage?: boolean;
  /** What was asked for does not exist (an unknown article id): the CLI exits 1. An honest "nothing found" is not a failure. */
  failed?: boolean;
}

export function errorReply(message: string, t: Translate = en): Reply {
  return { kind: 'error', title: t('common.sorry'), intro: message, items: [], visibility: 'private', failed: true, lang: langOf(t) };
}

export function noticeReply(title: string, message: string, visibility: Reply['visibility'] = 'private', lang?: UiLang): Reply {
  return { kind: 'notice', title, intro: message, items: [], visibility, ...(lang && { lang }) };
}
