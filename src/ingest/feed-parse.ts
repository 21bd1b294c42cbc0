import { createHash } from 'node:crypto';
import { lazyRequire } from '../lazy-require.ts';

const feedParser = lazyRequire<typeof import('@rowanmanning/feed-parser')>('@rowanmanning/feed-parser');
import { parseHTML } from '../articles/dom.ts';
import type { ArticleDraft } from '../articles/article.ts';
import { parseDate } from '../articles/dates.ts';
import { htmlToText } from '../articles/parse-html.ts';
import { draftFromObject } from '../articles/parse-json.ts';

type XmlFeed = ReturnType<typeof import('@rowanmanning/feed-parser').parseFeed>;
type XmlItem = XmlFeed['items'][number];
type XmlElement = XmlItem['element'];

export interface FeedItem {
  /** Stable within the feed: the item's id, else its link, else a hash of its title and date. */
  guid: string;
  draft: ArticleDraft;
}

export interface SkippedItem {
  guid?: string;
  reason: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'json';
  title?: string;
  lang?: string;
  items: FeedItem[];
  skipped: SkippedItem[];
  warnings: string[];
  /** The document was cut short: items may be missing, so it must be fetched whole again. */
  truncated: boolean;
}

export interface FeedSource {
  /** Where the document came from (after redirects): relative links resolve against it. */
  url: string;
  contentType?: string;
  /** The feed's configured language: wins over what the document says. */
  lang?: string;
  /** The feed's configured outlet name: wins over the document's title, not over an item's own source. */
  outlet?: string;
  /** Keep items that have a link but no text (their page will be fetched). */
  keepTextless?: boolean;
}

/** A document that is not a readable feed: HTML, broken XML, JSON of another shape. */
export class FeedFormatError extends Error {}

const FEED_LINK_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json'];

function hash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 24);
}

function resolveUrl(raw: string | null | undefined, base: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  try {
    return new URL(value, base).href;
  } catch {
    return undefined;
  }
}

/** Plain text of a title that may carry markup ("A &amp; B", "<![CDATA[<i>x</i>]]>"). */
function cleanTitle(raw: string | null | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  // Markup, or an entity ("Kyiv &amp; Kharkiv" in a JSON Feed title), is read as HTML.
  const text = /<[a-z/!][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);/i.test(value) ? htmlToText(value).replace(/\s+/g, ' ') : value.replace(/\s+/g, ' ');
  return text.trim() || undefined;
}

type DocumentKind = 'json' | 'xml' | 'html';

/** What the text is, from its first element (and the Content-Type when that is all there is to go on). */
function sniff(text: string, contentType: string | undefined): DocumentKind {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (/^<!doctype\s+html/i.test(head)) return 'html';
  const prolog = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '').trimStart();
  const root = /^<([A-Za-z][\w:.-]*)/.exec(prolog)?.[1].toLowerCase();
  if (root === 'html' || root === 'head' || root === 'body') return 'html';
  if (root && /^(?:[\w.-]+:)?(?:rss|rdf|feed)$/.test(root)) return 'xml';
  if (contentType && /html/.test(contentType)) return 'html';
  if (contentType && /json/.test(contentType)) return 'json';
  return 'xml';
}

function htmlPageError(text: string, pageUrl: string): FeedFormatError {
  const { document } = parseHTML(text);
  const base = resolveUrl(document.querySelector('base[href]')?.getAttribute('href'), pageUrl) ?? pageUrl;
  const feeds = [...document.querySelectorAll('link[rel~="alternate"][href]')]
    .filter((link) => FEED_LINK_TYPES.includes((link.getAttribute('type') ?? '').toLowerCase().trim()))
    .map((link) => resolveUrl(link.getAttribute('href'), base))
    .filter((href): href is string => Boolean(href));
  if (!feeds.length) return new FeedFormatError('got an HTML page, not a feed');
  return new FeedFormatError(`got an HTML page, not a feed; the page names its feed: ${feeds[0]}${feeds.length > 1 ? ` (and ${feeds.length - 1} more)` : ''}`);
}

/** The base URL of an element: the document's address, refined by each xml:base on the way down. */
function baseOf(element: XmlElement | null, documentUrl: string): string {
  const bases: string[] = [];
  for (let el = element; el; el = el.parent) {
    const base = el.getAttribute('xml:base');
    if (base) bases.unshift(base);
  }
  return bases.reduce((url, base) => resolveUrl(base, url) ?? url, documentUrl);
}

function childText(element: XmlElement, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = element.findElementWithName(name)?.textContentNormalized.trim();
    if (value) return value;
  }
  return undefined;
}

