import { analyzeWord } from '../text/analyze.ts';
import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/tokenize.ts';

export type Highlight = [start: number, end: number];

export interface Quote {
  /** Verbatim text from the article: whole sentences, never rewritten. */
  text: string;
  /** [start, end) offsets in `text` of the words that matched the question. */
  highlights: Highlight[];
}

function highlightsIn(text: string, lang: string, matched: Set<string>): Highlight[] {
  const highlights: Highlight[] = [];
  for (const token of tokenize(text)) {
    if (analyzeWord(token.text, lang).some((t) => matched.has(t))) highlights.push([token.start, token.end]);
  }
  return highlights;
}

/**
 * The best run of at most `maxSentences` consecutive sentences of a passage —
 * the one holding the most matched words — with those words marked.
 */
export function quotePassage(passage: string, lang: string, matched: Set<string>, maxSentences = 3): Quote {
  const sentences = splitSentences(passage, lang);
  if (sentences.length <= maxSentences) return { text: passage, highlights: highlightsIn(passage, lang, matched) };
  const counts = sentences.map((s) => highlightsIn(s.text, lang, matched).length);
  let best = 0;
  let bestCount = -1;
  for (let i = 0; i + maxSentences <= sentences.length; i++) {
    const count = counts.slice(i, i + maxSentences).reduce((a, b) => a + b, 0);
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  }
  const start = sentences[best].start;
  const end = sentences[best + maxSentences - 1].end;
  const text = passage.slice(start, end);
  return { text, highlights: highlightsIn(text, lang, matched) };
}

/** A key under which syndicated copies of one passage collide. */
export function quoteKey(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
