import type { Command } from '../src/chat/command.ts';
import * as ask from './ask.ts';
import * as brief from './brief.ts';
import * as feedback from './feedback.ts';
import * as feed from './feed.ts';
import * as help from './help.ts';
import * as ingest from './ingest.ts';
import * as rate from './rate.ts';
import * as reindex from './reindex.ts';
import * as source from './source.ts';
import * as sources from './sources.ts';
import * as stats from './stats.ts';
import * as subscribe from './subscribe.ts';
import * as subscriptions from './subscriptions.ts';
import * as unsubscribe from './unsubscribe.ts';

/** Every command, by name: the one list the terminal, the CLI, Discord and Slack read. */
export const commands: Map<string, Command> = new Map(
  [ask, brief, sources, source, stats, feed, ingest, subscribe, unsubscribe, subscriptions, feedback, reindex, help, rate].map((command) => [command.data.name, command as Command]),
);
