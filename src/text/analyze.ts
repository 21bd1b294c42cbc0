import { englishBase } from './english-forms.ts';
import { compoundParts } from './indonesian-compounds.ts';
import { Memo } from './memo.ts';
import { isStopword } from './stopwords.ts';
import { stem } from './stem.ts';
import { words } from './tokenize.ts';

/**
 * Bump when the analysis below changes: a persisted index built with another
 * version is rebuilt at start.
 */
export const ANALYZER_VERSION = 53;

/** The languages questions are analyzed in (see search/query-plan.ts). */
const QUESTION_LANGUAGES = new Set(['en', 'id']);
const POSSESSIVE = /['’]s$/;
const JOINER = /['’\-‐]/;

const PLAIN_LETTERS = /^[A-Za-z]+$/;
/** A number with its unit written on ("6GW", "450km", "155mm", "1990s"): findable by each. */
const NUMBER_UNIT = /^(\d+(?:\.\d+)?)(\p{L}{1,4})$/u;
/** A model written without its hyphen ("f16", "KN23", "s400"): the same terms as "F-16", "KN-23", "S-400". */
const NAME_NUMBER = /^(\p{L}{1,4})(\d+)$/u;
/** A model's plural: "F-16s", "A-50s", "S-300s" are the F-16, A-50, S-300 (not "Tu-95MS", a variant's name); so are "f16s", "su34s". */
const PLURAL_MODEL = /^(\p{L}{1,4}-\d+)s$/u;
const PLURAL_NAME_NUMBER = /^(\p{L}{1,4}\d+)s$/u;

export function normalizeWord(word: string): string {
  // Most words are plain ASCII letters: NFKC and the replacements below leave them as they are.
  if (PLAIN_LETTERS.test(word)) return word.toLowerCase();
  const normal = word.normalize('NFKC').toLowerCase().replace(POSSESSIVE, '').replace(/[’‐]/g, (c) => (c === '’' ? "'" : '-'));
  return /^\d/.test(normal) ? normalizeNumber(normal) : normal;
}

/**
 * One form for a number however a language writes it: thousands separators
 * dropped ("1.000", "1,000" → 1000), a decimal comma made a point ("4,5" →
 * 4.5), an ordinal's suffix dropped ("18th" → 18), so numbers meet across languages.
 */
export function normalizeNumber(number: string): string {
  // An ordinal is its number: "18th" meets Indonesian "ke-18".
  if (/^\d+(?:st|nd|rd|th)$/.test(number)) return number.replace(/\D+$/, '');
  return number.replace(/^\d{1,3}(?:[.,]\d{3})+(?![\d])/, (n) => n.replace(/[.,]/g, '')).replace(/^(\d+),(\d+)$/, '$1.$2');
}

/** What a magnitude word or suffix multiplies a number by: "5 ribu", "5k", "2 million", "3jt". */
const MAGNITUDES: Record<string, number> = {
  thousand: 1e3, ribu: 1e3, rb: 1e3, k: 1e3,
  million: 1e6, millions: 1e6, juta: 1e6, jt: 1e6, mln: 1e6,
  billion: 1e9, billions: 1e9, miliar: 1e9, milyar: 1e9, bn: 1e9,
  trillion: 1e12, triliun: 1e12,
};
/** A number with its magnitude written on ("5k", "12rb", "3jt", "2bn"). */
const NUMBER_MAGNITUDE = /^(\d+(?:\.\d+)?)(k|rb|jt|bn)$/;

/** A number times a magnitude, as the index writes numbers ("5 ribu", "5k" → 5000), if it is one and whole. */
function magnitudeValue(number: string, magnitude: string): string | undefined {
  const key = magnitude.toLowerCase();
  if (!Object.hasOwn(MAGNITUDES, key)) return undefined;
  const value = Number(normalizeNumber(number)) * MAGNITUDES[key];
  const whole = Math.round(value);
  return Number.isSafeInteger(whole) && Math.abs(value - whole) < 1e-6 ? String(whole) : undefined;
}

/** The number two words make, a figure and a magnitude word after it ("5 ribu", "2.5 million" → "2500000"), or undefined. */
export function spelledMagnitude(word: string, next: string | undefined): string | undefined {
  return next && next.length > 1 && /^\d/.test(word) ? magnitudeValue(word, next) : undefined;
}

function stemWord(word: string, lang: string): string | null {
  if (isStopword(word, lang)) return null;
  return stem(lang === 'en' ? englishBase(word) : word, lang);
}

/** "serangan-serangan", "negara-negara", "anak-anaknya": a reduplicated word means its base. */
const REDUPLICATED = /^(\p{L}+)-\1(?:nya|lah|kah)?$/u;

/** No word of any language is longer; a longer "word" (a hash, base64, a hostile run of letters) is not indexed. */
export const MAX_WORD_LENGTH = 64;

/** The word a per cent sign stands for, by language: "35%" is found by "percent" and "persen". */
const PERCENT_WORD: Record<string, string> = { en: 'percent', id: 'persen' };

// Ingest analyzes every word of every passage, and news repeats its words: each word's terms are kept, per language.
const analyzed = new Map<string, Memo<readonly string[]>>();
const ANALYZED_LIMIT = 100_000;
const NO_TERMS: readonly string[] = Object.freeze([]);

/**
 * The index terms of one word: compounds are findable whole and by parts
 * ("KN-23" → kn-23, kn, 23; "Jong-un" → jong-un, jong, un).
 */
export function analyzeWord(word: string, lang: string): readonly string[] {
  if (word.length > MAX_WORD_LENGTH) return NO_TERMS;
  let memo = analyzed.get(lang);
  if (!memo) analyzed.set(lang, (memo = new Memo(ANALYZED_LIMIT)));
  let terms = memo.get(word);
  if (!terms) {
    terms = Object.freeze(termsOf(word, lang));
    memo.set(word, terms);
  }
  return terms;
}

function termsOf(word: string, lang: string): string[] {
  const normal = normalizeWord(word);
  if (!normal) return [];
  if (normal === '%' || normal === '٪') return [stem(PERCENT_WORD[lang] ?? 'percent', lang)];
  const model = NAME_NUMBER.exec(normal);
  if (model) return termsOf(`${model[1]}-${model[2]}`, lang).flatMap((term, i) => (i === 0 ? [normal, term] : [term]));
  const magnitude = NUMBER_MAGNITUDE.exec(normal);
  const value = magnitude && magnitudeValue(magnitude[1], magnitude[2]);
  if (value) return [normal, value];
  const unit = NUMBER_UNIT.exec(normal);
  if (unit) return unit[2].length > 1 && !isStopword(unit[2], lang) ? [normal, unit[1], unit[2]] : [normal, unit[1]];
  const plural = PLURAL_MODEL.exec(normal) ?? PLURAL_NAME_NUMBER.exec(normal);
  if (plural) return termsOf(plural[1], lang);
  if (!JOINER.test(normal)) {
    const parts = lang === 'id' ? compoundParts(normal) : undefined;
    if (parts) return parts.map((part) => stem(part, lang));
    const term = stemWord(normal, lang);
    // A name in a language questions are not analyzed in is findable as written too ("Pokrowsk", "Selenskyj").
    if (term && term !== normal && !QUESTION_LANGUAGES.has(lang) && /^\p{Lu}/u.test(word)) return [term, normal];
    return term ? [term] : [];
  }
  const reduplicated = REDUPLICATED.exec(normal);
  if (reduplicated) {
    const term = stemWord(reduplicated[1], lang);
    return term ? [term] : [];
  }
  const terms = [normal];
  for (const part of normal.split(/['-]/)) {
    if (!part) continue;
    const term = stemWord(part, lang);
    if (term && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** The parts of a compound, i.e. every term of analyzeWord but the whole. */
export function isCompound(word: string): boolean {
  const normal = normalizeWord(word);
  return (JOINER.test(normal) && !REDUPLICATED.test(normal)) || (NUMBER_UNIT.test(normal) && !NUMBER_MAGNITUDE.test(normal)) || NAME_NUMBER.test(normal) || PLURAL_NAME_NUMBER.test(normal);
}

export function analyzeText(text: string, lang: string): string[] {
  const terms: string[] = [];
  const tokens = words(text);
  for (let i = 0; i < tokens.length; i++) {
    for (const term of analyzeWord(tokens[i], lang)) terms.push(term);
    // "5 ribu", "2.5 million": the number they make is findable as figures ("5.000", "5k").
    const value = spelledMagnitude(tokens[i], tokens[i + 1]);
    if (value) terms.push(value);
  }
  return terms;
}
