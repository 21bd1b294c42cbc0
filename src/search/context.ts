import { splitSentences } from '../text/sentences.ts';
import { words } from '../text/tokenize.ts';

/** At most this many of an article's names and numbers go into each of its passages' context. */
const ARTICLE_ENTITIES = 32;
/**
 * A name the article mentions once, past its first passages ("Oslo's airport was closed too"), is
 * not what the story is about: it stays out of the article's context (its passages still reach it
 * further down the article, for less; see CREDIT.body).
 */
const MENTIONS_OF_A_SUBJECT = 2;
const LEADING_PASSAGES = 2;
/** A passage is also found by the names of this many sentences before it: "rudal itu" (that missile) is named a sentence or two back. */
const PREVIOUS_SENTENCES = 2;

/**
 * The names and numbers of sentences, most mentioned first: words
 * capitalized inside a sentence, acronyms, and words holding digits
 * ("Pyongyang", "Istanbul", "KN-23", "IAEA", "450").
 */
function entitiesOf(sentences: string[], outletWords: Set<string>, subjectsOnly = false, leading = sentences.length): string[] {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const [i, word] of words(sentence).entries()) {
      const named = /\p{N}/u.test(word) || (/^\p{Lu}/u.test(word) && (i > 0 || /^\p{Lu}{2}/u.test(word)));
      if (named && !outletWords.has(word.toLowerCase())) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const early = subjectsOnly ? new Set(sentences.slice(0, leading).flatMap((s) => words(s))) : undefined;
  const subjects = early ? [...counts].filter(([word, count]) => count >= MENTIONS_OF_A_SUBJECT || early.has(word)) : [...counts];
  // Map order is first mention: a stable sort keeps it among equals.
  return subjects.sort((a, b) => b[1] - a[1]).slice(0, ARTICLE_ENTITIES).map(([word]) => word);
}

/**
 * What each passage of an article is also found by, besides its own words:
 * the article's names and numbers (those its first passages name or it
 * names more than once), kept once, with its lead (the other
 * passages reach them through it, see PassageIndex.holderOf), and the names
 * and numbers of the two sentences before it. The answering sentence often names
 * its subject only there ("Its range is about 450 km"). `sentences` are each
 * passage's, as it was cut from its article: splitting a passage again gives the same.
 */
export function passageContexts(passages: string[], lang: string, outlet = '', sentences = passages.map((passage) => splitSentences(passage, lang).map((s) => s.text))): string[] {
  if (!passages.length) return [];
  // The outlet's own name ("Jakarta, CNN Indonesia --") says who published, not what the story is about.
  const outletWords = new Set(words(outlet).map((word) => word.toLowerCase()));
  const leading = sentences.slice(0, LEADING_PASSAGES).flat().length;
  return passages.map((_, i) => (i === 0 ? entitiesOf(sentences.flat(), outletWords, true, leading) : entitiesOf(sentences[i - 1].slice(-PREVIOUS_SENTENCES), outletWords)).join(' '));
}
