import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/tokenize.ts';

/** At most this many of the lead's names and numbers go into each passage's context. */
const LEAD_ENTITIES = 12;

/**
 * The names and numbers of a lead: words capitalized inside a sentence,
 * acronyms, and words holding digits ("Pyongyang", "KN-23", "450").
 */
export function entitiesOf(text: string, lang: string): string[] {
  const found: string[] = [];
  for (const sentence of splitSentences(text, lang)) {
    for (const [i, token] of tokenize(sentence.text).entries()) {
      const word = token.text;
      const named = /\p{N}/u.test(word) || /^\p{Lu}{2,}/u.test(word) || (i > 0 && /^\p{Lu}/u.test(word));
      if (named && !found.includes(word)) found.push(word);
      if (found.length >= LEAD_ENTITIES) return found;
    }
  }
  return found;
}

function lastSentence(passage: string, lang: string): string {
  const sentences = splitSentences(passage, lang);
  return sentences.length ? sentences[sentences.length - 1].text : '';
}

/**
 * What each passage of an article is also found by, besides its own words:
 * the lead's names and numbers, and the sentence before it. The answering
 * sentence often names its subject only there ("Its range is about 450 km").
 */
export function passageContexts(passages: string[], lang: string): string[] {
  if (!passages.length) return [];
  const lead = entitiesOf(passages[0], lang).join(' ');
  return passages.map((_, i) => (i === 0 ? '' : `${lead} ${lastSentence(passages[i - 1], lang)}`));
}
