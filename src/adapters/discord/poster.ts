import { type Client, DiscordAPIError, Routes } from 'discord.js';
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

/** Posts scheduled briefings into Discord channels. */
export function discordPoster(client: Client, store: ArticleStore): ChannelPoster {
  return {
    async post(target, reply) {
      // A channel message is seen by everyone in the channel: it cannot be ephemeral.
      const { flags: _private, ...message } = renderWithButtons(store, reply);
      try {
        const sent = (await client.rest.post(Routes.channelMessages(target.channelId), { body: message })) as { id: string };
        return { messageId: sent.id };
      } catch (error) {
        throw postErrorOf(error);
      }
    },
  };
}
