import { type App, webApi } from '@slack/bolt';
import type { ArticleStore } from '../../store/articles.ts';
import { type ChannelPoster, PostError } from '../../scheduler/poster.ts';
import { present } from './present.ts';

/** Slack errors that trying again will not fix, said so the admin knows what to change. */
const PERMANENT: Record<string, string> = {
  channel_not_found: 'the channel no longer exists, or Sitrep cannot see it',
  not_in_channel: 'Sitrep is not in the channel: invite it with /invite @Sitrep',
  is_archived: 'the channel is archived',
  missing_scope: 'the app lacks a scope it needs (chat:write to post, channels:history and groups:history to check a briefing after a crash): reinstall it from slack-manifest.yml',
  restricted_action: 'the workspace does not let Sitrep post there',
  invalid_auth: 'the bot token was revoked',
  account_inactive: 'the bot token was revoked',
  token_revoked: 'the bot token was revoked',
};

function postErrorOf(error: unknown): PostError {
  const e = error as { code?: string; retryAfter?: number; data?: { error?: string } };
  if (e.code === webApi.ErrorCode.RateLimitedError) return new PostError('Slack: rate limited', true, (e.retryAfter ?? 1) * 1000);
  if (e.code === webApi.ErrorCode.PlatformError && e.data?.error) {
    const reason = PERMANENT[e.data.error];
    return new PostError(`Slack: ${reason ?? e.data.error}`, !reason && e.data.error !== 'invalid_blocks');
  }
  return new PostError(`Slack unreachable: ${(error as Error).message}`, true);
}

/** The message metadata event a briefing is posted with: its delivery key, found again after a crash. */
export const BRIEFING_EVENT = 'sitrep_briefing';
/** Pages of channel history looked through for an interrupted briefing. */
const HISTORY_PAGES = 5;

/** Posts scheduled briefings into Slack channels, with the briefing's buttons. */
export function slackPoster(app: App, store: ArticleStore): ChannelPoster {
  return {
    async post(target, reply, delivery) {
      const message = present(store, reply, { command: 'brief', options: {}, now: new Date().toISOString() }, { responseType: 'in_channel' });
      try {
        const sent = await app.client.chat.postMessage({
          channel: target.channelId,
          text: message.text,
          blocks: message.blocks as never,
          ...(delivery && { metadata: { event_type: BRIEFING_EVENT, event_payload: { key: delivery.key } } }),
        });
        return { messageId: sent.ts ?? '' };
      } catch (error) {
        throw postErrorOf(error);
      }
    },

    async findPosted(target, key, since) {
      let cursor: string | undefined;
      for (let page = 0; page < HISTORY_PAGES; page++) {
        let history;
        try {
          history = await app.client.conversations.history({ channel: target.channelId, oldest: (since.getTime() / 1000).toFixed(6), include_all_metadata: true, limit: 200, cursor });
        } catch (error) {
          throw postErrorOf(error);
        }
        const found = history.messages?.find((m) => {
          const metadata = (m as { metadata?: { event_type?: string; event_payload?: { key?: unknown } } }).metadata;
          return metadata?.event_type === BRIEFING_EVENT && metadata.event_payload?.key === key;
        });
        if (found?.ts) return { messageId: found.ts };
        cursor = history.response_metadata?.next_cursor || undefined;
        if (!history.has_more || !cursor) return undefined;
      }
      return undefined;
    },
  };
}
