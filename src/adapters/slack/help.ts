import type { Command, OptionSpec } from '../../chat/command.ts';
import type { FactItem, Reply } from '../../chat/reply.ts';
import { SLASH_COMMAND, slackUsage } from './verbs.ts';

/**
 * Help in Slack's own words: every verb goes after /sitrep, so the shared
 * help command's "/ask …" lines would mislead here.
 */
export function slackHelp(commands: Map<string, Command>, isAdmin: boolean): Reply {
  const visible = [...commands.values()].filter((c) => !c.data.admin || isAdmin);
  return {
    kind: 'help',
    title: 'Sitrep — sourced answers about the war, from the news',
    intro:
      'Every line I show is quoted verbatim from an article, with its outlet, the source it credits, its date and a link. Ask in English or Indonesian; I search both. Answers are shown only to you until you press “Share in channel”.',
    items: visible.map((c) => ({ type: 'fact', label: slackUsage(c.data), value: c.data.description })),
    footer: `Examples: ${SLASH_COMMAND} ask how far can the KN-23 fly source:guardian since:7d · ${SLASH_COMMAND} brief 12 · ${SLASH_COMMAND} sources kursk · ${SLASH_COMMAND} help ask`,
    visibility: 'private',
  };
}

function optionLine(spec: OptionSpec): FactItem {
  const limits: string[] = [];
  if (spec.choices) limits.push(`one of ${spec.choices.map((c) => c.value).join(', ')}`);
  if (spec.type === 'integer' && spec.min !== undefined && spec.max !== undefined) limits.push(`${spec.min}–${spec.max}`);
  if (spec.type === 'boolean') limits.push('yes or no');
  return {
    type: 'fact',
    label: spec.required ? `<${spec.name}> (required)` : `${spec.name}:…`,
    value: limits.length ? `${spec.description} (${limits.join('; ')})` : spec.description,
  };
}

/** `/sitrep help ask`: one verb's usage and each of its options. */
export function verbHelp(command: Command): Reply {
  return {
    kind: 'help',
    title: slackUsage(command.data),
    intro: command.data.description,
    items: command.data.options.map(optionLine),
    footer: 'Options go anywhere after the verb as name:value (quote values with spaces: source:"The Guardian"); the other words are the text.',
    visibility: 'private',
  };
}
