import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planFor } from '../../src/search/ask.ts';
import { ANSWER_KIND, askedKind } from '../../src/text/answer-kinds.ts';
import { formalIndonesian } from '../../src/text/colloquial.ts';
import { article, withCorpus } from '../helpers.ts';

/**
 * Questions of the fifteenth session's real sets (issue 11) that /ask answered
 * "nothing found": a bill's "changes" that the news calls amendments, an
 * Indonesian "mundur" from office, a grace period, a chat spelling of a raid,
 * a name with a prefix ("non-UE") that the news says apart ("outside the EU"),
 * a poll's "media" its newspaper, Duma members counted by their votes, "menpora",
 * a birth name told as "nama asli", "bahasa inggris" as a language, not Britain,
 * a "lol" after the question, a "landasan roket" as a launch pad, a "jeda perang"
 * as a truce, "what yr", "defmin", "idps", "cewek", who led a delegation, chat's
 * "nuked" and "orgs", and "pemred", a chat form of two words.
 * The articles are written for the test, the way outlets write them.
 */
describe('the fifteenth session’s questions', () => {
  const { engine, quotesOf } = withCorpus('sitrep-asked-words-15-', new Date('2025-12-20T00:00:00Z'), {
    'duma-en.md': article(
      'Duma tightens rules on foreign agents',
      'Moscow Ledger',
      'en',
      '2022-06-29',
      [
        'MOSCOW - Russia’s State Duma passed the bill on "foreign agents" in its second reading on Wednesday, as the war in Ukraine entered its fifth month.',
        'Of 74 amendments put forward for the second reading, the deputies approved 14, the Kommersant newspaper reported.',
      ].join('\n\n'),
    ),
    'resign-en.md': article(
      'Kyiv names new negotiators after chief of staff quits',
      'Kyiv Courier',
      'en',
      '2025-11-29',
      [
        'KYIV - Ukraine’s presidential chief of staff Andriy Yermak resigned on Friday hours after anti-corruption detectives searched his home, President Volodymyr Zelensky said.',
        'At future peace talks Ukraine will be represented by the military’s Chief of the General Staff, Andriy Hnatov, and by the secretary of the security council, Zelensky added.',
      ].join('\n\n'),
    ),
    'raid-id.md': article(
      'Yermak mundur usai rumahnya digerebek',
      'Warta Kyiv',
      'id',
      '2025-11-28',
      [
        'KYIV - Dua lembaga antikorupsi Ukraina menggerebek apartemen Andriy Yermak, kepala staf Presiden Volodymyr Zelensky, pada Jumat pagi di tengah perang dengan Rusia. Yermak mengatakan di media sosial bahwa dari pihaknya "ada kerja sama penuh" dengan penyidik.',
      ].join('\n\n'),
    ),
    'safe-id.md': article(
      'Komisi Eropa setujui pinjaman pertahanan SAFE',
      'Kabar Brussel',
      'id',
      '2025-10-15',
      [
        'BRUSSEL - Komisi Eropa menyetujui rencana delapan negara untuk pinjaman pertahanan SAFE senilai 150 miliar euro, di tengah perang Rusia di Ukraina.',
        'SAFE menawarkan pinjaman jangka panjang berbunga rendah dengan masa tenggang pembayaran hingga 10 tahun.',
      ].join('\n\n'),
    ),
    'safe-en.md': article(
      'EU gives final approval to defence loans',
      'Brussels Desk',
      'en',
      '2025-05-27',
      [
        'BRUSSELS - The European Union gave final approval to a 150 billion euro loan scheme, SAFE, to strengthen its defences as Russia’s war in Ukraine goes on.',
        'The final agreement allows up to 35 percent of the value of weapons bought through the scheme to come from manufacturers outside the EU and Ukraine.',
      ].join('\n\n'),
    ),
    'poll-id.md': article(
      'Survei: warga Polandia ragukan kesiapan tentaranya',
      'Kabar Warsawa',
      'id',
      '2024-10-23',
      [
        'WARSAWA - Jajak pendapat yang diterbitkan surat kabar Gazeta Nadwislanska pada Selasa menunjukkan mayoritas warga Polandia menilai militernya belum siap menghadapi serangan Rusia, di tengah perang di Ukraina.',
        'Polandia membelanjakan 4,2 persen PDB untuk pertahanan tahun ini.',
      ].join('\n\n'),
    ),
    'duma-vote-id.md': article(
      'Duma loloskan RUU agen asing',
      'Warta Moskwa',
      'id',
      '2022-06-08',
      [
        'MOSKWA - Para wakil rakyat Rusia di Duma Negara meloloskan RUU pengetatan aturan agen asing pada pembacaan pertama, di tengah perang Rusia di Ukraina.',
        'RUU itu disahkan dengan 346 suara berbanding 17 pada pembacaan pertama dari tiga pembacaan.',
        'Kelompok hak asasi manusia menolak RUU tersebut.',
      ].join('\n\n'),
    ),
    'athletes-en.md': article(
      'War has killed 262 Ukrainian athletes, minister says',
      'Kyiv Sport Wire',
      'en',
      '2023-04-01',
      ['KYIV - Vadym Huttsait, Ukraine’s Youth and Sport Minister, said Russia’s war has killed 262 Ukrainian athletes and destroyed 363 sports facilities.'].join('\n\n'),
    ),
    'kirill-id.md': article(
      'Uni Eropa usulkan sanksi untuk Patriark Kirill',
      'Kabar Eropa',
      'id',
      '2022-05-05',
      ['BRUSSEL - Dalam rancangan sanksi terbaru Uni Eropa atas perang di Ukraina, Patriark Kirill disebut dengan nama aslinya, Vladimir Gundyayev.'].join('\n\n'),
    ),
    'lavra-en.md': article(
      'Monks told to leave Kyiv monastery',
      'Capital Desk',
      'en',
      '2023-03-26',
      ['KYIV - The Russian invasion of Ukraine is felt in a struggle for the Lavra, known in English as the Monastery of the Caves, whose monks were told to leave by March 29.'].join('\n\n'),
    ),
    'kim-en.md': article(
      'Putin and Kim sign defence pact in Pyongyang',
      'Asia Desk',
      'en',
      '2024-06-19',
      [
        'PYONGYANG - Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defence treaty at their summit in June, as Russia’s war in Ukraine goes on.',
        'Kim called the Russian leader the "dearest friend of the Korean people".',
      ].join('\n\n'),
    ),
    'vostochny-en.md': article(
      'Kim tours Russian cosmodrome with Putin',
      'Asia Desk',
      'en',
      '2023-09-13',
      ['AMUR REGION - Putin gave Kim a tour of the Vostochny cosmodrome, including two launch pads, before talks on weapons for Russia’s war in Ukraine.'].join('\n\n'),
    ),
    'truce-id.md': article(
      'PBB sahkan resolusi gencatan senjata Olimpiade Paris',
      'Warta Dunia',
      'id',
      '2023-11-22',
      [
        'NEW YORK - Majelis Umum Perserikatan Bangsa-Bangsa (PBB), pada Selasa 21 November 2023, mengesahkan sebuah resolusi tentang Gencatan Senjata Olimpiade untuk Olimpiade Paris 2024.',
        'Rusia dan Suriah abstain dalam pemungutan suara itu, sementara Ukraina mendukungnya.',
      ].join('\n\n'),
    ),
    'straits-en.md': article(
      'Turkey shuts straits to warships',
      'Ankara Desk',
      'en',
      '2022-02-28',
      ['ANKARA - Turkey closed the Bosphorus and the Dardanelles to warships under the 1936 Montreux Convention after Russia invaded Ukraine.'].join('\n\n'),
    ),
    'istanbul-en.md': article(
      'Russia promises to scale back near Kyiv after Istanbul talks',
      'Bosphorus Wire',
      'en',
      '2022-03-29',
      [
        'ISTANBUL - Russia’s deputy defence minister Alexander Fomin said Russian forces would cut back military activity around Kyiv after talks with Ukraine.',
        'David Arkhamia, an adviser to President Volodymyr Zelensky, led Ukraine’s delegation.',
      ].join('\n\n'),
    ),
    'idp-id.md': article(
      'IOM: delapan juta warga Ukraina mengungsi di negeri sendiri',
      'Kabar Jenewa',
      'id',
      '2022-05-10',
      ['JENEWA - Perang di Ukraina membuat lebih dari delapan juta orang menjadi pengungsi internal, kata IOM. Sebanyak 63% dari pengungsi internal itu perempuan.'].join('\n\n'),
    ),
    'rt-id.md': article(
      'AS jatuhkan sanksi terkait RT',
      'Warta Washington',
      'id',
      '2024-09-05',
      [
        'WASHINGTON - Departemen Keuangan AS memberlakukan sanksi terhadap 10 individu dan dua entitas yang terkait dengan RT, media yang didanai Moskow di tengah perang Rusia di Ukraina.',
        'Sanksi itu juga menyasar pemimpin redaksi RT Margarita Simonyan dan wakilnya Elizaveta Brodskaia.',
      ].join('\n\n'),
    ),
    'youtube-en.md': article(
      'Russia slows YouTube',
      'Moscow Ledger',
      'en',
      '2024-07-25',
      ['MOSCOW - YouTube has angered Russia by removing over 200 pro-Kremlin channels since 2020, as the war in Ukraine goes on.'].join('\n\n'),
    ),
  });

  it('meets a bill’s “proposed changes” in its amendments', () => {
    const quotes = quotesOf('how many of the proposed changes did the duma accept in the 2nd reading of the foreign agent bill');
    assert.ok(quotes.some((quote) => /the deputies approved 14/.test(quote)), quotes.join(' | '));
  });

  it('reads an Indonesian “mundur” from office as a resignation, not only a retreat', () => {
    const quotes = quotesOf('abis yermak mundur siapa dari militer yg bakal wakilin ukraina di perundingan?');
    assert.ok(quotes.some((quote) => /Andriy Hnatov/.test(quote)), quotes.join(' | '));
  });

  it('reads chat’s “digrebek” as a raid (“digerebek”)', () => {
    assert.equal(formalIndonesian('digrebek'), 'digerebek');
    const quotes = quotesOf('yermak ngomong apa pas rumahnya digrebek?');
    assert.ok(quotes.some((quote) => /kerja sama penuh/.test(quote)), quotes.join(' | '));
  });

  it('meets a grace period in Indonesian’s “masa tenggang”', () => {
    const quotes = quotesOf('grace period cicilan pinjaman SAFE brp lama?');
    assert.ok(quotes.some((quote) => /masa tenggang pembayaran hingga 10 tahun/.test(quote)), quotes.join(' | '));
  });

  it('asks the name in a prefixed word (“non-UE”) as the news says it apart (“outside the EU”)', () => {
    const quotes = quotesOf('pembelian senjata lewat SAFE boleh dr produsen non-UE maksimal brp persen?');
    assert.ok(quotes.some((quote) => /up to 35 percent/.test(quote)), quotes.join(' | '));
  });

  it('reads an opinion “polling” as a survey, and a “media” asked as the newspaper that ran it', () => {
    const quotes = quotesOf('polling soal kesiapan militer polandia itu dimuat media apa?');
    assert.ok(quotes.some((quote) => /surat kabar Gazeta Nadwislanska/.test(quote)), quotes.join(' | '));
  });

  it('counts Duma members (“anggota duma”) as lawmakers, answered by their votes', () => {
    const quotes = quotesOf('pas pembacaan pertama ruu agen asing, brp anggota duma yg nolak');
    assert.ok(quotes.some((quote) => /346 suara berbanding 17/.test(quote)), quotes.join(' | '));
  });

  it('reads “menpora” as the sports minister', () => {
    const quotes = quotesOf('siapa menpora ukraina yg bilang ratusan atletnya gugur?');
    assert.ok(quotes.some((quote) => /Vadym Huttsait/.test(quote)), quotes.join(' | '));
  });

  it('meets a birth name asked (“nama lahirnya”) in a real name told (“nama aslinya”)', () => {
    const quotes = quotesOf('kirill itu nama lahirnya siapa sih?');
    assert.ok(quotes.some((quote) => /Vladimir Gundyayev/.test(quote)), quotes.join(' | '));
  });

  it('reads “bahasa inggris” as the English language, not Britain', () => {
    const quotes = quotesOf('lavra kalo di bahasa inggris disebutnya apa?');
    assert.ok(quotes.some((quote) => /Monastery of the Caves/.test(quote)), quotes.join(' | '));
  });

  it('asks nothing of a “lol” after the question', () => {
    const quotes = quotesOf('what did kim call putin at the june summit lol');
    assert.ok(quotes.some((quote) => /dearest friend/.test(quote)), quotes.join(' | '));
  });

  it('meets a “landasan roket” in a launch pad', () => {
    const quotes = quotesOf('pas tur di vostochny mereka liat brp landasan roket?');
    assert.ok(quotes.some((quote) => /two launch pads/.test(quote)), quotes.join(' | '));
  });

  it('reads a “jeda perang” as a truce, not a war asked of', () => {
    const quotes = quotesOf('resolusi jeda perang olimpiade paris disahkan pbb tgl brp?');
    assert.ok(quotes.some((quote) => /Selasa 21 November 2023/.test(quote)), quotes.join(' | '));
  });

  it('asks a date in its unit (“what yr”), which no passage need name', () => {
    assert.equal(askedKind('what yr is the montreux treaty from'), ANSWER_KIND.date);
    const quotes = quotesOf('what year is the montreux treaty from');
    assert.ok(quotes.some((quote) => /1936 Montreux Convention/.test(quote)), quotes.join(' | '));
  });

  it('reads “deputy defmin” as a deputy defence minister', () => {
    assert.ok(planFor(engine() as never, 'who was the russian deputy defmin').concepts.some((c) => c.conceptId === 'deputy-defence-minister'));
    const quotes = quotesOf('who was the russian deputy defmin that announced the pullback near kyiv');
    assert.ok(quotes.some((quote) => /Alexander Fomin/.test(quote)), quotes.join(' | '));
  });

  it('reads “pengungsi internal” as the internally displaced (IDPs), and chat’s “cewek” as women', () => {
    assert.equal(formalIndonesian('cewek'), 'perempuan');
    assert.ok(planFor(engine() as never, 'berapa pengungsi internal').concepts.some((c) => c.conceptId === 'internally-displaced'));
    let quotes = quotesOf('brp persen pengungsi internal yg cewek?');
    assert.ok(quotes.some((quote) => /63% dari pengungsi internal/.test(quote)), quotes.join(' | '));
    quotes = quotesOf('how many idps did the iom count');
    assert.ok(quotes.some((quote) => /delapan juta orang/.test(quote)), quotes.join(' | '));
  });

  it('meets the head of a negotiating team in the one who led the delegation', () => {
    assert.ok(planFor(engine() as never, 'ketua tim negosiasi ukraina siapa').concepts.some((c) => c.conceptId === 'syn-lead-negotiator'));
    const quotes = quotesOf('ketua tim negosiasi ukraina pas di istanbul maret 2022 siapa ya');
    assert.ok(quotes.some((quote) => /David Arkhamia/.test(quote)), quotes.join(' | '));
  });

  it('reads chat’s “nuked” as removed and “orgs” as the entities sanctioned', () => {
    assert.equal(formalIndonesian('nuked'), 'removed');
    let quotes = quotesOf('how many pro-russia channels has youtube nuked over the last few yrs');
    assert.ok(quotes.some((quote) => /over 200 pro-Kremlin channels/.test(quote)), quotes.join(' | '));
    quotes = quotesOf('how many people and orgs did treasury sanction over rt');
    assert.ok(quotes.some((quote) => /10 individu dan dua entitas/.test(quote)), quotes.join(' | '));
  });

  it('reads a chat form of two words (“pemred”: pemimpin redaksi) as both', () => {
    assert.equal(formalIndonesian('pemred'), 'pemimpin redaksi');
    const quotes = quotesOf('siapa wakil pemred RT yg ikut kena sanksi AS');
    assert.ok(quotes.some((quote) => /Elizaveta Brodskaia/.test(quote)), quotes.join(' | '));
  });

  it('reads “stuck” somewhere as trapped, not a stick', () => {
    assert.ok(planFor(engine() as never, 'how many ppl were still stuck in mariupol').concepts.some((c) => c.conceptId === 'syn-trapped'));
  });
});
