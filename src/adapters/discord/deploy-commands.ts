import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiscordAPIError, REST, Routes } from 'discord.js';
import { commands } from '../../../commands/index.ts';
import type { Command } from '../../chat/command.ts';
import { ConfigError, loadDotEnv } from '../../config.ts';
import { type DiscordConfig, discordConfigFromEnv } from './config.ts';
import { registrationPayload } from './registration.ts';

export { registrationPayload } from './registration.ts';

export interface DeployResult {
  /** "server 123…" or "every server (global)". */
  scope: string;
  registered: string[];
}

/**
 * Replaces the application's commands with every command declared in
 * commands/: in one server when DISCORD_GUILD_ID is set, globally otherwise.
 */
export async function deployCommands(config: DiscordConfig, declared: Iterable<Command>): Promise<DeployResult> {
  const body = registrationPayload(declared);
  const rest = new REST({ version: '10', ...(config.apiUrl && { api: config.apiUrl }) }).setToken(config.token);
  const route = config.guildId ? Routes.applicationGuildCommands(config.applicationId, config.guildId) : Routes.applicationCommands(config.applicationId);
  const registered = (await rest.put(route, { body })) as { name: string }[];
  return { scope: config.guildId ? `server ${config.guildId}` : 'every server (global)', registered: registered.map((c) => c.name) };
}

function oneLine(error: unknown): string {
  if (error instanceof DiscordAPIError) return `Discord refused the commands (HTTP ${error.status}, code ${error.code}): ${error.message.split('\n').join('; ')}`;
  return (error as Error).message.split('\n').join('; ');
}

async function main(): Promise<void> {
  loadDotEnv();
  const config = discordConfigFromEnv(process.env);
  if (!config) throw new ConfigError('DISCORD_TOKEN is not set: put the bot token and DISCORD_APPLICATION_ID in .env (see docs/discord.md)');
  const { scope, registered } = await deployCommands(config, commands.values());
  process.stdout.write(`Registered ${registered.length} commands for ${scope}: ${registered.map((n) => `/${n}`).join(', ')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`deploy-commands: ${oneLine(error)}\n`);
    process.exitCode = error instanceof ConfigError ? 2 : 1;
  });
}
