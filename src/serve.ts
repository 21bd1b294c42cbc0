import { appendFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import type { Command } from './chat/command.ts';
import { ConfigError } from './config.ts';
import type { Engine } from './engine.ts';
import { htmlExtractor } from './articles/html-extract.ts';
import { followStore } from './follow-store.ts';
import { type HealthServer, startHealthServer } from './health.ts';
import { type PlatformState, platformStatuses } from './platform-status.ts';
import { discordConfigFromEnv } from './adapters/discord/config.ts';
import type { DiscordBot } from './adapters/discord/index.ts';
import { slackConfigFromEnv } from './adapters/slack/config.ts';
import type { SlackHandle } from './adapters/slack/index.ts';
import type { UiLang } from './i18n/index.ts';
import { TerminalScreen, runTerminalChat, terminalPoster } from './adapters/terminal/chat.ts';
import { startFeedPoller, stopFeedPoller } from './ingest/start-poller.ts';
import { setActiveScheduler } from './scheduler/active.ts';
import { BriefingScheduler } from './scheduler/briefings.ts';
import type { ChannelPoster } from './scheduler/poster.ts';
import type { Platform } from './store/subscriptions.ts';

/** How long stopping may take (the platforms' clients, the feed poller, the scheduler) before Sitrep leaves anyway. */
const SHUTDOWN_MS = 4_000;

export interface ServeOptions {
  engine: Engine;
  commands: Map<string, Command>;
  env?: NodeJS.ProcessEnv;
  /** Run the terminal chat (the default when no chat platform is configured or a person is at the terminal). */
  terminal?: boolean;
  /** The terminal chat's language (`--ui-lang`; default from the environment). */
  uiLang?: UiLang;
  color?: boolean;
}

/**
 * Resolves on SIGINT or SIGTERM. A signal listener does not keep Node's event
 * loop alive, and with no chat platform configured nothing else may (the feed
 * poller's and scheduler's timers are unref'd): a held timer does, until then.
 */
function untilSignalled(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const alive = setInterval(() => {}, 1 << 30);
    const stop = (signal: NodeJS.Signals) => {
      clearInterval(alive);
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** The first retry of a platform that could not be reached, doubling up to the last. */
const RETRY_FIRST_MS = 5_000;
const RETRY_MAX_MS = 5 * 60_000;

/**
 * Starts a platform. A refused setting (a wrong token: ConfigError) fails at
 * once, in one line; a platform that cannot be reached is retried in the
 * background with backoff while everything else runs.
 */
async function connect<T extends { stop(): Promise<void> }>(name: string, start: () => Promise<T>, started: (handle: T) => void, log: (line: string) => void, signal: AbortSignal): Promise<void> {
  const key = name.toLowerCase();
  platformStatuses.set(key, 'connecting');
  const unreachable = (error: unknown, retryMs: number) => platformStatuses.set(key, 'unreachable', `${(error as Error).message}; retrying in ${retryMs / 1000} s`);
  try {
    started(await start());
    platformStatuses.set(key, 'connected');
    return;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    unreachable(error, RETRY_FIRST_MS);
    log(`${name}: cannot connect (${(error as Error).message}); answering elsewhere, retrying in ${RETRY_FIRST_MS / 1000} s.`);
  }
  void (async () => {
    for (let delay = RETRY_FIRST_MS; !signal.aborted; delay = Math.min(delay * 2, RETRY_MAX_MS)) {
      try {
        await sleep(delay, undefined, { signal });
        const handle = await start();
        // Connected while Sitrep was stopping: it is not kept.
        if (signal.aborted) return void (await handle.stop());
        started(handle);
        platformStatuses.set(key, 'connected');
        log(`${name}: connected.`);
        return;
      } catch (error) {
        if (signal.aborted) return;
        unreachable(error, Math.min(delay * 2, RETRY_MAX_MS));
        log(`${name}: still cannot connect (${(error as Error).message}); retrying in ${Math.min(delay * 2, RETRY_MAX_MS) / 1000} s.`);
      }
    }
  })();
}

/** A connected platform's client reporting a lost or regained connection. */
const onPlatformState = (platform: string) => (state: PlatformState, detail?: string) => platformStatuses.set(platform, state, detail);

/** SITREP_HEALTH_PORT (and SITREP_HEALTH_HOST, default 127.0.0.1): where /healthz and /readyz are served; unset, they are not. */
function healthSettings(env: NodeJS.ProcessEnv): { port: number; host: string } | undefined {
  const raw = env.SITREP_HEALTH_PORT?.trim();
  if (!raw) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`SITREP_HEALTH_PORT must be a port number (0–65535), got "${raw.slice(0, 40)}"`);
  return { port, host: env.SITREP_HEALTH_HOST?.trim() || '127.0.0.1' };
}

/** Every platform's settings, checked before anything starts: all problems at once, one line each. */
function platformConfigs(env: NodeJS.ProcessEnv) {
  const problems: string[] = [];
  const read = <T>(load: () => T): T | null => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.message.split('\n'));
      return null;
    }
  };
  const discord = read(() => discordConfigFromEnv(env));
  const slack = read(() => slackConfigFromEnv(env));
  if (problems.length) throw new ConfigError(problems.join('\n'));
  return { discord, slack };
}

