import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { cacheFile, readCacheJson, writeCacheFile } from './cache-file.ts';
import { mayHaveIndonesianRoot } from './indonesian-roots.ts';

const require = createRequire(import.meta.url);

interface Stemmer { stem(word: string): string }

// Imported file by file: natural's package root pulls in database clients.
const STEMMER_FILES: Record<string, string> = {
  en: 'porter_stemmer.js',
  id: 'indonesian/stemmer_id.js',
  ru: 'porter_stemmer_ru.js',
  uk: 'porter_stemmer_uk.js',
  de: 'porter_stemmer_de.js',
  fr: 'porter_stemmer_fr.js',
  es: 'porter_stemmer_es.js',
  it: 'porter_stemmer_it.js',
  nl: 'porter_stemmer_nl.js',
  pt: 'porter_stemmer_pt.js',
};

/** Words the Indonesian stemmer's dictionary cuts to another root than the one news means. */
const OVERRIDES: Record<string, Record<string, string>> = {
  id: {
    pemadaman: 'padam', pemadamannya: 'padam', pasukan: 'pasukan', pasukannya: 'pasukan',
    berita: 'berita', pemberitaan: 'berita', diberitakan: 'berita', memberitakan: 'berita',
    // "Meninggal" (died) is not "tinggal" (to live, to stay).
    meninggal: 'meninggal', meninggalnya: 'meninggal',
    // What is switched off ("dimatikan") did not die ("mati").
    dimatikan: 'matikan', matikan: 'matikan',
    // An ordinal is not its number: the fourth round ("keempat") is not four rounds ("empat").
    kesatu: 'kesatu', kedua: 'kedua', keduanya: 'kedua', ketiga: 'ketiga', ketiganya: 'ketiga', keempat: 'keempat', kelima: 'kelima',
    keenam: 'keenam', ketujuh: 'ketujuh', kedelapan: 'kedelapan', kesembilan: 'kesembilan', kesepuluh: 'kesepuluh',
    // Nor is the last ("terakhir") what ended ("berakhir").
    terakhir: 'terakhir', terakhirnya: 'terakhir',
    // What is reported ("mengabarkan", "dikabarkan") is news, "kabar": not "abar".
    mengabarkan: 'kabar', dikabarkan: 'kabar', mengabari: 'kabar', dikabari: 'kabar',
  },
  // Porter takes the last "s" of a word ending in one ("bus" → "bu") but not of its plural ("buses" → "buse"): both are the word.
  en: Object.fromEntries(
    ['bus', 'gas', 'virus', 'focus', 'bonus', 'status', 'campus', 'census', 'consensus', 'surplus', 'corpus', 'atlas', 'canvas', 'bias'].flatMap((word) => [[word, word], [`${word}es`, word]]),
  ),
};

const MAX_STEMMED_LENGTH = 64;

const stemmers = new Map<string, Stemmer | null>();
// The Indonesian stemmer walks a root dictionary (~10 µs a word): memoize per language.
const memo = new Map<string, Map<string, string>>();
const MEMO_LIMIT = 200_000;

function stemmerFor(lang: string): Stemmer | null {
  if (!stemmers.has(lang)) {
    const file = STEMMER_FILES[lang];
    stemmers.set(lang, file ? (require(`natural/lib/natural/stemmers/${file}`) as Stemmer) : null);
  }
  return stemmers.get(lang) ?? null;
}

/** Whether Sitrep decides a word's stem itself, not the stemmer (see OVERRIDES). */
export function hasStemOverride(word: string, lang: string): boolean {
  return Object.hasOwn(OVERRIDES[lang] ?? {}, word);
}

export function hasStemmer(lang: string): boolean {
  return Object.hasOwn(STEMMER_FILES, lang);
}

// The glossary's and lexicons' tens of thousands of words are stemmed at every start (≈0.5 s, the
// Indonesian stemmer walking its dictionary): the stems are kept in a cache file between runs, under
// node_modules/.cache, named by what decides them (natural's version and the overrides).
// A stem found there needs no stemmer: natural's are loaded at the first word the cache lacks.
const NATURAL_VERSION = (require('natural/package.json') as { version: string }).version;
export const STEM_KEY = createHash('sha1').update(JSON.stringify([NATURAL_VERSION, OVERRIDES, STEMMER_FILES, MAX_STEMMED_LENGTH])).digest('hex').slice(0, 12);
export const STEM_CACHE_FILE = cacheFile(`stems-${STEM_KEY}.json`);
const CACHED_LANGS = Object.keys(STEMMER_FILES);
/** The cache stops growing here (the glossary's vocabulary is about 20,000 words; the rest is questions'). */
const MAX_CACHED_STEMS = 50_000;
let cacheRead = false;
let cachedEntries = 0;

function readCache(): void {
  cacheRead = true;
  // No cache yet, or an unreadable one: stems are computed (and the cache written again).
  const saved = readCacheJson<Record<string, Record<string, string>>>(STEM_CACHE_FILE) ?? {};
  for (const lang of CACHED_LANGS) {
    const entries = Object.entries(saved[lang] ?? {});
    if (entries.length) memo.set(lang, new Map(entries));
    cachedEntries += entries.length;
  }
}

/**
 * Keeps the stems computed so far for the next start, when there are new ones; a cache that cannot be
 * written is no loss. Called after the glossary is loaded (every alias's words), and when the engine
 * closes with at most `maxNew` new stems: a question's words are kept, an ingest's vocabulary is not
 * (the file holds what every start needs and no more).
 */
export function saveStemCache(maxNew = Infinity): void {
  const entries = CACHED_LANGS.reduce((n, lang) => n + (memo.get(lang)?.size ?? 0), 0);
  if (entries <= cachedEntries || entries - cachedEntries > maxNew || entries > MAX_CACHED_STEMS) return;
  if (writeCacheFile(STEM_CACHE_FILE, JSON.stringify(Object.fromEntries(CACHED_LANGS.map((lang) => [lang, Object.fromEntries(memo.get(lang) ?? [])]))))) cachedEntries = entries;
}

/** Stems one lowercase word; words without a stemmer for `lang` come back unchanged. */
export function stem(word: string, lang: string): string {
  // A "word" longer than any language has is left as it is: the stemmers' rules take time that grows fast with length.
  if (!hasStemmer(lang) || word.length < 3 || word.length > MAX_STEMMED_LENGTH || /\d/.test(word)) return word;
  if (!cacheRead) readCache();
  let cache = memo.get(lang);
  if (!cache) memo.set(lang, (cache = new Map()));
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    // A word the Indonesian stemmer can find no root in comes back as it is: said without running its rules.
    stemmed = OVERRIDES[lang]?.[word] ?? (lang === 'id' && !mayHaveIndonesianRoot(word) ? word : stemmerFor(lang)!.stem(word) || word);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}
