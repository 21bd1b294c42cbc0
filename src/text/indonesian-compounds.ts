/**
 * Indonesian closed compounds: written apart in the base form ("tanda tangan")
 * and together once affixed ("ditandatangani", "penandatanganan"), where the
 * stemmer's dictionary does not know them. Every affixed form of each is
 * generated (with the prefix's nasal assimilation) and analyzed to its parts.
 */
const COMPOUNDS = [
  'tanda tangan',
  'kerja sama',
  'tanggung jawab',
  'gencatan senjata',
  'hak asasi',
  'luar negeri',
  'dalam negeri',
  'tanah air',
  'garis depan',
  'serah terima',
  'lipat ganda',
  'sebar luas',
  'beri tahu',
  'ambil alih',
  'campur tangan',
  'salah guna',
  'daya guna',
  'kambing hitam',
  'sepak bola',
];

/** meN- and peN- before a root: m/n/ng/ny, with the root's first letter dropped for p, t, k, s. */
function nasalized(prefix: 'me' | 'pe', root: string): string {
  const first = root[0];
  if (first === 'p') return `${prefix}m${root.slice(1)}`;
  if (first === 't') return `${prefix}n${root.slice(1)}`;
  if (first === 'k') return `${prefix}ng${root.slice(1)}`;
  if (first === 's') return `${prefix}ny${root.slice(1)}`;
  if ('bfv'.includes(first)) return `${prefix}m${root}`;
  if ('cdjz'.includes(first)) return `${prefix}n${root}`;
  if ('aiueogh'.includes(first)) return `${prefix}ng${root}`;
  return `${prefix}${root}`;
}

const SUFFIXES = ['', 'i', 'kan', 'an', 'nya', 'annya', 'kannya', 'inya'];

let forms: Map<string, readonly string[]> | undefined;

function affixedForms(): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  for (const compound of COMPOUNDS) {
    const parts = Object.freeze(compound.split(' '));
    const root = parts.join('');
    const stems = [root, `di${root}`, `ter${root}`, `ber${root}`, `se${root}`, `ke${root}`, `memper${root}`, `diper${root}`, nasalized('me', root), nasalized('pe', root), `per${root}`];
    for (const stem of stems) for (const suffix of SUFFIXES) map.set(stem + suffix, parts);
  }
  return map;
}

/** Military ranks as Indonesian news shortens them before a name ("Letjen", "Mayjen", "Laksdya"). */
const RANKS: Record<string, readonly string[]> = {
  letjen: ['letnan', 'jenderal'],
  mayjen: ['mayor', 'jenderal'],
  brigjen: ['brigadir', 'jenderal'],
  laksdya: ['laksamana', 'madya'],
  laksda: ['laksamana', 'muda'],
  marsdya: ['marsekal', 'madya'],
  marsda: ['marsekal', 'muda'],
  letkol: ['letnan', 'kolonel'],
  kol: ['kolonel'],
};

/** The parts of an affixed closed compound ("ditandatangani" → tanda, tangan) or of a shortened rank ("letjen" → letnan, jenderal), or undefined. */
export function compoundParts(word: string): readonly string[] | undefined {
  forms ??= affixedForms();
  return forms.get(word) ?? (Object.hasOwn(RANKS, word) ? RANKS[word] : undefined);
}
