import type { Article } from '../src/articles/article.ts';
import { UNKNOWN_OUTLET, provenance } from '../src/articles/article.ts';
import { citationOf } from '../src/chat/citation.ts';
import type { Command, CommandData } from '../src/chat/command.ts';
import { allOption, describeFilters, filtersFrom, langOption, privateOption, sinceOption, sourceChoices, sourceOption, visibilityOf } from '../src/chat/common-options.ts';
import type { ArticleItem, Reply, ReplySection } from '../src/chat/reply.ts';

export const data: CommandData = {
  name: 'sources',
  description: 'Which outlets reported a story, whom they credit, links and dates',
  options: [
    { name: 'query', description: 'A story or subject (empty: the latest articles)', type: 'string', maxLength: 200 },
    sourceOption,
    sinceOption,
    langOption,
    { name: 'limit', description: 'How many stories (1–25, default 10)', type: 'integer', min: 1, max: 25 },
    allOption,
    privateOption,
  ],
};

export function articleItem(article: Article, withPassages?: string[], alsoIn: Article[] = []): ArticleItem {
  const item: ArticleItem = { type: 'article', citation: citationOf(article, alsoIn), provenance: provenance(article) };
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
  // The "Sources" button of an answer lists exactly the articles it cited.
  if (typeof options.ids === 'string') {
    const ids = options.ids.split(',').filter(Boolean);
    const found = context.engine.store.articles(ids);
    const articles = ids.map((id) => found.get(id)).filter((a): a is Article => Boolean(a));
    return {
      kind: 'sources',
      title: 'Sources cited',
      items: articles.map((a) => articleItem(a)),
      visibility: 'private',
    };
  }
  const query = typeof options.query === 'string' ? options.query.trim() : '';
  const filters = filtersFrom(options, context.now);
  const limit = typeof options.limit === 'number' ? options.limit : 10;
  const result = context.engine.sources({ query, ...filters, limit, now: context.now, all: options.all === true });
  const filterText = describeFilters(filters);
  const visibility = visibilityOf(options);
  if (!result.stories.length) {
    return {
      kind: 'nothing',
      title: 'No sources found',
      intro: query ? `No article I hold reports on “${query}”${filterText ? ` (${filterText})` : ''}.` : `No articles${filterText ? ` match ${filterText}` : ' yet: ingest some with `sitrep ingest <file|dir>`'}.`,
      items: [],
      suggestions: result.suggestions.length ? result.suggestions : undefined,
      visibility,
    };
  }
  const sections: ReplySection[] = [
    { heading: 'Articles per outlet', lines: result.outlets.slice(0, 15).map((o) => `${o.outlet || UNKNOWN_OUTLET}: ${o.articles}`) },
  ];
  if (result.credits.length) {
    sections.push({
      heading: 'Credited sources',
      lines: result.credits.slice(0, 10).map((c) => `${c.via} ← ${c.outlets.map((o) => `${o.outlet || UNKNOWN_OUTLET} (${o.articles})`).join(', ')}`),
    });
  }
  return {
    kind: 'sources',
    title: query ? `Sources for “${query}”` : 'Latest articles',
    intro: `${result.total} ${result.total === 1 ? 'story' : 'stories'}${filterText ? ` (${filterText})` : ''}${result.total > result.stories.length ? `, the first ${result.stories.length} shown` : ''}; copies of one story are listed once, the original first.`,
    items: result.stories.map((s) => articleItem(s.article, undefined, s.alsoIn)),
    sections,
    visibility,
  };
};

export const autocomplete: Command['autocomplete'] = (context, option, typed) => (option === 'source' ? sourceChoices(context, typed) : []);
