import type { webApi } from '@slack/bolt';
import type { CommandContext } from '../../chat/command.ts';
import { commandQueue } from '../../chat/command-queue.ts';
import { rateLimitReply } from '../../chat/rate-limit.ts';
import { type Reply, errorReply } from '../../chat/reply.ts';
import { runCommand } from '../../chat/run-command.ts';
import { commandRef } from '../../chat/surface.ts';
import { type Translate, replyLang, translator } from '../../i18n/index.ts';
import type { StoredRun } from './buttons.ts';
import type { SlackActor, SlackDeps } from './deps.ts';
import { type PresentOptions, type SlackResponse, present } from './present.ts';
import { SLASH_COMMAND, parseSitrepText } from './verbs.ts';

type Client = webApi.WebClient;

export interface RunOptions extends PresentOptions {
  /** Slash commands count against the per-user limit on ask; button presses do not. */
  rateLimited?: boolean;
}

function contextFor(deps: SlackDeps, actor: SlackActor, user: { admin: boolean; locale?: string }, now: Date): CommandContext {
  return {
    engine: deps.engine,
    caller: { platform: 'slack', userId: actor.userId, isAdmin: user.admin, channelId: actor.channelId, workspaceId: actor.teamId, locale: user.locale },
    now,
  };
}

/** Runs a command for a Slack user (admin verbs checked against Slack's roles) and presents the reply, in the user's language. */
export async function runForSlack(deps: SlackDeps, client: Client, actor: SlackActor, run: StoredRun, options: RunOptions = {}): Promise<SlackResponse> {
  const user = await deps.users.about(client, actor.userId);
  const t = translator(replyLang({ question: typeof run.options.question === 'string' ? run.options.question : undefined, locale: user.locale }));
  const command = deps.commands.get(run.command);
  if (!command) return present(deps.engine.store, errorReply(t('slack.noLongerVerb', { name: run.command, help: `\`${commandRef('help', 'slack')}\`` }), t), undefined);
  if (options.rateLimited && command.data.name === 'ask') {
    const waitMs = deps.askLimiter.take(`${actor.teamId ?? ''}:${actor.userId}`);
    if (waitMs > 0) return present(deps.engine.store, rateLimitReply(waitMs, t), undefined);
  }
  if (command.data.admin && !user.admin) {
    return present(deps.engine.store, errorReply(t('slack.adminsOnly', { command: `\`${commandRef(command.data.name, 'slack')}\`` }), t), undefined);
  }
  const reply = await commandQueue.run(`slack:${actor.teamId ?? ''}:${actor.userId}`, () =>
    runCommand(contextFor(deps, actor, user, new Date(run.now)), { command, name: command.data.name, trusted: run.options }, deps.log),
  );
  return present(deps.engine.store, reply, run, options);
}

function mistake(message: string, usage: string, t: Translate): Reply {
  const reply = errorReply(message, t);
  reply.footer = usage;
  return reply;
}

/** The answer to one `/sitrep …`; never rejects: a failure becomes a short private reply and a log line. */
export async function answerSlashCommand(deps: SlackDeps, client: Client, text: string, actor: SlackActor, now = new Date(), presentAs?: PresentOptions): Promise<SlackResponse> {
  try {
    const user = await deps.users.about(client, actor.userId);
    const t = translator(replyLang({ question: text, locale: user.locale }));
    const request = parseSitrepText(text, deps.commands, t);
    if (request.kind === 'mistake') return present(deps.engine.store, mistake(request.message, request.usage, t), undefined);
    return await runForSlack(deps, client, actor, { command: request.command.data.name, options: request.options, now: now.toISOString() }, { rateLimited: true, ...presentAs });
  } catch (error) {
    deps.log(`[slack] ${SLASH_COMMAND} ${text.slice(0, 200)} failed for ${actor.userId}: ${(error as Error).stack ?? error}`);
    return present(deps.engine.store, errorReply(translator()('common.failed')), undefined);
  }
}
