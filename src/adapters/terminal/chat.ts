import { type Interface, clearLine, createInterface, cursorTo } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from '../../chat/args.ts';
import { type Command, type CommandContext, typedCommands } from '../../chat/command.ts';
import { UsageError } from '../../chat/options.ts';
import type { Reply, ReplyAction } from '../../chat/reply.ts';
import { errorReply } from '../../chat/reply.ts';
import { renderText } from '../../chat/render-text.ts';
import { runCommand, sentence } from '../../chat/run-command.ts';
import { usageOf } from '../../chat/surface.ts';
import type { Engine } from '../../engine.ts';
import { type UiLang, translator, uiLangOfEnv } from '../../i18n/index.ts';
import type { ChannelPoster } from '../../scheduler/poster.ts';
import { completerFor } from './complete.ts';
import { type TerminalLine, readLine } from './line.ts';

export interface TerminalOptions {
  engine: Engine;
  commands: Map<string, Command>;
  input?: Readable;
  output?: Writable;
  color?: boolean;
  now?: () => Date;
  /** The language Sitrep writes in (default: SITREP_UI_LANG, LC_ALL, LANG). */
  lang?: UiLang;
  /** Where briefings and other news are printed while the chat runs. */
  screen?: TerminalScreen;
}

/** The terminal is one channel: `/subscribe` there posts briefings into the chat while it runs. */
export const TERMINAL_CHANNEL = 'terminal';

/**
 * The terminal's output. Text that arrives while the user is typing (a
 * scheduled briefing) is printed above the prompt, and the prompt is drawn
 * again with the half-typed line, as shells do.
 */
export class TerminalScreen {
  private rl: Interface | undefined;

  constructor(readonly output: Writable = process.stdout) {}

  attach(rl: Interface | undefined): void {
    this.rl = rl;
  }

  printAbove(text: string): void {
    const rl = this.rl;
    const tty = Boolean((this.output as NodeJS.WriteStream).isTTY) && rl !== undefined;
    if (tty) {
      clearLine(this.output, 0);
      cursorTo(this.output, 0);
    }
    this.output.write(tty ? `${text}\n\n` : `\n${text}\n\n`);
    if (tty) rl!.prompt(true);
  }
}

/** Posts scheduled briefings into the terminal chat, above the prompt. */
export function terminalPoster(screen: TerminalScreen = new TerminalScreen(), color = false): ChannelPoster {
  let count = 0;
  return {
    async post(_target, reply) {
      screen.printAbove(renderText(reply, { color }));
      count++;
      return { messageId: `terminal-${count}` };
    },
  };
}

/**
 * The terminal chat: type a question, or `/ask …`, `/brief`, `/sources …`,
 * `help`, `more`, `quit`. Needs no account. Tab completes commands and
 * options; Ctrl-C clears a half-typed line, and on an empty one a second
 * Ctrl-C (or Ctrl-D) leaves.
 */
export async function runTerminalChat(options: TerminalOptions): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const color = options.color ?? Boolean((output as NodeJS.WriteStream).isTTY);
  // --ui-lang decides; the environment's locale only leads, a question plainly in another language overriding it.
  const lang = options.lang ?? uiLangOfEnv();
  const t = translator(lang);
  const terminal = Boolean((input as NodeJS.ReadStream).isTTY);
  const commands = typedCommands(options.commands);
  const rl = createInterface({ input, output, terminal, historySize: 200, completer: completerFor(commands) });
  const screen = options.screen ?? new TerminalScreen(output);
  screen.attach(rl);
  const print = (text: string) => output.write(`${text}\n`);
  const stats = options.engine.stats();
  print(t('terminal.welcome', { articles: t('terminal.articles', { count: stats.articles }), passages: t('terminal.passages', { count: stats.passages }) }));
  let more: ReplyAction | undefined;

  const context = (): CommandContext => ({
    engine: options.engine,
    caller: { platform: 'terminal', userId: process.env.USER ?? 'local', isAdmin: true, channelId: TERMINAL_CHANNEL, workspaceId: '', locale: lang },
    now: options.now?.() ?? new Date(),
    lang: options.lang,
  });

  const answer = async (line: TerminalLine): Promise<Reply | undefined> => {
    if (line.kind === 'more') {
      if (!more) return errorReply(t('terminal.nothingMore'), t);
      return runCommand(context(), { command: options.commands.get(more.command), name: more.command, trusted: more.options as never });
    }
    if (line.kind !== 'command') return undefined;
    const command = commands.get(line.name);
    if (!command) return runCommand(context(), { command, name: line.slash ? `/${line.name}` : line.name, known: commands.keys() });
    try {
      return await runCommand(context(), { command, name: line.name, options: parseArgs(command.data, line.rest) });
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      // The question decides the language, as runCommand would: parsing failed before it could look.
      const reply = errorReply(sentence(error.in(lang)), t);
      reply.footer = t('common.usage', { usage: usageOf(command.data, 'terminal') });
      return reply;
    }
  };

  let interrupted = false;
  let leaving = false;
  const leave = () => {
    if (leaving) return;
    leaving = true;
    print(t('terminal.goodbye'));
    rl.close();
  };
  rl.on('SIGINT', () => {
    if (rl.line) {
      // Ctrl-C on a half-typed line throws the line away, as a shell does.
      rl.write(null, { ctrl: true, name: 'e' });
      rl.write(null, { ctrl: true, name: 'u' });
      output.write('^C\n');
      interrupted = false;
      rl.prompt();
      return;
    }
    if (interrupted) return leave();
    interrupted = true;
    output.write(`\n${t('terminal.interrupt')}\n`);
    rl.prompt();
  });
  // Ctrl-D, or the input ending.
  rl.on('close', () => {
    if (!leaving && terminal) {
      leaving = true;
      print(`\n${t('terminal.goodbye')}`);
    }
  });

  rl.setPrompt('sitrep> ');
  rl.prompt();
  try {
    for await (const raw of rl) {
      interrupted = false;
      const line = readLine(raw, commands);
      if (line.kind === 'quit') {
        leave();
        break;
      }
      if (line.kind !== 'empty') {
        const reply = await answer(line);
        if (reply) {
          print(renderText(reply, { color }));
          const next = reply.actions?.find((a) => a.id === 'more');
          if (reply.kind === 'answer' || reply.kind === 'nothing') more = next;
          if (next) print(translator(reply.lang)('terminal.moreHint'));
        }
        print('');
      }
      rl.prompt();
    }
  } finally {
    screen.attach(undefined);
    rl.close();
  }
}