/**
 * `npm start`: the chat platforms that are configured, the feed poller and
 * the briefing scheduler, plus the terminal chat for whoever sits at it.
 * Ends when the terminal chat ends, or on SIGINT/SIGTERM.
 */
export async function serve(options: ServeOptions): Promise<void> {
  const { engine, commands } = options;
  const env = options.env ?? process.env;
  const { discord: discordConfig, slack: slackConfig } = platformConfigs(env);
  const healthAt = healthSettings(env);
  const terminal = options.terminal ?? (!discordConfig && !slackConfig);
  // With the chat on screen, background news (a feed that failed, a briefing posted) goes to a log file.
  const logFile = join(engine.config.dataDir, 'sitrep.log');
  const log = terminal
    ? (line: string) => appendFileSync(logFile, `${new Date().toISOString()} ${line}\n`)
    : (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);

  let discord: DiscordBot | undefined;
  let slack: SlackHandle | undefined;
  let scheduler: BriefingScheduler | undefined;
  let health: HealthServer | undefined;
  const retries = new AbortController();
  const unfollow = followStore(engine, { log });
  const shutdown = async () => {
    unfollow();
    retries.abort();
    await health?.close();
    await scheduler?.stop();
    setActiveScheduler(undefined);
    await stopFeedPoller();
    await htmlExtractor.close();
    await discord?.stop();
    await slack?.stop();
    for (const [platform, status] of Object.entries(platformStatuses.all())) if (status.state !== 'stopped') platformStatuses.set(platform, 'stopped');
  };
  try {
    if (healthAt) {
      try {
        health = await startHealthServer(engine, platformStatuses, healthAt);
      } catch (error) {
        throw new ConfigError(`SITREP_HEALTH_PORT ${healthAt.port}: cannot listen on ${healthAt.host} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
      log(`Health: http://${healthAt.host}:${health.port}/healthz (and /readyz).`);
    }
    const posters: Partial<Record<Platform, ChannelPoster>> = {};
    // discord.js and Bolt (≈0.9 s of imports) load only for a platform that is configured.
    if (discordConfig) {
      const { startDiscord } = await import('./adapters/discord/index.ts');
      await connect('Discord', () => startDiscord({ engine, commands, config: discordConfig, log, onState: onPlatformState('discord') }), (bot) => {
        discord = bot;
        posters.discord = bot.poster;
        void scheduler?.platformReady('discord');
      }, log, retries.signal);
    }
    if (slackConfig) {
      const [{ startSlack }, { slackPoster }] = await Promise.all([import('./adapters/slack/index.ts'), import('./adapters/slack/poster.ts')]);
      await connect('Slack', () => startSlack({ engine, commands, config: slackConfig, log, onState: onPlatformState('slack') }), (handle) => {
        slack = handle;
        posters.slack = slackPoster(handle.app, engine.store);
        void scheduler?.platformReady('slack');
      }, log, retries.signal);
    }
    const screen = new TerminalScreen(process.stdout);
    if (terminal) posters.terminal = terminalPoster(screen, options.color);
    startFeedPoller(engine, { log });
    scheduler = new BriefingScheduler({ engine, posters, log });
    setActiveScheduler(scheduler);
    await scheduler.start();

    if (terminal) {
      if (discordConfig || slackConfig) process.stdout.write(`Also answering on ${[discordConfig && 'Discord', slackConfig && 'Slack'].filter(Boolean).join(' and ')}.\n`);
      process.stdout.write(`Background activity (feeds, briefings) is logged to ${logFile}.\n`);
      await runTerminalChat({ engine, commands, color: options.color, screen, lang: options.uiLang });
    } else {
      log('Sitrep is running; stop it with Ctrl-C.');
      await untilSignalled();
      log('Stopping…');
    }
  } finally {
    // A platform that is gone can keep its client reconnecting forever: stopping is bounded.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), SHUTDOWN_MS)));
    if ((await Promise.race([shutdown(), late])) === 'late') log(`Not every platform stopped within ${SHUTDOWN_MS / 1000} s; leaving anyway.`);
    clearTimeout(timer);
  }
}
