import type { UiLang } from '../i18n/index.ts';
import { Cron } from 'croner';
import { UsageError } from '../chat/options.ts';

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** "7:00", "07.00", "19:30" → "07:00"; anything else is a clear error listing the accepted forms. */
export function parseTime(value: string): string {
  const match = TIME.exec(value.trim());
  if (!match) throw new UsageError('subscribe.badTime', { value });
  return `${match[1].padStart(2, '0')}:${match[2]}`;
}

/** An IANA zone ("Europe/Kyiv", "Asia/Jakarta", "UTC"), spelled as the user meant it ("europe/kyiv" → "Europe/Kyiv"). */
export function parseTimeZone(value: string): string {
  const zone = value.trim().replace(/ /g, '_');
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw new UsageError('subscribe.badZone', { value });
  }
  const listed = timeZones().find((z) => z.toLowerCase() === zone.toLowerCase());
  if (listed) return listed;
  // ICU's list may hold only an older spelling (Europe/Kiev): keep the user's, capitalized.
  return zone.toLowerCase() === 'utc' ? 'UTC' : zone.replace(/(^|[/_-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

export function timeZones(): string[] {
  return Intl.supportedValuesOf('timeZone');
}

function cronFor(time: string, timezone: string): Cron {
  const [hours, minutes] = time.split(':').map(Number);
  // croner places a time that a daylight-saving change skips at the first
  // instant after the gap (02:30 → 03:30), and a repeated time once.
  return new Cron(`${minutes} ${hours} * * *`, { timezone, paused: true });
}

/** The next scheduled instant strictly after `after`. */
export function nextFire(time: string, timezone: string, after: Date): Date {
  const next = cronFor(time, timezone).nextRun(after);
  if (!next) throw new Error(`no next run for ${time} ${timezone}`);
  return next;
}

/** The calendar date of an instant in a zone, "YYYY-MM-DD": the briefing day. */
export function localDay(instant: Date, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * Today's scheduled instant if it has already passed (in the zone's today),
 * else undefined: what a start-up catch-up may still post, marked late.
 */
export function missedToday(time: string, timezone: string, now: Date): Date | undefined {
  const today = localDay(now, timezone);
  // Search from 26 hours back: every zone's "today" began within that span.
  let candidate = nextFire(time, timezone, new Date(now.getTime() - 26 * 3_600_000));
  while (candidate <= now) {
    if (localDay(candidate, timezone) === today) return candidate;
    candidate = nextFire(time, timezone, candidate);
  }
  return undefined;
}

/** "Tuesday 26 November 2024" and "07:00" in the zone, for headers. */
export function formatLocal(instant: Date, timezone: string, lang: UiLang = 'en'): { date: string; time: string; weekday: string; day: string } {
  const fmt = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { timeZone: timezone, ...options }).format(instant);
  return {
    date: fmt({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    time: fmt({ hour: '2-digit', minute: '2-digit', hour12: false }),
    weekday: fmt({ weekday: 'long' }),
    day: fmt({ day: 'numeric', month: 'long' }),
  };
}
