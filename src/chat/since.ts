import { UsageError } from './options.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Span units, English and Indonesian: "90m" is 90 minutes, "3mo" three months (of 30 days), "1y" a year (365 days). */
const UNITS: Record<string, number> = {
  m: MINUTE, min: MINUTE, mins: MINUTE, minute: MINUTE, minutes: MINUTE, menit: MINUTE,
  h: HOUR, hr: HOUR, hrs: HOUR, hour: HOUR, hours: HOUR, jam: HOUR,
  d: DAY, day: DAY, days: DAY, hari: DAY,
  w: 7 * DAY, wk: 7 * DAY, week: 7 * DAY, weeks: 7 * DAY, minggu: 7 * DAY, pekan: 7 * DAY,
  mo: 30 * DAY, mon: 30 * DAY, month: 30 * DAY, months: 30 * DAY, bulan: 30 * DAY,
  y: 365 * DAY, yr: 365 * DAY, year: 365 * DAY, years: 365 * DAY, tahun: 365 * DAY,
};

/** "90m", "24h", "7d", "2w", "3mo", "1y" (or "7 hari", "2 weeks") back from now, or a date "2024-10-01". */
export function parseSince(value: string, now: Date): Date {
  const text = value.trim().toLowerCase();
  const relative = /^(\d+)\s*([a-z]+)$/.exec(text);
  if (relative && UNITS[relative[2]] && Number(relative[1]) > 0) return new Date(now.getTime() - Number(relative[1]) * UNITS[relative[2]]);
  if (/^\d{4}-\d{2}-\d{2}(?:t[\d:.]+z?)?$/.test(text)) {
    const date = new Date(value.trim().length === 10 ? `${value.trim()}T00:00:00Z` : value.trim());
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new UsageError('usage.since', { value });
}
