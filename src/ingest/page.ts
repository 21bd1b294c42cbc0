import type { ArticleDraft } from '../articles/article.ts';
import { HTML_TIME_BUDGET_MS, htmlExtractor } from '../articles/html-extract.ts';
import { decodeDocument } from './charset.ts';
import { FetchError, type HttpOptions, type HttpResponse, httpGet } from './http.ts';

const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1';

export interface PageOptions extends HttpOptions {
  /** The HTTP GET to use (tests and the poller pass theirs). */
  get?: (url: string, options: HttpOptions) => Promise<HttpResponse>;
  /** How long reading the page may take (default 10 s), in a worker that is stopped when it runs out. */
  readBudgetMs?: number;
}

/**
 * One news article from its web page: fetched within the usual limits, read
 * with Readability (in a worker, within a time budget), its title, outlet,
 * byline, date and language from the page's metadata. Throws FetchError (one
 * line) when that is not possible.
 */
export async function fetchArticle(url: string, options: PageOptions = {}): Promise<ArticleDraft> {
  const { get = httpGet, readBudgetMs = HTML_TIME_BUDGET_MS, ...http } = options;
  const response = await get(url, { ...http, accept: PAGE_ACCEPT, etag: undefined, lastModified: undefined });
  if (response.contentType && !PAGE_TYPES.has(response.contentType)) {
    throw new FetchError(response.url, `not a web page (content type ${response.contentType})`);
  }
  if (!response.body.length) throw new FetchError(response.url, 'empty page');
  let draft: ArticleDraft;
  let warnings: string[];
  try {
    const decoded = decodeDocument(response.body, response.charset);
    warnings = decoded.warnings;
    [draft] = await htmlExtractor.extract(decoded.text, response.url, readBudgetMs);
  } catch (error) {
    throw new FetchError(response.url, (error as Error).message);
  }
  draft.url ??= response.url;
  if (warnings.length) draft.warnings = [...warnings, ...(draft.warnings ?? [])];
  return draft;
}

/**
 * A feed item completed by its page: the page's text and metadata first, the
 * item's fields where the page has none. When the page yields less text than
 * the feed carried (a paywall, a teaser), the feed's text is kept.
 */
export function mergeDrafts(page: ArticleDraft, item: ArticleDraft): ArticleDraft {
  const merged: ArticleDraft = { ...item };
  for (const key of ['url', 'title', 'outlet', 'via', 'byline', 'editor', 'dateline', 'lang', 'publishedAt'] as const) {
    if (page[key]) merged[key] = page[key];
  }
  merged.text = page.text.trim().length >= item.text.trim().length ? page.text : item.text;
  // The page's unreadable date matters only when the item had none either.
  const pageWarnings = (page.warnings ?? []).filter((w) => !(item.publishedAt && w.startsWith('unreadable date')));
  if (item.publishedAt && !page.publishedAt) merged.publishedAt = item.publishedAt;
  const warnings = [...pageWarnings, ...(item.warnings ?? [])];
  if (warnings.length) merged.warnings = warnings;
  else delete merged.warnings;
  return merged;
}
