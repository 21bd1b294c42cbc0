import { createRequire } from 'node:module';
import { cacheFile, cachedJson } from './cache-file.ts';

const require = createRequire(import.meta.url);

// WordNet's exception lists (through wink-lexicon): the irregular forms no
// suffix rule reaches ("struck" → strike, "fled" → flee, "children" → child).
// Kept as JSON in a cache file too: parsing it is a fifth of compiling the two modules.
let exceptions: { verbs: Record<string, string>; nouns: Record<string, string> } | undefined;

function loadExceptions(): { verbs: Record<string, string>; nouns: Record<string, string> } {
  const path = cacheFile(`wordnet-exceptions-${(require('wink-lexicon/package.json') as { version: string }).version}.json`);
  return cachedJson(path, () => ({
    verbs: require('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>,
    nouns: require('wink-lexicon/src/wn-noun-exceptions.js') as Record<string, string>,
  }));
}

// Forms whose everyday news sense is not the base WordNet gives them.
const KEEP = new Set(['wound', 'media', 'data', 'rose', 'bore', 'ground', 'found', 'lay', 'stove', 'dove']);

// Month abbreviations of wire copy ("Sept. 23", "Oct 8"), where they cannot be another word.
const MONTHS: Record<string, string> = { feb: 'february', apr: 'april', aug: 'august', sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december' };

/** The dictionary form of an irregular English word, or the word itself. */
export function englishBase(word: string): string {
  if (KEEP.has(word)) return word;
  if (Object.hasOwn(MONTHS, word)) return MONTHS[word];
  const { verbs, nouns } = (exceptions ??= loadExceptions());
  const base = Object.hasOwn(verbs, word) ? verbs[word] : Object.hasOwn(nouns, word) ? nouns[word] : undefined;
  return base && !base.includes('_') ? base : word;
}

/** Whether a word is an irregular verb form in WordNet's exceptions ("shot", "went", "fled"). */
export function isIrregularVerbForm(word: string): boolean {
  const { verbs } = (exceptions ??= loadExceptions());
  return !KEEP.has(word) && Object.hasOwn(verbs, word) && !verbs[word].includes('_');
}
