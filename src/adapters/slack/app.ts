import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, webApi } from '@slack/bolt';
import type { Command } from '../../chat/command.ts';
import { RateLimiter } from '../../chat/rate-limit.ts';
import type { Log } from '../../chat/run-command.ts';
import { ConfigError } from '../../config.ts';
import type { Engine } from '../../engine.ts';
import { SlackUsers } from './users.ts';
import type { SlackConfig } from './config.ts';
import type { SlackDeps } from './deps.ts';
import registerListeners from './listeners/index.ts';
import { FreshRequests } from './fresh-requests.ts';
import { boltLogger } from './logger.ts';

export const EVENTS_PATH = '/slack/events';

export interface StartSlackOptions {
  engine: Engine;
  commands: Map<string, Command>;
  config: SlackConfig;
  log: Log;
  /** Web API client settings (tests point slackApiUrl at a local stub). */
  clientOptions?: webApi.WebClientOptions;
  /** HTTP mode: overrides config.port (0 picks a free port). */
  port?: number;
  /** HTTP mode: the interface to listen on (default: all). */
  host?: string;
  /** Answers ready within this go back in the acknowledgement (default 1 s of Slack's 3: the rest is for the network and a busy moment). */
  ackWithinMs?: number;
  /** Questions per user per window (default 5 a minute). */
  askLimit?: { limit: number; windowMs: number };
  /** Socket Mode: told when the connection to Slack is lost and regained. */
  onState?: (state: 'connected' | 'reconnecting', detail?: string) => void;
}

export interface SlackHandle {
  app: App;
  /** HTTP mode: the port listened on. */
  port?: number;
  stop(): Promise<void>;
}

interface BotIdentity {
  botId: string;
  botUserId: string;
  name: string;
  team: string;
}

function slackErrorCode(error: unknown): string | undefined {
  const e = error as { code?: string; data?: { error?: string } };
  return e.code === webApi.ErrorCode.PlatformError ? e.data?.error : undefined;
}

/** auth.test once at start: a bad token fails here, in one line, instead of at the first command. */
async function identify(config: SlackConfig, clientOptions: webApi.WebClientOptions): Promise<BotIdentity> {
  const client = new webApi.WebClient(config.botToken, { ...clientOptions, retryConfig: { retries: 1, factor: 1, minTimeout: 500 } });
  let result: webApi.AuthTestResponse;
  try {
    result = await client.auth.test();
  } catch (error) {
    const code = slackErrorCode(error);
    if (code) throw new ConfigError(`SLACK_BOT_TOKEN was refused by Slack (${code}): copy the Bot User OAuth Token again, or reinstall the app to the workspace.`);
    throw new Error(`could not reach Slack to check SLACK_BOT_TOKEN: ${(error as Error).message}`);
  }
  if (!result.bot_id || !result.user_id) throw new ConfigError('SLACK_BOT_TOKEN is not a bot token: use the Bot User OAuth Token (xoxb-…).');
  return { botId: result.bot_id, botUserId: result.user_id, name: result.user ?? result.user_id, team: result.team ?? result.team_id ?? 'the workspace' };
}

function createApp(config: SlackConfig, identity: BotIdentity, clientOptions: webApi.WebClientOptions, log: Log): App {
  const common = {
    token: config.botToken,
    // Known from auth.test: Bolt then need not call it again.
    botId: identity.botId,
    botUserId: identity.botUserId,
    logger: boltLogger(log),
    // Bolt adds its logger to this object: give it its own copy.
    clientOptions: { ...clientOptions },
  };
  if (config.mode === 'socket') return new App({ ...common, socketMode: true, appToken: config.appToken });
  const receiver = new HTTPReceiver({ signingSecret: config.signingSecret!, endpoints: EVENTS_PATH, logger: common.logger });
  // Bolt refuses stale requests only: future timestamps and replays are refused before it.
  receiver.requestListener = new FreshRequests().guard(receiver.requestListener, log);
  return new App({ ...common, receiver });
}

async function startReceiving(app: App, config: SlackConfig, options: StartSlackOptions): Promise<number | undefined> {
  if (config.mode === 'socket') {
    try {
      await app.start();
    } catch (error) {
      const code = slackErrorCode(error);
      if (code) throw new ConfigError(`SLACK_APP_TOKEN was refused by Slack (${code}): create an app-level token with the connections:write scope and enable Socket Mode.`);
      throw error;
    }
    return undefined;
  }
  const port = options.port ?? config.port;
  try {
    const server = await app.start({ port, host: options.host });
    return (server.address() as AddressInfo).port;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new ConfigError(`SLACK_PORT ${port} is already in use: choose another port.`);
    throw error;
  }
}

/**
 * Starts the Slack app: HTTP (Slack posts to /slack/events, requests checked
 * with the signing secret) or Socket Mode (the app connects out to Slack).
 */
export async function startSlack(options: StartSlackOptions): Promise<SlackHandle> {
  const { engine, commands, config, log } = options;
  const clientOptions = options.clientOptions ?? {};
  const identity = await identify(config, clientOptions);
  const app = createApp(config, identity, clientOptions, log);
  const deps: SlackDeps = {
    engine,
    commands,
    users: new SlackUsers(config.adminUsers, log),
    askLimiter: new RateLimiter(options.askLimit?.limit ?? 5, options.askLimit?.windowMs ?? 60_000),
    log,
    ackWithinMs: options.ackWithinMs ?? 1000,
  };
  registerListeners(app, deps, () => identity.botUserId);
  const port = await startReceiving(app, config, options);
  if (config.mode === 'socket') {
    // Bolt's Socket Mode client reconnects by itself; these say when.
    const socket = (app as unknown as { receiver?: { client?: { on(event: string, listener: () => void): void } } }).receiver?.client;
    socket?.on('reconnecting', () => options.onState?.('reconnecting', 'Socket Mode connection lost'));
    socket?.on('connected', () => options.onState?.('connected'));
  }
  log(
    config.mode === 'socket'
      ? `Slack: connected in Socket Mode as @${identity.name} in ${identity.team}.`
      : `Slack: listening for ${identity.team} on port ${port}, path ${EVENTS_PATH} (HTTP mode), as @${identity.name}.`,
  );
  let stopped = false;
  return {
    app,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await app.stop();
    },
  };
}
