import { parseArgs, splitWords } from '../../chat/args.ts';
import type { Command, CommandData, OptionValues } from '../../chat/command.ts';
import { UsageError, usageOf, validateOptions } from '../../chat/options.ts';
import { closest } from '../../chat/did-you-mean.ts';

export const SLASH_COMMAND = '/sitrep';

export type SitrepRequest =
  | { kind: 'help'; topic?: Command }
  | { kind: 'run'; command: Command; options: OptionValues }
  /** A mistake the user can fix: what was wrong, and the usage that helps. */
  | { kind: 'mistake'; message: string; usage: string };

/** "/sitrep ask <question> [source:…] …" */
export function slackUsage(data: CommandData): string {
  return `${SLASH_COMMAND} ${usageOf(data, 'slash').replace(/^\//, '')}`;
}

/** The verbs a member may use, for "did you mean" and the usage line. */
export function memberVerbs(commands: Map<string, Command>): string[] {
  return [...commands.values()].filter((c) => !c.data.admin).map((c) => c.data.name);
}

/** Slack sends &, < and > as entities in a command's text. */
function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function unknownVerb(verb: string, rest: string, commands: Map<string, Command>): SitrepRequest {
  const verbs = memberVerbs(commands);
  const usage = `Verbs: ${verbs.join(', ')}. \`${SLASH_COMMAND} help\` explains each.`;
  const guess = closest(verb, commands.keys());
  if (guess) return { kind: 'mistake', message: `I don’t know the verb “${verb}”. Did you mean \`${SLASH_COMMAND} ${guess}\`?`, usage };
  const words = [verb, ...splitWords(rest)];
  if (commands.has('ask') && (words.length >= 3 || /\?\s*$/.test(rest || verb))) {
    const question = words.join(' ');
    return { kind: 'mistake', message: `I don’t know the verb “${verb}”. To ask a question, start with ask: \`${SLASH_COMMAND} ask ${question}\``, usage };
  }
  return { kind: 'mistake', message: `I don’t know the verb “${verb}”.`, usage };
}

/** "sorce:guardian" would otherwise quietly become part of the question. */
function checkOptionTypos(data: CommandData, rest: string): void {
  const names = data.options.map((o) => o.name);
  for (const word of splitWords(rest)) {
    const pair = /^([a-z][\w-]*):\S/i.exec(word);
    if (!pair || names.includes(pair[1].toLowerCase())) continue;
    const guess = closest(pair[1], names);
    if (guess) throw new UsageError(`unknown option “${pair[1]}:” — did you mean “${guess}:”?`);
  }
}

/**
 * Parses the text after /sitrep: a verb, then the words and `name:value`
 * options declared by that command — the same declarations Discord and the
 * terminal read.
 */
export function parseSitrepText(rawText: string, commands: Map<string, Command>): SitrepRequest {
  const text = decodeEntities(rawText).trim();
  const match = /^\/?(\S+)\s*([\s\S]*)$/.exec(text);
  if (!match) return { kind: 'help' };
  const verb = match[1].toLowerCase();
  const rest = match[2].trim();

  if (verb === 'help') {
    if (!rest) return { kind: 'help' };
    const topic = commands.get(rest.toLowerCase().replace(/^\//, ''));
    if (topic) return { kind: 'help', topic };
    return unknownVerb(rest.split(/\s+/)[0], '', commands);
  }

  const command = commands.get(verb);
  if (!command) return unknownVerb(verb, rest, commands);
  try {
    checkOptionTypos(command.data, rest);
    const options = validateOptions(command.data, parseArgs(command.data, rest));
    return { kind: 'run', command, options };
  } catch (error) {
    if (error instanceof UsageError) {
      const message = error.message.replace(/\.$/, '');
      return { kind: 'mistake', message: `${message[0].toUpperCase()}${message.slice(1)}.`, usage: `Usage: \`${slackUsage(command.data)}\`` };
    }
    throw error;
  }
}
