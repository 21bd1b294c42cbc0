import type { Command } from '../../chat/command.ts';

/** What one line typed in the terminal chat asks for. */
export type TerminalLine =
  | { kind: 'empty' }
  | { kind: 'quit' }
  | { kind: 'more' }
  /** A command and the text after it; a plain question is `ask`. `slash` when typed as "/name". */
  | { kind: 'command'; name: string; rest: string; slash: boolean };

const QUIT = new Set(['quit', 'exit', 'q', 'keluar']);
const MORE = new Set(['more', 'lagi']);
/** Words that are commands even without a slash, whatever follows: "help ask". */
const BARE_WITH_TEXT = new Set(['help']);

/**
 * Reads a line: "/ask …" and the other slash commands; bare "help",
 * "quit", "exit", "more", and a command's name alone ("stats", "brief");
 * anything else is a question.
 */
export function readLine(raw: string, commands: Map<string, Command>): TerminalLine {
  const line = raw.trim();
  if (!line) return { kind: 'empty' };
  const slash = line.startsWith('/');
  const match = /^\/?(\S+)\s*([\s\S]*)$/.exec(line)!;
  const word = match[1].toLowerCase();
  const rest = match[2];
  if (slash || !rest) {
    if (QUIT.has(word)) return { kind: 'quit' };
    if (MORE.has(word)) return { kind: 'more' };
  }
  if (slash) return { kind: 'command', name: word, rest, slash: true };
  if (BARE_WITH_TEXT.has(word) || (!rest && commands.has(word))) return { kind: 'command', name: word, rest, slash: false };
  return { kind: 'command', name: 'ask', rest: line, slash: false };
}
