import { isAboutTheWar } from '../text/relevance.ts';
import type { FilterFacts } from './passage-index.ts';

export interface SearchFilters {
  /** Part of an outlet's or credited source's name ("guardian"). */
  source?: string;
  since?: Date;
  until?: Date;
  lang?: string;
}

export function hasFilters(filters: SearchFilters): boolean {
  return Boolean(filters.source || filters.since || filters.until || filters.lang);
}

export function matchesSource(sources: string, source: string): boolean {
  const wanted = source.trim().toLowerCase();
  return sources.split('|').some((name) => name.includes(wanted));
}

/** The passages a search may return: within the filters and, unless `all`, from articles about the war. */
export function passageFilter(filters: SearchFilters & { all?: boolean }): ((fields: FilterFacts) => boolean) | undefined {
  if (!hasFilters(filters) && filters.all) return undefined;
  const since = filters.since?.getTime();
  const until = filters.until?.getTime();
  return (fields) =>
    (filters.all || isAboutTheWar(fields.relevance)) &&
    (!filters.source || matchesSource(fields.sources, filters.source)) &&
    (since === undefined || fields.time >= since) &&
    (until === undefined || fields.time < until) &&
    (!filters.lang || fields.lang === filters.lang);
}
