import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Command, CommandContext } from '../../chat/command.ts';
import { parseArgs } from '../../chat/args.ts';
import { UsageError } from '../../chat/options.ts';
import type { Reply, ReplyAction } from '../../chat/reply.ts';
import { errorReply } from '../../chat/reply.ts';
import { renderText } from '../../chat/render-text.ts';
import { runCommand } from '../../chat/run-command.ts';
import type { Engine } from '../../engine.ts';
import type { ChannelPoster } from '../../scheduler/poster.ts';

export interface TerminalOptions {
  engine: Engine;
  commands: Map<string, Command>;
  input?: Readable;
  output?: Writable;
  color?: boolean;
  now?: () => Date;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const QUIT = new Set(['/quit', '/exit', '/q']);
/** The terminal is one channel: `/subscribe` there posts briefings into the chat while it runs. */
export const TERMINAL_CHANNEL = 'terminal';

/** Posts scheduled briefings into the terminal chat, between prompts. */
export function terminalPoster(output: Writable = process.stdout, color = false): ChannelPoster {
  let count = 0;
  return {
    async post(_target, reply) {
      output.write(`\n${renderText(reply, { color })}\n\n`);
      count++;
      return { messageId: `terminal-${count}` };
    },
  };
}

/**
 * The terminal chat: type `/ask …`, `/brief`, `/sources …` (or just a question);
 * `/more` pages through the last answer. Needs no account.
 */
export async function runTerminalChat(options: TerminalOptions): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const color = options.color ?? Boolean((output as NodeJS.WriteStream).isTTY);
  const rl = createInterface({ input, output, terminal: Boolean((input as NodeJS.ReadStream).isTTY), historySize: 200 });
  const print = (text: string) => output.write(`${text}\n`);
  const stats = options.engine.stats();
  print(`Sitrep — ${plural(stats.articles, 'article')}, ${plural(stats.passages, 'passage')}. Ask a question, or type /help. /quit to leave.`);
  let more: ReplyAction | undefined;

  const context = (): CommandContext => ({
    engine: options.engine,
    caller: { platform: 'terminal', userId: process.env.USER ?? 'local', isAdmin: true, channelId: TERMINAL_CHANNEL, workspaceId: '' },
    now: options.now?.() ?? new Date(),
  });

  const answer = async (line: string): Promise<Reply | undefined> => {
    if (line === '/more') {
      if (!more) return errorReply('Nothing more to show: ask something first.');
      return runCommand(context(), { command: options.commands.get(more.command), name: more.command, trusted: more.options as never });
    }
    const match = /^\/(\S+)\s*([\s\S]*)$/.exec(line);
    const name = match ? match[1].toLowerCase() : 'ask';
    const rest = match ? match[2] : line;
    const command = options.commands.get(name);
    if (!command) return errorReply(`Unknown command “/${name}”. Type /help for the list.`);
    try {
      return await runCommand(context(), { command, name, options: parseArgs(command.data, rest) });
    } catch (error) {
      if (error instanceof UsageError) return errorReply(`${error.message}.`);
      throw error;
    }
  };

  rl.setPrompt('sitrep> ');
  rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (QUIT.has(line)) break;
    if (line) {
      const reply = await answer(line);
      if (reply) {
        print(renderText(reply, { color }));
        const next = reply.actions?.find((a) => a.id === 'more');
        if (reply.kind === 'answer' || reply.kind === 'nothing') more = next;
        if (next) print('(type /more for more results)');
      }
      print('');
    }
    rl.prompt();
  }
  rl.close();
}
