import { citationOf } from '../chat/citation.ts';
import { type UiLang, translator } from '../i18n/index.ts';
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
export function describeSince(since: Date, now: Date, timezone: string, lang: UiLang = 'en'): string {
  const t = translator(lang);
  const start = formatLocal(since, timezone, lang);
  const today = localDay(now, timezone);
  const day = localDay(since, timezone);
  if (day === today) return t('daily.sinceToday', { time: start.time });
  if (day === localDay(new Date(now.getTime() - 86_400_000), timezone)) return t('daily.sinceYesterday', { time: start.time });
  if (now.getTime() - since.getTime() < 6 * 86_400_000) return t('daily.sinceDay', { day: start.weekday, time: start.time });
  return t('daily.sinceDay', { day: start.day, time: start.time });
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
  const lang = sub.lang ?? 'en';
  const t = translator(lang);
  const local = formatLocal(now, sub.timezone, lang);
  const sinceText = describeSince(since, now, sub.timezone, lang);
  const title = t(options.late ? 'daily.titleLate' : 'daily.title', { date: local.date });
  const stories = Object.fromEntries(brief.stories.map((s) => [storyOf(s.article), 1 + s.alsoIn.length]));
  if (!brief.stories.length) {
    return {
      reply: { kind: 'briefing', title, intro: t(sub.topic ? 'daily.noneTopic' : 'daily.none', { topic: sub.topic, since: sinceText }), items: [], visibility: 'public', lang },
      stories: {},
      quiet: true,
    };
  }
  const hours = Math.max(1, Math.ceil((now.getTime() - since.getTime()) / 3_600_000));
  const undated = brief.stories.filter((s) => s.dateUnknown).length;
  const intro = [
    `${t(sub.topic ? 'daily.introTopic' : 'daily.intro', { count: brief.total, topic: sub.topic, since: sinceText, timezone: sub.timezone })}${brief.total > brief.stories.length ? t('brief.top', { count: brief.stories.length }) : ''}.`,
    undated ? t('brief.undated', { count: undated }) : '',
    options.late ? t('daily.postedLate') : '',
  ];
  const reply: Reply = {
    kind: 'briefing',
    title,
    intro: intro.filter(Boolean).join(' '),
    items: brief.stories.map((story) => ({
      type: 'quote',
      quote: story.lead.text,
      highlights: [],
      citation: citationOf(story.article, story.alsoIn),
    })),
    footer: t('daily.footer'),
    visibility: 'public',
    lang,
    actions: [{ id: 'more', label: t('daily.fullList'), command: 'brief', options: { hours: Math.min(hours, 720), limit: 15 }, private: true }],
  };
  return { reply, stories, quiet: false };
}
