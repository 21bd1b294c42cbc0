import type { Article } from '../articles/article.ts';
import { normalizeLanguage } from '../text/language.ts';
import type { Choice, CommandContext, OptionSpec, OptionValues } from './command.ts';
import { UsageError } from './options.ts';
import { parseSince } from './since.ts';
import type { SearchFilters } from '../search/filters.ts';

export const sourceOption: OptionSpec = {
  name: 'source',
  description: 'Only this outlet or credited source (e.g. guardian, kontan)',
  type: 'string',
  maxLength: 100,
  autocomplete: true,
};

export const sinceOption: OptionSpec = {
  name: 'since',
  description: 'Only reporting since a span (24h, 7d, 2w) or a date (2024-10-01)',
  type: 'string',
  maxLength: 30,
};

export const langOption: OptionSpec = {
  name: 'lang',
  description: 'Only articles in this language',
  type: 'string',
  choices: [
    { name: 'Indonesian', value: 'id' },
    { name: 'English', value: 'en' },
  ],
};

export const allOption: OptionSpec = {
  name: 'all',
  description: 'Include articles that are not about the war',
  type: 'boolean',
};

export const privateOption: OptionSpec = {
  name: 'private',
  description: 'Show the answer only to you',
  type: 'boolean',
};

export function filtersFrom(options: OptionValues, now: Date): SearchFilters {
  const filters: SearchFilters = {};
  if (typeof options.source === 'string' && options.source) filters.source = options.source;
  if (typeof options.since === 'string' && options.since) filters.since = parseSince(options.since, now);
  if (typeof options.lang === 'string' && options.lang) {
    const lang = normalizeLanguage(options.lang);
    if (!lang) throw new UsageError(`unknown language "${options.lang}" (try id or en)`);
    filters.lang = lang;
  }
  return filters;
}

export function describeFilters(filters: SearchFilters): string {
  const parts: string[] = [];
  if (filters.source) parts.push(`source “${filters.source}”`);
  if (filters.since) parts.push(`since ${filters.since.toISOString().slice(0, 10)}`);
  if (filters.lang) parts.push(`language ${filters.lang}`);
  return parts.join(', ');
}

export function visibilityOf(options: OptionValues): 'public' | 'private' {
  return options.private === true ? 'private' : 'public';
}

/** Outlets and credited sources in the index, filtered by what was typed (≤ 25, Discord's limit). */
export function sourceChoices(context: CommandContext, typed: string): Choice[] {
  const wanted = typed.trim().toLowerCase();
  return context.engine.store
    .sourceNames()
    .filter((name) => name.toLowerCase().includes(wanted))
    .sort((a, b) => Number(!a.toLowerCase().startsWith(wanted)) - Number(!b.toLowerCase().startsWith(wanted)) || a.localeCompare(b))
    .slice(0, 25)
    .map((name) => ({ name: name.slice(0, 100), value: name.slice(0, 100) }));
}

export function articleTime(article: Article): string {
  return article.publishedAt ?? article.ingestedAt;
}
