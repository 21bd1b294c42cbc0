import { replyLang, translator } from '../i18n/index.ts';
import type { Command, CommandContext, OptionValues } from './command.ts';
import { closest } from './did-you-mean.ts';
import { UsageError, validateOptions } from './options.ts';
import { type Reply, errorReply } from './reply.ts';
import { commandRef, usageOf } from './surface.ts';

export type Log = (line: string) => void;

export interface RunRequest {
  command: Command | undefined;
  name: string;
  /** Raw option values from the user, validated against the declaration. */
  options?: Record<string, string | number | boolean | undefined>;
  /** Options from a stored button press: trusted, not re-validated. */
  trusted?: OptionValues;
  /** The commands there are, for "did you mean" when `command` is unknown. */
  known?: Iterable<string>;
}

/** The question or text the user typed, which says what language to answer in. */
function typedText(options: RunRequest['options'] | OptionValues | undefined): string | undefined {
  const text = options?.question ?? options?.query ?? options?.topic;
  return typeof text === 'string' ? text : undefined;
}

/**
 * Runs one command for any platform: validates options, checks admin rights,
 * and turns every failure into a short reply (and a log line), never a crash.
 * The reply is written in the caller's language: the question's own when it
 * is plainly in one, else the caller's locale.
 */
export async function runCommand(context: CommandContext, request: RunRequest, log: Log = console.error): Promise<Reply> {
  const lang = context.lang ?? replyLang({ question: typedText(request.trusted ?? request.options), locale: context.caller.locale });
  const t = translator(lang);
  const reply = await run({ ...context, lang }, request, log);
  reply.lang ??= lang;
  return reply;

  async function run(context: CommandContext, request: RunRequest, log: Log): Promise<Reply> {
    const { command, name } = request;
    const surface = context.caller.platform;
    if (!command) {
      const guess = request.known && closest(name.replace(/^\//, ''), request.known);
      const reply = errorReply(guess ? t('common.unknownCommandGuess', { name, guess: commandRef(guess, surface) }) : t('common.unknownCommand', { name, help: commandRef('help', surface) }), t);
      reply.usage = true;
      return reply;
    }
    if (command.data.admin && !context.caller.isAdmin) return errorReply(t('common.adminOnly', { name: command.data.name }), t);
    try {
      const options = request.trusted ?? validateOptions(command.data, request.options ?? {});
      return await command.execute(context, options);
    } catch (error) {
      if (error instanceof UsageError) {
        const reply = errorReply(sentence(error.in(lang)), t);
        reply.footer = t('common.usage', { usage: usageOf(command.data, surface) });
        reply.usage = true;
        return reply;
      }
      log(`[${context.caller.platform}] /${name} failed for ${context.caller.userId}: ${(error as Error).stack ?? error}`);
      return errorReply(t('common.failed'), t);
    }
  }
}

export const capitalize = (text: string) => (text ? text[0].toUpperCase() + text.slice(1) : text);

/** A message as a sentence: capitalized, ending in a stop unless it ends in one already ("…did you mean “source:”?"). */
export const sentence = (text: string) => {
  const body = capitalize(text.trim());
  return /[.?!…]["”’)]?$/.test(body) ? body : `${body}.`;
};
