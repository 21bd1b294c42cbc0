import type { Engine } from '../engine.ts';
import type { UiLang } from '../i18n/index.ts';
import type { Reply } from './reply.ts';

export type OptionType = 'string' | 'integer' | 'boolean';

export interface Choice {
  name: string;
  value: string;
}

/** One typed option, declared once: the terminal, the CLI, Discord and Slack all read it. */
export interface OptionSpec {
  name: string;
  description: string;
  type: OptionType;
  required?: boolean;
  choices?: Choice[];
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  autocomplete?: boolean;
  /** Where its name, description and choices live in the catalogs (default `commands.<command>.options.<name>`). */
  key?: string;
}

export interface CommandData {
  name: string;
  description: string;
  options: OptionSpec[];
  /** Admin commands are hidden from members by default and checked again when run. */
  admin?: boolean;
  /** Run only by Sitrep's own buttons: not a slash command, not in help, not on the command line. */
  internal?: boolean;
}

export interface Caller {
  platform: 'terminal' | 'cli' | 'discord' | 'slack';
  userId: string;
  isAdmin: boolean;
  channelId?: string;
  workspaceId?: string;
  /** The platform's locale for this user ("id", "en-US"; a shell's LANG): the language replies are written in. */
  locale?: string;
  /** Discord's server locale: scheduled briefings set up here default to it. */
  guildLocale?: string;
}

export interface CommandContext {
  engine: Engine;
  caller: Caller;
  now: Date;
  /** The language Sitrep writes in for this reply (set by runCommand from the question and the caller's locale). */
  lang?: UiLang;
}

export type OptionValues = Record<string, string | number | boolean | undefined>;

export interface Command {
  data: CommandData;
  execute(context: CommandContext, options: OptionValues): Reply | Promise<Reply>;
  /** Choices for an option marked `autocomplete`, filtered by what was typed. */
  autocomplete?(context: CommandContext, option: string, typed: string): Choice[];
}

/** The commands a user may type (Sitrep's button-only commands aside). */
export function typedCommands(commands: Map<string, Command>): Map<string, Command> {
  return new Map([...commands].filter(([, command]) => !command.data.internal));
}
