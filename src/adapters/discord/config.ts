import { ConfigError } from '../../config.ts';

export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** Register commands in this server only (instant, for testing); global otherwise. */
  guildId?: string;
  /** REST API base, e.g. "http://127.0.0.1:8080/api"; Discord's own when unset. */
  apiUrl?: string;
  /** Questions one user may ask per minute. */
  askPerMinute: number;
}

const DEFAULT_ASK_PER_MINUTE = 5;
const SNOWFLAKE = /^\d{17,20}$/;
// A bot token is three base64url parts: the bot's id, a timestamp and a signature.
const TOKEN = /^[\w-]{20,}\.[\w-]{5,}\.[\w-]{20,}$/;

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function checkToken(token: string): void {
  if (/^bot\s/i.test(token)) throw new ConfigError('DISCORD_TOKEN must be the token alone, without the "Bot " prefix');
  if (!TOKEN.test(token)) {
    throw new ConfigError(
      `DISCORD_TOKEN is malformed (${token.length} characters, expected three dot-separated parts): copy it from the Developer Portal, Bot → Reset Token; the client secret and public key are not the token`,
    );
  }
}

function snowflake(env: NodeJS.ProcessEnv, name: string, where: string): string | undefined {
  const id = value(env, name);
  if (id !== undefined && !SNOWFLAKE.test(id)) throw new ConfigError(`${name} must be a numeric Discord id (17–20 digits, ${where}), got "${id.slice(0, 40)}"`);
  return id;
}

function apiUrl(env: NodeJS.ProcessEnv): string | undefined {
  const url = value(env, 'DISCORD_API_URL');
  if (url === undefined) return undefined;
  if (!/^https?:\/\/[^\s/]+(?:\/\S*)?$/.test(url)) throw new ConfigError(`DISCORD_API_URL must be an http(s) URL such as https://discord.com/api, got "${url.slice(0, 80)}"`);
  return url.replace(/\/+$/, '');
}

function askPerMinute(env: NodeJS.ProcessEnv): number {
  const raw = value(env, 'DISCORD_ASK_PER_MINUTE');
  if (raw === undefined) return DEFAULT_ASK_PER_MINUTE;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 600) throw new ConfigError(`DISCORD_ASK_PER_MINUTE must be a whole number from 1 to 600, got "${raw.slice(0, 20)}"`);
  return n;
}

/**
 * The Discord settings from the environment (`.env` already loaded), or null
 * when DISCORD_TOKEN is unset (Discord stays off). A missing or malformed
 * setting is a ConfigError with one line that never contains the token.
 */
export function discordConfigFromEnv(env: NodeJS.ProcessEnv): DiscordConfig | null {
  const token = value(env, 'DISCORD_TOKEN');
  if (token === undefined) return null;
  checkToken(token);
  const applicationId = snowflake(env, 'DISCORD_APPLICATION_ID', 'Developer Portal → General Information → Application ID');
  if (!applicationId) throw new ConfigError('DISCORD_APPLICATION_ID is not set: copy the Application ID from the Developer Portal, General Information');
  const config: DiscordConfig = { token, applicationId, askPerMinute: askPerMinute(env) };
  const guildId = snowflake(env, 'DISCORD_GUILD_ID', 'right-click the server → Copy Server ID');
  if (guildId) config.guildId = guildId;
  const api = apiUrl(env);
  if (api) config.apiUrl = api;
  return config;
}
