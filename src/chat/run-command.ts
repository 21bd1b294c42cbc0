import type { Command, CommandContext, CommandData, OptionValues } from './command.ts';
import { UsageError, usageOf, validateOptions } from './options.ts';
import { type Reply, errorReply } from './reply.ts';

export type Log = (line: string) => void;

export interface RunRequest {
  command: Command | undefined;
  name: string;
  /** Raw option values from the user, validated against the declaration. */
  options?: Record<string, string | number | boolean | undefined>;
  /** Options from a stored button press: trusted, not re-validated. */
  trusted?: OptionValues;
  /** How the platform writes a command's usage (default: `/name <option> [option:…]`). */
  usage?: (data: CommandData) => string;
}

/**
 * Runs one command for any platform: validates options, checks admin rights,
 * and turns every failure into a short reply (and a log line), never a crash.
 */
export async function runCommand(context: CommandContext, request: RunRequest, log: Log = console.error): Promise<Reply> {
  const { command, name } = request;
  if (!command) return errorReply(`Unknown command “${name}”. Try /help.`);
  if (command.data.admin && !context.caller.isAdmin) {
    return errorReply(`“${command.data.name}” is for admins only.`);
  }
  try {
    const options = request.trusted ?? validateOptions(command.data, request.options ?? {});
    return await command.execute(context, options);
  } catch (error) {
    if (error instanceof UsageError) {
      const reply = errorReply(`${error.message}.`);
      reply.footer = `Usage: ${(request.usage ?? usageOf)(command.data)}`;
      return reply;
    }
    log(`[${context.caller.platform}] /${name} failed for ${context.caller.userId}: ${(error as Error).stack ?? error}`);
    return errorReply('Something went wrong while answering; it has been logged. Please try again.');
  }
}
