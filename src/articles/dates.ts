const INDONESIAN_MONTHS: Record<string, string> = {
  januari: 'January', februari: 'February', maret: 'March', april: 'April', mei: 'May', juni: 'June',
  juli: 'July', agustus: 'August', september: 'September', oktober: 'October', november: 'November',
  desember: 'December', okt: 'Oct', agu: 'Aug', agt: 'Aug', des: 'Dec',
};
const INDONESIAN_DAYS = /\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu),?\s*/gi;
const ZONES: Record<string, string> = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' };

/**
 * A publication date as ISO 8601, or undefined when the value does not name
 * one clearly. Date-only values stay date-only ("2024-10-17"): no time is made up.
 */
export function parseDate(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value === 'number') {
    const ms = value < 1e11 ? value * 1000 : value;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return Number.isNaN(Date.parse(text)) ? undefined : text;
  let normalized = text.replace(INDONESIAN_DAYS, '').replace(/\p{L}+/gu, (w) => INDONESIAN_MONTHS[w.toLowerCase()] ?? w);
  normalized = normalized.replace(/\s*\/\s*(\d{1,2}[.:]\d{2})/, ' $1').replace(/(\d{1,2})\.(\d{2})(?=\s|$)/, '$1:$2');
  normalized = normalized.replace(/\b(WIB|WITA|WIT)\b/, (z) => ZONES[z]);
  const ms = Date.parse(normalized);
  if (Number.isNaN(ms)) return undefined;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1900 && year <= 2200 ? new Date(ms).toISOString() : undefined;
}

/** Milliseconds since the epoch for sorting and windows; date-only values count from midnight UTC. */
export function dateMs(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}
