import { createHash } from 'node:crypto';
import { stripControl } from '../text/control.ts';
import { detectLanguage, normalizeLanguage } from '../text/language.ts';
import { passageSentencesOf } from '../text/passages.ts';
import { looksLikeEncodedData } from '../text/prose.ts';
import { splitSentences } from '../text/sentences.ts';
import { type Article, type ArticleDraft, UNKNOWN_OUTLET } from './article.ts';
import { applyConventions, isWire, outletName } from './conventions.ts';
import { canonicalUrl } from './url.ts';

export const MIN_TEXT_CHARS = 40;
/** A headline kept as the article (its page could not be read) is quotable from this length. */
const MIN_HEADLINE_CHARS = 12;
const MAX_TITLE_CHARS = 120;

export interface BuiltArticle {
  article: Article;
  passages: string[];
}

/** A built article with each passage's sentences, which its passages' contexts are read from (see passageContexts). */
export interface BuiltWithSentences extends BuiltArticle {
  sentences: string[][];
}

function hash(value: string, length = 64): string {
  return createHash('sha256').update(value).digest('hex').slice(0, length);
}

/** A title from the lead sentence, cut at a word boundary. */
export function deriveTitle(text: string, lang: string): string {
  const lead = splitSentences(text.split('\n').find((l) => l.trim()) ?? text, lang)[0]?.text ?? text;
  const sentence = lead.replace(/[.!?]+$/, '');
  if (sentence.length <= MAX_TITLE_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_TITLE_CHARS);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[\s,;:]+$/, '') + '…';
}

function slugId(raw: string): string {
  return raw.trim().replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);
}

/** Settles a parsed draft into a stored article: conventions, language, title, id, hash, passages. */
/** Every text field of a draft without terminal control sequences (they would reach readers' terminals). */
function withoutControl(draft: ArticleDraft): ArticleDraft {
  const clean = { ...draft };
  for (const key of ['text', 'title', 'outlet', 'via', 'byline', 'editor', 'dateline', 'url', 'id'] as const) {
    const value = clean[key];
    if (typeof value === 'string') clean[key] = stripControl(value);
  }
  return clean;
}

/** "https://www.kyivindependent.com/x" → "kyivindependent.com" */
function siteOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

export function buildArticle(raw: ArticleDraft, origin: string, now: Date): BuiltWithSentences {
  const draft = withoutControl(raw);
  const { text, found } = applyConventions(draft.text);
  if (text.replace(/\s+/g, ' ').length < (draft.headlineOnly ? MIN_HEADLINE_CHARS : MIN_TEXT_CHARS)) throw new Error(`too little text (${text.trim().length} characters, at least ${MIN_TEXT_CHARS} needed)`);
  if (looksLikeEncodedData(text)) throw new Error('encoded data (base64, hex or keys), not the text of an article');
  const lang = (draft.lang && normalizeLanguage(draft.lang)) || detectLanguage(text);
  const url = draft.url ? canonicalUrl(draft.url) : undefined;
  // No outlet named: a wire's own story ("KYIV (Reuters) -") is the wire's; else the site it came from.
  const via = draft.via ?? found.via;
  const wireOwn = !draft.outlet && !found.outlet && via && isWire(via) ? via : undefined;
  const outlet = draft.outlet ? outletName(draft.outlet) : found.outlet ?? wireOwn ?? (url ? siteOf(url) : undefined);
  const titleDerived = !draft.title?.trim();
  const title = titleDerived ? deriveTitle(text, lang) : draft.title!.replace(/\s+/g, ' ').trim();
  const id = (draft.id && slugId(draft.id)) || hash(url ?? `${(outlet ?? UNKNOWN_OUTLET).toLowerCase()}\n${title.toLowerCase()}`, 12);
  const article: Article = {
    id,
    url,
    title,
    titleDerived,
    outlet,
    via,
    byline: draft.byline ?? found.byline,
    editor: draft.editor ?? found.editor,
    dateline: draft.dateline ?? found.dateline,
    lang,
    publishedAt: draft.publishedAt,
    ingestedAt: now.toISOString(),
    updatedAt: now.toISOString(),
    origin,
    contentHash: '',
    text,
  };
  const { ingestedAt: _i, updatedAt: _u, origin: _o, contentHash: _c, ...content } = article;
  article.contentHash = hash(JSON.stringify(content));
  const sentences = passageSentencesOf(text, lang);
  return { article, passages: sentences.map((passage) => passage.join(' ')), sentences };
}
