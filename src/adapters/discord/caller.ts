import { PermissionFlagsBits, type BaseInteraction, type CommandInteractionOption } from 'discord.js';
import type { Caller } from '../../chat/command.ts';

/** Who is asking: admin rights are the member's Manage Server permission (Administrator implies it). */
export function callerOf(interaction: BaseInteraction): Caller {
  const caller: Caller = {
    platform: 'discord',
    userId: interaction.user.id,
    isAdmin: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
  };
  if (interaction.channelId) caller.channelId = interaction.channelId;
  if (interaction.guildId) caller.workspaceId = interaction.guildId;
  // The user's client language, and the server's (for briefings set up here).
  if (interaction.locale) caller.locale = interaction.locale;
  if (interaction.guildLocale) caller.guildLocale = interaction.guildLocale;
  return caller;
}

/** A slash command's typed options as raw values, for runCommand to validate. */
export function optionValuesOf(options: readonly CommandInteractionOption[]): Record<string, string | number | boolean> {
  const values: Record<string, string | number | boolean> = {};
  for (const option of options) {
    const { value } = option;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') values[option.name] = value;
  }
  return values;
}
