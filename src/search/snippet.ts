import { analyzeWord, normalizeWord } from '../text/analyze.ts';
import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/tokenize.ts';

export type Highlight = [start: number, end: number];

export interface Quote {
  /** Verbatim text from the article: whole sentences, never rewritten. */
  text: string;
  /** [start, end) offsets in `text` of the words that matched the question. */
  highlights: Highlight[];
}

/**
 * Languages whose stemmers (Porter, Sastrawi-style Indonesian) only cut
 * affixes and change at most a stem's first or last letter: a word whose
 * normalized form does not contain a term's middle cannot be analyzed to it.
 * Checked over the lexicon, the sample and the benchmark corpus.
 */
const AFFIX_STEMMED = new Set(['en', 'id']);

function highlightsIn(text: string, lang: string, matched: Set<string>): Highlight[] {
  return matchesIn(text, lang, matched).map(([start, end]) => [start, end]);
}

/** The matched words of a text: where each is, and the term it matched. */
function matchesIn(text: string, lang: string, matched: Set<string>): [start: number, end: number, term: string][] {
  const found: [number, number, string][] = [];
  // Stemming a word the memo has not seen costs tens of microseconds (the Indonesian
  // stemmer walks its dictionary): skip the words that cannot be one of the matched terms.
  const cores = AFFIX_STEMMED.has(lang) ? [...matched].map((t) => t.slice(1, -1)) : undefined;
  for (const token of tokenize(text)) {
    if (cores) {
      const word = normalizeWord(token.text);
      if (!cores.some((core) => word.includes(core))) continue;
    }
    const term = analyzeWord(token.text, lang).find((t) => matched.has(t));
    if (term !== undefined) found.push([token.start, token.end, term]);
  }
  return found;
}

/**
 * The best run of at most `maxSentences` consecutive sentences of a passage —
 * the one holding the most of the question's different words, then the most
 * matched words — with those words marked.
 */
export function quotePassage(passage: string, lang: string, matched: Set<string>, maxSentences = 3): Quote {
  const found = matchesIn(passage, lang, matched);
  const all = found.map(([start, end]): Highlight => [start, end]);
  const sentences = splitSentences(passage, lang);
  if (sentences.length <= maxSentences) return { text: passage, highlights: all };
  let best = 0;
  let bestDistinct = -1;
  let bestCount = -1;
  for (let i = 0; i + maxSentences <= sentences.length; i++) {
    const from = sentences[i].start;
    const to = sentences[i + maxSentences - 1].end;
    const inside = found.filter(([start, end]) => start >= from && end <= to);
    const distinct = new Set(inside.map(([, , term]) => term)).size;
    if (distinct > bestDistinct || (distinct === bestDistinct && inside.length > bestCount)) {
      best = i;
      bestDistinct = distinct;
      bestCount = inside.length;
    }
  }
  const start = sentences[best].start;
  const end = sentences[best + maxSentences - 1].end;
  const text = passage.slice(start, end);
  return { text, highlights: all.filter(([from, to]) => from >= start && to <= end).map(([from, to]) => [from - start, to - start]) };
}

/**
 * Openings that lean on the sentence before: a quote starting so is unclear
 * alone ("Its range is about 450 km", "Dia menambahkan…").
 */
const LEANING_OPENING = new RegExp(
  `^(?:${[
    'it', 'its', "it's", 'he', 'she', 'his', 'her', 'they', 'their', 'them', 'this', 'these', 'that', 'those', 'such', 'there',
    'the (?:move|missile|plant|strike|attack|deal|agreement|decision|group|official|minister|ministry|statement|report|weapon|system|drone|ship|city|town|region|country|two|leader|president|talks|plan|proposal)s?',
    'however', 'but', 'also', 'meanwhile', 'still', 'instead', 'then',
    'ia', 'dia', 'mereka', 'beliau', 'hal itu', 'hal ini', 'itu', 'ini', 'pihaknya', 'menurutnya', 'tambahnya', 'katanya', 'namun', 'tetapi', 'selain itu', 'sementara itu',
    'rudal (?:itu|ini|tersebut)', 'serangan (?:itu|ini|tersebut)', 'kesepakatan (?:itu|ini|tersebut)', 'pembangkit (?:itu|ini|tersebut)',
  ].join('|')})\\b`,
  'iu',
);

export function leansOnPrevious(quote: string): boolean {
  return LEANING_OPENING.test(quote.trimStart());
}

/**
 * A quote with the sentence before it put first, as the article has them
 * (the two stand together, in one paragraph, in `articleText`), its
 * highlights moved along; or undefined when they do not stand so.
 */
export function withPreviousSentence(quote: Quote, previousPassage: string, lang: string, matched: Set<string>, articleText: string): Quote | undefined {
  const sentences = splitSentences(previousPassage, lang);
  const previous = sentences[sentences.length - 1]?.text;
  if (!previous) return undefined;
  // Only within a paragraph: one that opens with "It…" speaks of the article's subject, not of the paragraph before.
  if (!articleText.includes(`${previous} ${quote.text}`)) return undefined;
  const shift = previous.length + 1;
  return {
    text: `${previous} ${quote.text}`,
    highlights: [...highlightsIn(previous, lang, matched), ...quote.highlights.map(([from, to]): Highlight => [from + shift, to + shift])],
  };
}

// Text of ASCII and typographic punctuation only: the key can be made without Unicode classes or NFKC (3× faster).
const PLAIN_TEXT = /^[\x00-\x7f“”‘’–—…«»]*$/;

/** A key under which syndicated copies of one passage collide. */
export function quoteKey(text: string): string {
  if (PLAIN_TEXT.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * A 53-bit hash of a passage's quote key (cyrb53), kept in the index so that
 * answers drop repeated quotes without reading every candidate's text.
 */
export function quoteHash(text: string): number {
  const key = quoteKey(text);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
