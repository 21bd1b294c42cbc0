import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { GLOSSARY_FILE, LEXICON_FILE, NEWS_LEXICON_FILE, SYNONYMS_FILE } from '../../src/config.ts';
import { SortedWords, isDictionaryWord } from '../../src/text/dictionary.ts';
import { Glossary, glossaryCacheFile } from '../../src/text/glossary.ts';
import { words } from '../../src/text/tokenize.ts';

const GLOSSARIES = [GLOSSARY_FILE, SYNONYMS_FILE];
const LEXICONS = [NEWS_LEXICON_FILE, LEXICON_FILE];
const QUESTIONS = ['berapa rudal KN-23 yang dikirim Korea Utara ke Rusia', 'what did Prabowo Subianto propose at the Shangri-La Dialogue', 'pasukan Ukraina mundur dari Avdiivka'];

function sameAnswers(a: Glossary, b: Glossary): void {
  for (const question of QUESTIONS) {
    const tokens = words(question);
    assert.deepEqual(
      a.match(tokens).map((m) => [m.concept.id, m.start, m.end]),
      b.match(tokens).map((m) => [m.concept.id, m.start, m.end]),
      question,
    );
    for (const word of tokens) assert.deepEqual(a.translate(word), b.translate(word), word);
  }
  assert.equal(a.concepts.length, b.concepts.length);
}

describe('the glossary kept between runs', () => {
  it('reads back the glossary it built, the same in every match and translation', () => {
    const built = Glossary.load(GLOSSARIES, LEXICONS);
    Glossary.load(GLOSSARIES, LEXICONS, [], { cache: true });
    const cached = Glossary.load(GLOSSARIES, LEXICONS, [], { cache: true });
    sameAnswers(built, cached);
    assert.deepEqual(built.match(words('kn-23')).map((m) => m.concept.id), ['kn-23']);
  });

  it('keys the cache by the user’s own concepts, and builds again over a damaged file', () => {
    const extra = [{ id: 'test-drone', kind: 'weapon', aliases: { en: ['Zephyrwing'], id: ['Zephyrwing'] } }];
    assert.notEqual(glossaryCacheFile([...GLOSSARIES, ...LEXICONS], []), glossaryCacheFile([...GLOSSARIES, ...LEXICONS], extra));
    writeFileSync(glossaryCacheFile([...GLOSSARIES, ...LEXICONS], extra)!, '{"concepts": [');
    const glossary = Glossary.load(GLOSSARIES, LEXICONS, extra, { cache: true });
    assert.deepEqual(glossary.match(words('the zephyrwing drone')).map((m) => m.concept.id).slice(0, 1), ['test-drone']);
  });
});

describe('the dictionaries searched as they are read', () => {
  it('finds every word of a sorted list, and no other', () => {
    const list = ['kill', 'killed', 'pokrov', 'a', 'zz', 'mobil', 'mobilization', 'ä'];
    const sorted = new SortedWords(SortedWords.of(list).text);
    for (const word of list) assert.equal(sorted.has(word), true, word);
    for (const word of ['', 'kil', 'killer', 'b', 'zzz', 'mobili', 'aa']) assert.equal(sorted.has(word), false, word);
    assert.equal(SortedWords.of([]).has('a'), false);
  });

  it('tells everyday words from names, in English and Indonesian', () => {
    for (const word of ['missile', 'fled', 'serangan', 'tentara']) assert.equal(isDictionaryWord(word), true, word);
    // Comparatives and superlatives are their adjective's ("how much stronger…" asks about no name).
    for (const word of ['stronger', 'larger', 'bigger', 'heaviest']) assert.equal(isDictionaryWord(word), true, word);
    for (const word of ['pokrovsk', 'grossi', 'zelensky']) assert.equal(isDictionaryWord(word), false, word);
  });
});
