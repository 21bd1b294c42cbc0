import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planFor } from '../../src/search/ask.ts';
import { asksCount } from '../../src/text/answer-kinds.ts';
import { article, withCorpus } from '../helpers.ts';

/**
 * How a question is read — its words' senses, who acts in it, what it asks —
 * each a way /ask missed a right answer on the ninth session's real sets
 * (issue 11), on articles written the way outlets write them.
 */
describe('reading a question as chat users ask it', () => {
  const { engine, quotesOf } = withCorpus('sitrep-reading-', new Date('2025-10-28T00:00:00Z'), {
    'pokrovsk-en.md': article(
      'Kremlin says its troops hold Pokrovsk; Kyiv says fighting goes on',
      'Frontline Wire',
      'en',
      '2025-10-21',
      [
        'MOSCOW - Russia’s top general told Vladimir Putin that his forces had taken the town of Pokrovsk, the Kremlin said on Tuesday.',
        'Kyiv has not confirmed any loss of the town. Ukraine’s general staff reported on Tuesday some 52 Russian attacks in the sector around Pokrovsk.',
        'The town sat on a road and rail hub that supplied Ukrainian units across the Donetsk region before the war.',
        'Kyiv’s mayor said air raid sirens sounded twice overnight.',
      ].join('\n\n'),
    ),
    'busan-id.md': article(
      'Intelijen Seoul: tentara Korut di Rusia belajar perang drone',
      'Warta Semenanjung',
      'id',
      '2025-10-20',
      [
        'SEOUL - Badan intelijen Korea Selatan menyebut tentara Korea Utara yang dikirim ke Rusia telah belajar mengoperasikan drone di medan perang Kursk.',
        'Dalam rapat yang sama, badan itu melaporkan bahwa tiga turis asing memotret kapal induk Amerika Serikat yang sedang berlabuh di pangkalan angkatan laut Busan dengan menggunakan drone.',
        'Ketiganya sudah diperiksa polisi dan kamera mereka disita.',
      ].join('\n\n'),
    ),
    'jaring-id.md': article(
      'Ukraina hancurkan puluhan pesawat pengebom Rusia',
      'Harian Nusantara',
      'id',
      '2025-06-02',
      [
        'KYIV - Dinas Keamanan Ukraina (SBU) menyatakan operasi bersandi Spider Web telah merusak lebih dari 40 pesawat pengebom strategis Rusia pada Minggu.',
        'Serangan itu menyasar empat lapangan udara sekaligus, yakni Olenya, Belaya, Dyagilevo, dan Ivanovo, kata SBU.',
        'Pangkalan udara Belaya terletak di Siberia, berjarak lebih dari 4.000 kilometer dari perbatasan Ukraina.',
        'Drone-drone itu diselundupkan ke Rusia di dalam truk, menurut sumber keamanan.',
      ].join('\n\n'),
    ),
    'kyiv-strike-en.md': article(
      'Drones kill two in Kyiv overnight',
      'Capital Desk',
      'en',
      '2025-10-26',
      [
        'KYIV - Russian drones struck apartment blocks in two districts of Kyiv overnight, setting fires on several floors.',
        'A 21-year-old student and her 52-year-old mother were killed when debris hit their flat, the interior minister said.',
        'Air defence units shot down most of the drones over the city, the air force said.',
      ].join('\n\n'),
    ),
    'kharkiv-en.md': article(
      'Missile hits Kharkiv apartment block, killing children',
      'Eastern Courier',
      'en',
      '2025-03-07',
      [
        'KHARKIV - A Russian missile hit a five-storey apartment block in Kharkiv on Saturday, killing eight people, among them three children, regional officials said.',
        'Rescuers worked through the night to pull residents from the rubble of the collapsed stairwell.',
        'Ukraine’s Deputy Foreign Minister Olena Marchuk wrote on X that the strike was “yet another crime against Ukrainian children”.',
      ].join('\n\n'),
    ),
    'blackout-en.md': article(
      'Russian strikes leave two regions without power',
      'Grid Watch',
      'en',
      '2025-12-27',
      [
        'KYIV - Russian missile and drone attacks on substations left the Dnipropetrovsk and Zaporizhzhia regions almost entirely without electricity on Saturday, the energy ministry said.',
        'Repair crews restored power to hospitals first. Schools in the Zaporizhzhia region will stay closed until January 9.',
      ].join('\n\n'),
    ),
    'wajib-militer-id.md': article(
      'Duma sahkan aturan baru wajib militer',
      'Kabar Eropa',
      'id',
      '2025-07-15',
      [
        'MOSKWA - Parlemen Rusia mengesahkan undang-undang yang menaikkan batas usia wajib militer menjadi 30 tahun.',
        'Secara hukum, wajib militer tidak boleh dikirim bertempur di luar wilayah Rusia, kata Kementerian Pertahanan.',
      ].join('\n\n'),
    ),
    'anak-id.md': article(
      'Ibu-ibu Ukraina menjemput anak mereka dari Krimea',
      'Kabar Dunia',
      'id',
      '2023-04-09',
      [
        'KYIV - Sekelompok ibu asal Ukraina berhasil membawa pulang anak-anak mereka yang dibawa ke kamp di Krimea yang diduduki Rusia.',
        'Menurut PBB, sedikitnya 500 anak Ukraina tewas sejak invasi Rusia dimulai, dan ribuan anak lainnya terluka.',
        'Ukraina memperkirakan hampir 20.000 anak telah dibawa ke Rusia sejak invasi dimulai, yang disebut Kyiv sebagai deportasi ilegal.',
        'Oksana mengaku menempuh perjalanan melalui Polandia, Belarus, dan Rusia untuk menjemput putranya.',
      ].join('\n\n'),
    ),
    'draft-age-en.md': article(
      'Zelensky signs law lowering the draft age',
      'Capital Desk',
      'en',
      '2024-04-03',
      [
        'KYIV - President Volodymyr Zelensky has signed a law of the Verkhovna Rada cutting the age at which men can be called up for combat from 27 to 25.',
        'The parliament adopted the law on May 30, 2023, but it lay on the president’s desk for ten months.',
        'Men aged 25 and 26 will now face mobilisation, which officials say will add tens of thousands of soldiers.',
      ].join('\n\n'),
    ),
    'storm-shadow-en.md': article(
      'Britain gives Ukraine Storm Shadow missiles',
      'Island Post',
      'en',
      '2023-05-11',
      [
        'LONDON - Britain has given Ukraine Storm Shadow cruise missiles, the first western country to send Kyiv long-range missiles of this kind, the UK defence secretary said.',
        'The UK defence secretary said Storm Shadow missiles would help Kyiv push Russian forces out of Ukrainian land, and that the UK was giving them in proportion to Russia’s own attacks.',
        'The Kremlin spokesman said Moscow viewed the step very negatively and would respond.',
      ].join('\n\n'),
    ),
    'pow-id.md': article(
      'Zelensky siap tukar tawanan Korut',
      'Warta Semenanjung',
      'id',
      '2025-01-13',
      [
        'KYIV - Pasukan Ukraina menangkap dua tentara Korea Utara di wilayah Kursk, kata Presiden Volodymyr Zelensky, Sabtu.',
        'Zelensky mengatakan kedua tentara Korea Utara itu kini menjadi tawanan Ukraina dan sedang diperiksa oleh dinas keamanan SBU.',
        'Zelensky menyebut kedua tentara Korea Utara itu tawanan pertama dari Korut sejak Pyongyang mengirim pasukan ke Rusia.',
        'Zelensky mengatakan Kyiv siap menukar keduanya dengan prajurit yang ditahan Moskow.',
        'Menurut Zelensky, keduanya bisa dikembalikan kepada Kim Jong Un jika Pyongyang mau bertukar tawanan.',
      ].join('\n\n'),
    ),
  });

  it('reads a word of several senses in the ways of each: Kyiv’s counted “assaults” are the news’s “attacks”', () => {
    const quotes = quotesOf('how many russian assaults near pokrovsk did kyiv count on tuesday');
    assert.ok(quotes.some((quote) => /52 Russian attacks/.test(quote)), quotes.join(' | '));
  });

  it('reads the subject of a question’s verb (“did kyiv count”) as its government, which the news names as the state', () => {
    const kyiv = planFor(engine(), 'how many russian assaults did kyiv count').concepts.find((c) => c.label === 'kyiv')!;
    assert.ok(kyiv.coverage.some((alias) => alias.join(' ') === 'ukrain'), JSON.stringify(kyiv.coverage));
    const city = planFor(engine(), 'how many drones did russia launch at kyiv').concepts.find((c) => c.label === 'kyiv')!;
    assert.ok(!city.coverage.some((alias) => alias.join(' ') === 'ukrain'), JSON.stringify(city.coverage));
  });

  it('meets an aircraft carrier in the Indonesian “kapal induk”, and a ship docked in one “berlabuh”', () => {
    const quotes = quotesOf('who flew a drone over the aircraft carrier docked in busan');
    assert.match(quotes[0] ?? '', /tiga turis asing/, quotes.join(' | '));
  });

  it('meets Operation Spiderweb written in two words, and air bases in the news’s “lapangan udara”', () => {
    const quotes = quotesOf('names of the four air bases ukraine hit in operation spiderweb');
    assert.ok(quotes.some((quote) => /Olenya, Belaya, Dyagilevo, dan Ivanovo/.test(quote)), quotes.join(' | '));
  });

  it('reads “jauhnya berapa” as asking a distance, which a length answers, not a count', () => {
    assert.equal(asksCount('pangkalan belaya jauhnya berapa dari perbatasan ukraina'), false);
    assert.equal(asksCount('berapa pesawat yang rusak'), true);
    const quotes = quotesOf('pangkalan belaya jauhnya berapa dari perbatasan ukraina');
    assert.match(quotes[0] ?? '', /4\.000 kilometer/, quotes.join(' | '));
  });

  it('finds a day asked with its month (“26 oktober”) in the article’s date, and reads “ibu” as a mother', () => {
    const plan = planFor(engine(), 'umur berapa ibu dan anak perempuan yang tewas kena drone di kyiv 26 oktober');
    assert.ok(plan.concepts.some((c) => c.label === 'ibu' && c.coverage.some((alias) => alias.join(' ') === 'mother')), JSON.stringify(plan.concepts.map((c) => c.label)));
    const quotes = quotesOf('umur berapa ibu dan anak perempuan yang tewas kena drone di kyiv 26 oktober');
    assert.ok(quotes.some((quote) => /21-year-old student and her 52-year-old mother/.test(quote)), quotes.join(' | '));
    // Another day of October is not the article's.
    assert.ok(!quotesOf('umur berapa ibu dan anak perempuan yang tewas kena drone di kyiv 12 oktober').some((quote) => /52-year-old mother/.test(quote)));
  });

  it('reads who is asked to have spoken as the thing asked: their words first, and nothing when no article names them', () => {
    assert.match(quotesOf('what did the deputy foreign minister say about the kharkiv strike')[0] ?? '', /yet another crime against Ukrainian children/);
    assert.deepEqual(quotesOf('what did the pope say about the kharkiv strike'), []);
    assert.deepEqual(quotesOf('apa kata paus soal serangan rudal di kharkiv'), []);
  });

  it('reads a name whose word names another place (“PLTN Zaporizhzhia”) as that name, not the region the news names', () => {
    assert.deepEqual(quotesOf('pltn zaporizhzhia ikut kena serangan gak waktu listrik padam'), []);
    assert.ok(quotesOf('zaporizhzhia kena serangan gak waktu listrik padam').some((quote) => /without electricity/.test(quote)));
  });

  it('does not meet a prison sentence in “hukum” (law), which “hukuman” stems to', () => {
    assert.deepEqual(quotesOf('whats the prison sentence in russia for skipping the draft'), []);
  });

  it('reads “what route” as asking the way, which the answer names without the word', () => {
    assert.match(quotesOf('what route did oksana take to get her son back from crimea')[0] ?? '', /melalui Polandia, Belarus, dan Rusia/);
  });

  it('meets children “diboyong” (carried off) to Russia in the news’s “dibawa ke Rusia”', () => {
    assert.match(quotesOf('berapa anak ukraina yang diboyong ke rusia sejak invasi')[0] ?? '', /hampir 20\.000 anak/);
  });

  it('finds the date of an event (“kapan … uu usia mobilisasi”) in an article telling of it further down', () => {
    assert.ok(quotesOf('kapan rada mengesahkan uu penurunan usia mobilisasi ke 25').some((quote) => /May 30, 2023/.test(quote)));
  });

  it('ranks the words of the one asked about (“how did moscow react”) above other statements on the same story', () => {
    assert.match(quotesOf('how did moscow react when the uk said it was giving kyiv storm shadows')[0] ?? '', /Moscow viewed the step very negatively/);
  });

  it('answers “what did X say” only with words given as X’s: the one they are handed back to has said nothing', () => {
    assert.deepEqual(quotesOf('what did kim jong un say about the two soldiers ukraine captured'), []);
    assert.ok(quotesOf('what did zelensky say about the two north korean soldiers').some((quote) => /Zelensky/.test(quote)));
  });

  it('reads chat’s “dituker” as “ditukar” (exchanged)', () => {
    const quotes = quotesOf('zelensky bilang apa soal 2 tentara korut itu, mau dituker sm tawanan ukraina?');
    assert.ok(quotes.some((quote) => /siap menukar/.test(quote)), quotes.join(' | '));
  });

  it('reads “komentar apa” as asking someone’s words, which need not say “comment”', () => {
    const quotes = quotesOf('wamenlu ukraina komentar apa soal rudal yang hantam apartemen kharkiv');
    assert.ok(quotes.some((quote) => /yet another crime against Ukrainian children/.test(quote)), quotes.join(' | '));
  });
});
