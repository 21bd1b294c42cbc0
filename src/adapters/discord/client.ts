import { Client, type ClientOptions, DiscordjsErrorCodes, Events, GatewayIntentBits } from 'discord.js';
import type { Command } from '../../chat/command.ts';
import type { Log } from '../../chat/run-command.ts';
import { ConfigError } from '../../config.ts';
import type { Engine } from '../../engine.ts';
import type { ChannelPoster } from '../../scheduler/poster.ts';
import type { DiscordConfig } from './config.ts';
import { createInteractionHandler } from './interactions.ts';
import { createMentionHandler } from './mentions.ts';
import { discordPoster } from './poster.ts';

export interface StartDiscordOptions {
  engine: Engine;
  commands: Map<string, Command>;
  config: DiscordConfig;
  log: Log;
  /** Merged over Sitrep's own options (tests point `rest.api` at an emulator). */
  clientOptions?: Partial<ClientOptions>;
  /** Told when the gateway connection is lost and regained, for `/stats` and the health endpoint. */
  onState?: (state: 'connected' | 'reconnecting' | 'stopped', detail?: string) => void;
}

export interface DiscordBot {
  client: Client<true>;
  /** Posts scheduled briefings into the channels that subscribed. */
  poster: ChannelPoster;
  stop(): Promise<void>;
}

function clientOptionsOf(config: DiscordConfig, extra: Partial<ClientOptions> = {}): ClientOptions {
  return {
    // Slash commands, autocomplete and buttons arrive without any privileged intent; GuildMessages
    // (not privileged) brings messages, whose words Discord shows a bot when they mention it.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    allowedMentions: { parse: [] },
    ...extra,
    rest: { ...(config.apiUrl && { api: config.apiUrl }), ...extra.rest },
  };
}

function isInvalidToken(error: unknown): boolean {
  return (error as { code?: string }).code === DiscordjsErrorCodes.TokenInvalid;
}

/**
 * Connects Sitrep to Discord and answers interactions until stopped.
 * Resolves once the gateway session is ready.
 */
export async function startDiscord(options: StartDiscordOptions): Promise<DiscordBot> {
  const { engine, commands, config, log } = options;
  const client = new Client(clientOptionsOf(config, options.clientOptions));
  const interactions = createInteractionHandler({ engine, commands, log, askPerMinute: config.askPerMinute });
  client.on(Events.InteractionCreate, (interaction) => void interactions.handle(interaction));
  const mentions = createMentionHandler(client, { engine, commands, log, run: interactions.run, rateLimited: interactions.rateLimited });
  client.on(Events.MessageCreate, (message) => void mentions(message).catch((error: Error) => log(`[discord] answering message ${message.id} failed: ${error.stack ?? error}`)));
  client.on(Events.Error, (error) => log(`[discord] client error: ${error.message}`));
  client.on(Events.ShardDisconnect, (event) => {
    options.onState?.('stopped', `disconnected for good (close code ${event.code})`);
    log(`[discord] disconnected for good (close code ${event.code}); restart Sitrep to reconnect`);
  });
  client.on(Events.ShardReconnecting, () => {
    options.onState?.('reconnecting', 'gateway connection lost');
    log('[discord] connection lost, reconnecting…');
  });
  client.on(Events.ShardResume, () => options.onState?.('connected'));
  client.on(Events.ShardReady, () => options.onState?.('connected'));
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));

  try {
    await client.login(config.token);
  } catch (error) {
    await client.destroy();
    if (isInvalidToken(error)) throw new ConfigError('Discord refused DISCORD_TOKEN (401): reset the token in the Developer Portal (Bot → Reset Token) and update .env');
    throw error;
  }
  const readyClient = await ready;
  if (readyClient.application.id !== config.applicationId) {
    log(`[discord] warning: DISCORD_APPLICATION_ID is ${config.applicationId} but this token belongs to application ${readyClient.application.id}; deploy-commands registers to the former`);
  }
  const servers = readyClient.guilds.cache.size;
  log(`[discord] connected as ${readyClient.user.tag} in ${servers} ${servers === 1 ? 'server' : 'servers'}`);

  return {
    client: readyClient,
    poster: discordPoster(readyClient, engine.store),
    stop: () => client.destroy(),
  };
}
