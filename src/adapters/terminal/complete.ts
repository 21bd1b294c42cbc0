import type { CompleterResult } from 'node:readline';
import type { Command } from '../../chat/command.ts';

const CHAT_WORDS = ['more', 'quit', 'exit'];

/**
 * Tab completion for the terminal chat: "/as" → "/ask ", "/ask kn-23 sou" →
 * "source:", "he" → "help ". Returns readline's [candidates, word completed].
 */
export function completerFor(commands: Map<string, Command>): (line: string) => CompleterResult {
  const names = [...commands.keys()].sort();
  return (line) => {
    const words = line.split(/\s+/);
    const last = words[words.length - 1];
    if (words.length === 1) {
      const slash = last.startsWith('/');
      const typed = last.replace(/^\//, '').toLowerCase();
      const pool = slash ? [...names, ...CHAT_WORDS] : ['help', ...CHAT_WORDS];
      const hits = pool.filter((name) => name.startsWith(typed)).map((name) => `${slash ? '/' : ''}${name} `);
      return [hits, last];
    }
    // After a command: its options, as name: pairs; after "help": the commands.
    const first = words[0].replace(/^\//, '').toLowerCase();
    if (first === 'help' && words.length === 2) return [names.filter((name) => name.startsWith(last.toLowerCase())).map((name) => `${name} `), last];
    const command = commands.get(words[0].startsWith('/') ? first : 'ask');
    if (!command || last.includes(':') || !last) return [[], last];
    const options = command.data.options.filter((o) => !o.required && o.name.startsWith(last.toLowerCase())).map((o) => `${o.name}:`);
    return [options, last];
  };
}
