import { createRequire } from 'node:module';

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
  },
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

export function hasStemmer(lang: string): boolean {
  return stemmerFor(lang) !== null;
}

/** Stems one lowercase word; words without a stemmer for `lang` come back unchanged. */
export function stem(word: string, lang: string): string {
  const stemmer = stemmerFor(lang);
  // A "word" longer than any language has is left as it is: the stemmers' rules take time that grows fast with length.
  if (!stemmer || word.length < 3 || word.length > MAX_STEMMED_LENGTH || /\d/.test(word)) return word;
  let cache = memo.get(lang);
  if (!cache) memo.set(lang, (cache = new Map()));
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = OVERRIDES[lang]?.[word] ?? (stemmer.stem(word) || word);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}
