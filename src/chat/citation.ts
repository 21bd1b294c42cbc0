import { type Article, UNKNOWN_OUTLET } from '../articles/article.ts';
import type { Citation } from './reply.ts';

export function citationOf(article: Article, alsoIn: Article[] = []): Citation {
  return {
    articleId: article.id,
    outlet: article.outlet ?? null,
    via: article.via,
    title: article.title,
    titleDerived: article.titleDerived,
    publishedAt: article.publishedAt,
    url: article.url,
    lang: article.lang,
    alsoIn: alsoIn.map((a) => ({ outlet: a.outlet ?? null, articleId: a.id, url: a.url })),
  };
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

/** "17 Oct 2024", "17 Oct 2024 08:15 UTC", or "date unknown" — never a guess. */
export function formatDate(iso: string | undefined): string {
  if (!iso) return 'date unknown';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'date unknown';
  const day = DAY.format(date);
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return day;
  return `${day} ${TIME.format(date)} UTC`;
}

/** "KONTAN via The Guardian" */
export function sourceLine(citation: Citation): string {
  const outlet = citation.outlet ?? UNKNOWN_OUTLET;
  return citation.via && citation.via.toLowerCase() !== outlet.toLowerCase() ? `${outlet} via ${citation.via}` : outlet;
}

/** The title as shown: a derived one is marked, since the outlet did not write it. */
export function titleLine(citation: Citation): string {
  return citation.titleDerived ? `${citation.title} (title from lead)` : citation.title;
}

export function alsoInLine(citation: Citation): string | undefined {
  if (!citation.alsoIn.length) return undefined;
  const outlets = [...new Set(citation.alsoIn.map((a) => a.outlet ?? UNKNOWN_OUTLET))];
  return `also reported by ${outlets.join(', ')}`;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** "Indonesian" for "id"; the code itself when unknown. */
export function languageName(code: string): string {
  if (code === 'und') return 'language unknown';
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}
