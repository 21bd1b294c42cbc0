import { randomBytes } from 'node:crypto';
import { UI_LANGS, type UiLang } from '../i18n/index.ts';
import type { Db } from './db.ts';

export type Platform = 'discord' | 'slack' | 'terminal';

export interface Subscription {
  id: number;
  platform: Platform;
  workspaceId: string;
  channelId: string;
  /** Local "HH:MM" in `timezone`. */
  time: string;
  timezone: string;
  /** Empty: the war as a whole. */
  topic: string;
  /** The window in hours; undefined: since the previous briefing (at most a week). */
  hours?: number;
  /** On a day without news: say so in one line, or post nothing. */
  quiet: 'say' | 'skip';
  /** The language its briefings are written in; English when unset. */
  lang?: UiLang;
  createdBy: string;
  createdAt: string;
  lastError?: string;
  lastErrorAt?: string;
}

export type PostStatus = 'sending' | 'sent' | 'failed' | 'skipped';

export interface BriefingPost {
  subscriptionId: number;
  /** The briefing's date in the subscription's zone, "YYYY-MM-DD". */
  briefingDay: string;
  status: PostStatus;
  late: boolean;
  intentAt: string;
  /** The process holding a "sending" claim, and when it last showed it was at work. */
  owner?: string;
  attemptAt?: string;
  /** What the platform keeps with the message to find it again: unique to this post, the same on every try. */
  deliveryKey: string;
  sentAt?: string;
  messageId?: string;
  error?: string;
  /** Story (cluster) id → copies it had when posted: what "new since the last briefing" is measured against. */
  stories: Record<string, number>;
}

interface SubscriptionRow {
  id: number;
  platform: Platform;
  workspace_id: string;
  channel_id: string;
  time: string;
  timezone: string;
  topic: string;
  hours: number | null;
  quiet: 'say' | 'skip';
  ui_lang: string | null;
  created_by: string;
  created_at: string;
  last_error: string | null;
  last_error_at: string | null;
}

interface PostRow {
  subscription_id: number;
  briefing_day: string;
  status: PostStatus;
  late: number;
  intent_at: string;
  owner: string | null;
  attempt_at: string | null;
  delivery_key: string | null;
  sent_at: string | null;
  message_id: string | null;
  error: string | null;
  stories: string;
}

