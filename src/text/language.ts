import { franc } from 'franc-min';

// franc-min restricted to these: unrestricted, short English text is often
// classified as Scots or Malay. ISO 639-3 → ISO 639-1.
const LANGUAGES: Record<string, string> = {
  ind: 'id',
  eng: 'en',
  rus: 'ru',
  ukr: 'uk',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  pol: 'pl',
  tur: 'tr',
  kor: 'ko',
  cmn: 'zh',
  // Without these, Bosnian, Croatian and Serbian news is taken for Italian or Slovak and stemmed as such.
  bos: 'bs',
  hrv: 'hr',
  srp: 'sr',
  ces: 'cs',
  ron: 'ro',
  hun: 'hu',
  bel: 'be',
  bul: 'bg',
};

export const SUPPORTED_LANGUAGES = ['id', 'en'] as const;
export const KNOWN_LANGUAGES = Object.values(LANGUAGES);
export const UNKNOWN_LANGUAGE = 'und';

export function detectLanguage(text: string): string {
  const code = franc(text.slice(0, 4000), { only: Object.keys(LANGUAGES), minLength: 20 });
  return LANGUAGES[code] ?? UNKNOWN_LANGUAGE;
}

/** Accepts "id", "en", "ind", "eng", "indonesian", "english"… → ISO 639-1, or null. */
export function normalizeLanguage(value: string): string | null {
  const lower = value.trim().toLowerCase().split(/[-_]/)[0];
  if (KNOWN_LANGUAGES.includes(lower)) return lower;
  if (LANGUAGES[lower]) return LANGUAGES[lower];
  const names: Record<string, string> = { indonesian: 'id', indonesia: 'id', bahasa: 'id', english: 'en', inggris: 'en', russian: 'ru', ukrainian: 'uk' };
  return names[lower] ?? null;
}
