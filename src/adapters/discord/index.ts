export { type DiscordBot, type StartDiscordOptions, startDiscord } from './client.ts';
export { type DiscordConfig, discordConfigFromEnv } from './config.ts';
export { registrationPayload } from './registration.ts';
