import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { quoteKey, quotePassage } from '../../src/search/snippet.ts';
import { analyzeText, analyzeWord } from '../../src/text/analyze.ts';
import { passagesOf } from '../../src/text/passages.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { SEED_FILE } from '../helpers.ts';

// The straightforward versions the fast ones must agree with.
function referenceHighlights(text: string, lang: string, matched: Set<string>): [number, number][] {
  return tokenize(text)
    .filter((t) => analyzeWord(t.text, lang).some((term) => matched.has(term)))
    .map((t) => [t.start, t.end]);
}

function referenceQuote(passage: string, lang: string, matched: Set<string>, maxSentences = 3) {
  const sentences = splitSentences(passage, lang);
  if (sentences.length <= maxSentences) return { text: passage, highlights: referenceHighlights(passage, lang, matched) };
  // Per sentence, the matched terms of its words (one per word: its first analyzed term the question holds).
  const termsOf = (text: string) => tokenize(text).flatMap((t) => analyzeWord(t.text, lang).filter((term) => matched.has(term)).slice(0, 1));
  const perSentence = sentences.map((s) => termsOf(s.text));
  let best = 0;
  let bestDistinct = -1;
  let bestCount = -1;
  for (let i = 0; i + maxSentences <= sentences.length; i++) {
    const inside = perSentence.slice(i, i + maxSentences).flat();
    const distinct = new Set(inside).size;
    if (distinct > bestDistinct || (distinct === bestDistinct && inside.length > bestCount)) {
      best = i;
      bestDistinct = distinct;
      bestCount = inside.length;
    }
  }
  const text = passage.slice(sentences[best].start, sentences[best + maxSentences - 1].end);
  return { text, highlights: referenceHighlights(text, lang, matched) };
}

const ENGLISH = `Ukraine's forces struck an ammunition depot in the Bryansk region overnight, officials said. The drones hit fuel tanks and warehouses. Russia's defence ministry said air defences downed 24 drones. Residents reported explosions near the railway station. Happily, nobody was hurt; the studies of damage are running.`;

describe('snippets', () => {
  it('marks the same words as analyzing every word would, in English and Indonesian', () => {
    const seed = readFileSync(SEED_FILE, 'utf8');
    const cases: [string, string][] = [...passagesOf(seed, 'id').map((p) => [p, 'id'] as [string, string]), [ENGLISH, 'en'], [ENGLISH, 'en']];
    for (const [passage, lang] of cases) {
      const terms = analyzeText(passage, lang);
      // Several sets of matched terms: single words, word pairs, compounds and their parts.
      for (let i = 0; i < terms.length; i += 3) {
        const matched = new Set([terms[i], terms[(i * 7) % terms.length], 'kn', '23', 'jong-un']);
        assert.deepEqual(quotePassage(passage, lang, matched), referenceQuote(passage, lang, matched), `${lang}: ${[...matched]}`);
        assert.deepEqual(quotePassage(passage, lang, matched, 1), referenceQuote(passage, lang, matched, 1));
      }
    }
  });

  it('quotes the sentences holding most of the question’s different words, not the most repeats of one', () => {
    const passage = 'A missile hit a building in Uman on Friday. Officials said the missile hit a house in Uman. The building had nine floors. Twenty-seven apartments were destroyed.';
    const matched = new Set(analyzeText('uman building apartments destroyed', 'en'));
    assert.match(quotePassage(passage, 'en', matched).text, /Twenty-seven apartments were destroyed/);
  });

  it('keys plain and typographic text as the Unicode rule does', () => {
    const reference = (text: string) => text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    for (const text of [ENGLISH, '“Kami siap,” kata Zelensky — 1.000 km… «ok»', 'Київ заявив', 'Straße ﬁnal №5', readFileSync(SEED_FILE, 'utf8')]) {
      assert.equal(quoteKey(text), reference(text));
    }
  });
});
