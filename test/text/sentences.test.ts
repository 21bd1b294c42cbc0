import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { passageSentencesOf, passagesOf } from '../../src/text/passages.ts';
import { splitSentences } from '../../src/text/sentences.ts';

const texts = (p: string, lang = 'en') => splitSentences(p, lang).map((s) => s.text);

describe('sentence splitter', () => {
  it('does not split at abbreviations, initials or decimals', () => {
    assert.deepEqual(texts('Dr. Smith met Gen. Syrskyi in Kyiv. The U.S. sent 2.5 tonnes.'), ['Dr. Smith met Gen. Syrskyi in Kyiv.', 'The U.S. sent 2.5 tonnes.']);
    assert.deepEqual(texts('Menurut Prof. Budi, harga naik 2,5 persen. Jl. Sudirman ditutup.', 'id'), ['Menurut Prof. Budi, harga naik 2,5 persen.', 'Jl. Sudirman ditutup.']);
  });

  it('keeps "450 km" and quotes inside their sentence', () => {
    assert.deepEqual(
      texts('Rudal ini punya jangkauan sekitar 450 km dan membawa hulu ledak 500 kg. Kim menyebut Putin "kamerad terdekatnya" dalam pesan.', 'id'),
      ['Rudal ini punya jangkauan sekitar 450 km dan membawa hulu ledak 500 kg.', 'Kim menyebut Putin "kamerad terdekatnya" dalam pesan.'],
    );
  });

  it('splits a paragraph of thousands of sentences (in windows) exactly as it splits each', () => {
    const sentences = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? `Dr. Smith said ${i} drones were shot down near Kharkiv.` : `Officials in Kyiv reported attack number ${i}, "a heavy one".`));
    const paragraph = sentences.join(' ');
    const split = splitSentences(paragraph);
    assert.deepEqual(split.map((s) => s.text), sentences);
    for (const s of split) assert.equal(paragraph.slice(s.start, s.end), s.text);
  });

  it('cuts a paragraph without any sentence end into pieces, losing nothing', () => {
    const paragraph = 'drone '.repeat(5_000).trim();
    assert.equal(texts(paragraph).join(' '), paragraph);
  });

  it('gives offsets that point back into the paragraph', () => {
    const paragraph = 'First one here. Second one there.';
    for (const s of splitSentences(paragraph)) assert.equal(paragraph.slice(s.start, s.end), s.text);
  });
});

describe('passages', () => {
  it('are 1–4 whole sentences that never cross a paragraph', () => {
    const text = 'One. Two. Three. Four. Five. Six.\n\nA new paragraph here.';
    const passages = passagesOf(text, 'en');
    assert.ok(passages.every((p) => p.split(/(?<=\.)\s/).length <= 4));
    assert.equal(passages.at(-1), 'A new paragraph here.');
    assert.equal(passages.join(' '), text.replace('\n\n', ' '));
  });

  // Ingest reads a passage's contexts from the sentences it was cut from; a rebuild splits the stored passage again.
  it('split again into the sentences they were cut from (the eval’s articles, both languages)', () => {
    const dir = join(import.meta.dirname, '..', '..', 'bench', 'eval', 'articles');
    let checked = 0;
    for (const file of readdirSync(dir)) {
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(dir, file), 'utf8')) ?? [];
      const lang = /lang: (\w+)/.exec(front)?.[1] ?? 'en';
      for (const sentences of passageSentencesOf(body, lang)) {
        assert.deepEqual(splitSentences(sentences.join(' '), lang).map((s) => s.text), sentences, file);
        checked++;
      }
    }
    assert.ok(checked > 500, `${checked} passages`);
  });
});
