import { lazyRequire } from '../lazy-require.ts';
import { parseHTML } from './dom.ts';
import { checkHtmlDepth } from './html-depth.ts';
import type { ArticleDraft } from './article.ts';
import { parseDate } from './dates.ts';

const readability = lazyRequire<typeof import('@mozilla/readability')>('@mozilla/readability');

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

type Doc = ReturnType<typeof parseHTML>['document'];

/** The readable text of an HTML fragment, one paragraph per block element. */
export function htmlToText(html: string): string {
  checkHtmlDepth(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blockText(document.body as unknown as Element);
}

function blockText(root: Element): string {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.parentElement?.closest(BLOCKS));
  const paragraphs = (blocks.length ? blocks : [root]).map((el) => `${listNumber(el)}${el.textContent ?? ''}`.replace(/\s+/g, ' ').trim());
  return paragraphs.filter(Boolean).join('\n\n');
}

/** An item of a numbered list keeps its number, as a reader sees it ("10. Stopping unilateral sanctions"). */
function listNumber(el: Element): string {
  const list = el.parentElement;
  if (el.tagName !== 'LI' || list?.tagName !== 'OL') return '';
  const items = [...list.children].filter((child) => child.tagName === 'LI');
  const start = Number.parseInt(list.getAttribute('start') ?? '1', 10);
  return `${(Number.isFinite(start) ? start : 1) + items.indexOf(el)}. `;
}

function meta(document: Doc, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  inLanguage?: string;
  url?: string;
  author?: unknown;
  publisher?: unknown;
  sourceOrganization?: unknown;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting)$/;

function jsonLdArticle(document: Doc): JsonLdArticle | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        const types = ([] as unknown[]).concat(record['@type'] ?? []);
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return record as JsonLdArticle;
        if (record['@graph']) queue.push(record['@graph']);
      }
    }
  }
  return undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || undefined;
  if (value && typeof value === 'object') return nameOf((value as Record<string, unknown>).name);
  return undefined;
}

/** The page's main heading when the <title> is that heading plus the site's name. */
function headingTitle(document: Doc, readableTitle: string | undefined): string | undefined {
  const heading = document.querySelector('article h1, main h1, h1')?.textContent?.replace(/\s+/g, ' ').trim();
  if (heading && (!readableTitle || readableTitle.includes(heading))) return heading;
  return readableTitle;
}

/**
 * A news page: the article body through Readability, its facts from the
 * page's metadata (JSON-LD NewsArticle, Open Graph, <html lang>, canonical link).
 */
export function parseHtml(html: string, pageUrl?: string): ArticleDraft[] {
  checkHtmlDepth(html);
  const { document } = parseHTML(html);
  const ld = jsonLdArticle(document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const facts = {
    title: ld?.headline ?? meta(document, 'og:title', 'twitter:title'),
    outlet: nameOf(ld?.publisher) ?? meta(document, 'og:site_name', 'application-name'),
    byline: nameOf(ld?.author) ?? meta(document, 'author', 'article:author'),
    published: ld?.datePublished ?? meta(document, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date', 'DC.date.issued'),
    lang: document.documentElement?.getAttribute('lang') ?? ld?.inLanguage ?? meta(document, 'og:locale', 'language'),
    url: canonical ?? meta(document, 'og:url') ?? ld?.url ?? pageUrl,
    via: nameOf(ld?.sourceOrganization),
  };
  // Readability mutates the document it reads: give it its own copy.
  const readable = new (readability().Readability)(parseHTML(html).document as unknown as Document).parse();
  let text = readable?.content ? htmlToText(readable.content) : '';
  if (!text) text = blockText(document.body as unknown as Element);
  if (!text.trim()) throw new Error('no article text found in the page');
  const draft: ArticleDraft = {
    text,
    title: facts.title ?? headingTitle(document, readable?.title ?? undefined) ?? (document.querySelector('title')?.textContent?.trim() || undefined),
    outlet: facts.outlet ?? readable?.siteName ?? undefined,
    byline: facts.byline ?? readable?.byline ?? undefined,
    lang: facts.lang ?? readable?.lang ?? undefined,
    via: facts.via,
  };
  if (facts.url) {
    try {
      draft.url = new URL(facts.url, pageUrl).href;
    } catch {
      /* a relative canonical link without a page URL: keep none */
    }
  }
  const published = parseDate(facts.published ?? readable?.publishedTime ?? undefined);
  if (published) draft.publishedAt = published;
  else if (facts.published) draft.warnings = [`unreadable date ${JSON.stringify(facts.published)}, kept unknown`];
  return [draft];
}