/** The XML ends before its root element closes: its last item may be cut short. */
function isTruncated(text: string): boolean {
  let tail = text.trimEnd();
  // Caches append comments after the root element ("<!-- generated in 0.2 s -->").
  while (tail.endsWith('-->')) {
    const start = tail.lastIndexOf('<!--');
    if (start < 0) break;
    tail = tail.slice(0, start).trimEnd();
  }
  return !/<\/(?:[\w.-]+:)?(?:rss|rdf|feed)\s*>$/i.test(tail.slice(-200));
}

function shortMessage(error: unknown): string {
  const message = (error as Error).message ?? String(error);
  return message.replace(/\s+/g, ' ').replace(/\. Context:.*$/, '').slice(0, 160);
}

interface Accumulator {
  items: FeedItem[];
  skipped: SkippedItem[];
  seen: Set<string>;
}

function accept(acc: Accumulator, guid: string, draft: ArticleDraft, source: FeedSource): void {
  if (acc.seen.has(guid)) {
    acc.skipped.push({ guid, reason: 'duplicate guid in the feed (the first is kept)' });
    return;
  }
  if (!draft.text.trim()) {
    if (!(source.keepTextless && draft.url)) {
      acc.skipped.push({ guid, reason: draft.title ? 'no text in the item (title only)' : 'no title, text or link' });
      return;
    }
  }
  acc.seen.add(guid);
  acc.items.push({ guid, draft });
}

const MEDIA_RSS = 'search.yahoo.com/mrss';

function mediaDescription(el: XmlElement): string | undefined {
  for (const child of el.children) {
    if (typeof child === 'string' || !child.namespaceUri?.includes(MEDIA_RSS)) continue;
    if (child.name === 'description') {
      const text = child.textContentNormalized.trim();
      if (text) return text;
    } else if (child.name === 'group' || child.name === 'content') {
      const inner = mediaDescription(child);
      if (inner) return inner;
    }
  }
  return undefined;
}

function xmlItemDraft(item: XmlItem, feed: XmlFeed, source: FeedSource): { guid: string; draft: ArticleDraft } {
  const el = item.element;
  const url = resolveUrl(item.url, baseOf(el, source.url));
  const title = cleanTitle(item.title);
  const contentText = item.content ? htmlToText(item.content) : '';
  // Media RSS (video and photo feeds): the text is in media:description, often inside media:group.
  const media = item.description ? undefined : mediaDescription(el);
  const text = contentText || (item.description ? htmlToText(item.description) : media ? htmlToText(media) : '');
  const rawDate = childText(el, 'pubdate', 'published', 'issued', 'date', 'created', 'updated', 'modified');
  const ownAuthors = ['author', 'creator', 'contributor'].some((name) => el.findElementWithName(name));
  const byline = ownAuthors ? item.authors.map((a) => a.name?.trim()).filter(Boolean).join(', ') : '';
  const sourceEl = el.findElementWithName('source');
  const itemOutlet = sourceEl ? (childText(sourceEl, 'title') ?? (sourceEl.textContentNormalized.trim() || undefined)) : undefined;
  const draft: ArticleDraft = {
    text,
    title,
    url,
    outlet: itemOutlet ?? source.outlet ?? cleanTitle(feed.title),
    byline: byline || undefined,
    lang: source.lang ?? el.getAttribute('xml:lang') ?? feed.language ?? undefined,
  };
  const publishedAt = parseDate(rawDate);
  if (publishedAt) draft.publishedAt = publishedAt;
  else if (rawDate) draft.warnings = [`unreadable date ${JSON.stringify(rawDate)}, kept unknown`];
  const guid = item.id?.trim() || url || `hash:${hash(title ?? '', rawDate ?? '', title || rawDate ? '' : text)}`;
  return { guid, draft };
}

/** The root element's name, after the prolog. */
function rootOf(text: string): string | undefined {
  const prolog = text.slice(0, 4096).replace(/^\uFEFF/, '').replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '').trimStart();
  return /^<([A-Za-z][\w:.-]*)/.exec(prolog)?.[1];
}

