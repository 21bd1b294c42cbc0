import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { CorpusGenerator } from '../../bench/corpus.ts';
import { mayHaveIndonesianRoot } from '../../src/text/indonesian-roots.ts';
import { words } from '../../src/text/tokenize.ts';

const require = createRequire(import.meta.url);
const natural = require('natural/lib/natural/stemmers/indonesian/stemmer_id.js') as { stem(word: string): string; dictionary: string[] };

/** Affixed forms of the stemmer's own roots, as Indonesian builds them, and the words of the bench's corpus (names, made-up words). */
function wordsToCheck(): string[] {
  const found = new Set<string>();
  const roots = natural.dictionary;
  for (let i = 0; i < roots.length; i += 7) {
    const root = roots[i];
    for (const form of [`me${root}`, `di${root}kan`, `pe${root}an`, `ber${root}`, `ter${root}nya`, `mem${root.slice(1)}i`, `meng${root}kan`, `peny${root.slice(1)}`, `se${root}nya`, `${root}lah`, `memper${root}kan`, `ke${root}an`, `${root}x`, `x${root}`]) found.add(form);
  }
  const corpus = new CorpusGenerator(7);
  for (let i = 0; i < 300; i++) for (const { draft } of [corpus.next()].flat()) for (const word of words(draft.text ?? '')) found.add(word.toLowerCase());
  for (const name of ['zaporizhzhia', 'pokrovsk', 'kharkiv', 'zelenskyy', 'shahed', 'himars', 'prigozhin', 'sybiha']) found.add(name);
  return [...found].filter((word) => /^\p{Ll}+$/u.test(word));
}

describe('Indonesian roots', () => {
  it('says a word holds no root only where the stemmer finds none (it returns the word as it is)', () => {
    const checked = wordsToCheck();
    const rootless = checked.filter((word) => !mayHaveIndonesianRoot(word));
    const wrong = rootless.filter((word) => natural.stem(word) !== word);
    assert.deepEqual(wrong.slice(0, 10), []);
    // …and it spares the stemmer a good part of them: names and the corpus's made-up words.
    assert.ok(rootless.length > checked.length / 10, `${rootless.length} of ${checked.length}`);
    for (const name of ['zaporizhzhia', 'pokrovsk', 'kharkiv', 'himars']) assert.equal(mayHaveIndonesianRoot(name), false, name);
  });

  it('finds the roots of affixed words, recoded first letters included', () => {
    for (const word of ['menyerang', 'pertempuran', 'memukul', 'pelajar', 'menyerahkan', 'kesepakatan', 'dibatasi', 'berkelanjutan']) {
      assert.equal(mayHaveIndonesianRoot(word), true, word);
      assert.notEqual(natural.stem(word), word, word);
    }
  });
});
