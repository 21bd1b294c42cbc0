import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formalIndonesian } from '../../src/text/colloquial.ts';

describe('chat spelling', () => {
  it('reads Indonesian chat abbreviations and slang as the written words', () => {
    const formal = (question: string) => question.split(' ').map((word, i, all) => formalIndonesian(word, all[i - 1])).join(' ');
    assert.equal(formal('brp org yg udah dipulangin'), 'berapa orang yang sudah dipulangkan');
    assert.equal(formal('zelensky sm trump ngobrol tgl brp'), 'zelensky dengan trump berbicara tanggal berapa');
    assert.equal(formal('jembatan yg diresmiin putin thn 2018'), 'jembatan yang diresmikan putin tahun 2018');
    // "Ikut" would be a stopword: the word that says it is "bergabung" (joined).
    assert.equal(formal('siapa yg nimbrung'), 'siapa yang bergabung');
    assert.equal(formal('brp tentara yg dipulangin dlm 3 hr'), 'berapa tentara yang dipulangkan dalam 3 hari');
    assert.equal(formal('negara mana yg bakal duluan kirim pasukan'), 'negara mana yang akan pertama kirim pasukan');
  });

  it('reads bare nasal verbs, “-in” for “-kan” and “2” for a repeated word', () => {
    const formal = (question: string) => question.split(' ').map((word, i, all) => formalIndonesian(word, all[i - 1])).join(' ');
    assert.equal(formal('trump ngancam tarif ke negara2 yg nyumbang'), 'trump mengancam tarif ke negara-negara yang menyumbang');
    assert.equal(formal('rusia nembakin kira2 brp rudal'), 'rusia menembakkan kira-kira berapa rudal');
    assert.equal(formal('putin ngumumin gencatan senjata'), 'putin mengumumkan gencatan senjata');
    assert.equal(formal('rusia bebasin brp tentara'), 'rusia bebaskan berapa tentara');
    assert.equal(formal('siapa yg matiin listrik'), 'siapa yang matikan listrik');
    // "-an" after the 2, chat's "-e" for "-ai" and "-o" for "-au", and short forms.
    assert.equal(formal('gudang biji2an yg kena'), 'gudang biji-bijian yang kena');
    assert.equal(formal('brp bom dipake rusia kalo rame'), 'berapa bom dipakai rusia kalau ramai');
    assert.equal(formal('kpn beres'), 'kapan selesai');
  });

  it('reads chat English as the spelled-out words', () => {
    assert.equal(formalIndonesian('whats'), 'what');
    // "ketemu" is found after "yg", "udah"; met elsewhere. "ngacir" is fled.
    assert.equal(formalIndonesian('ketemu', 'yg'), 'ditemukan');
    assert.equal(formalIndonesian('ketemu', 'putin'), 'bertemu');
    assert.equal(formalIndonesian('ngacir'), 'kabur');
    // "nemu" is found (menemukan), not met; "megang" is holding (memegang).
    assert.equal(formalIndonesian('nemu'), 'menemukan');
    assert.equal(formalIndonesian('megang'), 'memegang');
    // Speech drops a first "h", where the written word is a root and the spoken one is no word: "ancur", "ilang".
    assert.equal(formalIndonesian('ancur'), 'hancur');
    assert.equal(formalIndonesian('ilang'), 'hilang');
    for (const word of ['iran', 'ada', 'ikut', 'orang', 'utang']) assert.equal(formalIndonesian(word), word);
    assert.equal(formalIndonesian('ppl'), 'people');
    assert.equal(formalIndonesian('govt'), 'government');
  });

  it('leaves written words alone, “-in” words included', () => {
    for (const word of ['An2', 'su2', 'dingin', 'ingin', 'disiplin', 'dirinya', 'Putin', 'kemarin', 'Kremlin', 'nyata', 'nanti', 'negara', 'nasional', 'nuklir', 'nyawa', 'admin', 'bitcoin', 'Berlin', 'kabin', 'the', 'one', 'drone', 'tempe', 'video', 'Prabowo', 'Rutte', 'Oslo', 'nato', 'NASA']) assert.equal(formalIndonesian(word), word);
  });
});
