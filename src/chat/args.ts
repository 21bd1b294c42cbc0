import type { CommandData } from './command.ts';
import { closest } from './did-you-mean.ts';
import { UsageError, unknownOption } from './options.ts';

/** Splits on spaces, keeping "double-quoted" runs together (single quotes are apostrophes: "Russia's"). */
export function splitWords(text: string): string[] {
  return [...text.matchAll(/(?:[^\s"“”]+|"[^"]*"|“[^”]*”)+/g)].map((m) => m[0].replace(/["“”]/g, ''));
}

/** Options the free words of a command fill when it has no required text: "/sources kursk", "/brief 12", "/help ask". */
const FREE_TEXT_OPTIONS = new Set(['query', 'hours', 'command']);

/**
 * Parses a command's text form, shared by the terminal and Slack:
 * `how far can the KN-23 fly source:guardian since:7d --lang en`.
 * Words that are not options fill the command's free-text option.
 */
export function parseArgs(data: CommandData, text: string): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {};
  const free: string[] = [];
  const words = splitWords(text);
  const spec = (name: string) => data.options.find((o) => o.name === name.toLowerCase());
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const flag = /^--([a-z][\w-]*)(?:=(.*))?$/i.exec(word);
    const pair = flag ? null : /^([a-z][\w-]*):(.+)$/i.exec(word);
    if (flag) {
      const option = spec(flag[1]);
      if (!option) throw unknownOption(data, flag[1], `--${flag[1]}`);
      if (flag[2] !== undefined) values[option.name] = flag[2];
      else if (option.type === 'boolean') values[option.name] = true;
      else if (i + 1 < words.length) values[option.name] = words[++i];
      else throw new UsageError('usage.needsValue', { option: `--${option.name}` });
    } else if (pair && spec(pair[1])) {
      values[spec(pair[1])!.name] = pair[2];
    } else if (pair && closest(pair[1], data.options.map((o) => o.name))) {
      // "sorce:guardian" would otherwise quietly become part of the question.
      throw unknownOption(data, pair[1], `${pair[1]}:`);
    } else {
      free.push(word);
    }
  }
  if (free.length) {
    const target = data.options.find((o) => o.type === 'string' && o.required) ?? data.options.find((o) => FREE_TEXT_OPTIONS.has(o.name));
    if (!target) throw new UsageError('usage.takesNoText', { command: data.name, text: free.join(' ') });
    if (values[target.name] !== undefined) throw new UsageError('usage.givenTwice', { option: target.name });
    values[target.name] = free.join(' ');
  }
  return values;
}
