import type { Command, CommandData } from '../src/chat/command.ts';
import { usageOf } from '../src/chat/options.ts';

export const data: CommandData = {
  name: 'help',
  description: 'How to use Sitrep',
  options: [],
};

export const execute: Command['execute'] = async (context) => {
  // Imported here: the registry imports this module.
  const { commands } = await import('./index.ts');
  const visible = [...commands.values()].filter((c) => !c.data.admin || context.caller.isAdmin);
  return {
    kind: 'help',
    title: 'Sitrep — sourced answers about the war, from the news',
    intro: 'Every line I show is quoted verbatim from an article, with its outlet, the source it credits, its date and a link. Ask in English or Indonesian; I search both.',
    items: visible.map((c) => ({ type: 'fact', label: usageOf(c.data), value: c.data.description })),
    footer: 'Examples: /ask how far can the KN-23 missile fly · /ask berapa jangkauan rudal KN-23 source:kontan · /sources kursk · /brief hours:48',
    visibility: 'private',
  };
};