function toSubscription(row: SubscriptionRow): Subscription {
  const sub: Subscription = {
    id: row.id,
    platform: row.platform,
    workspaceId: row.workspace_id,
    channelId: row.channel_id,
    time: row.time,
    timezone: row.timezone,
    topic: row.topic,
    quiet: row.quiet,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
  if (row.hours !== null) sub.hours = row.hours;
  if (row.ui_lang && (UI_LANGS as readonly string[]).includes(row.ui_lang)) sub.lang = row.ui_lang as UiLang;
  if (row.last_error) sub.lastError = row.last_error;
  if (row.last_error_at) sub.lastErrorAt = row.last_error_at;
  return sub;
}

function toPost(row: PostRow): BriefingPost {
  const post: BriefingPost = {
    subscriptionId: row.subscription_id,
    briefingDay: row.briefing_day,
    status: row.status,
    late: row.late === 1,
    intentAt: row.intent_at,
    deliveryKey: row.delivery_key ?? `${row.subscription_id}:${row.briefing_day}`,
    stories: JSON.parse(row.stories) as Record<string, number>,
  };
  if (row.owner) post.owner = row.owner;
  if (row.attempt_at) post.attemptAt = row.attempt_at;
  if (row.sent_at) post.sentAt = row.sent_at;
  if (row.message_id) post.messageId = row.message_id;
  if (row.error) post.error = row.error;
  return post;
}

export type NewSubscription = Omit<Subscription, 'id' | 'createdAt' | 'lastError' | 'lastErrorAt'>;

/** Subscriptions and their post log, in SQLite. */
export class SubscriptionStore {
  constructor(private readonly db: Db) {}

  add(sub: NewSubscription, now = new Date()): Subscription {
    const info = this.db
      .prepare(
        `INSERT INTO subscriptions (platform, workspace_id, channel_id, time, timezone, topic, hours, quiet, ui_lang, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (platform, workspace_id, channel_id, topic) DO UPDATE SET time = excluded.time, timezone = excluded.timezone,
           hours = excluded.hours, quiet = excluded.quiet, ui_lang = excluded.ui_lang, last_error = NULL, last_error_at = NULL
         RETURNING id`,
      )
      .get(sub.platform, sub.workspaceId, sub.channelId, sub.time, sub.timezone, sub.topic, sub.hours ?? null, sub.quiet, sub.lang ?? null, sub.createdBy, now.toISOString()) as { id: number };
    return this.get(info.id)!;
  }

  get(id: number): Subscription | undefined {
    const row = this.db.prepare<[number], SubscriptionRow>('SELECT * FROM subscriptions WHERE id = ?').get(id);
    return row ? toSubscription(row) : undefined;
  }

  list(filter: { platform?: Platform; workspaceId?: string; channelId?: string } = {}): Subscription[] {
    const where: string[] = [];
    const params: string[] = [];
    if (filter.platform) where.push('platform = ?') && params.push(filter.platform);
    if (filter.workspaceId !== undefined) where.push('workspace_id = ?') && params.push(filter.workspaceId);
    if (filter.channelId) where.push('channel_id = ?') && params.push(filter.channelId);
    return this.db
      .prepare<string[], SubscriptionRow>(`SELECT * FROM subscriptions ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`)
      .all(...params)
      .map(toSubscription);
  }

  remove(id: number): boolean {
    return this.db.prepare('DELETE FROM subscriptions WHERE id = ?').run(id).changes > 0;
  }

  recordError(id: number, error: string | null, now = new Date()): void {
    this.db.prepare('UPDATE subscriptions SET last_error = ?, last_error_at = ? WHERE id = ?').run(error, error ? now.toISOString() : null, id);
  }

  /**
   * Records the intent to post one briefing. Returns false when this
   * (subscription, day) already has a post — sent, failed, or interrupted by a
   * crash — so a briefing is never posted twice.
   */
  claimPost(subscriptionId: number, briefingDay: string, late: boolean, now = new Date(), owner?: string): boolean {
    const info = this.db
      .prepare("INSERT OR IGNORE INTO briefing_posts (subscription_id, briefing_day, status, late, intent_at, owner, attempt_at, delivery_key) VALUES (?, ?, 'sending', ?, ?, ?, ?, ?)")
      .run(subscriptionId, briefingDay, late ? 1 : 0, now.toISOString(), owner ?? null, now.toISOString(), `${subscriptionId}:${randomBytes(4).toString('hex')}`);
    return info.changes === 1;
  }

  /** Posts left "sending": in flight somewhere, or interrupted by a crash. */
  interruptedPosts(): BriefingPost[] {
    return this.db.prepare<[], PostRow>("SELECT * FROM briefing_posts WHERE status = 'sending' ORDER BY intent_at").all().map(toPost);
  }

  /** Takes over a claim from the process that held it; false when another process took it first. */
  takeOverPost(subscriptionId: number, briefingDay: string, from: string | undefined, to: string, now = new Date()): boolean {
    const info = this.db
      .prepare("UPDATE briefing_posts SET owner = ?, attempt_at = ? WHERE subscription_id = ? AND briefing_day = ? AND status = 'sending' AND owner IS ?")
      .run(to, now.toISOString(), subscriptionId, briefingDay, from ?? null);
    return info.changes === 1;
  }

  /** Shows the claim is still being worked on (before each attempt), so its lease does not run out. */
  touchPost(subscriptionId: number, briefingDay: string, now = new Date()): void {
    this.db.prepare("UPDATE briefing_posts SET attempt_at = ? WHERE subscription_id = ? AND briefing_day = ? AND status = 'sending'").run(now.toISOString(), subscriptionId, briefingDay);
  }

  completePost(subscriptionId: number, briefingDay: string, outcome: { status: PostStatus; messageId?: string; error?: string; stories?: Record<string, number> }, now = new Date()): void {
    this.db
      .prepare('UPDATE briefing_posts SET status = ?, sent_at = ?, message_id = ?, error = ?, stories = ? WHERE subscription_id = ? AND briefing_day = ?')
      .run(outcome.status, outcome.status === 'sent' ? now.toISOString() : null, outcome.messageId ?? null, outcome.error ?? null, JSON.stringify(outcome.stories ?? {}), subscriptionId, briefingDay);
  }

  post(subscriptionId: number, briefingDay: string): BriefingPost | undefined {
    const row = this.db.prepare<[number, string], PostRow>('SELECT * FROM briefing_posts WHERE subscription_id = ? AND briefing_day = ?').get(subscriptionId, briefingDay);
    return row ? toPost(row) : undefined;
  }

  /** The last briefing that reached the channel. */
  lastSent(subscriptionId: number): BriefingPost | undefined {
    const row = this.db
      .prepare<[number], PostRow>("SELECT * FROM briefing_posts WHERE subscription_id = ? AND status = 'sent' ORDER BY briefing_day DESC LIMIT 1")
      .get(subscriptionId);
    return row ? toPost(row) : undefined;
  }

  lastPost(subscriptionId: number): BriefingPost | undefined {
    const row = this.db.prepare<[number], PostRow>('SELECT * FROM briefing_posts WHERE subscription_id = ? ORDER BY briefing_day DESC LIMIT 1').get(subscriptionId);
    return row ? toPost(row) : undefined;
  }

  posts(subscriptionId: number): BriefingPost[] {
    return this.db.prepare<[number], PostRow>('SELECT * FROM briefing_posts WHERE subscription_id = ? ORDER BY briefing_day').all(subscriptionId).map(toPost);
  }
}
