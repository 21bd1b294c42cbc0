import i18next from 'i18next';
import enCatalog from './en.json' with { type: 'json' };
import idCatalog from './id.json' with { type: 'json' };

/** The languages Sitrep writes its own text in (quotes stay in their article's language). */
export const UI_LANGS = ['en', 'id'] as const;
export type UiLang = (typeof UI_LANGS)[number];
export const DEFAULT_UI_LANG: UiLang = 'en';

type Catalog = { [key: string]: string | Catalog };
export const CATALOGS: Record<UiLang, Catalog> = {
  en: enCatalog as Catalog,
  id: idCatalog as Catalog,
};

const i18n = i18next.createInstance();
void i18n.init({
  resources: Object.fromEntries(UI_LANGS.map((lang) => [lang, { translation: CATALOGS[lang] }])),
  lng: DEFAULT_UI_LANG,
  fallbackLng: DEFAULT_UI_LANG,
  // Synchronous: the catalogs are bundled, and a command must be able to translate at once.
  initAsync: false,
  // Renderers escape for their platform; catalogs hold plain text.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type Translate = (key: string, values?: Record<string, unknown>) => string;

const translators = new Map<UiLang, Translate>();
const langs = new WeakMap<Translate, UiLang>();

/** The catalog lookup for one language: `t('ask.nothingTitle')`, `t('brief.intro', { count, since })`. */
export function translator(lang: UiLang = DEFAULT_UI_LANG): Translate {
  let t = translators.get(lang);
  if (!t) {
    const fixed = i18n.getFixedT(lang);
    // A message without values is the same every time: i18next's lookup (a tenth of a reply's rendering) is made once.
    const plain = new Map<string, string>();
    const templates = new Map<string, string | null>();
    t = (key, values) => {
      if (values !== undefined) {
        let template = templates.get(key);
        if (template === undefined) templates.set(key, (template = simpleTemplate(lang, key)));
        return (template !== null && interpolated(template, values)) || (fixed(key, values as never) as unknown as string);
      }
      let text = plain.get(key);
      if (text === undefined) plain.set(key, (text = fixed(key) as unknown as string));
      return text;
    };
    translators.set(lang, t);
    langs.set(t, lang);
  }
  return t;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * A message whose values are only put in its `{{name}}` places (no plural, nesting or format), as the
 * language's own catalog holds it; null when i18next must make it. A reply fills a dozen of them, and
 * i18next's interpolation was a tenth of rendering one.
 */
function simpleTemplate(lang: UiLang, key: string): string | null {
  const text = i18n.getResource(lang, 'translation', key) as unknown;
  if (typeof text !== 'string' || text.includes('$t(') || /\{\{[^}]*,/.test(text)) return null;
  // A plural or a context picks another key: i18next decides those.
  if (['_one', '_other', '_zero', '_few', '_many', '_two', '_male', '_female'].some((suffix) => i18n.exists(`${key}${suffix}`, { lng: lang, fallbackLng: false } as never))) return null;
  return text;
}

/** The template with its values in place, or undefined when a value is missing or not plain (i18next decides then). */
function interpolated(template: string, values: Record<string, unknown>): string | undefined {
  if ('count' in values || 'context' in values) return undefined;
  let plain = true;
  const text = template.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    plain = false;
    return '';
  });
  return plain ? text : undefined;
}

/** The language a translator writes. */
export function langOf(t: Translate): UiLang {
  return langs.get(t) ?? DEFAULT_UI_LANG;
}

/** Whether a key exists in a language's own catalog (not through the fallback). */
export function hasKey(lang: UiLang, key: string): boolean {
  return i18n.exists(key, { lng: lang, fallbackLng: false } as never);
}

/**
 * The UI language a platform locale means: Discord's "id", Slack's "id-ID",
 * a shell's "id_ID.UTF-8" → "id"; English for "en-US" and the rest; undefined when unset.
 */
export function uiLangOf(locale: string | undefined | null): UiLang | undefined {
  if (!locale) return undefined;
  const base = locale.trim().toLowerCase().split(/[-_.@]/)[0];
  if (!base || base === 'c' || base === 'posix') return undefined;
  return base === 'id' || base === 'in' ? 'id' : 'en';
}

/** The terminal's and CLI's language: `--ui-lang`, else SITREP_UI_LANG, LC_ALL, LC_MESSAGES, LANG. */
export function uiLangOfEnv(env: NodeJS.ProcessEnv = process.env): UiLang {
  for (const name of ['SITREP_UI_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const lang = uiLangOf(env[name]);
    if (lang) return lang;
  }
  return DEFAULT_UI_LANG;
}

// Function words that, together, say a question is written in one language or the other.
const INDONESIAN_MARKERS = new Set([
  'apa', 'apakah', 'siapa', 'berapa', 'kapan', 'dimana', 'mana', 'mengapa', 'kenapa', 'bagaimana', 'gimana',
  'yang', 'dan', 'dari', 'ke', 'di', 'untuk', 'dengan', 'tidak', 'sudah', 'akan', 'ini', 'itu', 'adalah',
  'oleh', 'pada', 'dalam', 'saja', 'aja', 'sama', 'juga', 'atau', 'ada', 'bisa', 'karena', 'setelah', 'sebelum', 'soal', 'tentang',
]);
const ENGLISH_MARKERS = new Set([
  'what', 'who', 'whom', 'how', 'when', 'where', 'why', 'which', 'the', 'is', 'are', 'was', 'were', 'did', 'does', 'do',
  'of', 'to', 'in', 'and', 'for', 'with', 'has', 'have', 'many', 'much', 'about', 'after', 'before', 'from', 'on', 'by',
]);

/** "id" for text plainly in Indonesian ("berapa jangkauan rudal KN-23"), "en" for plain English, else undefined. */
export function plainLanguageOf(text: string): UiLang | undefined {
  let id = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (INDONESIAN_MARKERS.has(word)) id++;
    if (ENGLISH_MARKERS.has(word)) en++;
  }
  if (id >= 1 && id > en * 2) return 'id';
  if (en >= 1 && en > id * 2) return 'en';
  return undefined;
}

/** The language of a reply: a question plainly in one language gets its frame in it; else the locale's; else English. */
export function replyLang(options: { question?: string; locale?: string | null; fallback?: UiLang }): UiLang {
  return (options.question ? plainLanguageOf(options.question) : undefined) ?? uiLangOf(options.locale) ?? options.fallback ?? DEFAULT_UI_LANG;
}

const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();
function dayFormat(lang: UiLang, weekday: boolean): Intl.DateTimeFormat {
  const key = `${lang}${weekday}`;
  let format = DAY_FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { weekday: weekday ? 'long' : undefined, day: 'numeric', month: weekday ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' });
    DAY_FORMATS.set(key, format);
  }
  return format;
}

/** "17 Oct 2024" / "17 Okt 2024"; with `weekday`, "Senin, 25 November 2024". */
export function formatDay(date: Date, lang: UiLang, weekday = false): string {
  return dayFormat(lang, weekday).format(date);
}

/** "08:15 UTC" */
export function formatTime(date: Date): string {
  return `${date.toISOString().slice(11, 16)} UTC`;
}

/** "2024-10-17 08:15 UTC": exact, for windows and logs. */
export function formatMoment(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A language's name in the UI language: "Indonesian" / "Indonesia"; the code itself when unknown. */
export function languageNameIn(code: string, lang: UiLang): string {
  if (code === 'und') return translator(lang)('common.languageUnknown');
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Discord's localization map for a catalog key: every UI language but English (its default). */
export function discordLocalizations(key: string, transform: (text: string) => string = (text) => text): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lang of UI_LANGS) if (lang !== DEFAULT_UI_LANG && hasKey(lang, key)) out[lang] = transform(translator(lang)(key));
  return out;
}

/** English, the catalogs' source language: command declarations and log lines read it. */
export const en = translator('en');
