import type { Command, CommandData } from '../src/chat/command.ts';
import { privateOption, visibilityOf } from '../src/chat/common-options.ts';
import { commandRef } from '../src/chat/surface.ts';
import { en, formatMoment, translator } from '../src/i18n/index.ts';
import { articleItem } from './sources.ts';

const PASSAGES_SHOWN = 3;

export const data: CommandData = {
  name: 'source',
  description: en('commands.source.description'),
  options: [
    { name: 'id', description: en('commands.source.options.id.description'), type: 'string', required: true, minLength: 4, maxLength: 64 },
    privateOption,
  ],
};

export const execute: Command['execute'] = (context, options) => {
  const t = translator(context.lang);
  const id = String(options.id).trim();
  const { article, candidates } = context.engine.article(id);
  if (!article) {
    return {
      kind: 'nothing',
      title: t('source.noneTitle'),
      intro: candidates.length > 1 ? t('source.several', { id, ids: candidates.join(', ') }) : t('source.none', { id }),
      items: [],
      footer: t('source.hint', { sources: commandRef('sources', context.caller.platform) }),
      visibility: 'private',
      failed: true,
    };
  }
  const passages = context.engine.store.passagesOf(article.id);
  // The story's other copies, each with the id this command takes.
  const copies = article.clusterId ? (context.engine.store.clusters([article.clusterId]).get(article.clusterId) ?? []).filter((a) => a.id !== article.id) : [];
  const item = articleItem(article, passages.slice(0, PASSAGES_SHOWN).map((p) => p.text), copies, t);
  return {
    kind: 'article',
    title: article.title,
    intro: item.provenance,
    items: [item],
    footer: t('source.footer', { count: passages.length, at: formatMoment(new Date(article.ingestedAt)), origin: article.origin }),
    visibility: visibilityOf(options),
  };
};
