import { type Command, type CommandContext, type CommandData, type OptionSpec, typedCommands } from '../src/chat/command.ts';
import { closest } from '../src/chat/did-you-mean.ts';
import { describeOption } from '../src/chat/options.ts';
import type { FactItem, Reply } from '../src/chat/reply.ts';
import { type Surface, commandRef, example, optionRef, usageOf } from '../src/chat/surface.ts';
import { type Translate, en, translator } from '../src/i18n/index.ts';

export const data: CommandData = {
  name: 'help',
  description: en('commands.help.description'),
  options: [{ name: 'command', description: en('commands.help.options.command.description'), type: 'string', maxLength: 40 }],
};

/** A command's description in the reader's language. */
export function describeCommand(command: CommandData, t: Translate): string {
  return t(`commands.${command.name}.description`, { defaultValue: command.description });
}

function optionLine(command: CommandData, spec: OptionSpec, surface: Surface, t: Translate): FactItem {
  const description = describeOption(command, spec, t);
  const limits: string[] = [];
  if (spec.choices) limits.push(t('help.oneOf', { values: spec.choices.map((c) => c.value).join(', ') }));
  const range = spec.type === 'integer' && spec.min !== undefined && spec.max !== undefined ? t('help.range', { min: spec.min, max: spec.max }) : '';
  if (range && !description.includes(range)) limits.push(range);
  if (spec.type === 'boolean' && surface !== 'cli') limits.push(t('help.yesNo'));
  return {
    type: 'fact',
    label: spec.required ? t('help.required', { name: `<${spec.name}>` }) : spec.type !== 'boolean' ? optionRef(spec.name, surface) : surface === 'cli' ? `--${spec.name}` : optionRef(spec.name, surface, 'true'),
    value: limits.length ? `${description} (${limits.join('; ')})` : description,
  };
}

const OPTION_SYNTAX: Record<Surface, string> = { terminal: 'help.optionsSlash', slack: 'help.optionsSlash', discord: 'help.optionsDiscord', cli: 'help.optionsCli' };

/** One command's usage and each of its options, written as the surface writes them. */
export function commandHelp(command: CommandData, surface: Surface, t: Translate): Reply {
  return {
    kind: 'help',
    title: usageOf(command, surface),
    intro: describeCommand(command, t),
    items: command.options.filter((spec) => surface !== 'cli' || spec.name !== 'private').map((spec) => optionLine(command, spec, surface, t)),
    footer: t(OPTION_SYNTAX[surface]),
    visibility: 'private',
  };
}

function examples(surface: Surface): string {
  return [
    example('ask', 'how far can the KN-23 missile fly', {}, surface, 'question'),
    example('ask', 'berapa jangkauan rudal KN-23', { source: 'kontan' }, surface, 'question'),
    example('sources', 'kursk', {}, surface, 'query'),
    example('brief', '', { hours: '48' }, surface),
  ].join(' · ');
}

/** Every command the caller may use, in the surface's syntax. */
export function overview(commands: Iterable<Command>, context: Pick<CommandContext, 'caller'>, t: Translate): Reply {
  const surface = context.caller.platform;
  const visible = [...commands].filter((c) => !c.data.admin || context.caller.isAdmin);
  return {
    kind: 'help',
    title: t('help.title'),
    intro: t(surface === 'slack' ? 'help.introSlack' : 'help.intro'),
    items: visible.map((c) => ({ type: 'fact', label: usageOf(c.data, surface), value: describeCommand(c.data, t) })),
    footer: `${t('help.examples', { examples: examples(surface) })} · ${t('help.more', { help: example('help', 'ask', {}, surface, 'command') })}`,
    visibility: 'private',
  };
}

export const execute: Command['execute'] = async (context, options) => {
  // Imported here: the registry imports this module.
  const commands = typedCommands((await import('./index.ts')).commands);
  const t = translator(context.lang);
  const surface = context.caller.platform;
  const topic = typeof options.command === 'string' ? options.command.trim().toLowerCase().replace(/^\/+/, '').replace(/^sitrep\s+/, '') : '';
  if (!topic) return overview(commands.values(), context, t);
  const command = commands.get(topic);
  if (command && (!command.data.admin || context.caller.isAdmin)) return commandHelp(command.data, surface, t);
  const guess = closest(topic, [...commands.values()].filter((c) => !c.data.admin || context.caller.isAdmin).map((c) => c.data.name));
  return {
    ...overview(commands.values(), context, t),
    intro: guess ? t('help.unknownTopicGuess', { name: topic, guess: `${commandRef('help', surface)} ${guess}` }) : t('help.unknownTopic', { name: topic }),
  };
};
