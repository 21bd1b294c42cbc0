/**
 * Loanwords between English and Indonesian follow regular spellings
 * ("convention" → konvensi, "military" → militer, "ballistic" → balistik,
 * "mobilization" → mobilisasi). These are the forms a word would take in the
 * other language; the caller keeps only those the index holds.
 */

// English endings and their Indonesian forms, longest first.
const EN_TO_ID: [string, string[]][] = [
  ['ization', ['isasi']],
  ['tiation', ['siasi']],
  ['tional', ['sional']],
  ['isation', ['isasi']],
  ['ssion', ['si']],
  ['ation', ['asi']],
  ['ition', ['isi']],
  ['ction', ['ksi']],
  ['tion', ['si']],
  ['sion', ['si']],
  ['ical', ['is', 'ikal']],
  ['ics', ['ika', 'ik']],
  ['ity', ['itas']],
  ['ism', ['isme']],
  ['ist', ['is']],
  ['ive', ['if']],
  ['ary', ['er', 'ari']],
  ['ory', ['ori']],
  ['ure', ['ur']],
  ['ence', ['ensi']],
  ['ance', ['ansi']],
  ['ment', ['men']],
  ['phy', ['fi']],
  ['gy', ['gi']],
  ['ic', ['ik', 'is']],
  ['al', ['al']],
  ['y', ['i']],
  ['e', ['']],
  ['', ['']],
];

// Indonesian endings and the English ones they come from.
const ID_TO_EN: [string, string[]][] = [
  ['isasi', ['ization', 'isation']],
  ['sional', ['tional']],
  ['siasi', ['tiation']],
  ['ensi', ['ence']],
  ['ansi', ['ance']],
  ['isme', ['ism']],
  ['itas', ['ity']],
  ['asi', ['ation']],
  ['ksi', ['ction']],
  ['isi', ['ition']],
  ['ika', ['ics']],
  ['ori', ['ory']],
  ['men', ['ment']],
  ['si', ['sion', 'tion', 'ssion']],
  ['ik', ['ic']],
  ['is', ['ical', 'ist', 'ic']],
  ['if', ['ive']],
  ['er', ['ary', 'er']],
  ['ur', ['ure']],
  ['gi', ['gy']],
  ['i', ['y']],
  ['', ['', 'e']],
];

const MIN_LENGTH = 4;

/** English stem spelled the Indonesian way: c → k (s before e, i), ph → f, x → ks, doubled letters once. */
function indonesianSpelling(stem: string): string {
  return stem
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ch/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/qu/g, 'kw')
    .replace(/x/g, 'ks')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/(?<=[^aeiou])y(?=[^aeiou]|$)/g, 'i')
    .replace(/([b-df-hj-np-tv-z])\1/g, '$1');
}

/** The Indonesian forms an English loanword would take. */
export function indonesianCognates(word: string): string[] {
  if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return [];
  // Indonesian has no plural -s: "sanctions" is sanksi.
  const singular = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  for (const [ending, forms] of EN_TO_ID) {
    if (!singular.endsWith(ending)) continue;
    const stem = indonesianSpelling(singular.slice(0, singular.length - ending.length));
    return [...new Set(forms.map((f) => stem + f))].filter((c) => c !== word && c.length >= 4);
  }
  return [];
}

/** The English words an Indonesian loanword may come from. */
export function englishCognates(word: string): string[] {
  if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return [];
  for (const [ending, forms] of ID_TO_EN) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    // "k" was an English "c" (konvensi → convention) or stays (kilometer): both.
    const spelled = [stem, stem.replace(/k(?=[aou]|[^aeiou]|$)/g, 'c').replace(/ks/g, 'x'), stem.replace(/ks/g, 'x')];
    // A Greek "y" Indonesian spells "i": hipersonik → hypersonic, hipermarket → hypermarket, sistem → system.
    const stems = [...new Set([...spelled, ...spelled.map((s) => s.replace(/^hi/, 'hy').replace(/^si(?=[mns])/, 'sy'))])];
    return [...new Set(stems.flatMap((s) => forms.map((f) => s + f)))].filter((c) => c !== word && c.length >= 4);
  }
  return [];
}
