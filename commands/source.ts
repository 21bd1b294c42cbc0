import type { Command, CommandData } from '../src/chat/command.ts';
import { privateOption, visibilityOf } from '../src/chat/common-options.ts';
import { articleItem } from './sources.ts';

const PASSAGES_SHOWN = 3;

export const data: CommandData = {
  name: 'source',
  description: 'One article: outlet, credited source, date, link and its first passages',
  options: [
    { name: 'id', description: 'The article id shown in citations (or its first characters)', type: 'string', required: true, minLength: 4, maxLength: 64 },
    privateOption,
  ],
};

export const execute: Command['execute'] = (context, options) => {
  const id = String(options.id).trim();
  const { article, candidates } = context.engine.article(id);
  if (!article) {
    return {
      kind: 'nothing',
      title: 'No such article',
      intro: candidates.length > 1 ? `“${id}” matches several articles: ${candidates.join(', ')}.` : `No article has the id “${id}”.`,
      items: [],
      footer: 'Article ids are shown in every citation; /sources lists the latest.',
      visibility: 'private',
    };
  }
  const passages = context.engine.store.passagesOf(article.id);
  const item = articleItem(article, passages.slice(0, PASSAGES_SHOWN).map((p) => p.text));
  return {
    kind: 'article',
    title: article.title,
    intro: item.provenance,
    items: [item],
    footer: `${passages.length} passages · ingested ${article.ingestedAt.slice(0, 16).replace('T', ' ')} UTC from ${article.origin}`,
    visibility: visibilityOf(options),
  };
};
