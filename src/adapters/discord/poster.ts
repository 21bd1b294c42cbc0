import { type APIMessage, type Client, DiscordAPIError, Routes, SnowflakeUtil } from 'discord.js';
import type { ArticleStore } from '../../store/articles.ts';
import { type ChannelPoster, PostError } from '../../scheduler/poster.ts';
import { renderWithButtons } from './actions.ts';

/** Discord errors that trying again will not fix, said so the admin knows what to change. */
const PERMANENT: Record<number, string> = {
  10003: 'the channel no longer exists',
  50001: 'Sitrep cannot see the channel (View Channel)',
  50013: 'Sitrep may not post there (it needs Send Messages and Embed Links)',
};

function postErrorOf(error: unknown): PostError {
  if (error instanceof DiscordAPIError) {
    const retryable = error.status === 429 || error.status >= 500;
    const reason = typeof error.code === 'number' ? PERMANENT[error.code] : undefined;
    return new PostError(`Discord: ${reason ?? `${error.message} (HTTP ${error.status})`}`, retryable);
  }
  // Timeouts and network failures: Discord may well take it next time.
  return new PostError(`Discord unreachable: ${(error as Error).message}`, true);
}

/**
 * What a briefing's footer says of its delivery, "Subscription #12 · ref 9f86d081":
 * it tells readers which subscription posted it, and finds the message again
 * after a crash (Discord returns no nonce in a channel's history).
 */
export function deliveryMark(key: string): string {
  const [subscription, ref] = key.split(':');
  return `Subscription #${subscription} · ref ${ref}`;
}

/** Pages of 100 messages looked through for an interrupted briefing. */
const HISTORY_PAGES = 5;

/** Posts scheduled briefings into Discord channels. */
export function discordPoster(client: Client, store: ArticleStore): ChannelPoster {
  return {
    async post(target, reply, delivery) {
      const marked = delivery ? { ...reply, footer: [reply.footer, deliveryMark(delivery.key)].filter(Boolean).join(' · ') } : reply;
      // A channel message is seen by everyone in the channel: it cannot be ephemeral.
      const { flags: _private, ...message } = renderWithButtons(store, marked);
      // With enforce_nonce, Discord returns the message already created under this nonce in the last few minutes instead of a second one.
      const body = delivery ? { ...message, nonce: delivery.key.slice(0, 25), enforce_nonce: true } : message;
      try {
        const sent = (await client.rest.post(Routes.channelMessages(target.channelId), { body })) as { id: string };
        return { messageId: sent.id };
      } catch (error) {
        throw postErrorOf(error);
      }
    },

    async findPosted(target, key, since) {
      const mark = deliveryMark(key);
      let after = SnowflakeUtil.generate({ timestamp: since.getTime() }).toString();
      for (let page = 0; page < HISTORY_PAGES; page++) {
        let messages: APIMessage[];
        try {
          messages = (await client.rest.get(Routes.channelMessages(target.channelId), { query: new URLSearchParams({ after, limit: '100' }) })) as APIMessage[];
        } catch (error) {
          throw postErrorOf(error);
        }
        const found = messages.find((m) => m.author.id === client.user?.id && m.embeds.some((e) => e.footer?.text.includes(mark)));
        if (found) return { messageId: found.id };
        if (messages.length < 100) return undefined;
        after = messages.reduce((max, m) => (BigInt(m.id) > BigInt(max) ? m.id : max), after);
      }
      return undefined;
    },
  };
}
