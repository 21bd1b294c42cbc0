import { composeDailyBriefing } from '../briefing/daily.ts';
import type { Engine } from '../engine.ts';
import { type Platform, type Subscription, SubscriptionStore } from '../store/subscriptions.ts';
import { type ChannelPoster, type Clock, PostError, systemClock } from './poster.ts';
import { localDay, missedToday, nextFire } from './schedule.ts';

export interface SchedulerOptions {
  engine: Engine;
  posters: Partial<Record<Platform, ChannelPoster>>;
  clock?: Clock;
  log?: (line: string) => void;
  maxAttempts?: number;
}

/** A briefing this much after its time is marked late. */
const LATE_AFTER_MS = 2 * 60_000;
/** Timers wait at most this long, then re-check: clocks jump, machines sleep. */
const MAX_TIMER_MS = 6 * 3_600_000;

export type FireOutcome = 'sent' | 'skipped' | 'failed' | 'already-posted' | 'no-poster' | 'gone';

/**
 * Posts each subscription's briefing at its local time, at most once per
 * briefing day: the post log records the intent before sending, so a crash
 * or a second process at the same minute never posts twice. A briefing missed
 * while Sitrep was down is posted once at start-up, marked late, if it is
 * still the same day in the subscription's zone.
 */
export class BriefingScheduler {
  readonly subscriptions: SubscriptionStore;
  private readonly clock: Clock;
  private readonly log: (line: string) => void;
  private readonly timers = new Map<number, unknown>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private running = false;

  constructor(private readonly options: SchedulerOptions) {
    this.subscriptions = new SubscriptionStore(options.engine.db);
    this.clock = options.clock ?? systemClock;
    this.log = options.log ?? (() => {});
  }

  /** Posts what was missed today, then schedules every subscription. */
  async start(): Promise<void> {
    this.running = true;
    await this.catchUp(this.subscriptions.list());
  }

  /**
   * A platform that connected after the start (it could not be reached then):
   * its subscriptions' briefings missed today are posted, and they are scheduled.
   */
  async platformReady(platform: Platform): Promise<void> {
    if (this.running) await this.catchUp(this.subscriptions.list().filter((sub) => sub.platform === platform));
  }

  private async catchUp(subs: Subscription[]): Promise<void> {
    const now = this.clock.now();
    for (const sub of subs) {
      if (!this.options.posters[sub.platform]) continue;
      const missed = missedToday(sub.time, sub.timezone, now);
      if (missed && !this.subscriptions.post(sub.id, localDay(missed, sub.timezone))) {
        await this.track(this.fire(sub.id, missed, now.getTime() - missed.getTime() > LATE_AFTER_MS));
      }
    }
    for (const sub of subs) this.schedule(sub);
  }

  async stop(): Promise<void> {
    this.running = false;
    for (const timer of this.timers.values()) this.clock.clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
  }

  /** (Re)schedules one subscription, e.g. after `subscribe`; a removed one is unscheduled. */
  schedule(sub: Subscription | number, after?: Date): void {
    const id = typeof sub === 'number' ? sub : sub.id;
    const existing = this.timers.get(id);
    if (existing !== undefined) this.clock.clearTimeout(existing);
    this.timers.delete(id);
    const current = this.subscriptions.get(id);
    if (!this.running || !current || !this.options.posters[current.platform]) return;
    const now = this.clock.now();
    const at = nextFire(current.time, current.timezone, after && after > now ? after : now);
    const wait = at.getTime() - now.getTime();
    const timer = this.clock.setTimeout(() => {
      this.timers.delete(id);
      if (wait > MAX_TIMER_MS) return this.schedule(id);
      void this.track(this.fire(id, at, false)).finally(() => this.schedule(id, at));
    }, Math.min(wait, MAX_TIMER_MS));
    this.timers.set(id, timer);
  }

  nextRun(sub: Subscription): Date {
    return nextFire(sub.time, sub.timezone, this.clock.now());
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight.add(promise);
    return promise.finally(() => this.inFlight.delete(promise));
  }

  /** Composes and posts one briefing, unless this day's was already posted (or attempted). */
  async fire(subscriptionId: number, scheduledAt: Date, late: boolean): Promise<FireOutcome> {
    const sub = this.subscriptions.get(subscriptionId);
    if (!sub) return 'gone';
    const poster = this.options.posters[sub.platform];
    if (!poster) return 'no-poster';
    const day = localDay(scheduledAt, sub.timezone);
    const previous = this.subscriptions.lastSent(sub.id);
    const now = this.clock.now();
    if (!this.subscriptions.claimPost(sub.id, day, late, now)) return 'already-posted';
    const label = `subscription ${sub.id} (${sub.platform} ${sub.channelId}, ${day})`;
    let briefing;
    try {
      briefing = composeDailyBriefing(this.options.engine, sub, { now, previous, late });
    } catch (error) {
      return this.failed(sub, day, `could not compose the briefing: ${(error as Error).message}`, label);
    }
    if (briefing.quiet && sub.quiet === 'skip') {
      this.subscriptions.completePost(sub.id, day, { status: 'skipped' }, now);
      this.log(`${label}: quiet day, skipped`);
      return 'skipped';
    }
    const attempts = this.options.maxAttempts ?? 3;
    for (let attempt = 1; ; attempt++) {
      try {
        const { messageId } = await poster.post({ platform: sub.platform, workspaceId: sub.workspaceId, channelId: sub.channelId }, briefing.reply);
        this.subscriptions.completePost(sub.id, day, { status: 'sent', messageId, stories: briefing.stories }, this.clock.now());
        this.subscriptions.recordError(sub.id, null);
        this.log(`${label}: posted${late ? ' (late)' : ''}`);
        return 'sent';
      } catch (error) {
        const retryable = error instanceof PostError && error.retryable && attempt < attempts;
        const message = (error as Error).message.split('\n')[0];
        if (!retryable) return this.failed(sub, day, message, label);
        const wait = (error as PostError).retryAfterMs;
        this.log(`${label}: ${message}; retry ${attempt + 1}/${attempts} in ${Math.ceil(wait / 1000)} s`);
        await new Promise<void>((resolve) => this.clock.setTimeout(resolve, wait));
      }
    }
  }

  private failed(sub: Subscription, day: string, message: string, label: string): FireOutcome {
    this.subscriptions.completePost(sub.id, day, { status: 'failed', error: message }, this.clock.now());
    this.subscriptions.recordError(sub.id, message, this.clock.now());
    this.log(`${label}: not posted: ${message}`);
    return 'failed';
  }
}
