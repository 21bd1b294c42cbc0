import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planFor } from '../../src/search/ask.ts';
import { answerKindsOf, ANSWER_KIND } from '../../src/text/answer-kinds.ts';
import { formalIndonesian } from '../../src/text/colloquial.ts';
import { article, withCorpus } from '../helpers.ts';

/**
 * Chat's spellings and the words of a question that the news says otherwise,
 * each a way /ask answered "nothing found" on the twelfth session's real sets
 * (issue 11). The articles are written for the test, the way outlets write them.
 */
describe('meeting the words of the twelfth session’s questions', () => {
  const { engine, quotesOf } = withCorpus('sitrep-asked-words-12-', new Date('2025-12-10T00:00:00Z'), {
    'spiderweb-id.md': article(
      'SBU ungkap persiapan Operasi Jaring Laba-laba',
      'Kabar Pertahanan',
      'id',
      '2025-06-02',
      [
        'KYIV - Dinas Keamanan Ukraina (SBU) menyatakan lebih dari 40 pesawat pengebom Rusia terkena serangan drone dalam operasi Spider Web pada Minggu.',
        'Menurut SBU, persiapan operasi itu memakan waktu lebih dari satu setengah tahun.',
        'Pangkalan udara Belaya di Irkutsk berjarak lebih dari 4.300 kilometer dari garis depan di Ukraina.',
      ].join('\n\n'),
    ),
    'scalp-id.md': article(
      'Inggris izinkan Storm Shadow ditembakkan ke Kursk',
      'Warta Dunia',
      'id',
      '2024-11-21',
      [
        'LONDON - Ukraina menembakkan rudal jelajah Storm Shadow buatan Inggris ke wilayah Kursk di Rusia untuk pertama kalinya.',
        'Selain Inggris, Prancis juga mengirim rudal SCALP, varian yang sama dengan Storm Shadow, ke Ukraina.',
      ].join('\n\n'),
    ),
    'airports-id.md': article(
      'Drone ganggu penerbangan di bandara Moskow',
      'Berita Ekonomi',
      'id',
      '2023-08-21',
      [
        'MOSKOW - Kedatangan dan keberangkatan di empat bandara utama Moskow dibatasi pada Senin, mengganggu 45 pesawat penumpang serta dua pesawat kargo, kata otoritas penerbangan Rusia.',
      ].join('\n\n'),
    ),
    'tapes-id.md': article(
      'Penyidik ungkap julukan Mindich dalam rekaman kasus Energoatom',
      'Kabar Kyiv',
      'id',
      '2025-11-13',
      [
        'KYIV - Dalam rekaman yang dikumpulkan penyidik Biro Antikorupsi Nasional (NABU), pengusaha Timur Mindich dijuluki "Karlson".',
        'Skandal itu mengguncang pemerintahan Presiden Volodymyr Zelensky di tengah perang melawan invasi Rusia, saat serangan drone dan rudal Rusia merusak pembangkit listrik Ukraina.',
      ].join('\n\n'),
    ),
    'plan-id.md': article(
      'Isi rencana damai 28 poin',
      'Harian Kota',
      'id',
      '2025-11-21',
      [
        'JAKARTA - Dalam rancangan rencana damai yang didukung Presiden AS Donald Trump, Rusia akan diterima kembali ke kelompok G8.',
      ].join('\n\n'),
    ),
    'protest-id.md': article(
      'Ribuan warga Ukraina protes undang-undang NABU',
      'Portal Eropa',
      'id',
      '2025-07-23',
      [
        'KYIV - Ribuan warga turun ke jalan di Kiev pada Selasa 22 Juli 2025 dalam protes anti-pemerintah pertama sejak perang dimulai, menentang undang-undang yang memangkas independensi NABU.',
      ].join('\n\n'),
    ),
  });

  it('takes “satu setengah tahun” (a year and a half) as a length of time', () => {
    assert.ok(answerKindsOf('persiapan itu memakan waktu lebih dari satu setengah tahun') & ANSWER_KIND.duration);
    assert.ok(answerKindsOf('it took one and a half years to prepare') & ANSWER_KIND.duration);
    const quotes = quotesOf('how long did the sbu spend planning spiderweb?');
    assert.ok(quotes.some((quote) => /satu setengah tahun/.test(quote)), quotes.join(' | '));
  });

  it('reads a chat form joined by a hyphen (“ukr-rus”, “anti-govt”) part by part', () => {
    assert.equal(formalIndonesian('anti-govt'), 'anti-government');
    assert.equal(formalIndonesian('ex-govt'), 'ex-government');
    const labels = planFor(engine() as never, 'how far is belaya from the ukr-rus border?').concepts.map((c) => c.label);
    assert.ok(labels.includes('ukr') && labels.includes('rus'), labels.join(', '));
    const quotes = quotesOf('how far is belaya from the ukr-rus border?');
    assert.ok(quotes.some((quote) => /4\.300 kilometer/.test(quote)), quotes.join(' | '));
    const protests = quotesOf('when did the first anti-govt street protests over the nabu law start?');
    assert.ok(protests.some((quote) => /22 Juli 2025/.test(quote)), protests.join(' | '));
  });

  it('reads speech’s “e” in a passive’s root (“dibatesin”: dibatasi) and “walkot” (wali kota)', () => {
    assert.equal(formalIndonesian('dibatesin'), 'dibataskan');
    assert.equal(formalIndonesian('walkot'), 'walikota');
    const quotes = quotesOf('waktu bandara moskow dibatesin, brp pesawat barang yg kena?');
    assert.ok(quotes.some((quote) => /dua pesawat kargo/.test(quote)), quotes.join(' | '));
  });

  it('meets a twin in a variant, a nickname in “dijuluki” and a club in a group', () => {
    const twin = quotesOf("what's the french twin of the storm shadow called?");
    assert.ok(twin.some((quote) => /rudal SCALP/.test(quote)), twin.join(' | '));
    const nickname = quotesOf('what nickname did mindich get on the nabu tapes?');
    assert.ok(nickname.some((quote) => /Karlson/.test(quote)), nickname.join(' | '));
    const club = quotesOf("under trump's draft, what club of big economies would russia get back into?");
    assert.ok(club.some((quote) => /kelompok G8/.test(quote)), club.join(' | '));
  });

  it('skips “baru” (only then) on the way to the thing asked: “brp lama baru padam” asks of the putting out', () => {
    const focus = planFor(engine() as never, 'kebakaran depot brp lama baru padam?').concepts.find((c) => c.focus);
    assert.equal(focus?.label, 'padam');
  });
});
