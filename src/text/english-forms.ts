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
// Ranks and titles as wire copy abbreviates them before a name ("Gen. James Hecker", "Lt. Col.", "Sen.").
const TITLES: Record<string, string> = { gen: 'general', lt: 'lieutenant', col: 'colonel', maj: 'major', adm: 'admiral', sgt: 'sergeant', capt: 'captain', brig: 'brigadier', cmdr: 'commander', sen: 'senator' };

// British spellings, as British outlets and wire copy write them, met in their American forms (which the
// stemmer cuts otherwise: "mobilisation" → mobilis, "mobilization" → mobil): -ise/-isation, -yse, -tre, -our, -ence.
const BRITISH_ISE = /^(\p{L}{4,})is(e|es|ed|ing|ation|ations|er|ers)$/u;
// Words in -ise that are not -ize in American English, by what comes before "ise" (short ones never match).
const ISE_KEPT = new Set([
  'advert', 'appra', 'appr', 'chast', 'chem', 'circumc', 'compr', 'comprom', 'conc', 'desp', 'disgu', 'enterpr', 'exerc', 'expert', 'franch',
  'improv', 'merchand', 'mort', 'parad', 'porpo', 'prec', 'prem', 'prom', 'repr', 'sunr', 'superv', 'surm', 'surpr', 'telev', 'tortoi', 'treat', 'turquo',
]);
const BRITISH_YSE = /^(\p{L}{3,}y)s(e|es|ed|ing|er|ers)$/u;
const BRITISH_TRE = /^(\p{L}*(?:met|cent|lit|theat|fib|calib|spect|lust|sab))re(s|d)?$/u;
const BRITISH_OUR = /^(arm|harb|lab|hon|neighb|fav|col|behavi|rum|vap|val|savi|od|ferv|rig|vig|splend|clam|glam|hum|endeav)our(s|ed|ing|ers|ery|able|ite|ites|ful|less)?$/u;
const BRITISH_WORDS: Record<string, string> = {
  defence: 'defense', defences: 'defenses', offence: 'offense', offences: 'offenses', licence: 'license', licences: 'licenses', pretence: 'pretense',
  programme: 'program', programmes: 'programs', catalogue: 'catalog', dialogue: 'dialog', tonne: 'ton', tonnes: 'tons', grey: 'gray', tyre: 'tire', tyres: 'tires',
  manoeuvre: 'maneuver', manoeuvres: 'maneuvers', aluminium: 'aluminum', jewellery: 'jewelry', cheque: 'check', kerb: 'curb', sceptical: 'skeptical',
};

/** The American spelling of a British one ("mobilisation", "metres", "armoured", "defence"), or the word itself. */
export function americanSpelling(word: string): string {
  if (Object.hasOwn(BRITISH_WORDS, word)) return BRITISH_WORDS[word];
  const ise = BRITISH_ISE.exec(word);
  if (ise && !ISE_KEPT.has(ise[1]) && !ise[1].endsWith('w')) return `${ise[1]}iz${ise[2]}`;
  const yse = BRITISH_YSE.exec(word);
  if (yse) return `${yse[1]}z${yse[2]}`;
  const tre = BRITISH_TRE.exec(word);
  if (tre) return `${tre[1]}er${tre[2] === 'd' ? 'ed' : (tre[2] ?? '')}`;
  const our = BRITISH_OUR.exec(word);
  if (our) return `${our[1]}or${our[2] ?? ''}`;
  return word;
}

/** The dictionary form of an irregular English word (in its American spelling), or the word itself. */
export function englishBase(word: string): string {
  word = americanSpelling(word);
  if (KEEP.has(word)) return word;
  if (Object.hasOwn(MONTHS, word)) return MONTHS[word];
  if (Object.hasOwn(TITLES, word)) return TITLES[word];
  const { verbs, nouns } = (exceptions ??= loadExceptions());
  const base = Object.hasOwn(verbs, word) ? verbs[word] : Object.hasOwn(nouns, word) ? nouns[word] : undefined;
  return base && !base.includes('_') ? base : word;
}

/** Whether a word is an irregular verb form in WordNet's exceptions ("shot", "went", "fled"). */
export function isIrregularVerbForm(word: string): boolean {
  const { verbs } = (exceptions ??= loadExceptions());
  return !KEEP.has(word) && Object.hasOwn(verbs, word) && !verbs[word].includes('_');
}
