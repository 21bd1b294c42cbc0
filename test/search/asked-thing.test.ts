import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planFor } from '../../src/search/ask.ts';
import { stem } from '../../src/text/stem.ts';
import { article, withCorpus } from '../helpers.ts';

/**
 * What a question asks for, and the words it says it in — each a way /ask
 * answered "nothing found" to a question the news answers, on the tenth
 * session's real sets (issue 11), on articles written the way outlets write them.
 */
describe('reading what a question asks for', () => {
  const { engine, quotesOf } = withCorpus('sitrep-asked-', new Date('2025-01-10T00:00:00Z'), {
    'kotov-en.md': article(
      'Ukraine says sea drones sank Russian patrol ship off Crimea',
      'Harbour Wire',
      'en',
      '2024-03-05',
      [
        'KYIV - Ukraine’s military intelligence said on Tuesday it had destroyed the Russian patrol ship Sergey Kotov near the Kerch Strait.',
        'The agency said its special unit struck the vessel with Magura V5 naval drones, and released night-vision footage of the attack.',
        'The ship carried a crew of about 60, the agency said. Russia did not comment.',
      ].join('\n\n'),
    ),
    'landing-ship-en.md': article(
      'Russian landing ship damaged at Novorossiysk',
      'Black Sea Monitor',
      'en',
      '2023-08-04',
      [
        'NOVOROSSIYSK - A Russian landing ship was badly damaged at the naval base of Novorossiysk overnight, Ukrainian security sources said.',
        'They said a sea drone carrying 450kg of dynamite struck the ship’s hull below the waterline.',
        'Footage showed the ship listing heavily as tugs towed it into port.',
      ].join('\n\n'),
    ),
    'bridge-en.md': article(
      'Two killed as blasts hit Crimean bridge',
      'Peninsula Post',
      'en',
      '2023-07-17',
      [
        'A 14-year-old girl was hurt and her parents were killed when their car was caught in an explosion on the Crimean bridge early on Monday, a regional governor said.',
        'Traffic on the bridge was halted for most of the day.',
        'The girl was taken to the central hospital in Temryuk with injuries of moderate severity.',
      ].join('\n\n'),
    ),
    'gas-id.md': article(
      'Transit gas Rusia lewat Ukraina resmi berhenti',
      'Kabar Energi',
      'id',
      '2025-01-02',
      [
        'MOSKOW - Aliran gas Rusia ke Eropa melalui Ukraina berhenti pada 1 Januari setelah perjanjian transit lima tahun berakhir.',
        'Berdasarkan perjanjian itu, setiap tahun sekitar 40 miliar meter kubik gas Rusia dapat dialirkan melalui pipa Ukraina.',
        'Slowakia dan Austria kini harus mencari pasokan dari negara lain.',
      ].join('\n\n'),
    ),
    'kursk-id.md': article(
      'Rusia umumkan keadaan darurat di Kursk',
      'Warta Dunia',
      'id',
      '2024-08-10',
      [
        'MOSKOW - Pemerintah Rusia mengumumkan keadaan darurat tingkat federal di wilayah Kursk setelah pasukan Ukraina menyeberangi perbatasan.',
        'Ribuan warga dievakuasi dari desa-desa perbatasan.',
      ].join('\n\n'),
    ),
    'kursk-en.md': article(
      'Zelenskiy confirms Ukrainian troops are fighting inside Russia',
      'Capital Desk',
      'en',
      '2024-08-11',
      [
        'KYIV - President Volodymyr Zelenskiy confirmed for the first time that Ukrainian troops were fighting in Russia’s Kursk region.',
        'Ukrainian forces surrounded the town of Sudzha, a Russian commander said, and took dozens of prisoners.',
      ].join('\n\n'),
    ),
    'avdiivka-en.md': article(
      'Russia takes Avdiivka as Ukraine runs short of shells',
      'Eastern Front Report',
      'en',
      '2024-02-18',
      [
        'WASHINGTON - The White House said Ukraine’s withdrawal from Avdiivka came as a result of congressional inaction on a new aid package.',
        'Ukrainian units had held the town for months while running short of artillery shells.',
      ].join('\n\n'),
    ),
    // Undated, as a wire copy often is: the year asked may be its own.
    'truck-en.md': article(
      'Truck blast damages Crimean Bridge',
      'Wire Desk',
      'en',
      '',
      [
        'A truck blew up on the Crimean Bridge early on Saturday, setting fire to fuel tanks on a train alongside.',
        'Investigators said the truck’s owner was a resident of the Krasnodar region.',
      ].join('\n\n'),
    ),
    'bridge-repair-en.md': article(
      'Crimean Bridge reopens to cars',
      'Peninsula Post',
      'en',
      '2023-09-01',
      [
        'Traffic resumed on the Crimean Bridge on Friday after repairs to the road section.',
        'The Crimean Bridge is the only road link between Crimea and Russia.',
        'Officials said checks on the Crimean Bridge would stay in place.',
      ].join('\n\n'),
    ),
    'kursk-pentagon-en.md': article(
      'Zelenskiy confirms his troops are in Russia',
      'Hill Report',
      'en',
      '2024-08-12',
      [
        'KYIV - President Volodymyr Zelenskiy confirmed on Saturday that Ukrainian forces were fighting inside Russia.',
        'Pentagon spokeswoman Sabrina Singh said Ukraine’s push into Kursk was consistent with US policy on American weapons.',
        'Moscow said it had sent reinforcements to the border.',
        'The incursion is the largest attack on Russian soil since the Second World War.',
      ].join('\n\n'),
    ),
    'istanbul-en.md': article(
      'Russia and Ukraine meet again in Istanbul',
      'Bosphorus Wire',
      'en',
      '2025-07-23',
      [
        'ISTANBUL - Russian and Ukrainian delegations held a third round of talks on Wednesday at the Ciragan Palace.',
        'The first round, in May, had produced an exchange of 1,000 prisoners from each side.',
      ].join('\n\n'),
    ),
    'ryazan-id.md': article(
      'Drone Ukraina hantam kilang minyak Ryazan',
      'Kabar Energi',
      'id',
      '2024-03-13',
      [
        'MOSKOW - Serangan drone Ukraina memicu kebakaran besar di kilang minyak Rosneft di Ryazan pada Rabu, kata gubernur setempat.',
        'Kilang Ryazan, 180 km dari Moskow, adalah kilang terbesar ketujuh di Rusia dan mengolah 13 juta ton minyak setahun.',
        'Menurut kementerian darurat, api menghanguskan area seluas 175 meter persegi sebelum dipadamkan.',
      ].join('\n\n'),
    ),
    'crash-en.md': article(
      'Plane carrying Wagner chief crashes north of Moscow',
      'Capital Desk',
      'en',
      '2023-08-23',
      [
        'MOSCOW - A private jet crashed in the Tver region on Wednesday, killing all ten people on board, Russian officials said.',
        'Russian state TV channel Russia 24 later confirmed that Yevgeny Prigozhin was on the plane.',
      ].join('\n\n'),
    ),
    'navalnaya-id.md': article(
      'Istri Navalny ragukan penjelasan Kremlin',
      'Warta Dunia',
      'id',
      '2024-02-17',
      [
        'MUNICH - Yulia Navalnaya, istri tokoh oposisi Rusia Alexei Navalny, meragukan penjelasan resmi atas kematian suaminya.',
        'Ia menyampaikan keraguannya dalam Konferensi Keamanan Munich, beberapa jam setelah kabar kematian itu tersiar.',
      ].join('\n\n'),
    ),
    'icc-id.md': article(
      'ICC terbitkan surat perintah penangkapan Putin',
      'Warta Dunia',
      'id',
      '2023-03-18',
      [
        'DEN HAAG - Mahkamah Pidana Internasional mengeluarkan surat perintah penangkapan terhadap Presiden Rusia Vladimir Putin.',
        'Pimpinan kantor kepresidenan Ukraina, Andriy Yermak, menyebut langkah pengadilan itu hanya sebuah permulaan.',
      ].join('\n\n'),
    ),
    'f16-en.md': article(
      'First F-16s arrive in Ukraine',
      'Air Wire',
      'en',
      '2024-08-04',
      [
        'KYIV - President Volodymyr Zelenskiy said on Sunday that the first F-16 fighter jets had arrived in Ukraine.',
        'Western allies have pledged around 65 F-16s to Kyiv, though pilots are still in short supply.',
      ].join('\n\n'),
    ),
    'cluster-en.md': article(
      'US sends cluster munitions in $800 million package',
      'Capital Desk',
      'en',
      '2023-07-08',
      [
        'WASHINGTON - The United States will send Ukraine cluster munitions as part of an $800 million military aid package.',
        'Under Secretary for Defense Policy Colin Kahl announced the package at the Pentagon on Friday.',
      ].join('\n\n'),
    ),
    'cluster-id.md': article(
      'AS kirim bom klaster ke Ukraina',
      'Kabar Pertahanan',
      'id',
      '2023-07-09',
      [
        'WASHINGTON - Amerika Serikat akan mengirim bom klaster ke Ukraina sebagai bagian dari paket bantuan militer.',
        'Ukraina, yang menyebut bom klaster itu akan memberi dampak psiko-emosional yang luar biasa kepada pasukan Rusia, menyambut keputusan tersebut.',
      ].join('\n\n'),
    ),
    'azovstal-en.md': article(
      'Azovstal defenders begin to leave the steelworks',
      'Frontline Wire',
      'en',
      '2022-05-17',
      [
        'MARIUPOL - Seven buses carrying wounded fighters left the Azovstal steelworks on Monday, and five of them arrived in Novoazovsk, a town held by Russian forces.',
        'The flooded land downstream of the broken dam had an average depth of 5.61 meters, officials in Kherson said.',
      ].join('\n\n'),
    ),
    'moldova-en.md': article(
      'Transnistria shuts industry as Russian gas stops',
      'Balkan Desk',
      'en',
      '2025-01-03',
      [
        'CHISINAU - Moldova’s breakaway region of Transnistria halted all factories except food producers on Thursday after Russian gas deliveries stopped.',
        'NATO spokesperson Allison Hart said the alliance was following the situation closely.',
      ].join('\n\n'),
    ),
    'pokrovsk-en.md': article(
      'Pokrovsk families told to leave as Russian troops close in',
      'Frontline Wire',
      'en',
      '2024-08-20',
      [
        'POKROVSK - Ukrainian officials ordered families with children to leave Pokrovsk and nearby villages as Russian forces advanced toward the town.',
        'Only 500 to 600 people a day were actually leaving the town, the head of the military administration said.',
      ].join('\n\n'),
    ),
  });

  it('reads “what model of drone boat” as asking the boat, which the answer names without the word “model”', () => {
    const quotes = quotesOf('what model of drone boat took out the sergey kotov?');
    assert.ok(quotes.some((quote) => /Magura V5/.test(quote)), quotes.join(' | '));
  });

  it('reads chat’s “14yo” as a 14-year-old', () => {
    const plan = planFor(engine(), 'which hospital did the 14yo girl from the july bridge attack end up in');
    assert.ok(plan.concepts.some((c) => c.label === '14-year-old'), JSON.stringify(plan.concepts.map((c) => c.label)));
    const quotes = quotesOf('which hospital did the 14yo girl from the july bridge attack end up in');
    assert.ok(quotes.some((quote) => /central hospital in Temryuk/.test(quote)), quotes.join(' | '));
  });

  it('reads “how much explosive” as the substance the news calls dynamite, not as an explosion to be told of', () => {
    const quotes = quotesOf('how much explosive was packed into the usv that rammed the ship at novorossiysk?');
    assert.match(quotes[0] ?? '', /450kg of dynamite/, quotes.join(' | '));
  });

  it('reads “bcm” as billions of cubic metres, “miliar meter kubik”', () => {
    const quotes = quotesOf('how many bcm a year could go thru ukraine under the old transit deal?');
    assert.ok(quotes.some((quote) => /40 miliar meter kubik/.test(quote)), quotes.join(' | '));
  });

  it('meets a “level” asked in Indonesian chat in the news’s “tingkat”', () => {
    const quotes = quotesOf('status darurat level apa yg diumumin rusia di kursk?');
    assert.ok(quotes.some((quote) => /tingkat federal/.test(quote)), quotes.join(' | '));
  });

  it('reads a verb before “apa” (“nyalahin apa”) as asking its object: the news need not say the verb', () => {
    const plan = planFor(engine(), 'gedung putih nyalahin apa soal ukraina mundur dr avdiivka?');
    assert.ok(plan.concepts.find((c) => c.focus)?.verb, JSON.stringify(plan.concepts.map((c) => [c.label, c.focus, c.verb])));
    const quotes = quotesOf('gedung putih nyalahin apa soal ukraina mundur dr avdiivka?');
    assert.ok(quotes.some((quote) => /congressional inaction/.test(quote)), quotes.join(' | '));
  });

  it('lets an undated article be of the year asked, though it counts for less than a dated one', () => {
    const quotes = quotesOf('pemilik truk yg meledak di jembatan krimea 2022 itu orang mana?');
    assert.ok(quotes.some((quote) => /resident of the Krasnodar region/.test(quote)), quotes.join(' | '));
  });

  it('finds a name of two words (“kursk operation”, the Kursk incursion) whose second word the article says only further down', () => {
    // Chat's "op" is an operation.
    assert.ok(planFor(engine(), 'who said the kursk op was fine').concepts.some((c) => c.label === 'kursk operation'));
    const quotes = quotesOf('who at the pentagon said the kursk operation was fine under us rules?');
    assert.ok(quotes.some((quote) => /Sabrina Singh/.test(quote)), quotes.join(' | '));
  });

  it('reads an ordinal in figures (“putaran ke-3”) as the news’s word in either language (“third round”), and back', () => {
    const quotes = quotesOf('putaran ke-3 perundingan istanbul diadain di istana apa?');
    assert.match(quotes[0] ?? '', /third round of talks on Wednesday at the Ciragan Palace/, quotes.join(' | '));
    const third = planFor(engine(), 'the third round of talks').concepts.find((c) => c.label === 'third')!;
    assert.ok(third.coverage.some((alias) => alias.includes('ke-3')), JSON.stringify(third.coverage));
  });

  it('reads “sq m” as square metres, the news’s “meter persegi”', () => {
    const quotes = quotesOf('how big was the blaze at the ryazan refinery, in sq m?');
    assert.match(quotes[0] ?? '', /175 meter persegi/, quotes.join(' | '));
  });

  it('meets the thing asked in the news’s word for it: a broadcaster is a TV channel, a forum a conference, a head (kepala) a pimpinan', () => {
    assert.ok(quotesOf('which russian broadcaster said prigozhin was def on that jet?').some((quote) => /Russia 24/.test(quote)), quotesOf('which russian broadcaster said prigozhin was def on that jet?').join(' | '));
    assert.ok(quotesOf('istri navalny ngungkapin keraguannya di forum apa?').some((quote) => /Konferensi Keamanan Munich/.test(quote)), quotesOf('istri navalny ngungkapin keraguannya di forum apa?').join(' | '));
    assert.ok(quotesOf('siapa kepala kantor presiden ukraina yg bilang putusan icc baru awal doang?').some((quote) => /Andriy Yermak/.test(quote)), quotesOf('siapa kepala kantor presiden ukraina yg bilang putusan icc baru awal doang?').join(' | '));
  });

  it('reads “f16s” as F-16s, and “pejabat” (an official) as the one asked, whom the news names by office', () => {
    assert.ok(quotesOf('how many f16s have the allies pledged kyiv so far?').some((quote) => /around 65 F-16s/.test(quote)), quotesOf('how many f16s have the allies pledged kyiv so far?').join(' | '));
    assert.ok(quotesOf('siapa pejabat pentagon yg ngumumin paket 800 jt itu?').some((quote) => /Colin Kahl/.test(quote)), quotesOf('siapa pejabat pentagon yg ngumumin paket 800 jt itu?').join(' | '));
  });

  it('takes words given as the state’s for a capital’s (“what did kyiv say”: “Ukraina … menyebut”)', () => {
    const quotes = quotesOf('what did kyiv say the cluster bombs would do to russian troops’ morale?');
    assert.ok(quotes.some((quote) => /dampak psiko-emosional/.test(quote)), quotes.join(' | '));
  });

  it('meets “bus” in “buses” (Porter takes a word’s own last “s”), and reads chat’s “avg” as average', () => {
    assert.equal(stem('buses', 'en'), stem('bus', 'en'));
    assert.equal(stem('gases', 'en'), stem('gas', 'en'));
    assert.ok(quotesOf('brp bus dr azovstal yg nyampe novoazovsk?').some((quote) => /five of them arrived/.test(quote)), quotesOf('brp bus dr azovstal yg nyampe novoazovsk?').join(' | '));
    assert.ok(quotesOf('avg water depth in kherson after the dam went?').some((quote) => /5\.61 meters/.test(quote)), quotesOf('avg water depth in kherson after the dam went?').join(' | '));
  });

  it('reads chat’s “spox” as a spokesperson, and plants as factories', () => {
    assert.ok(quotesOf('who is the nato spox that spoke on transnistria').some((quote) => /Allison Hart/.test(quote)), quotesOf('who is the nato spox that spoke on transnistria').join(' | '));
    assert.ok(quotesOf('which plants in transnistria are still allowed to keep working after the gas cutoff').some((quote) => /except food producers/.test(quote)), quotesOf('which plants in transnistria are still allowed to keep working after the gas cutoff').join(' | '));
  });

  it('reads chat’s “beneran” (really) as the asker’s framing and “ukr” as Ukraine, not as names the news must hold', () => {
    const leaving = quotesOf('sehari yg beneran keluar dari pokrovsk brp org?');
    assert.ok(leaving.some((quote) => /500 to 600 people a day/.test(quote)), leaving.join(' | '));
    const town = quotesOf('which russian town did ukr forces encircle in the kursk push?');
    assert.ok(town.some((quote) => /surrounded the town of Sudzha/.test(quote)), town.join(' | '));
  });
});
