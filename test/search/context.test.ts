import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { passageContexts } from '../../src/search/context.ts';

describe('passage contexts', () => {
  const passages = [
    'Jakarta, CNN Indonesia -- Rusia meluncurkan 810 drone ke Kyiv pada Minggu. Serangan itu mengenai gedung Kabinet Menteri.',
    'Serangan menewaskan dua orang. Wali kota Vitali Klitschko menyebut jumlah korban bisa bertambah.',
    'Jangkauannya sekitar 450 km, kata pejabat itu. Sebuah rudal juga jatuh di Kramatorsk.',
    'Pada malam yang sama, bandara Oslo ditutup sementara. Di Kramatorsk, sekolah diliburkan.',
  ];

  it('gives the lead the article’s names and numbers, most mentioned first, without the outlet’s own name', () => {
    const [lead] = passageContexts(passages, 'id', 'CNN Indonesia');
    const names = lead.split(' ');
    assert.equal(names[0], 'Kramatorsk');
    for (const name of ['810', 'Kyiv', 'Kabinet', 'Menteri', 'Vitali', 'Klitschko']) assert.ok(names.includes(name), name);
    // A sentence's first word is not a name for being capitalized; the outlet's words are not the story's.
    for (const word of ['Serangan', 'Jangkauannya', 'CNN', 'Indonesia', 'Jakarta']) assert.ok(!names.includes(word), word);
  });

  it('leaves out of the lead’s context a name the story mentions once, past its first passages (Oslo, 450): not its subject', () => {
    const names = passageContexts(passages, 'id', 'CNN Indonesia')[0].split(' ');
    for (const word of ['Oslo', '450']) assert.ok(!names.includes(word), word);
  });

  it('gives every other passage the names and numbers of the two sentences before it ("rudal itu" is named a sentence or two back)', () => {
    const contexts = passageContexts(passages, 'id', 'CNN Indonesia');
    assert.equal(contexts[1], 'Rusia 810 Kyiv Minggu Kabinet Menteri');
    assert.equal(contexts[2], 'Vitali Klitschko');
    assert.equal(contexts[3], '450 Kramatorsk');
    assert.deepEqual(passageContexts([], 'id'), []);
  });
});
