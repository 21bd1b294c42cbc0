import type { Reply } from '../chat/reply.ts';
import type { Platform } from '../store/subscriptions.ts';

export interface ChannelTarget {
  platform: Platform;
  workspaceId: string;
  channelId: string;
}

/** One briefing's delivery: the same key every time that briefing is tried, in any process. */
export interface Delivery {
  /** `<subscription id>:<random>`, made when the post is claimed; the platform keeps it with the message so it can be found again. */
  key: string;
}

/** What an adapter offers the scheduler: post one reply into a channel, and find a briefing posted earlier. */
export interface ChannelPoster {
  post(target: ChannelTarget, reply: Reply, delivery?: Delivery): Promise<{ messageId: string }>;
  /**
   * The message posted with this delivery key since `since`, if any: asked
   * after a crash left a briefing "sending". A poster without it (the
   * terminal) has nothing to ask, and the briefing is posted again.
   */
  findPosted?(target: ChannelTarget, key: string, since: Date): Promise<{ messageId: string } | undefined>;
}

/**
 * A failed post. Retryable ones (rate limits, timeouts, 5xx) are tried again
 * after `retryAfterMs`; the others (a deleted channel, missing permissions) are
 * recorded and shown in `subscriptions`.
 */
export class PostError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs = 5_000,
  ) {
    super(message);
  }
}

export interface Clock {
  now(): Date;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => new Date(),
  setTimeout: (callback, ms) => {
    const timer = setTimeout(callback, ms);
    timer.unref?.();
    return timer;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
