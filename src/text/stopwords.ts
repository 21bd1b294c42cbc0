import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// natural ships moderate lists; the broader stopwords-iso lists drop news words
// such as "million", "states" or "km" that questions depend on.
const LISTS: Record<string, string> = {
  en: 'stopwords.js',
  id: 'stopwords_id.js',
  ru: 'stopwords_ru.js',
  uk: 'stopwords_uk.js',
  fr: 'stopwords_fr.js',
  es: 'stopwords_es.js',
  it: 'stopwords_it.js',
  nl: 'stopwords_nl.js',
  pl: 'stopwords_pl.js',
  pt: 'stopwords_pt.js',
};

/** Chat fillers that carry no meaning: "sih", "dong", "deh"… */
const COLLOQUIAL_FILLERS = ['sih', 'dong', 'deh', 'nih', 'tuh', 'lho', 'loh', 'kan', 'ya', 'yah', 'kah', 'mah', 'wkwk', 'btw', 'si'];

// Question words and fillers that the lists above keep but that never help find a passage.
const EXTRA: Record<string, string[]> = {
  en: ['does', 'did', 'do', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'tell', 'me', 'about', 'any', 'anyone', 'anybody', 'someone', 'somebody', 'there', 'many', 'much', 'gonna', 'wanna', 'gotta',
    // Chat's laughs and hedges: "what did kim call putin lol".
    'lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'tbh', 'imo', 'imho', 'idk', 'ngl', 'pls', 'plz'],
  id: [...COLLOQUIAL_FILLERS, 'apa', 'apakah', 'siapa', 'siapakah', 'kapan', 'mengapa', 'kenapa', 'bagaimana', 'berapa', 'seberapa', 'dimana', 'di mana', 'kemana', 'ke mana', 'tentang'],
};

// natural's Indonesian list (809 words, against 170 English ones) also drops words news answers with:
// numbers and ordinals ("dua", "pertama"), sizes and distances ("besar", "jauh"), what rose, left or
// ended ("naik", "keluar", "berakhir"), went on ("lanjut"), "terakhir", "terbanyak", "kasus", a mother ("ibu"). Their English words are indexed.
const KEPT: Record<string, string[]> = {
  id: [
    'satu', 'dua', 'tiga', 'empat', 'lima', 'setengah', 'pertama', 'kedua', 'kelima',
    'besar', 'kecil', 'panjang', 'jauh', 'sebesar', 'naik', 'keluar', 'masuk', 'mulai', 'dimulai', 'memulai',
    'berakhir', 'berakhirnya', 'mengakhiri', 'awal', 'akhir', 'terakhir', 'terbanyak', 'baru', 'kasus', 'masalah', 'kerja', 'bekerja', 'lanjut',
    // The list drops them as honorifics ("Ibu Menteri"); news means a mother and a father by them too.
    'ibu', 'bapak',
    // An estimate ("Amerika Serikat memperkirakan … 260.000 anak") is what a question asks for.
    'memperkirakan', 'diperkirakan', 'perkiraan',
  ],
};

const cache = new Map<string, Set<string>>();

export function stopwordsFor(lang: string): Set<string> {
  let set = cache.get(lang);
  if (!set) {
    const file = LISTS[lang];
    const words: string[] = file ? require(`natural/lib/natural/util/${file}`).words : [];
    const kept = new Set(KEPT[lang]);
    set = new Set([...words, ...(EXTRA[lang] ?? [])].map((w) => w.toLowerCase()).filter((w) => !kept.has(w)));
    cache.set(lang, set);
  }
  return set;
}

export function isStopword(word: string, lang: string): boolean {
  return stopwordsFor(lang).has(word);
}
