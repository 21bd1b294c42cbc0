import type { Article } from '../articles/article.ts';
import { type Translate, en } from '../i18n/index.ts';
import { normalizeLanguage } from '../text/language.ts';
import type { Choice, CommandContext, OptionSpec, OptionValues } from './command.ts';
import { UsageError } from './options.ts';
import { parseSince } from './since.ts';
import type { SearchFilters } from '../search/filters.ts';

export const sourceOption: OptionSpec = {
  name: 'source',
  key: 'options.source',
  description: en('options.source.description'),
  type: 'string',
  maxLength: 100,
  autocomplete: true,
};

export const sinceOption: OptionSpec = {
  name: 'since',
  key: 'options.since',
  description: en('options.since.description'),
  type: 'string',
  maxLength: 30,
};

export const langOption: OptionSpec = {
  name: 'lang',
  key: 'options.lang',
  description: en('options.lang.description'),
  type: 'string',
  choices: [
    { name: en('options.lang.choices.id'), value: 'id' },
    { name: en('options.lang.choices.en'), value: 'en' },
  ],
};

export const allOption: OptionSpec = {
  name: 'all',
  key: 'options.all',
  description: en('options.all.description'),
  type: 'boolean',
};

export const privateOption: OptionSpec = {
  name: 'private',
  key: 'options.private',
  description: en('options.private.description'),
  type: 'boolean',
};

export function filtersFrom(options: OptionValues, now: Date): SearchFilters {
  const filters: SearchFilters = {};
  if (typeof options.source === 'string' && options.source) filters.source = options.source;
  if (typeof options.since === 'string' && options.since) filters.since = parseSince(options.since, now);
  if (typeof options.lang === 'string' && options.lang) {
    const lang = normalizeLanguage(options.lang);
    if (!lang) throw new UsageError('usage.unknownLanguage', { value: options.lang });
    filters.lang = lang;
  }
  return filters;
}

export function describeFilters(filters: SearchFilters, t: Translate = en): string {
  const parts: string[] = [];
  if (filters.source) parts.push(t('filters.source', { source: filters.source }));
  if (filters.since) parts.push(t('filters.since', { date: sinceText(filters.since) }));
  if (filters.lang) parts.push(t('filters.lang', { lang: filters.lang }));
  return parts.join(', ');
}

/** A window's start: its day, and its time when it is not midnight ("2024-10-01", "2024-10-01 14:30 UTC"). */
function sinceText(since: Date): string {
  const iso = since.toISOString();
  return iso.slice(11, 16) === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 16).replace('T', ' ')} UTC`;
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
