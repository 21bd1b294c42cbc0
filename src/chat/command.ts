import type { Engine } from '../engine.ts';
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
}

export interface CommandData {
  name: string;
  description: string;
  options: OptionSpec[];
  /** Admin commands are hidden from members by default and checked again when run. */
  admin?: boolean;
}

export interface Caller {
  platform: 'terminal' | 'cli' | 'discord' | 'slack';
  userId: string;
  isAdmin: boolean;
  channelId?: string;
  workspaceId?: string;
}

export interface CommandContext {
  engine: Engine;
  caller: Caller;
  now: Date;
}

export type OptionValues = Record<string, string | number | boolean | undefined>;

export interface Command {
  data: CommandData;
  execute(context: CommandContext, options: OptionValues): Reply | Promise<Reply>;
  /** Choices for an option marked `autocomplete`, filtered by what was typed. */
  autocomplete?(context: CommandContext, option: string, typed: string): Choice[];
}
