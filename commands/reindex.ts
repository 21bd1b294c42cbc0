import type { Command, CommandData } from '../src/chat/command.ts';

export const data: CommandData = {
  name: 'reindex',
  description: 'Rebuild the search index from the store (admins)',
  options: [],
  admin: true,
};

export const execute: Command['execute'] = (context) => {
  const started = performance.now();
  const { passages } = context.engine.reindex();
  return {
    kind: 'notice',
    title: 'Index rebuilt',
    intro: `${passages} passages indexed in ${Math.round(performance.now() - started)} ms.`,
    items: [],
    visibility: 'private',
  };
};
