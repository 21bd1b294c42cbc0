import { words } from './tokenize.ts';

/** How many of a text's first words are looked at: enough to judge, cheap on a 10 MB file. */
const SAMPLE_WORDS = 2_000;
/** Above this share of code-like words, a text is data (base64, hex, hashes, keys), not an article. */
const MAX_CODE_SHARE = 0.5;

const HAS_FIGURE = /\p{N}/u;
/** Letters and figures mixed: a figure between letters or a letter between figures. Tried only on words with a figure (most have none, and this backtracks). */
const MIXED = /\p{N}.*\p{L}.*\p{N}|\p{L}.*\p{N}.*\p{L}/u;

/**
 * Whether a text reads as encoded data rather than prose: most of its words
 * are long runs mixing letters and figures ("G4dd9JyrjVPgZJ56", "3f2a9c…")
 * or of 30 characters and more, which no language writes. News has some
 * ("KN-23", "Su-34", "MiG-31", "2024"): never most of its words.
 */
export function looksLikeEncodedData(text: string): boolean {
  const sample = words(text.slice(0, SAMPLE_WORDS * 40)).slice(0, SAMPLE_WORDS);
  if (sample.length < 20) return false;
  const codeLike = sample.filter((word) => word.length >= 30 || (word.length >= 8 && HAS_FIGURE.test(word) && MIXED.test(word))).length;
  return codeLike / sample.length > MAX_CODE_SHARE;
}
