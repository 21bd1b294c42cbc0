import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command, CommandData, OptionSpec } from '../../chat/command.ts';
import { optionKey } from '../../chat/options.ts';
import { discordLocalizations } from '../../i18n/index.ts';

/** Discord's documented limits for application commands. */
export const COMMAND_LIMITS = {
  name: /^[-_\p{L}\p{N}]{1,32}$/u,
  description: 100,
  options: 25,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  stringLength: 6000,
} as const;

export type CommandPayload = RESTPostAPIChatInputApplicationCommandsJSONBody;

function checkName(name: string, what: string, problems: string[]): void {
  if (!COMMAND_LIMITS.name.test(name) || name !== name.toLowerCase()) problems.push(`${what} name "${name}" must be 1–32 lowercase letters, digits, - or _`);
}

function checkDescription(description: string, what: string, problems: string[]): void {
  if (description.length < 1 || description.length > COMMAND_LIMITS.description) problems.push(`${what} description must be 1–${COMMAND_LIMITS.description} characters (has ${description.length})`);
}

/** Names and descriptions in every other UI language, from the catalogs, each checked as Discord checks the default. */
function localized(key: string, what: string, problems: string[]) {
  const names = discordLocalizations(`${key}.name`);
  const descriptions = discordLocalizations(`${key}.description`);
  for (const [locale, name] of Object.entries(names)) checkName(name, `${what} (${locale})`, problems);
  for (const [locale, description] of Object.entries(descriptions)) checkDescription(description, `${what} (${locale})`, problems);
  return { name_localizations: names, description_localizations: descriptions };
}

function optionPayload(data: CommandData, spec: OptionSpec, problems: string[]): APIApplicationCommandBasicOption {
  const command = data.name;
  const what = `/${command} option "${spec.name}"`;
  checkName(spec.name, what, problems);
  checkDescription(spec.description, what, problems);
  const key = optionKey(data, spec);
  const base = { name: spec.name, description: spec.description, required: spec.required ?? false, ...localized(key, what, problems) };
  switch (spec.type) {
    case 'boolean':
      return { ...base, type: ApplicationCommandOptionType.Boolean };
    case 'integer':
      return {
        ...base,
        type: ApplicationCommandOptionType.Integer,
        ...(spec.min !== undefined && { min_value: spec.min }),
        ...(spec.max !== undefined && { max_value: spec.max }),
      };
    case 'string': {
      if (spec.choices && spec.autocomplete) problems.push(`${what} cannot have both choices and autocomplete`);
      if (spec.choices && spec.choices.length > COMMAND_LIMITS.choices) problems.push(`${what} has more than ${COMMAND_LIMITS.choices} choices`);
      for (const choice of spec.choices ?? []) {
        if (!choice.name || choice.name.length > COMMAND_LIMITS.choiceName || choice.value.length > COMMAND_LIMITS.choiceValue) {
          problems.push(`${what} choice "${choice.name}" must have a 1–100 character name and a value of at most 100`);
        }
      }
      for (const [key, length] of [['minLength', spec.minLength], ['maxLength', spec.maxLength]] as const) {
        if (length !== undefined && (length < 0 || length > COMMAND_LIMITS.stringLength)) problems.push(`${what} ${key} must be 0–${COMMAND_LIMITS.stringLength}`);
      }
      const string = {
        ...base,
        type: ApplicationCommandOptionType.String as const,
        ...(spec.minLength !== undefined && { min_length: spec.minLength }),
        ...(spec.maxLength !== undefined && { max_length: spec.maxLength }),
      };
      if (spec.autocomplete) return { ...string, autocomplete: true };
      if (spec.choices) return { ...string, choices: spec.choices.map((c) => ({ name: c.name, value: c.value, name_localizations: discordLocalizations(`${key}.choices.${c.value}`) })) };
      return string;
    }
  }
}

/** One command as Discord registers it: admin commands need Manage Server and stay out of DMs. */
export function commandPayload(command: Command, problems: string[] = []): CommandPayload {
  const { data } = command;
  checkName(data.name, `/${data.name}`, problems);
  checkDescription(data.description, `/${data.name}`, problems);
  if (data.options.length > COMMAND_LIMITS.options) problems.push(`/${data.name} has more than ${COMMAND_LIMITS.options} options`);
  // Discord requires required options first; the declared order is kept otherwise.
  const ordered = [...data.options.filter((o) => o.required), ...data.options.filter((o) => !o.required)];
  const payload: CommandPayload = {
    type: ApplicationCommandType.ChatInput,
    name: data.name,
    description: data.description,
    ...localized(`commands.${data.name}`, `/${data.name}`, problems),
    options: ordered.map((spec) => optionPayload(data, spec, problems)),
  };
  if (data.admin) {
    payload.default_member_permissions = PermissionFlagsBits.ManageGuild.toString();
    payload.contexts = [InteractionContextType.Guild];
  }
  return payload;
}

/**
 * The body of the bulk-overwrite PUT: every command, from the same
 * declarations the terminal uses. Throws listing every declaration Discord would refuse.
 */
export function registrationPayload(commands: Iterable<Command>): CommandPayload[] {
  const problems: string[] = [];
  const payloads = [...commands].filter((command) => !command.data.internal).map((command) => commandPayload(command, problems));
  const names = payloads.map((p) => p.name);
  for (const name of new Set(names)) if (names.indexOf(name) !== names.lastIndexOf(name)) problems.push(`/${name} is declared twice`);
  if (problems.length) throw new Error(`Commands Discord would refuse: ${problems.join('; ')}`);
  return payloads;
}
