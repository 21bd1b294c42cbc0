import type { Article } from '../src/articles/article.ts';
import { provenance } from '../src/articles/article.ts';
import { citationOf } from '../src/chat/citation.ts';
import type { Command, CommandData } from '../src/chat/command.ts';
import { allOption, describeFilters, filtersFrom, langOption, privateOption, sinceOption, sourceChoices, sourceOption, visibilityOf } from '../src/chat/common-options.ts';
import type { ArticleItem, Reply, ReplySection } from '../src/chat/reply.ts';
import { commandRef } from '../src/chat/surface.ts';
import { type Translate, en, translator } from '../src/i18n/index.ts';

export const data: CommandData = {
  name: 'sources',
  description: en('commands.sources.description'),
  options: [
    { name: 'query', description: en('commands.sources.options.query.description'), type: 'string', maxLength: 200 },
    sourceOption,
    sinceOption,
    langOption,
    { name: 'limit', description: en('commands.sources.options.limit.description'), type: 'integer', min: 1, max: 25 },
    allOption,
    privateOption,
  ],
};

export function articleItem(article: Article, withPassages?: string[], alsoIn: Article[] = [], t: Translate = en): ArticleItem {
  const item: ArticleItem = { type: 'article', citation: citationOf(article, alsoIn), provenance: provenance(article, t) };
  if (article.byline) item.byline = article.byline;
  if (article.editor) item.editor = article.editor;
  if (article.dateline) item.dateline = article.dateline;
  if (withPassages) {
    item.ingestedAt = article.ingestedAt;
    item.passages = withPassages;
  }
  return item;
}

export const execute: Command['execute'] = (context, options) => {
  const t = translator(context.lang);
  const unknown = t('common.unknownOutlet');
  // The "Sources" button of an answer lists exactly the articles it cited.
  if (typeof options.ids === 'string') {
    const ids = options.ids.split(',').filter(Boolean);
    const found = context.engine.store.articles(ids);
    const articles = ids.map((id) => found.get(id)).filter((a): a is Article => Boolean(a));
    return {
      kind: 'sources',
      title: t('sources.citedTitle'),
      items: articles.map((a) => articleItem(a, undefined, [], t)),
      visibility: 'private',
    };
  }
  const query = typeof options.query === 'string' ? options.query.trim() : '';
  const filters = filtersFrom(options, context.now);
  const limit = typeof options.limit === 'number' ? options.limit : 10;
  const result = context.engine.sources({ query, ...filters, limit, now: context.now, all: options.all === true });
  const filterText = describeFilters(filters, t);
  const visibility = visibilityOf(options);
  if (!result.stories.length) {
    const intro = query
      ? filterText
        ? t('sources.noneQueryFiltered', { query, filters: filterText })
        : t('sources.noneQuery', { query })
      : filterText
        ? t('sources.noneFiltered', { filters: filterText })
        : t('sources.noneYet', { ingest: '`sitrep ingest <file|dir>`' });
    return {
      kind: 'nothing',
      title: t('sources.noneTitle'),
      intro,
      items: [],
      suggestions: result.suggestions.length ? result.suggestions : undefined,
      visibility,
    };
  }
  const sections: ReplySection[] = [
    { heading: t('sources.perOutlet'), lines: result.outlets.slice(0, 15).map((o) => `${o.outlet || unknown}: ${o.articles}`) },
  ];
  if (result.credits.length) {
    sections.push({
      heading: t('sources.credited'),
      lines: result.credits.slice(0, 10).map((c) => `${c.via} ← ${c.outlets.map((o) => `${o.outlet || unknown} (${o.articles})`).join(', ')}`),
    });
  }
  return {
    kind: 'sources',
    title: query ? t('sources.titleQuery', { query }) : t('sources.titleLatest'),
    intro: `${t('sources.intro', { count: result.total })}${filterText ? ` (${filterText})` : ''}${result.total > result.stories.length ? t('sources.shownFirst', { count: result.stories.length }) : ''}${t('sources.introTail')}`,
    items: result.stories.map((s) => articleItem(s.article, undefined, s.alsoIn, t)),
    total: result.total,
    sections,
    visibility,
  };
};

export const autocomplete: Command['autocomplete'] = (context, option, typed) => (option === 'source' ? sourceChoices(context, typed) : []);
