import { citationOf } from '../src/chat/citation.ts';
import type { Command, CommandData } from '../src/chat/command.ts';
import { allOption, describeFilters, filtersFrom, langOption, privateOption, sinceOption, sourceChoices, sourceOption, visibilityOf } from '../src/chat/common-options.ts';
import type { Reply, ReplyAction } from '../src/chat/reply.ts';

export const data: CommandData = {
  name: 'ask',
  description: 'Ask a question: the best sourced quotes from the news, never an invented word',
  options: [
    { name: 'question', description: 'Your question, in English or Indonesian', type: 'string', required: true, minLength: 2, maxLength: 300 },
    sourceOption,
    sinceOption,
    langOption,
    { name: 'limit', description: 'How many quotes (1–10, default 5)', type: 'integer', min: 1, max: 10 },
    allOption,
    privateOption,
  ],
};

export const execute: Command['execute'] = (context, options) => {
  const question = String(options.question);
  const filters = filtersFrom(options, context.now);
  const limit = typeof options.limit === 'number' ? options.limit : 5;
  const offset = typeof options.offset === 'number' ? options.offset : 0;
  const result = context.engine.ask({ question, ...filters, limit, offset, now: context.now, all: options.all === true });
  const visibility = visibilityOf(options);
  const filterText = describeFilters(filters);
  if (!result.snippets.length) {
    const reply: Reply = {
      kind: 'nothing',
      title: offset ? 'No more results' : 'Nothing found',
      intro: offset
        ? `That was everything for “${question}”.`
        : `I found nothing in the news I hold that answers “${question}”${filterText ? ` (${filterText})` : ''}.`,
      items: [],
      visibility,
    };
    if (!offset && result.suggestions.length) reply.suggestions = result.suggestions;
    if (!offset && filterText) reply.footer = 'Try again without the filters, or with a wider "since".';
    return reply;
  }
  const shown = offset + result.snippets.length;
  const actions: ReplyAction[] = [];
  if (shown < result.total) {
    actions.push({ id: 'more', label: 'More results', command: 'ask', options: { ...options, offset: shown, limit } });
  }
  actions.push({
    id: 'sources',
    label: 'Sources',
    command: 'sources',
    options: { ids: result.snippets.map((s) => s.article.id).join(',') },
    private: true,
  });
  return {
    kind: 'answer',
    title: question,
    intro: filterText ? `Filtered by ${filterText}.` : undefined,
    items: result.snippets.map((s) => ({
      type: 'quote',
      quote: s.quote.text,
      highlights: s.quote.highlights,
      citation: citationOf(s.article, s.alsoIn),
    })),
    firstNumber: offset + 1,
    footer: `Quotes ${offset + 1}–${shown} of ${result.total}, verbatim from the articles cited.`,
    visibility,
    actions,
  };
};

export const autocomplete: Command['autocomplete'] = (context, option, typed) => (option === 'source' ? sourceChoices(context, typed) : []);
