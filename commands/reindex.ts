import { en, translator } from '../src/i18n/index.ts';
import type { Command, CommandData } from '../src/chat/command.ts';

export const data: CommandData = {
  name: 'reindex',
  description: en('commands.reindex.description'),
  options: [],
  admin: true,
};

export const execute: Command['execute'] = (context) => {
  const t = translator(context.lang);
  const started = performance.now();
  const { passages } = context.engine.reindex();
  return {
    kind: 'notice',
    title: t('reindex.title'),
    intro: t('reindex.done', { count: passages, ms: Math.round(performance.now() - started) }),
    items: [],
    visibility: 'private',
  };
};
