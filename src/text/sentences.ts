/** A sentence with its offsets in the paragraph it came from. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Intl.Segmenter (ICU) splits after every period; these abbreviations and
// single initials ("J. Smith") do not end a sentence.
const ABBREVIATIONS = new Set(
  [
    // English
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr', 'sen', 'rep',
    'gov', 'pres', 'st', 'jr', 'sr', 'no', 'nos', 'vol', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'approx',
    'est', 'inc', 'corp', 'ltd', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
    'dec', 'fig', 'ft', 'mt', 'rev',
    // Indonesian
    'jl', 'drs', 'dra', 'ir', 'h', 'hj', 'kol', 'letjen', 'mayjen', 'brigjen', 'jend', 'laksda', 'marsda', 'kapt',
    'lettu', 'letda', 'serka', 'dll', 'dsb', 'dkk', 'tsb', 'yth', 'bpk', 'sdr', 'sdri', 'tbk', 'pt', 'kab', 'kec',
    'kel', 'prov', 'sd', 'smp', 'sma', 'hlm', 'ttg', 'mis', 'a.n', 'u.p', 'ket',
  ],
);

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang === 'und' ? 'en' : lang, { granularity: 'sentence' })));
  return s;
}

function endsWithAbbreviation(segment: string): boolean {
  const match = /(?:^|[\s(“"])([\p{L}.]+)\.\s*$/u.exec(segment);
  if (!match) return false;
  const word = match[1].toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(match[1]);
}

/**
 * ICU's sentence segmenter takes time quadratic in the length of what it is
 * given (0.4 MB in one paragraph: 2 s, 9 MB: hours), so a long paragraph is
 * segmented in windows of about this many characters, each cut after a
 * sentence's end (or a space, or anywhere, if there is none).
 */
const SEGMENT_WINDOW = 4_000;

/** Where to cut a long paragraph: after the last sentence end (else space) in the window starting at `from`. */
function windowEnd(paragraph: string, from: number): number {
  const end = from + SEGMENT_WINDOW;
  if (end >= paragraph.length) return paragraph.length;
  const window = paragraph.slice(from + SEGMENT_WINDOW / 2, end);
  const ends = [...window.matchAll(/[.!?][”"’)\]]*\s+(?=[\p{Lu}\p{N}“"])/gu)].map((m) => m.index! + m[0].length);
  // The last one that is no abbreviation or initial ("Dr. Smith", "J. Smith").
  let cut = ends.reverse().find((at) => !endsWithAbbreviation(window.slice(Math.max(0, at - 40), at))) ?? -1;
  if (cut < 0) cut = window.lastIndexOf(' ') + 1;
  return cut > 0 ? from + SEGMENT_WINDOW / 2 + cut : end;
}

export function splitSentences(paragraph: string, lang = 'en'): Sentence[] {
  if (paragraph.length <= SEGMENT_WINDOW) return splitWindow(paragraph, lang);
  const sentences: Sentence[] = [];
  for (let from = 0; from < paragraph.length; ) {
    const to = windowEnd(paragraph, from);
    for (const s of splitWindow(paragraph.slice(from, to), lang)) sentences.push({ text: s.text, start: s.start + from, end: s.end + from });
    from = to;
  }
  return sentences;
}

function splitWindow(paragraph: string, lang: string): Sentence[] {
  const sentences: Sentence[] = [];
  let pending: Sentence | null = null;
  for (const { segment, index } of segmenter(lang).segment(paragraph)) {
    if (pending) {
      pending.text += segment;
      pending.end = index + segment.length;
    } else {
      pending = { text: segment, start: index, end: index + segment.length };
    }
    // The next segment starting with a lowercase letter or digit continues this sentence.
    // (Its first character is read where it stands: copying the rest of the paragraph each time is quadratic.)
    const next = index + segment.length;
    const more = next < paragraph.length;
    if (endsWithAbbreviation(pending.text) && more) continue;
    if (more && /^[\p{Ll}\p{N}]/u.test(String.fromCodePoint(paragraph.codePointAt(next)!))) continue;
    sentences.push(trim(pending));
    pending = null;
  }
  if (pending) sentences.push(trim(pending));
  return sentences.filter((s) => s.text.length > 0);
}

function trim(sentence: Sentence): Sentence {
  const leading = sentence.text.length - sentence.text.trimStart().length;
  const text = sentence.text.trim();
  return { text, start: sentence.start + leading, end: sentence.start + leading + text.length };
}
