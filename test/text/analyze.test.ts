import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText, analyzeWord, normalizeWord } from '../../src/text/analyze.ts';
import { readFileSync } from 'node:fs';
import { STEM_CACHE_FILE, saveStemCache, stem } from '../../src/text/stem.ts';
import { tokenize } from '../../src/text/tokenize.ts';

describe('stemming', () => {
  it('reduces Indonesian affixed words to their roots', () => {
    const cases = { pengiriman: 'kirim', dikerahkan: 'kerah', membantu: 'bantu', keterlibatan: 'libat', jangkauan: 'jangkau', serangan: 'serang' };
    for (const [word, root] of Object.entries(cases)) assert.equal(stem(word, 'id'), root, word);
  });

  it('reduces English inflections', () => {
    assert.equal(stem('missiles', 'en'), stem('missile', 'en'));
    assert.equal(stem('engineers', 'en'), stem('engineer', 'en'));
    assert.equal(stem('killed', 'en'), 'kill');
    assert.equal(stem('strikes', 'en'), stem('strike', 'en'));
  });

  it('keeps the stems it computed for the next start, the same as computed', () => {
    assert.equal(stem('ditandatanganinya', 'id'), stem('ditandatanganinya', 'id'));
    saveStemCache();
    const saved = JSON.parse(readFileSync(STEM_CACHE_FILE, 'utf8')) as Record<string, Record<string, string>>;
    assert.equal(saved.id.ditandatanganinya, stem('ditandatanganinya', 'id'));
    // An override is what the cache holds too: "meninggal" (died) stays itself, not "tinggal".
    assert.equal(stem('meninggal', 'id'), 'meninggal');
    saveStemCache();
    assert.equal((JSON.parse(readFileSync(STEM_CACHE_FILE, 'utf8')) as Record<string, Record<string, string>>).id.meninggal, 'meninggal');
  });

  it('leaves numbers alone', () => {
    assert.equal(stem('450', 'id'), '450');
  });

  it('reads an ordinal as its number', () => {
    assert.deepEqual(analyzeText('the 18th package', 'en'), ['18', 'packag']);
    assert.ok(analyzeText('paket ke-18', 'id').includes('18'));
  });
});

describe('tokenizer', () => {
  it('keeps weapon and person names whole, with offsets', () => {
    const tokens = tokenize('Rudal KN-23 dan Iskander-M; Kim Jong-un berkata.');
    assert.deepEqual(tokens.map((t) => t.text), ['Rudal', 'KN-23', 'dan', 'Iskander-M', 'Kim', 'Jong-un', 'berkata']);
    assert.equal('Rudal KN-23 dan'.slice(tokens[1].start, tokens[1].end), 'KN-23');
  });

  it('keeps decimal numbers together', () => {
    assert.deepEqual(tokenize('naik 2,5 persen, 1.000 tentara').map((t) => t.text), ['naik', '2,5', 'persen', '1.000', 'tentara']);
  });

  it('reads a per cent sign as the word, in the text’s language', () => {
    assert.deepEqual(tokenize('35% dari').map((t) => t.text), ['35', '%', 'dari']);
    assert.deepEqual(analyzeText('about 35% of imports', 'en'), ['35', 'percent', 'import']);
    assert.deepEqual(analyzeText('sekitar 19％ impor', 'id'), ['19', 'persen', 'impor']);
  });

  it('reads wire copy’s month abbreviations as the month, and drops “anyone”', () => {
    assert.deepEqual(analyzeText('on Sept. 23 and Oct 8', 'en'), analyzeText('on September 23 and October 8', 'en'));
    assert.deepEqual(analyzeText('did anyone die', 'en'), ['die']);
  });

  it('makes compounds findable whole and by parts', () => {
    assert.deepEqual(analyzeWord('KN-23', 'id'), ['kn-23', 'kn', '23']);
    // A number with its unit written on is found by each: "6GW" by "gw", "450km" by 450.
    assert.deepEqual(analyzeWord('6GW', 'en'), ['6gw', '6', 'gw']);
    assert.deepEqual(analyzeWord('450km', 'id'), ['450km', '450', 'km']);
    assert.deepEqual(analyzeWord('1990s', 'en'), ['1990s', '1990']);
    // A model typed without its hyphen ("f16", "KN23") holds the hyphenated form's terms.
    assert.deepEqual(analyzeWord('f16', 'en'), ['f16', 'f-16', '16']);
    assert.deepEqual(analyzeWord('KN23', 'id'), ['kn23', 'kn-23', 'kn', '23']);
    assert.deepEqual(analyzeWord('Iskander-M', 'en').slice(0, 2), ['iskander-m', 'iskand']);
    assert.ok(analyzeWord('Jong-un', 'id').includes('jong-un'));
    assert.ok(analyzeWord('Jong-un', 'id').includes('jong'));
  });

  it('keeps the Indonesian numbers, ordinals and sizes news answers with, and an ordinal apart from its number', () => {
    assert.deepEqual(analyzeText('dua drone pertama yang lebih besar', 'id'), ['dua', 'drone', 'pertama', 'besar']);
    assert.deepEqual(analyzeWord('keempat', 'id'), ['keempat']);
    assert.deepEqual(analyzeWord('empat', 'id'), ['empat']);
    // The last ("terakhir") is not what ended ("berakhir").
    assert.notDeepEqual(analyzeWord('terakhir', 'id'), analyzeWord('berakhir', 'id'));
  });

  it('drops stopwords and possessives', () => {
    assert.deepEqual(analyzeText("Russia's war and the missiles", 'en'), ['russia', 'war', 'missil']);
    assert.deepEqual(analyzeText('yang dikerahkan di Ukraina', 'id'), ['kerah', 'ukraina']);
  });
});

describe('hostile words', () => {
  it('leaves a "word" longer than any language has out of the index, and the words around it in', () => {
    assert.deepEqual(analyzeText(`Kharkiv ${'x'.repeat(100_000)} drones`, 'en'), ['kharkiv', 'drone']);
  });
});

describe('numbers', () => {
  it('are one term however a language writes them', () => {
    assert.deepEqual(analyzeText('1.000 tawanan, 1,000 prisoners, 4,5 jam, 4.5 hours, 8.060 drone', 'id'), ['1000', 'tawan', '1000', 'prisoners', '4.5', 'jam', '4.5', 'hours', '8060', 'drone']);
  });
});

describe('word normalization', () => {
  it('lower-cases plain words and folds the rest to one form', () => {
    for (const word of ['Zelensky', 'KN', 'serangan', 'HIMARS']) assert.equal(normalizeWord(word), word.normalize('NFKC').toLowerCase());
    assert.equal(normalizeWord('Russia’s'), 'russia');
    assert.equal(normalizeWord('ＫＮ‐23'), 'kn-23');
    assert.equal(normalizeWord('1.000'), '1000');
  });

  it('gives a word the same terms each time it is analyzed, per language, and keeps them from being changed', () => {
    const first = analyzeWord('serangan', 'id');
    assert.deepEqual(first, ['serang']);
    assert.equal(analyzeWord('serangan', 'id'), first);
    assert.ok(Object.isFrozen(first));
    assert.deepEqual(analyzeWord('serangan', 'en'), ['serangan']);
  });
});
