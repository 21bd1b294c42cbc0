/** Month names and abbreviations of the languages news arrives in, to English for Date.parse (Russian and Ukrainian in their "25 ноября" form too). */
const MONTHS: Record<string, string> = {
  // Indonesian
  januari: 'January', februari: 'February', maret: 'March', mei: 'May', juni: 'June', juli: 'July', agustus: 'August',
  oktober: 'October', desember: 'December', okt: 'Oct', agu: 'Aug', agt: 'Aug', des: 'Dec', peb: 'Feb', mar: 'Mar',
  // Portuguese
  janeiro: 'January', fevereiro: 'February', 'março': 'March', marco: 'March', abril: 'April', maio: 'May', junho: 'June', julho: 'July',
  setembro: 'September', outubro: 'October', novembro: 'November', dezembro: 'December',
  fev: 'Feb', abr: 'Apr', mai: 'May', ago: 'Aug', set: 'Sep', out: 'Oct', dez: 'Dec',
  // Russian (nominative and genitive)
  'январь': 'January', 'января': 'January', 'февраль': 'February', 'февраля': 'February', 'март': 'March', 'марта': 'March',
  'апрель': 'April', 'апреля': 'April', 'май': 'May', 'мая': 'May', 'июнь': 'June', 'июня': 'June', 'июль': 'July', 'июля': 'July',
  'август': 'August', 'августа': 'August', 'сентябрь': 'September', 'сентября': 'September', 'октябрь': 'October', 'октября': 'October',
  'ноябрь': 'November', 'ноября': 'November', 'декабрь': 'December', 'декабря': 'December',
  // Ukrainian (nominative and genitive)
  'січень': 'January', 'січня': 'January', 'лютий': 'February', 'лютого': 'February', 'березень': 'March', 'березня': 'March',
  'квітень': 'April', 'квітня': 'April', 'травень': 'May', 'травня': 'May', 'червень': 'June', 'червня': 'June',
  'липень': 'July', 'липня': 'July', 'серпень': 'August', 'серпня': 'August', 'вересень': 'September', 'вересня': 'September',
  'жовтень': 'October', 'жовтня': 'October', 'листопад': 'November', 'листопада': 'November', 'грудень': 'December', 'грудня': 'December',
};
/** Weekdays (and "г." / "р." after a Russian or Ukrainian year) say nothing Date.parse needs. */
const NOISE = new RegExp(
  [
    "senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu", // Indonesian
    'segunda(?:-feira)?|terça(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|sábado|domingo|seg|ter|qua|qui|sex|sáb|sab|dom', // Portuguese
    'понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс', // Russian
    'понеділок|вівторок|середа|четвер|пʼятниця|п’ятниця|субота|неділя|нд', // Ukrainian
  ].join('|').replace(/^/, '(?<![\\p{L}])(?:').concat(')(?![\\p{L}]),?\\s*'),
  'giu',
);
const YEAR_MARK = /(\d{4})\s*(?:г\.|р\.|року|года)/gu;
/** Zone abbreviations of the region's news, which Date.parse does not know. */
const ZONES: Record<string, string> = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00', MSK: '+03:00', EET: '+02:00', EEST: '+03:00', CET: '+01:00', CEST: '+02:00', BRT: '-03:00' };

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
  let normalized = text.replace(NOISE, '').replace(YEAR_MARK, '$1').replace(/\p{L}+/gu, (w) => MONTHS[w.toLowerCase()] ?? w);
  // Portuguese "24 de setembro de 2018".
  normalized = normalized.replace(/(\d{1,2})\s+de\s+(\p{L}+)\s+de\s+(\d{4})/u, '$1 $2 $3');
  // "25 November 2024, 14:30": Date.parse wants no comma between the date and the time.
  normalized = normalized.replace(/(\d{4}),\s*(\d{1,2}[:.]\d{2})/, '$1 $2');
  normalized = normalized.replace(/\s*\/\s*(\d{1,2}[.:]\d{2})/, ' $1').replace(/(\d{1,2})\.(\d{2})(?=\s|$)/, '$1:$2');
  normalized = normalized.replace(/\b(WIB|WITA|WIT|MSK|EEST|EET|CEST|CET|BRT)\b/, (z) => ZONES[z]);
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
