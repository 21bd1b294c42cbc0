import { UsageError } from './options.ts';

const UNITS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000, m: 30 * 86_400_000 };

/** "24h", "7d", "2w", "3m" (months of 30 days) back from now, or a date "2024-10-01". */
export function parseSince(value: string, now: Date): Date {
  const text = value.trim().toLowerCase();
  const relative = /^(\d+)\s*(h|d|w|m)$/.exec(text);
  if (relative) return new Date(now.getTime() - Number(relative[1]) * UNITS[relative[2]]);
  if (/^\d{4}-\d{2}-\d{2}(?:t[\d:.]+z?)?$/.test(text)) {
    const date = new Date(value.trim().length === 10 ? `${value.trim()}T00:00:00Z` : value.trim());
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new UsageError(`"since" must be a span like 24h, 7d, 2w or 3m, or a date like 2024-10-01, got "${value}"`);
}
