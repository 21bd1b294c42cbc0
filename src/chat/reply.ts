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
  id: 'more' | 'sources';
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
  sections?: ReplySection[];
  suggestions?: string[];
  footer?: string;
  visibility: 'public' | 'private';
  actions?: ReplyAction[];
}

export function errorReply(message: string): Reply {
  return { kind: 'error', title: 'Sorry', intro: message, items: [], visibility: 'private' };
}

export function noticeReply(title: string, message: string, visibility: Reply['visibility'] = 'private'): Reply {
  return { kind: 'notice', title, intro: message, items: [], visibility };
}
