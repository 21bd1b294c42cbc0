import type { webApi } from '@slack/bolt';
import type { CommandContext } from '../../chat/command.ts';
import { commandQueue } from '../../chat/command-queue.ts';
import { usageOf } from '../../chat/options.ts';
import { rateLimitMessage } from '../../chat/rate-limit.ts';
import { type Reply, errorReply, noticeReply } from '../../chat/reply.ts';
import { runCommand } from '../../chat/run-command.ts';
import type { StoredRun } from './buttons.ts';
import type { SlackActor, SlackDeps } from './deps.ts';
import { slackHelp, verbHelp } from './help.ts';
import { type PresentOptions, type SlackResponse, present } from './present.ts';
import { SLASH_COMMAND, parseSitrepText, slackUsage } from './verbs.ts';

type Client = webApi.WebClient;

export interface RunOptions extends PresentOptions {
  /** Slash commands count against the per-user limit on ask; button presses do not. */
  rateLimited?: boolean;
}

function contextFor(deps: SlackDeps, actor: SlackActor, isAdmin: boolean, now: Date): CommandContext {
  return {
    engine: deps.engine,
    caller: { platform: 'slack', userId: actor.userId, isAdmin, channelId: actor.channelId, workspaceId: actor.teamId },
    now,
  };
}

/** Runs a command for a Slack user (admin verbs checked against Slack's roles) and presents the reply. */
export async function runForSlack(deps: SlackDeps, client: Client, actor: SlackActor, run: StoredRun, options: RunOptions = {}): Promise<SlackResponse> {
  const command = deps.commands.get(run.command);
  if (!command) return present(deps.engine.store, errorReply(`“${run.command}” is no longer a Sitrep verb. Try \`${SLASH_COMMAND} help\`.`), undefined);
  if (options.rateLimited && command.data.name === 'ask') {
    const waitMs = deps.askLimiter.take(`${actor.teamId ?? ''}:${actor.userId}`);
    if (waitMs > 0) return present(deps.engine.store, noticeReply('One moment', rateLimitMessage(waitMs)), undefined);
  }
  const isAdmin = command.data.admin ? await deps.admins.isAdmin(client, actor.userId) : false;
  if (command.data.admin && !isAdmin) {
    return present(deps.engine.store, errorReply(`\`${SLASH_COMMAND} ${command.data.name}\` is for workspace admins and owners.`), undefined);
  }
  const reply = await commandQueue.run(`slack:${actor.teamId ?? ''}:${actor.userId}`, () =>
    runCommand(contextFor(deps, actor, isAdmin, new Date(run.now)), { command, name: command.data.name, trusted: run.options }, deps.log),
  );
  // The shared runner words usage for slash-command platforms ("/ask …"); here every verb follows /sitrep.
  if (reply.kind === 'error' && reply.footer === `Usage: ${usageOf(command.data)}`) reply.footer = `Usage: \`${slackUsage(command.data)}\``;
  return present(deps.engine.store, reply, run, options);
}

function mistake(message: string, usage: string): Reply {
  const reply = errorReply(message);
  reply.footer = usage;
  return reply;
}

/** The answer to one `/sitrep …`; never rejects: a failure becomes a short private reply and a log line. */
export async function answerSlashCommand(deps: SlackDeps, client: Client, text: string, actor: SlackActor, now = new Date()): Promise<SlackResponse> {
  try {
    const request = parseSitrepText(text, deps.commands);
    switch (request.kind) {
      case 'help': {
        const reply = request.topic ? verbHelp(request.topic) : slackHelp(deps.commands, await deps.admins.isAdmin(client, actor.userId));
        return present(deps.engine.store, reply, undefined);
      }
      case 'mistake':
        return present(deps.engine.store, mistake(request.message, request.usage), undefined);
      case 'run':
        return await runForSlack(deps, client, actor, { command: request.command.data.name, options: request.options, now: now.toISOString() }, { rateLimited: true });
    }
  } catch (error) {
    deps.log(`[slack] ${SLASH_COMMAND} ${text.slice(0, 200)} failed for ${actor.userId}: ${(error as Error).stack ?? error}`);
    return present(deps.engine.store, errorReply('Something went wrong while answering; it has been logged. Please try again.'), undefined);
  }
}
