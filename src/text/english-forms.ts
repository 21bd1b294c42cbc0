import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// WordNet's exception lists (through wink-lexicon): the irregular forms no
// suffix rule reaches ("struck" → strike, "fled" → flee, "children" → child).
let verbs: Record<string, string> | undefined;
let nouns: Record<string, string> | undefined;

// Forms whose everyday news sense is not the base WordNet gives them.
const KEEP = new Set(['wound', 'media', 'data', 'rose', 'bore', 'ground', 'found', 'lay', 'stove', 'dove']);

// Month abbreviations of wire copy ("Sept. 23", "Oct 8"), where they cannot be another word.
const MONTHS: Record<string, string> = { feb: 'february', apr: 'april', aug: 'august', sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december' };

/** The dictionary form of an irregular English word, or the word itself. */
export function englishBase(word: string): string {
  if (KEEP.has(word)) return word;
  if (Object.hasOwn(MONTHS, word)) return MONTHS[word];
  verbs ??= require('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>;
  nouns ??= require('wink-lexicon/src/wn-noun-exceptions.js') as Record<string, string>;
  const base = Object.hasOwn(verbs, word) ? verbs[word] : Object.hasOwn(nouns, word) ? nouns[word] : undefined;
  return base && !base.includes('_') ? base : word;
}
