import { createRequire } from 'node:module';
import { normalizeWord } from './analyze.ts';
import { cacheFile, cachedJson } from './cache-file.ts';
import { englishBase, isIrregularVerbForm } from './english-forms.ts';
import { stem } from './stem.ts';

const require = createRequire(import.meta.url);

// WordNet's English words (through wink-lexicon) and the Indonesian stemmer's
// root dictionary (kata dasar, shipped with natural), looked up at the first
// question. wink-lexicon ships its words as a 1.9 MB module (≈0.18 s to
// compile): the bare lists are kept sorted in a cache file, named by both
// packages' versions, and searched as they are read — a question looks up a
// few dozen words, not worth building a set of 100,000.
interface Dictionaries {
  english: SortedWords;
  indonesian: SortedWords;
}
let dictionaries: Dictionaries | undefined;

const versionOf = (name: string) => (require(`${name}/package.json`) as { version: string }).version;

/** Words sorted and joined by newlines, searched by bisection over the text itself. */
export class SortedWords {
  /** `text`: words sorted and joined by newlines, as `of` makes it and `text` gives it back. */
  constructor(readonly text: string) {}

  static of(words: Iterable<string>): SortedWords {
    return new SortedWords([...new Set(words)].filter((w) => w && !w.includes('\n')).sort().join('\n'));
  }

  has(word: string): boolean {
    const text = this.text;
    // Lines starting in [lo, hi) are still candidates.
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const newline = mid === 0 ? -1 : text.indexOf('\n', mid - 1);
      const start = mid === 0 ? 0 : newline < 0 ? text.length : newline + 1;
      if (start >= hi) {
        hi = mid;
        continue;
      }
      const next = text.indexOf('\n', start);
      const end = next < 0 ? text.length : next;
      const line = text.slice(start, end);
      if (line === word) return true;
      if (line < word) lo = end + 1;
      else hi = start;
    }
    return false;
  }
}

function loadDictionaries(): Dictionaries {
  const path = cacheFile(`words-${versionOf('wink-lexicon')}-${versionOf('natural')}.json`);
  const { en, id } = cachedJson(path, () => ({
    en: SortedWords.of(Object.keys(require('wink-lexicon/src/wn-words.js') as Record<string, unknown>)).text,
    id: SortedWords.of((require('natural/lib/natural/stemmers/indonesian/stemmer_id.js') as { dictionary: string[] }).dictionary).text,
  }));
  return { english: new SortedWords(en), indonesian: new SortedWords(id) };
}

/** Candidate dictionary forms of an inflected English word (killed → kill, strikes → strike). */
export function englishForms(word: string): string[] {
  const forms = [word];
  const add = (f: string) => f.length > 2 && !forms.includes(f) && forms.push(f);
  add(englishBase(word));
  if (word.endsWith('ies')) add(word.slice(0, -3) + 'y');
  if (word.endsWith('es')) add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1));
  if (word.endsWith('ied')) add(word.slice(0, -3) + 'y');
  if (word.endsWith('ed')) {
    add(word.slice(0, -2));
    add(word.slice(0, -1));
    if (/(.)\1ed$/.test(word)) add(word.slice(0, -3));
  }
  if (word.endsWith('ing')) {
    add(word.slice(0, -3));
    add(word.slice(0, -3) + 'e');
    if (/(.)\1ing$/.test(word)) add(word.slice(0, -4));
  }
  // Comparatives and superlatives: stronger → strong, larger → large, bigger → big, heaviest → heavy.
  for (const ending of ['er', 'est']) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    add(base);
    add(base + 'e');
    if (base.endsWith('i')) add(base.slice(0, -1) + 'y');
    if (/(.)\1$/.test(base)) add(base.slice(0, -1));
  }
  return forms;
}

/**
 * Whether a word is an everyday English or Indonesian word rather than a
 * name: a question's word no dictionary knows ("Pokrovsk", "Grossi") is what
 * the question is about.
 */
export function isDictionaryWord(word: string): boolean {
  const normal = normalizeWord(word);
  const { indonesian } = (dictionaries ??= loadDictionaries());
  // An irregular form ("went", "fled") is a word WordNet knows, whether or not it lists the base.
  if (englishBase(normal) !== normal || isEnglishWord(normal)) return true;
  return indonesian.has(normal) || indonesian.has(stem(normal, 'id'));
}

/** Whether a word is a root of the Indonesian dictionary, as written ("lima", five, is also Peru's capital). */
export function isIndonesianRoot(word: string): boolean {
  return (dictionaries ??= loadDictionaries()).indonesian.has(normalizeWord(word));
}

/**
 * Whether an English word is a verb's past form: irregular ("shot", "went",
 * "fled"), or in -ed and not itself a WordNet word ("walked"; "armed" and
 * "wounded" are words of their own) while its base is.
 */
export function isEnglishPastForm(word: string): boolean {
  const normal = normalizeWord(word);
  if (isIrregularVerbForm(normal)) return true;
  const { english } = (dictionaries ??= loadDictionaries());
  if (english.has(normal)) return false;
  return /[^e]ed$|ied$/.test(normal) && englishForms(normal).some((form) => form !== normal && english.has(form));
}

/** Whether WordNet knows an English word or its base ("publish", "cancelled"). */
export function isEnglishWord(word: string): boolean {
  const normal = normalizeWord(word);
  const { english } = (dictionaries ??= loadDictionaries());
  return englishForms(normal).some((form) => english.has(form));
}
