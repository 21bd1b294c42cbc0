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

export function splitSentences(paragraph: string, lang = 'en'): Sentence[] {
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
    const rest = paragraph.slice(index + segment.length);
    if (endsWithAbbreviation(pending.text) && rest.length > 0) continue;
    if (rest.length > 0 && /^[\p{Ll}\p{N}]/u.test(rest)) continue;
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
