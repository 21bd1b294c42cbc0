import { parseArgs, splitWords } from '../../chat/args.ts';
import { type Command, type OptionValues, typedCommands } from '../../chat/command.ts';
import { closest } from '../../chat/did-you-mean.ts';
import { UsageError, validateOptions } from '../../chat/options.ts';
import { sentence } from '../../chat/run-command.ts';
import { SLASH_COMMAND, commandRef, usageOf } from '../../chat/surface.ts';
import { type Translate, en, langOf } from '../../i18n/index.ts';

export { SLASH_COMMAND } from '../../chat/surface.ts';

export type SitrepRequest =
  | { kind: 'run'; command: Command; options: OptionValues }
  /** A mistake the user can fix: what was wrong, and the usage that helps. */
  | { kind: 'mistake'; message: string; usage: string };

/** The verbs a member may use, for "did you mean" and the usage line. */
export function memberVerbs(commands: Map<string, Command>): string[] {
  return [...commands.values()].filter((c) => !c.data.admin).map((c) => c.data.name);
}

/** Slack sends &, < and > as entities in a command's text. */
function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function unknownVerb(verb: string, rest: string, commands: Map<string, Command>, t: Translate): SitrepRequest {
  const usage = t('slack.verbs', { verbs: memberVerbs(commands).join(', '), help: `\`${commandRef('help', 'slack')}\`` });
  const guess = closest(verb, commands.keys());
  if (guess) return { kind: 'mistake', message: t('slack.unknownVerbGuess', { verb, guess: `\`${commandRef(guess, 'slack')}\`` }), usage };
  const words = [verb, ...splitWords(rest)];
  if (commands.has('ask') && (words.length >= 3 || /\?\s*$/.test(rest || verb))) {
    return { kind: 'mistake', message: t('slack.startWithAsk', { verb, example: `\`${commandRef('ask', 'slack')} ${words.join(' ')}\`` }), usage };
  }
  return { kind: 'mistake', message: t('slack.unknownVerb', { verb }), usage };
}

/**
 * Parses the text after /sitrep: a verb, then the words and `name:value`
 * options declared by that command — the same declarations Discord and the
 * terminal read. Bare `/sitrep` is help.
 */
export function parseSitrepText(rawText: string, commands: Map<string, Command>, t: Translate = en): SitrepRequest {
  const text = decodeEntities(rawText).trim();
  const match = /^\/?(\S+)\s*([\s\S]*)$/.exec(text);
  const verb = match ? match[1].toLowerCase() : 'help';
  const rest = match ? match[2].trim() : '';
  const typed = typedCommands(commands);
  const command = typed.get(verb);
  if (!command) return unknownVerb(verb, rest, typed, t);
  try {
    const options = validateOptions(command.data, parseArgs(command.data, rest));
    return { kind: 'run', command, options };
  } catch (error) {
    if (error instanceof UsageError) {
      return { kind: 'mistake', message: sentence(error.in(langOf(t))), usage: t('common.usage', { usage: `\`${usageOf(command.data, 'slack')}\`` }) };
    }
    throw error;
  }
}
