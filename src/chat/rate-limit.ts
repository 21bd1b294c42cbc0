import { type Translate, en, langOf } from '../i18n/index.ts';
import { type Reply, noticeReply } from './reply.ts';
/**
 * A per-user sliding-window limit (e.g. 5 questions a minute), so one user
 * cannot flood a channel. In memory: a restart forgives everyone.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Records an attempt; returns 0 when allowed, else the milliseconds until the next one is. */
  take(key: string, now = Date.now()): number {
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return this.windowMs - (now - recent[0]);
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.prune(now);
    return 0;
  }

  private prune(now: number): void {
    for (const [key, times] of this.hits) if (times.every((t) => now - t >= this.windowMs)) this.hits.delete(key);
  }
}

export function rateLimitMessage(waitMs: number, t: Translate = en): string {
  return t('common.rateLimited', { seconds: Math.max(1, Math.ceil(waitMs / 1000)) });
}

/** The polite private refusal, in the asker's language. */
export function rateLimitReply(waitMs: number, t: Translate = en): Reply {
  return noticeReply(t('common.oneMoment'), rateLimitMessage(waitMs, t), 'private', langOf(t));
}
