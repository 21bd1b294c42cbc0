import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { ThreadStore } from '../../../../store/threads.ts';
import { answerSlashCommand } from '../../answer.ts';
import type { SlackDeps } from '../../deps.ts';

/** "<@U0BOT> how far can the KN-23 fly?" → "how far can the KN-23 fly?" */
export function withoutMentions(text: string): string {
  return text.replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A mention's words as a /sitrep text: a verb first ("@Sitrep brief") runs it, anything else is a question. */
export function mentionText(text: string, deps: SlackDeps): string {
  const words = withoutMentions(text);
  const first = words.split(' ')[0]?.toLowerCase() ?? '';
  const command = deps.commands.get(first);
  return command && !command.data.internal ? words : `ask ${words}`;
}

interface ThreadMessage {
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  channel: string;
  team?: string;
}

/** Answers in the message's thread (starting one under it), for all in the channel to read. */
async function answerInThread(deps: SlackDeps, client: AllMiddlewareArgs['client'], message: ThreadMessage): Promise<void> {
  if (!message.user) return;
  const words = withoutMentions(message.text ?? '');
  const text = words ? mentionText(message.text ?? '', deps) : 'help';
  const thread = message.thread_ts ?? message.ts;
  const actor = { userId: message.user, teamId: message.team, channelId: message.channel };
  const answer = await answerSlashCommand(deps, client, text, actor, new Date(), { responseType: 'in_channel' });
  try {
    await client.chat.postMessage({ channel: message.channel, thread_ts: thread, text: answer.text, blocks: answer.blocks });
    new ThreadStore(deps.engine.db).remember('slack', message.channel, thread);
  } catch (error) {
    deps.log(`[slack] could not answer ${message.user} in thread ${thread} of ${message.channel}: ${(error as Error).message}`);
  }
}

/** "@Sitrep …" in a channel or thread (the app_mention event): answered in a thread under it. */
export const appMentionCallback =
  (deps: SlackDeps) =>
  async ({ event, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> => {
    if (event.bot_id) return;
    await answerInThread(deps, client, event as ThreadMessage);
  };

/**
 * A follow-up in a thread Sitrep answered in, without a mention (one with a
 * mention comes as app_mention too, and is answered once, there).
 */
export const threadFollowUpCallback =
  (deps: SlackDeps, botUserId: () => string | undefined) =>
  async ({ message, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>): Promise<void> => {
    if (message.subtype !== undefined) return;
    const plain = message as unknown as ThreadMessage & { bot_id?: string };
    if (plain.bot_id || !plain.thread_ts || plain.thread_ts === plain.ts) return;
    const bot = botUserId();
    if (bot && (plain.text ?? '').includes(`<@${bot}`)) return;
    if (!new ThreadStore(deps.engine.db).has('slack', plain.channel, plain.thread_ts)) return;
    await answerInThread(deps, client, plain);
  };
