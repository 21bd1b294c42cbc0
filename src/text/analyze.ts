import { isStopword } from './stopwords.ts';
import { stem } from './stem.ts';
import { tokenize } from './tokenize.ts';

/**
 * Bump when the analysis below changes: a persisted index built with another
 * version is rebuilt at start.
 */
export const ANALYZER_VERSION = 1;

const POSSESSIVE = /['’]s$/;
const JOINER = /['’\-‐]/;

export function normalizeWord(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(POSSESSIVE, '').replace(/[’‐]/g, (c) => (c === '’' ? "'" : '-'));
}

function stemWord(word: string, lang: string): string | null {
  if (isStopword(word, lang)) return null;
  return stem(word, lang);
}

/**
 * The index terms of one word: compounds are findable whole and by parts
 * ("KN-23" → kn-23, kn, 23; "Jong-un" → jong-un, jong, un).
 */
export function analyzeWord(word: string, lang: string): string[] {
  const normal = normalizeWord(word);
  if (!normal) return [];
  if (!JOINER.test(normal)) {
    const term = stemWord(normal, lang);
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
  return JOINER.test(normalizeWord(word));
}

export function analyzeText(text: string, lang: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) terms.push(...analyzeWord(token.text, lang));
  return terms;
}