function parseXmlFeed(input: string, source: FeedSource): ParsedFeed {
  const warnings: string[] = [];
  let text = input;
  // A closing tag cut at its very end ("…</channel></rss"): only the ">" is missing.
  if (/<\/[\w:.-]+\s*$/.test(text.trimEnd())) {
    text = `${text.trimEnd()}>`;
    warnings.push('the document ends in a cut closing tag; read as if it were closed');
  }
  const root = rootOf(text)?.toLowerCase();
  // A standalone Atom entry (RFC 4287 §5.1 allows it as a document): read as a feed of one.
  if (root === 'entry' || root?.endsWith(':entry')) text = `<feed xmlns="http://www.w3.org/2005/Atom">${text.replace(/^\s*<\?xml[\s\S]*?\?>/, '')}</feed>`;
  let feed: XmlFeed;
  try {
    feed = feedParser().parseFeed(text);
  } catch (error) {
    if ((error as { code?: string }).code === 'INVALID_FEED') {
      if (root === 'rss' && !/<channel[\s>]/i.test(text)) throw new FeedFormatError('an <rss> document without a <channel> element: not a readable RSS feed');
      throw new FeedFormatError('not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)');
    }
    throw new FeedFormatError(`malformed or truncated XML (${shortMessage(error)})`);
  }
  let entries = feed.items;
  const truncated = isTruncated(text);
  if (truncated) {
    if (!entries.length) throw new FeedFormatError('truncated XML: the document ends before any complete item');
    // The library recovers what it can, but the last item may have lost its end.
    warnings.push('truncated XML: the document ends before its closing tag; the last item was left for the next poll');
    entries = entries.slice(0, -1);
  }
  const acc: Accumulator = { items: [], skipped: [], seen: new Set() };
  for (const item of entries) {
    const { guid, draft } = xmlItemDraft(item, feed, source);
    accept(acc, guid, draft, source);
  }
  return {
    format: feed.meta.type === 'atom' ? 'atom' : 'rss',
    title: cleanTitle(feed.title),
    lang: feed.language ?? undefined,
    items: acc.items,
    skipped: acc.skipped,
    warnings,
    truncated,
  };
}

function stringField(object: Record<string, unknown>, key: string): string | undefined {
  const value = object[key];
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

function parseJsonFeed(text: string, source: FeedSource): ParsedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new FeedFormatError(`invalid JSON (${shortMessage(error)})`);
  }
  const feed = doc as Record<string, unknown>;
  const version = feed && typeof feed === 'object' ? feed.version : undefined;
  if (typeof version !== 'string' || !/^https?:\/\/jsonfeed\.org\/version\/1/.test(version)) {
    throw new FeedFormatError('JSON but not a JSON Feed (no "version": "https://jsonfeed.org/version/1…")');
  }
  if (!Array.isArray(feed.items)) throw new FeedFormatError('JSON Feed without an "items" array');
  const feedTitle = stringField(feed, 'title');
  const feedLang = stringField(feed, 'language');
  const acc: Accumulator = { items: [], skipped: [], seen: new Set() };
  for (const entry of feed.items) {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      acc.skipped.push({ reason: 'not an item object' });
      continue;
    }
    const object = entry as Record<string, unknown>;
    const url = resolveUrl(stringField(object, 'url') ?? stringField(object, 'external_url'), source.url);
    const title = cleanTitle(stringField(object, 'title'));
    const rawDate = stringField(object, 'date_published') ?? stringField(object, 'date_modified');
    const guid = stringField(object, 'id') || url || `hash:${hash(title ?? '', rawDate ?? '')}`;
    let draft: ArticleDraft;
    try {
      // draftFromObject reads a plain "summary" before "content_html": the content is the article.
      const { summary: _summary, ...content } = object;
      const hasContent = Boolean(stringField(object, 'content_text') ?? stringField(object, 'content_html'));
      draft = draftFromObject({ ...(hasContent ? content : object), date_published: rawDate });
    } catch (error) {
      draft = { text: '', title, url };
      if (!source.keepTextless || !url) {
        // Said in JSON Feed's own field names, not in those of Sitrep's JSON articles.
        const reason = /no text/.test((error as Error).message) ? `no text in the item (no "content_text" or "content_html")${url ? '' : ' and no "url"'}` : (error as Error).message;
        acc.skipped.push({ guid, reason });
        continue;
      }
    }
    const authors = Array.isArray(object.authors) ? object.authors : object.author ? [object.author] : [];
    const names = authors.map((a) => (a && typeof a === 'object' ? cleanTitle(stringField(a as Record<string, unknown>, 'name')) : undefined)).filter(Boolean);
    if (names.length) draft.byline = names.join(', ');
    // A feed's item id names the item, not the article: ids come from URLs here.
    delete draft.id;
    delete draft.url;
    delete draft.title;
    if (url) draft.url = url;
    if (title) draft.title = title;
    const outlet = draft.outlet ?? source.outlet ?? feedTitle;
    if (outlet) draft.outlet = outlet;
    const lang = source.lang ?? draft.lang ?? feedLang;
    if (lang) draft.lang = lang;
    accept(acc, guid, draft, source);
  }
  return { format: 'json', title: feedTitle, lang: feedLang, items: acc.items, skipped: acc.skipped, warnings: [], truncated: false };
}

/**
 * Reads an RSS 0.9x/1.0/2.0, Atom or JSON Feed 1.x document into drafts, one
 * per usable item. Throws FeedFormatError when the document is not a feed.
 */
export function parseFeedDocument(text: string, source: FeedSource): ParsedFeed {
  if (!text.trim()) throw new FeedFormatError('empty document');
  switch (sniff(text, source.contentType)) {
    case 'json':
      return parseJsonFeed(text, source);
    case 'html':
      throw htmlPageError(text, source.url);
    case 'xml':
      return parseXmlFeed(text, source);
  }
}
