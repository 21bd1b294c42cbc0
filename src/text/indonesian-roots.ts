import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Whether natural's Indonesian stemmer (Sastrawi's algorithm) could find a
 * root in a word, by a cheap test that never says no where it could.
 *
 * The stemmer returns either a word of its root dictionary, reached by taking
 * prefixes off the front (some recoding the root's first letter: "meny-" +
 * "erang" is "serang") and suffixes off the end, or the word unchanged. For a
 * word it finds no root in — names, loanwords, the made-up words of the
 * bench's corpus — it first tries every rule, some 140 µs a word here, while
 * this test builds every string those rules could make (more, never fewer)
 * and looks each up: a few µs. Where none is in the dictionary, the stemmer's
 * answer is the word itself. test/text/indonesian-roots.test.ts checks that
 * against the stemmer on many thousand words.
 */
export function mayHaveIndonesianRoot(word: string): boolean {
  // The stemmer splits a hyphenated word into its halves: left to it.
  if (word.includes('-')) return true;
  // It leaves a word of three letters as it is.
  if (word.length <= 3) return false;
  const roots = dictionary();
  // A form met again no shallower than before has nothing new to give.
  const seen = new Map<string, number>();
  const withoutPrefixes = (form: string, depth: number): boolean => {
    if ((seen.get(form) ?? Infinity) <= depth) return false;
    seen.set(form, depth);
    if (withoutSuffixes(form).some((candidate) => roots.has(candidate))) return true;
    if (depth === MAX_PREFIXES) return false;
    for (const next of prefixRemovals(form)) if (withoutPrefixes(next, depth + 1)) return true;
    return false;
  };
  return withoutPrefixes(word, 0);
}

/** The stemmer takes off at most three prefixes in a pass ("memper-" + "ke-" + …). */
const MAX_PREFIXES = 3;

/** Every prefix a rule of the stemmer's matches at a word's start (prefix_rules.js). */
const PREFIXES = ['di', 'ke', 'se', 'be', 'ber', 'te', 'ter', 'pe', 'per', 'pem', 'pen', 'peng', 'peny', 'penge', 'me', 'mem', 'men', 'meng', 'meny', 'menge', 'memp', 'mempe', 'ku', 'kau'];
/** What a rule puts back in front of the rest: the root's first letter a nasal prefix took ("mem-" + "ukul" is "pukul"). */
const RECODINGS = ['', 'k', 'm', 'n', 'ng', 'ny', 'p', 'r', 's', 't', 'pe'];
/** An infix after a root's first consonant ("gelembung" is "gembung"): rules 37–40. */
const INFIX = /^[bcdfghjklmnpqrstvwxyz](?:er|el|em|in)[aiueo]/;

function prefixRemovals(form: string): string[] {
  const out: string[] = [];
  for (const prefix of PREFIXES) {
    if (!form.startsWith(prefix)) continue;
    const rest = form.slice(prefix.length);
    for (const recoding of RECODINGS) out.push(recoding + rest);
  }
  if (INFIX.test(form)) out.push(form[0] + form.slice(3));
  // Rule 4: "belajar" and "pelajar" are "ajar".
  if (form.includes('ajar')) out.push('ajar');
  return out;
}

const PARTICLE = /-*(?:lah|kah|tah|pun)$/;
const POSSESSIVE = /-*(?:ku|mu|nya)$/;
const DERIVATIONAL = /(?:is|isme|isasi|i|kan|an)$/;

/**
 * A form with the suffixes the stemmer may take off (particle, possessive, derivational, each or not, in
 * that order), and with "-kan" taken as "-k" + "-an" (its loop restoring prefixes tries the root + "k").
 */
function withoutSuffixes(form: string): string[] {
  const out = [form];
  for (const rule of [PARTICLE, POSSESSIVE, DERIVATIONAL]) {
    for (const earlier of [...out]) {
      const cut = earlier.replace(rule, '');
      if (cut === earlier) continue;
      out.push(cut);
      if (rule === DERIVATIONAL && earlier.endsWith('kan')) out.push(`${earlier.slice(0, -3)}k`);
    }
  }
  return out;
}

let roots: ReadonlySet<string> | undefined;

function dictionary(): ReadonlySet<string> {
  roots ??= new Set((require('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[]).filter(Boolean));
  return roots;
}
