import { citationOf } from '../chat/citation.ts';
import type { Reply } from '../chat/reply.ts';
import type { Engine } from '../engine.ts';
import { formatLocal, localDay } from '../scheduler/schedule.ts';
import { storyOf } from '../search/ask.ts';
import type { BriefingPost, Subscription } from '../store/subscriptions.ts';

/** Enough for a morning note that fits one Discord or Slack message. */
export const DAILY_STORIES = 8;
const MAX_WINDOW_HOURS = 7 * 24;

export interface DailyBriefing {
  reply: Reply;
  /** Story id → copies, recorded with the post. */
  stories: Record<string, number>;
  quiet: boolean;
}

/** "07:00 today", "yesterday 07:00", "Monday 07:00", "3 November 07:00" — how the window's start reads. */
export function describeSince(since: Date, now: Date, timezone: string): string {
  const start = formatLocal(since, timezone);
  const today = localDay(now, timezone);
  const day = localDay(since, timezone);
  if (day === today) return `${start.time} today`;
  if (day === localDay(new Date(now.getTime() - 86_400_000), timezone)) return `yesterday ${start.time}`;
  if (now.getTime() - since.getTime() < 6 * 86_400_000) return `${start.weekday} ${start.time}`;
  return `${new Intl.DateTimeFormat('en-GB', { timeZone: timezone, day: 'numeric', month: 'long' }).format(since)} ${start.time}`;
}

/** The window a subscription's briefing covers: a fixed number of hours, or since its previous briefing (at most a week). */
export function windowStart(sub: Subscription, previous: BriefingPost | undefined, now: Date): Date {
  if (sub.hours) return new Date(now.getTime() - sub.hours * 3_600_000);
  const earliest = now.getTime() - MAX_WINDOW_HOURS * 3_600_000;
  const last = previous?.sentAt ? Date.parse(previous.sentAt) : now.getTime() - 24 * 3_600_000;
  return new Date(Math.max(earliest, last));
}

/** A subscription's daily briefing: the top new stories of its window, one verbatim cited lead each. */
export function composeDailyBriefing(engine: Engine, sub: Subscription, options: { now: Date; previous?: BriefingPost; late?: boolean }): DailyBriefing {
  const { now, previous } = options;
  const since = windowStart(sub, previous, now);
  const brief = engine.brief({ since, now, topic: sub.topic || undefined, previous: previous?.stories, limit: DAILY_STORIES });
  const local = formatLocal(now, sub.timezone);
  const sinceText = describeSince(since, now, sub.timezone);
  const about = sub.topic ? ` on “${sub.topic}”` : '';
  const title = `Sitrep briefing — ${local.date}${options.late ? ' (late)' : ''}`;
  const stories = Object.fromEntries(brief.stories.map((s) => [storyOf(s.article), 1 + s.alsoIn.length]));
  if (!brief.stories.length) {
    return {
      reply: { kind: 'briefing', title, intro: `No new reports${about} since ${sinceText}.`, items: [], visibility: 'public' },
      stories: {},
      quiet: true,
    };
  }
  const hours = Math.max(1, Math.ceil((now.getTime() - since.getTime()) / 3_600_000));
  const reply: Reply = {
    kind: 'briefing',
    title,
    intro: `${brief.total} new ${brief.total === 1 ? 'story' : 'stories'}${about} since ${sinceText} (${sub.timezone})${brief.total > brief.stories.length ? `; the top ${brief.stories.length}` : ''}.${options.late ? ' Posted late: Sitrep was offline at the scheduled time.' : ''}`,
    items: brief.stories.map((story) => ({
      type: 'quote',
      quote: story.lead.text,
      highlights: [],
      citation: citationOf(story.article, story.alsoIn),
    })),
    footer: 'Each line is quoted verbatim from the first outlet to carry the story; other copies are counted, not repeated.',
    visibility: 'public',
    actions: [{ id: 'more', label: 'Full list', command: 'brief', options: { hours: Math.min(hours, 720), limit: 15 }, private: true }],
  };
  return { reply, stories, quiet: false };
}
