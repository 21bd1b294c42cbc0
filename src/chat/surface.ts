import type { Caller, CommandData } from './command.ts';

/** Where a user types commands, and so how a command is written there. */
export type Surface = Caller['platform'];

/** The Slack slash command every verb goes after. */
export const SLASH_COMMAND = '/sitrep';

/** How a command is invoked: "/ask", "/sitrep ask", "sitrep ask". */
export function commandRef(name: string, surface: Surface): string {
  if (surface === 'slack') return `${SLASH_COMMAND} ${name}`;
  if (surface === 'cli') return `sitrep ${name}`;
  return `/${name}`;
}

/** How an option is written: "source:guardian" in a chat, "--source guardian" on the command line. */
export function optionRef(name: string, surface: Surface, value = '…'): string {
  return surface === 'cli' ? `--${name} ${value}` : `${name}:${value}`;
}

/** "/ask <question> [source:…] …", "/sitrep ask <question> [source:…]", "sitrep ask <question> [--source …]" */
export function usageOf(data: CommandData, surface: Surface = 'terminal'): string {
  // The command line prints to whoever ran it: "private" means nothing there.
  const parts = data.options.filter((o) => surface !== 'cli' || o.name !== 'private').map((o) => {
    if (o.required) return surface === 'discord' ? `${o.name}:<${o.name}>` : `<${o.name}>`;
    if (o.type === 'boolean') return surface === 'cli' ? `[--${o.name}]` : `[${o.name}:true]`;
    return `[${optionRef(o.name, surface)}]`;
  });
  return [commandRef(data.name, surface), ...parts].join(' ');
}

/**
 * A whole example line as the surface writes it: `example('ask', 'how far can the KN-23 fly', { source: 'guardian' }, surface, 'question')`.
 * Discord takes no free text after a command: there the text is written as its option (`question:how far…`).
 */
export function example(name: string, text: string, options: Record<string, string>, surface: Surface, textOption?: string): string {
  const words = text && surface === 'discord' && textOption ? `${textOption}:${text}` : text;
  return [commandRef(name, surface), words, ...Object.entries(options).map(([k, v]) => optionRef(k, surface, v))].filter(Boolean).join(' ');
}
