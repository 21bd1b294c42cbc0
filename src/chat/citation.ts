import type { Article } from '../articles/article.ts';
import { type Translate, en, formatDay, formatTime, langOf, languageNameIn } from '../i18n/index.ts';
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

/** "17 Oct 2024", "17 Oct 2024 08:15 UTC", or "date unknown" — never a guess. */
export function formatDate(iso: string | undefined, t: Translate = en): string {
  const date = iso ? new Date(iso) : undefined;
  if (!date || Number.isNaN(date.getTime())) return t('common.dateUnknown');
  const day = formatDay(date, langOf(t));
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso!)) return day;
  return `${day} ${formatTime(date)}`;
}

/** "KONTAN via The Guardian" */
export function sourceLine(citation: Citation, t: Translate = en): string {
  const outlet = citation.outlet ?? t('common.unknownOutlet');
  return citation.via && citation.via.toLowerCase() !== outlet.toLowerCase() ? t('common.via', { outlet, via: citation.via }) : outlet;
}

/** The title as shown: a derived one is marked, since the outlet did not write it. */
export function titleLine(citation: Citation, t: Translate = en): string {
  return citation.titleDerived ? t('common.titleFromLead', { title: citation.title }) : citation.title;
}

/** "also reported by Antara, Tempo" */
export function alsoInLine(citation: Citation, t: Translate = en): string | undefined {
  if (!citation.alsoIn.length) return undefined;
  const outlets = [...new Set(citation.alsoIn.map((a) => a.outlet ?? t('common.unknownOutlet')))];
  return t('common.alsoReportedBy', { outlets: outlets.join(', ') });
}

/** "copies: Antara (id 1f2e…), Tempo (id 9c0d…)" — each copy with the id `/source` takes. */
export function copiesLine(citation: Citation, t: Translate = en): string | undefined {
  if (!citation.alsoIn.length) return undefined;
  const copies = citation.alsoIn.map((a) => `${a.outlet ?? t('common.unknownOutlet')} (${t('common.id', { id: a.articleId })})`);
  return t('common.copies', { copies: copies.join(', ') });
}

/** "Indonesian" for "id" in the reader's language; the code itself when unknown. */
export function languageName(code: string, t: Translate = en): string {
  return languageNameIn(code, langOf(t));
}
