import type { Reply } from '../chat/reply.ts';
import type { Platform } from '../store/subscriptions.ts';

export interface ChannelTarget {
  platform: Platform;
  workspaceId: string;
  channelId: string;
}

/** What an adapter offers the scheduler: post one reply into a channel. */
export interface ChannelPoster {
  post(target: ChannelTarget, reply: Reply): Promise<{ messageId: string }>;
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
