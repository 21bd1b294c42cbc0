import { citationOf } from '../src/chat/citation.ts';
import type { Command, CommandData } from '../src/chat/command.ts';
import { allOption, describeFilters, filtersFrom, langOption, privateOption, sinceOption, sourceChoices, sourceOption, visibilityOf } from '../src/chat/common-options.ts';
import type { Reply, ReplyAction } from '../src/chat/reply.ts';
import { en, translator } from '../src/i18n/index.ts';
import { feedbackActions } from './rate.ts';

export const data: CommandData = {
  name: 'ask',
  description: en('commands.ask.description'),
  options: [
    { name: 'question', description: en('commands.ask.options.question.description'), type: 'string', required: true, minLength: 2, maxLength: 300 },
    sourceOption,
    sinceOption,
    langOption,
    { name: 'limit', description: en('commands.ask.options.limit.description'), type: 'integer', min: 1, max: 10 },
    allOption,
    privateOption,
  ],
};

export const execute: Command['execute'] = (context, options) => {
  const t = translator(context.lang);
  const question = String(options.question);
  const filters = filtersFrom(options, context.now);
  const limit = typeof options.limit === 'number' ? options.limit : 5;
  const offset = typeof options.offset === 'number' ? options.offset : 0;
  const result = context.engine.ask({ question, ...filters, limit, offset, now: context.now, all: options.all === true });
  const visibility = visibilityOf(options);
  const filterText = describeFilters(filters, t);
  if (!result.snippets.length) {
    const reply: Reply = {
      kind: 'nothing',
      title: offset ? t('ask.noMoreTitle') : t('ask.nothingTitle'),
      intro: offset ? t('ask.noMore', { question }) : filterText ? t('ask.nothingFiltered', { question, filters: filterText }) : t('ask.nothing', { question }),
      items: [],
      visibility,
    };
    if (!offset && result.suggestions.length) reply.suggestions = result.suggestions;
    if (!offset && filterText) reply.footer = t('ask.widen');
    return reply;
  }
  const shown = offset + result.snippets.length;
  // An undated article is in a "since" window by when it was ingested: the reader is told, not left to assume its date.
  const undated = result.snippets.filter((s) => !s.article.publishedAt).length;
  const actions: ReplyAction[] = [];
  if (shown < result.total) {
    actions.push({ id: 'more', label: t('ask.more'), command: 'ask', options: { ...options, offset: shown, limit } });
  }
  actions.push({
    id: 'sources',
    label: t('ask.sources'),
    command: 'sources',
    options: { ids: result.snippets.map((s) => s.article.id).join(',') },
    private: true,
  });
  actions.push(...feedbackActions(question, result.snippets.map((s) => s.passage.id), offset + 1, t));
  return {
    kind: 'answer',
    title: question,
    intro: filterText ? t('ask.filtered', { filters: filterText }) : undefined,
    items: result.snippets.map((s) => ({
      type: 'quote',
      quote: s.quote.text,
      highlights: s.quote.highlights,
      citation: citationOf(s.article, s.alsoIn),
    })),
    firstNumber: offset + 1,
    total: result.total,
    footer: [t('ask.footer', { from: offset + 1, to: shown, total: result.total }), undated && filters.since ? t('ask.undated', { count: undated }) : ''].filter(Boolean).join(' '),
    visibility,
    actions,
  };
};

export const autocomplete: Command['autocomplete'] = (context, option, typed) => (option === 'source' ? sourceChoices(context, typed) : []);
