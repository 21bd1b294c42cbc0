import type { ArticleDraft } from './article.ts';
import { parseDate } from './dates.ts';
import { htmlToText } from './parse-html.ts';

function firstString(object: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = object[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const name = (value as Record<string, unknown>).name;
      if (typeof name === 'string' && name.trim()) return name.trim();
    }
    if (Array.isArray(value) && value.length) {
      const names = value.map((v) => (typeof v === 'string' ? v : (v as Record<string, unknown>)?.name)).filter((v) => typeof v === 'string');
      if (names.length) return names.join(', ');
    }
  }
  return undefined;
}

/** An article object in the common shapes (our own, JSON Feed items, NewsAPI-like exports). */
export function draftFromObject(object: Record<string, unknown>): ArticleDraft {
  let text = firstString(object, ['text', 'content_text', 'body', 'content', 'articleBody']);
  const html = firstString(object, ['html', 'content_html']);
  if (!text && html) text = htmlToText(html);
  // A summary only when there is no full text.
  text ??= firstString(object, ['description', 'summary']);
  if (!text) throw new Error('article has no text (expected "text", "body", "content" or "html")');
  const rawDate = object.publishedAt ?? object.published_at ?? object.date_published ?? object.datePublished ?? object.date ?? object.published;
  const draft: ArticleDraft = {
    id: firstString(object, ['id']),
    url: firstString(object, ['url', 'link', 'canonical']),
    title: firstString(object, ['title', 'headline']),
    outlet: firstString(object, ['outlet', 'site', 'siteName', 'site_name', 'publisher', 'source']),
    via: firstString(object, ['via', 'credit', 'originalSource']),
    byline: firstString(object, ['byline', 'author', 'authors']),
    editor: firstString(object, ['editor']),
    dateline: firstString(object, ['dateline']),
    lang: firstString(object, ['lang', 'language', 'inLanguage']),
    text,
  };
  const publishedAt = parseDate(rawDate);
  if (publishedAt) draft.publishedAt = publishedAt;
  else if (rawDate !== undefined && rawDate !== null && rawDate !== '') draft.warnings = [`unreadable date ${JSON.stringify(rawDate)}, kept unknown`];
  return draft;
}

function objectsOf(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value as Record<string, unknown>[];
  if (value && typeof value === 'object') {
    const container = value as Record<string, unknown>;
    for (const key of ['articles', 'items']) if (Array.isArray(container[key])) return container[key] as Record<string, unknown>[];
    return [container];
  }
  throw new Error('expected an article object or an array of them');
}

/** Each entry is either a draft or the reason it could not be read. */
export type DraftResult = { draft: ArticleDraft; label: string } | { error: string; label: string };

export function parseJson(content: string): DraftResult[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    throw new Error(`invalid JSON: ${(error as Error).message}`);
  }
  return objectsOf(value).map((object, i) => attempt(object, `#${i + 1}`));
}

export function parseJsonLines(content: string): DraftResult[] {
  const results: DraftResult[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const label = `line ${i + 1}`;
    try {
      results.push(attempt(JSON.parse(line), label));
    } catch (error) {
      results.push({ error: `invalid JSON: ${(error as Error).message}`, label });
    }
  });
  return results;
}

function attempt(object: unknown, label: string): DraftResult {
  if (!object || typeof object !== 'object' || Array.isArray(object)) return { error: 'not an article object', label };
  try {
    return { draft: draftFromObject(object as Record<string, unknown>), label };
  } catch (error) {
    return { error: (error as Error).message, label };
  }
}
