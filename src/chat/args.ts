import type { CommandData } from './command.ts';
import { UsageError } from './options.ts';

/** Splits on spaces, keeping "double-quoted" runs together (single quotes are apostrophes: "Russia's"). */
export function splitWords(text: string): string[] {
  return [...text.matchAll(/(?:[^\s"“”]+|"[^"]*"|“[^”]*”)+/g)].map((m) => m[0].replace(/["“”]/g, ''));
}

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
      if (!option) throw new UsageError(`unknown option "--${flag[1]}" for ${data.name} (options: ${data.options.map((o) => o.name).join(', ') || 'none'})`);
      if (flag[2] !== undefined) values[option.name] = flag[2];
      else if (option.type === 'boolean') values[option.name] = true;
      else if (i + 1 < words.length) values[option.name] = words[++i];
      else throw new UsageError(`option "--${option.name}" needs a value`);
    } else if (pair && spec(pair[1])) {
      values[spec(pair[1])!.name] = pair[2];
    } else {
      free.push(word);
    }
  }
  if (free.length) {
    const target = data.options.find((o) => o.type === 'string' && o.required) ?? data.options.find((o) => o.name === 'query' || o.name === 'hours');
    if (!target) throw new UsageError(`${data.name} takes no text ("${free.join(' ')}")`);
    if (values[target.name] !== undefined) throw new UsageError(`${target.name} given twice`);
    values[target.name] = free.join(' ');
  }
  return values;
}
