import { composeDailyBriefing } from '../briefing/daily.ts';
import type { Engine } from '../engine.ts';
import { type BriefingPost, type Platform, type Subscription, SubscriptionStore } from '../store/subscriptions.ts';
import { claimAbandoned, ownerText, type ProcessIdentity, thisProcess } from '../store/owner.ts';
import { type ChannelPoster, type ChannelTarget, type Clock, PostError, systemClock } from './poster.ts';
import { localDay, missedToday, nextFire } from './schedule.ts';

export interface SchedulerOptions {
  engine: Engine;
  posters: Partial<Record<Platform, ChannelPoster>>;
  clock?: Clock;
  log?: (line: string) => void;
  maxAttempts?: number;
  /** Who this scheduler's claims name; tests stand in for other processes with their own. */
  identity?: ProcessIdentity;
}

/** A briefing this much after its time is marked late. */
const LATE_AFTER_MS = 2 * 60_000;
/** Timers wait at most this long, then re-check: clocks jump, machines sleep. */
const MAX_TIMER_MS = 6 * 3_600_000;
/** An interrupted briefing older than this is not posted any more: its news has moved on. */
const RECOVER_WITHIN_MS = 24 * 3_600_000;
/** When the platform cannot say whether an interrupted briefing was posted: ask again this often, this many times. */
const LOOKUP_RETRY_MS = 60_000;
const LOOKUP_ATTEMPTS = 10;

function targetOf(sub: Subscription): ChannelTarget {
  return { platform: sub.platform, workspaceId: sub.workspaceId, channelId: sub.channelId };
}

export type FireOutcome = 'sent' | 'skipped' | 'failed' | 'already-posted' | 'no-poster' | 'gone';

/**
 * Posts each subscription's briefing at its local time, exactly once per
 * briefing day: the post log records the intent, with the process that holds
 * it, before sending, so a second process at the same minute never posts
 * twice. An intent left "sending" by a process that died is resolved at
 * start: the platform is asked whether the message (posted under the
 * briefing's delivery key) is there, and it is posted, marked late, when it
 * is not. A briefing missed while Sitrep was down is posted once at start-up,
 * marked late, if it is still the same day in the subscription's zone.
 */
export class BriefingScheduler {
  readonly subscriptions: SubscriptionStore;
  private readonly clock: Clock;
  private readonly log: (line: string) => void;
  private readonly timers = new Map<number, unknown>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private running = false;
  private readonly identity: ProcessIdentity;
  private readonly owner: string;

  constructor(private readonly options: SchedulerOptions) {
    this.subscriptions = new SubscriptionStore(options.engine.db);
    this.clock = options.clock ?? systemClock;
    this.log = options.log ?? (() => {});
    this.identity = options.identity ?? thisProcess;
    this.owner = ownerText(this.identity);
  }

  /** Resolves briefings a crash left "sending", posts what was missed today, then schedules every subscription. */
  async start(): Promise<void> {
    this.running = true;
    this.resolveInterrupted();
    await this.catchUp(this.subscriptions.list());
  }

  /**
   * A platform that connected after the start (it could not be reached then):
   * its subscriptions' briefings missed today are posted, and they are scheduled.
   */
  async platformReady(platform: Platform): Promise<void> {
    if (!this.running) return;
    this.resolveInterrupted(platform);
    await this.catchUp(this.subscriptions.list().filter((sub) => sub.platform === platform));
  }

  /**
   * Takes over the "sending" claims of processes that are gone, and resolves
   * them one after another in the background: a platform slow to answer does
   * not hold up the start.
   */
  private resolveInterrupted(platform?: Platform): void {
    const now = this.clock.now();
    const taken: [Subscription, BriefingPost][] = [];
    for (const post of this.subscriptions.interruptedPosts()) {
      const sub = this.subscriptions.get(post.subscriptionId);
      if (!sub || (platform && sub.platform !== platform) || !this.options.posters[sub.platform]) continue;
      if (!claimAbandoned(post.owner, new Date(post.attemptAt ?? post.intentAt), now, this.identity)) continue;
      if (this.subscriptions.takeOverPost(sub.id, post.briefingDay, post.owner, this.owner, now)) taken.push([sub, post]);
    }
    if (!taken.length) return;
    void this.track(
      (async () => {
        for (const [sub, post] of taken) await this.recover(sub, post, 1);
      })().catch((error: Error) => this.log(`interrupted briefings: ${error.message}`)),
    );
  }

  /** One interrupted briefing: found on its platform, or posted now, marked late. */
  private async recover(sub: Subscription, post: BriefingPost, lookup: number): Promise<FireOutcome> {
    const poster = this.options.posters[sub.platform]!;
    const day = post.briefingDay;
    const label = `subscription ${sub.id} (${sub.platform} ${sub.channelId}, ${day})`;
    const intentAt = new Date(post.intentAt);
    if (poster.findPosted) {
      let found: { messageId: string } | undefined;
      try {
        // A minute's margin for clocks that disagree with the platform's.
        found = await poster.findPosted(targetOf(sub), post.deliveryKey, new Date(intentAt.getTime() - 60_000));
      } catch (error) {
        const message = (error as Error).message.split('\n')[0];
        if (error instanceof PostError && !error.retryable) {
          // Asking again will not help (a missing scope): a briefing posted twice is better than one lost.
          this.log(`${label}: interrupted by a stop; ${sub.platform} cannot say whether it was posted (${message}): posting it again, a second copy is possible`);
          return this.deliver(sub, day, true, this.clock.now());
        }
        if (lookup >= LOOKUP_ATTEMPTS || !this.running) {
          return this.failed(sub, day, `interrupted by a stop, and ${sub.platform} could not say whether it was posted: ${message}`, label);
        }
        this.log(`${label}: interrupted by a stop; could not check whether it was posted (${message}); asking again in ${LOOKUP_RETRY_MS / 1000} s`);
        this.subscriptions.touchPost(sub.id, day, this.clock.now());
        await new Promise<void>((resolve) => this.clock.setTimeout(resolve, LOOKUP_RETRY_MS));
        return this.recover(sub, post, lookup + 1);
      }
      if (found) {
        this.subscriptions.completePost(sub.id, day, { status: 'sent', messageId: found.messageId }, intentAt);
        this.log(`${label}: interrupted by a stop, but it had been posted (message ${found.messageId})`);
        return 'already-posted';
      }
    }
    const now = this.clock.now();
    if (now.getTime() - intentAt.getTime() > RECOVER_WITHIN_MS) {
      return this.failed(sub, day, `interrupted by a stop on ${post.intentAt} and not posted: more than a day late now`, label);
    }
    this.log(`${label}: interrupted by a stop before it was posted; posting it now, marked late`);
    return this.deliver(sub, day, true, now);
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
    const now = this.clock.now();
    if (!this.subscriptions.claimPost(sub.id, day, late, now, this.owner)) return 'already-posted';
    return this.deliver(sub, day, late, now);
  }

  /** Composes and posts a claimed briefing, retrying what the platform may take next time. */
  private async deliver(sub: Subscription, day: string, late: boolean, now: Date): Promise<FireOutcome> {
    const poster = this.options.posters[sub.platform]!;
    const previous = this.subscriptions.lastSent(sub.id);
    const key = this.subscriptions.post(sub.id, day)!.deliveryKey;
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
        if (attempt > 1) this.subscriptions.touchPost(sub.id, day, this.clock.now());
        const { messageId } = await poster.post(targetOf(sub), briefing.reply, { key });
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
