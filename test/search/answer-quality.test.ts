import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Engine } from '../../src/engine.ts';
import { planFor } from '../../src/search/ask.ts';
import { focusOf } from '../../src/search/query-plan.ts';
import { formalIndonesian } from '../../src/text/colloquial.ts';
import { englishCognates } from '../../src/text/cognates.ts';
import { americanSpelling } from '../../src/text/english-forms.ts';
import { analyzeWord } from '../../src/text/analyze.ts';
import { words } from '../../src/text/tokenize.ts';
import { ANSWER_KIND, answerKindsOf, askedMeasure, asksCount } from '../../src/text/answer-kinds.ts';
import { detectLanguage } from '../../src/text/language.ts';
import { article, openTestEngine, tempDir, withCorpus, writeFiles } from '../helpers.ts';

/**
 * One test per way /ask used to miss a right answer on real news (issue 11),
 * each on articles written the way outlets write them.
 */
describe('answers on real-world wording', () => {
  let engine: Engine;
  let cleanup: () => void;
  const now = new Date('2025-07-01T00:00:00Z');
  const outletOf = (question: string) => engine.ask({ question, now }).snippets.map((s) => s.article.outlet);
  const quotesOf = (question: string, limit = 3) => engine.ask({ question, now, limit }).snippets.map((s) => s.quote.text);

  before(() => {
    ({ engine, cleanup } = openTestEngine({ sample: false }));
    const dir = tempDir('sitrep-quality-');
    writeFiles(dir, {
      'kn23.md': [
        '---',
        'title: "North Korea\'s KN-23: what we know about the missile hitting Ukraine"',
        'outlet: Example Wire',
        'lang: en',
        'date: 2025-01-10',
        '---',
        'SEOUL (Example Wire) - Pyongyang has sent Moscow more than artillery shells, according to officials in Seoul. The shipments began last autumn. Satellite images show trains at the border. North Korea has shipped dozens of KN-23 ballistic missiles to Russia, South Korean officials said on Friday. Its range is about 690 km, and it carries a warhead of roughly 500 kg.',
        '',
        'Ukrainian prosecutors said fragments found in Kharkiv matched the design.',
      ].join('\n'),
      'kyiv-mission.md': [
        '---',
        'title: Serangan Rusia rusak gedung misi Uni Eropa di Kyiv',
        'outlet: Kompas',
        'lang: id',
        'date: 2025-04-02',
        '---',
        'Kementerian Luar Negeri Ukraina menyebut serangan itu melanggar Konvensi Wina tentang hubungan diplomatik. Gedung delegasi Uni Eropa rusak parah akibat ledakan.',
        '',
        'Menteri Luar Negeri Andrii Sybiha memperingatkan bahwa serangan serupa dapat terulang jika pertahanan udara tidak diperkuat.',
      ].join('\n'),
      'deal.md': [
        '---',
        'title: Kesepakatan pertukaran tawanan di Istanbul',
        'outlet: Antara',
        'lang: id',
        'date: 2025-05-17',
        '---',
        'Jakarta (ANTARA) - Delegasi Rusia dan Ukraina menandatangani kesepakatan pertukaran 1.000 tawanan perang di Istanbul pada Jumat. Dokumen itu ditandatangani oleh kepala delegasi Rustem Umerov dan Vladimir Medinsky.',
        '',
        'Serangan-serangan drone ke wilayah perbatasan tetap berlanjut selama perundingan berlangsung, kata pejabat setempat.',
      ].join('\n'),
      'pokrovsk.md': [
        '---',
        'title: Civilians leave Pokrovsk as Russian troops close in',
        'outlet: Kyiv Herald',
        'lang: en',
        'date: 2025-03-01',
        '---',
        'About 1,370 residents remain in Pokrovsk, the regional governor said. More than 60,000 people fled the town in the past year as shelling intensified.',
      ].join('\n'),
      'avdiivka.md': [
        '---',
        'title: Avdiivka after the battle',
        'outlet: Field Notes',
        'lang: en',
        'date: 2025-02-20',
        '---',
        'Avdiivka was home to about 32,000 people before the war.',
        '',
        'Russian forces took Avdiivka in February 2024 after months of fighting.',
        '',
        'Satellite images of Avdiivka show the coke plant in ruins.',
        '',
        'Avdiivka is now a ghost town, local officials in Donetsk say.',
      ].join('\n'),
      'talks.md': [
        '---',
        'title: Russia and Ukraine end second round of talks in Istanbul',
        'outlet: Example Wire',
        'lang: en',
        'date: 2025-06-02',
        '---',
        'Russian and Ukrainian delegations met for a second round of direct talks in Istanbul on Monday and agreed to swap more prisoners, the Turkish foreign ministry said.',
      ].join('\n'),
      'sanksi.md': [
        '---',
        'title: Uni Eropa sahkan paket sanksi ke-18 terhadap Rusia',
        'outlet: Contoh Berita',
        'lang: id',
        'date: 2025-07-18',
        '---',
        'Uni Eropa mengesahkan paket sanksi ke-18 terhadap Rusia pada Jumat, termasuk larangan terhadap kilang minyak di India yang mengolah minyak mentah Rusia.',
      ].join('\n'),
      'odesa.md': [
        '---',
        'title: Serangan drone di Odesa',
        'outlet: Contoh Berita',
        'lang: id',
        'date: 2025-06-20',
        '---',
        'Sedikitnya 12 warga Ukraina meninggal dunia akibat serangan drone Rusia di Odesa pada Jumat malam, kata gubernur setempat.',
      ].join('\n'),
      'mobilization.md': [
        '---',
        'title: Rada lowers the draft age',
        'outlet: Example Wire',
        'lang: en',
        'date: 2024-04-03',
        '---',
        'President Volodymyr Zelensky signed a law that lowers the minimum age for mobilization from 27 to 25, parliament said on Tuesday.',
        '',
        'The bill had waited ten months for his signature.',
        '',
        "Ukraine's army has struggled to replace infantry losses after two years of full-scale war.",
      ].join('\n'),
      'india-oil.md': [
        '---',
        'title: India buys record Russian oil',
        'outlet: Example Wire',
        'lang: en',
        'date: 2023-03-05',
        '---',
        'NEW DELHI (Example Wire) - India imported a record 1.6 million barrels per day of Russian oil in February, more than it bought from Iraq and Saudi Arabia together, tanker data showed. The volume was up from January, itself a record. Russia now supplies about 35% of India’s crude imports, up from less than 1% before the war. Refiners turn much of it into diesel.',
      ].join('\n'),
      'china-oil.md': [
        '---',
        'title: Rusia jadi pemasok minyak terbesar China',
        'outlet: Contoh Berita',
        'lang: id',
        'date: 2024-01-22',
        '---',
        'Minyak Rusia kini mencakup sekitar 19 persen impor minyak mentah China. Sekitar 90 persen ekspor minyak Rusia mengalir ke China dan India.',
      ].join('\n'),
      'plan-full-name.md': ['---', 'title: Forum notes', 'outlet: Wire One', 'lang: en', 'date: 2023-06-03', '---', 'Prabowo Subianto proposed a ceasefire plan at the forum.'].join('\n'),
      'plan-short-name.md': ['---', 'title: Forum notes', 'outlet: Wire Two', 'lang: en', 'date: 2023-06-03', '---', 'Prabowo proposed a ceasefire plan at the forum.'].join('\n'),
      'transnistria.md': [
        '---',
        'title: Krisis energi di Transnistria',
        'outlet: Kompas',
        'lang: id',
        'date: 2025-01-20',
        '---',
        'Pemadaman bergilir di Transnistria mencapai delapan jam per hari.',
        '',
        'Tiga orang meninggal akibat keracunan karbon monoksida setelah memakai pemanas darurat di Tiraspol, kata otoritas setempat.',
      ].join('\n'),
      'jeddah.md': [
        '---',
        'title: Ukraine backs a 30-day truce after talks with US officials',
        'outlet: Wire Three',
        'lang: en',
        'date: 2025-03-11',
        '---',
        'Ukraine said it was ready to accept a 30-day ceasefire proposed by Washington after more than eight hours of talks with US officials in Jeddah.',
      ].join('\n'),
      'riyadh.md': [
        '---',
        'title: AS dan Rusia bertemu di Riyadh',
        'outlet: Contoh Berita',
        'lang: id',
        'date: 2025-02-18',
        '---',
        'Delegasi Amerika Serikat dan Rusia bertemu di Riyadh, Arab Saudi, selama sekitar 4,5 jam untuk membahas perang di Ukraina.',
      ].join('\n'),
      'children.md': [
        '---',
        'title: Court seeks the arrest of a commissioner over deported children',
        'outlet: Wire Four',
        'lang: en',
        'date: 2023-03-17',
        '---',
        'Ukraine says more than 16,000 children were deported to Russia and that only 308 have been brought back.',
      ].join('\n'),
      'alabuga.md': [
        '---',
        'title: Inside the Alabuga drone factory',
        'outlet: Wire Five',
        'lang: en',
        'date: 2025-05-02',
        '---',
        'The Alabuga plant in Tatarstan now builds about 5,500 Geran drones a year, its director said, far more than planned.',
      ].join('\n'),
      'bridge.md': [
        '---',
        'title: Blast damages Crimea bridge',
        'outlet: Wire Six',
        'lang: en',
        'date: 2022-10-08',
        '---',
        'MOSCOW, Oct 8 (Wire Six) - A powerful explosion tore through part of the road-and-rail bridge linking Russia to annexed Crimea on Saturday.',
        '',
        'Investigators said a truck bomb went off at 6:07 a.m. Moscow time on the road section, setting fire to fuel tanks on a train.',
      ].join('\n'),
      'lviv.md': [
        '---',
        'title: Drones hit Lviv overnight',
        'outlet: Wire Seven',
        'lang: en',
        'date: 2025-06-10',
        '---',
        'Russian drones hit Lviv overnight, damaging homes and a school, the mayor said.',
        '',
        'In all, 14 of them struck the city before dawn.',
      ].join('\n'),
      'bosnian.md': [
        '---',
        'outlet: Klix',
        'date: 2025-06-28',
        '---',
        'Ruske snage su u noći na subotu napale Kijev sa više od 400 dronova i raketa, saopćile su ukrajinske vlasti. Predsjednik Zelenski je pozvao saveznike da pojačaju protuzračnu odbranu grada.',
      ].join('\n'),
    });
    const summary = engine.ingest([dir]);
    assert.equal(summary.failed, 0, JSON.stringify(summary.events.filter((e) => e.status === 'failed')));
  });
  after(() => cleanup());

  it('answers despite the asker’s framing words (they rank, they do not gate)', () => {
    const [best] = quotesOf('according to reports, what is the kn-23 range exactly');
    assert.match(best ?? '', /690 km/);
  });

  it('finds a passage by its article’s subject, and quotes the sentence it leans on', () => {
    const snippets = engine.ask({ question: 'kn-23 warhead weight', now, limit: 1 }).snippets;
    assert.ok(snippets.length > 0, 'found');
    const quote = snippets[0].quote.text;
    assert.match(quote, /500 kg/);
    assert.match(quote, /^North Korea has shipped dozens of KN-23/, 'the sentence naming the missile comes first');
    assert.ok(engine.store.article(snippets[0].article.id)!.text.includes(quote), 'still verbatim');
  });

  it('meets Indonesian confixed, compound and reduplicated forms at their base', () => {
    assert.deepEqual(outletOf('siapa yang tanda tangan pertukaran tawanan istanbul').slice(0, 1), ['Antara']);
    const [best] = quotesOf('serangan drone perbatasan');
    assert.match(best ?? '', /Serangan-serangan drone/);
  });

  it('takes a year asked about from the article’s date when its text does not say it', () => {
    const [best] = quotesOf('how many residents remain in pokrovsk in 2025');
    assert.match(best ?? '', /1,370 residents remain/);
    assert.equal(quotesOf('how many residents remain in pokrovsk in 2019').length, 0, 'another year is not this article’s');
  });

  it('meets English irregular forms at their base', () => {
    const [best] = quotesOf('how many people flee pokrovsk');
    assert.match(best ?? '', /60,000 people fled/);
  });

  it('crosses languages through loanwords and news vocabulary', () => {
    const [convention] = quotesOf('which convention did russia violate by hitting the eu mission in kyiv');
    assert.match(convention ?? '', /Konvensi Wina/);
    const [warned] = quotesOf('who warned that strikes on kyiv could be repeated');
    assert.match(warned ?? '', /Sybiha memperingatkan/);
  });

  it('shows a story’s further quotes when no other story competes', () => {
    const quotes = quotesOf('avdiivka', 5);
    assert.ok(quotes.length >= 3, `${quotes.length} quotes`);
    assert.ok(quotes.every((q) => /Avdiivka/.test(q)));
  });

  it('answers “nothing found” when what is asked about is not in the news', () => {
    for (const question of ['how many Taurus missiles did Germany send to Kyiv', 'which hotel did the delegation stay in at the istanbul talks']) {
      const result = engine.ask({ question, now });
      assert.equal(result.snippets.length, 0, question);
      assert.ok(result.suggestions.length > 0, question);
    }
  });

  it('takes a number or ordinal the question names as a must: the fourth round is not the second', () => {
    assert.equal(engine.ask({ question: 'where was the fourth round of russia ukraine talks in istanbul held', now }).snippets.length, 0);
    assert.match(quotesOf('where was the second round of russia ukraine talks in istanbul held')[0], /second round of direct talks in Istanbul/);
    // "18th" and Indonesian "ke-18" are one number.
    assert.match(quotesOf('did the eu 18th sanctions package hit a refinery in india')[0], /paket sanksi ke-18/);
  });

  it('does not read a homograph the stemmer makes as the word asked (meninggal “died” is not tinggal “live”), nor a country as a plain word', () => {
    assert.match(quotesOf('berapa warga ukraina yang meninggal di odesa')[0], /12 warga Ukraina meninggal dunia/);
    const result = engine.ask({ question: 'berapa warga ukraina yang tinggal di indonesia', now });
    assert.deepEqual(result.snippets.map((s) => s.quote.text), []);
    assert.ok(result.suggestions.length > 0);
  });

  it('finds an answer whose article names the subject only further down, asked in the other language', () => {
    assert.match(quotesOf('umur minimal mobilisasi di ukraina diturunkan jadi berapa')[0], /from 27 to 25/);
  });

  it('finds a percentage written with a per cent sign, asked as “what percentage” or “berapa persen”', () => {
    assert.match(quotesOf('what percentage of india’s crude comes from russia')[0], /about 35% of India’s crude imports/);
    assert.match(quotesOf('berapa persen minyak mentah india dari rusia')[0], /about 35% of India’s crude imports/);
  });

  it('does not rank a passage higher for naming a person in full (“Prabowo Subianto” for “prabowo”)', () => {
    const scores = new Map(engine.ask({ question: 'prabowo ceasefire plan', now }).snippets.map((s) => [s.article.outlet, s.score]));
    assert.ok(scores.has('Wire One') && scores.has('Wire Two'));
    // The same words, one name shorter: the shorter passage scores at least as high (BM25's length norm), not lower for a missing "Subianto".
    assert.ok(scores.get('Wire Two')! >= scores.get('Wire One')!, JSON.stringify([...scores]));
  });

  it('meets an Indonesian verb the lexicon gave only as a phrase (“die” is “meninggal”, not only “meninggal dunia”)', () => {
    const [best] = engine.ask({ question: 'did anyone die in transnistria', now }).snippets;
    assert.match(best?.quote.text ?? '', /Tiga orang meninggal akibat keracunan karbon monoksida/);
    assert.ok(best.coverage > 0.8, `covered ${best.coverage}`);
  });

  it('tells a city from its country: Jeddah is not Riyadh because both are in Saudi Arabia', () => {
    assert.match(quotesOf('perundingan AS-ukraina di jeddah berapa jam')[0], /eight hours of talks with US officials in Jeddah/);
  });

  it('reads who the asker cites as the source, not the subject: “menurut kyiv” is answered by “Ukraine says”', () => {
    assert.match(quotesOf('berapa anak ukraina yang sudah dipulangkan dari rusia menurut kyiv')[0] ?? '', /only 308 have been brought back/);
  });

  it('reads chat abbreviations as the words they stand for (“brp org yg”), not as unknown names', () => {
    assert.match(quotesOf('brp org yg meninggal di odesa')[0] ?? '', /12 warga Ukraina meninggal dunia/);
    // Bare nasal verbs and a "2" for a repeated word: "nyumbang" is menyumbang, "negara2" is not a number.
    assert.match(quotesOf('rusia nyumbang brp persen minyak mentah ke negara2 kyk india')[0] ?? '', /about 35% of India’s crude imports/);
  });

  it('answers a question asking a price only with a passage that states one', () => {
    const result = engine.ask({ question: 'berapa harga satu drone geran buatan pabrik alabuga', now });
    assert.deepEqual(result.snippets.map((s) => s.quote.text), []);
    assert.ok(result.suggestions.length > 0);
    assert.match(quotesOf('how many geran drones does alabuga build a year')[0] ?? '', /about 5,500 Geran drones a year/);
  });

  it('takes a passage stating the time asked for (“jam berapa”) as answering that part itself, its article the rest', () => {
    assert.match(quotesOf('jam berapa ledakan di jembatan krimea terjadi')[0] ?? '', /6:07 a\.m\. Moscow time/);
  });

  it('answers “how many” only with a passage that gives a count', () => {
    const quotes = quotesOf('how many drones hit lviv');
    assert.ok(quotes.length > 0);
    assert.ok(quotes.every((q) => /\d/.test(q)), JSON.stringify(quotes));
  });

  it('keeps Bosnian news out of the Italian stemmer, its names findable', () => {
    assert.notEqual(detectLanguage('Ruske snage su u noći na subotu napale Kijev sa više od 400 dronova i raketa, saopćile su ukrajinske vlasti.'), 'it');
    assert.ok(outletOf('zelenski saveznike').includes('Klix'));
  });
});

describe('a month asked about', () => {
  let engine: Engine;
  let cleanup: () => void;

  before(() => {
    ({ engine, cleanup } = openTestEngine({ sample: false }));
    const dir = tempDir('sitrep-month-');
    const article = (title: string, date: string, text: string) => ['---', `title: ${title}`, 'outlet: Antara', `url: https://antara.test/${date}`, 'lang: id', `date: ${date}`, '---', text].join('\n');
    writeFiles(dir, {
      // The same words, so only the date tells them apart; the June story is the newer one.
      'june.md': article('Perundingan di Istanbul', '2026-06-02', 'ISTANBUL - Delegasi Rusia dan Ukraina bertemu lagi di Istanbul, Senin (2/6). Kedua pihak sepakat menukar 1.000 tawanan perang dari masing-masing sisi.'),
      'july.md': article('Perundingan di Istanbul', '2025-07-23', 'ISTANBUL - Delegasi Rusia dan Ukraina bertemu lagi di Istanbul, Rabu (23/7). Kedua pihak sepakat menukar 1.200 tawanan perang dari masing-masing sisi.'),
      // No date: a month asked about cannot rule it out.
      'undated.md': ['---', 'title: Pertukaran tawanan di Ankara', 'outlet: Antara', 'url: https://antara.test/ankara', 'lang: id', '---', 'ANKARA - Delegasi kedua negara sepakat menukar 300 tawanan perang di Ankara.'].join('\n'),
    });
    engine.ingest([dir]);
  });
  after(() => cleanup());

  it('reads an everyday word in its other news senses too (prisoners traded are exchanged: tukar, not dagang)', () => {
    const trade = planFor(engine, 'how many prisoners did they agree to trade').concepts.find((c) => c.label === 'trade');
    assert.ok(trade?.coverage.some((alias) => alias.join(' ') === 'dagang'), 'the synonym set’s sense');
    assert.ok(trade?.coverage.some((alias) => alias.join(' ') === 'tukar'), 'the lexicon’s other sense');
  });

  it('takes a month the question names as a must for a dated article: the march round is neither June’s nor July’s', () => {
    const result = engine.ask({ question: 'how many prisoners did they agree to swap in istanbul in march', now: new Date('2026-07-01T00:00:00Z') });
    assert.deepEqual(result.snippets.map((s) => s.quote.text), []);
    assert.ok(result.suggestions.length > 0);
    assert.match(engine.ask({ question: 'how many prisoners did they agree to swap in ankara in april', now: new Date('2026-07-01T00:00:00Z') }).snippets[0]?.quote.text ?? '', /300 tawanan/);
  });

  it('is the month of an article dated then, though its text writes the day as “23/7”', () => {
    const [first] = engine.ask({ question: 'what was agreed about prisoners in istanbul in july', now: new Date('2026-07-01T00:00:00Z') }).snippets;
    assert.match(first?.quote.text ?? '', /1\.200 tawanan/);
  });
});

describe('chat forms of verbs and units', () => {
  let engine: Engine;
  let cleanup: () => void;
  const now = new Date('2025-07-01T00:00:00Z');
  const quotesOf = (question: string) => engine.ask({ question, now }).snippets.map((s) => s.quote.text);

  before(() => {
    ({ engine, cleanup } = openTestEngine({ sample: false }));
    const dir = tempDir('sitrep-chat-forms-');
    writeFiles(dir, {
      'znpp.md': ['---', 'title: IAEA chief visits occupied nuclear plant again', 'outlet: Example Wire', 'lang: en', 'date: 2025-05-10', '---', 'The Zaporizhzhia nuclear power plant, Europe’s largest, has about 6GW of capacity and has produced no electricity since 2022, the agency said.'].join('\n'),
      'shahed.md': ['---', 'title: Pertahanan udara tembak jatuh puluhan drone', 'outlet: Okezone', 'lang: id', 'date: 2025-01-04', '---', 'KYIV - Ukraina menyebut Rusia sudah meluncurkan lebih dari 3.700 drone Shahed ke wilayahnya selama 22 bulan terakhir.'].join('\n'),
      'refinery.md': ['---', 'title: Ukrainian drones hit Volgograd refinery again', 'outlet: Example Wire', 'lang: en', 'date: 2025-01-05', '---', 'The refinery in the Russian Federation’s south handles a total of 15 million tonnes of crude a year, and a fire broke out after the strike, Russia said.', '', 'Moscow says Ukraine fires Shahed-like drones of its own.'].join('\n'),
      'grain.md': ['---', 'title: UN chief regrets end of Black Sea corridor', 'outlet: Example Wire', 'lang: en', 'date: 2023-07-18', '---', 'The Black Sea Grain Initiative was initially set to run for 120 days when it was signed in Istanbul in July 2022, and was renewed three times.'].join('\n'),
      'moonfish.md': ['---', 'title: Pilot killed in jet crash', 'outlet: Example Wire', 'lang: en', 'date: 2024-08-30', '---', 'Ukraine’s first F-16 pilot to die in combat, known by his call sign Moonfish, was killed when his jet crashed while repelling a missile attack.'].join('\n'),
      'swap.md': ['---', 'title: Prisoner swap brings female soldiers home', 'outlet: Example Wire', 'lang: en', 'date: 2025-05-12', '---', 'Russia freed 108 Ukrainian women soldiers in the latest prisoner swap, Kyiv’s coordination headquarters said on Monday.'].join('\n'),
    });
    engine.ingest([dir]);
  });
  after(() => cleanup());

  it('finds “F-16” for “f16” typed without its hyphen', () => {
    assert.match(quotesOf('f16 pilot call sign')[0] ?? '', /first F-16 pilot/);
  });

  it('finds a unit written onto its number (“6GW”) by the unit alone, asked in the other language', () => {
    assert.match(quotesOf('pltn zaporizhzhia kapasitasnya brp gw')[0] ?? '', /about 6GW of capacity/);
  });

  it('meets the asker’s word for “initially” (originally, semula)', () => {
    const question = 'grain deal was originally good for how many days';
    const originally = planFor(engine, question).concepts.find((c) => c.label === 'originally');
    assert.ok(originally?.coverage.some((alias) => alias.join(' ') === 'initi'), JSON.stringify(originally?.coverage));
    assert.match(quotesOf(question)[0] ?? '', /initially set to run for 120 days/);
  });

  it('reads “total” in a question asking a count as framing, not as a word the answer must say', () => {
    assert.match(quotesOf('total shahed yg udah diluncurin rusia ke ukraina brp')[0] ?? '', /lebih dari 3\.700 drone Shahed/);
  });

  it('reads a named term as what the question is about: “join nato” is NATO membership, which these articles never name', () => {
    const question = 'when will ukraine actually join nato';
    assert.equal(planFor(engine, question).concepts.find((c) => c.label === 'join nato')?.role, 'anchor');
    assert.deepEqual(quotesOf(question), []);
  });

  it('reads Jakarta chat’s “-in” for an active verb’s “-kan” (“bebasin” is membebaskan, freed)', () => {
    const question = 'rusia bebasin brp tentara perempuan ukraina';
    // Not an unknown name the news lacks (which would weigh as the question's subject): a verb, translated.
    const freed = planFor(engine, question).concepts.find((c) => c.label === 'bebaskan');
    assert.equal(freed?.role, 'content');
    assert.ok(freed?.coverage.some((alias) => alias.join(' ') === 'free'), JSON.stringify(freed?.coverage));
    assert.match(quotesOf(question)[0] ?? '', /freed 108 Ukrainian women soldiers/);
  });
});

describe('Indonesian words news answers with', () => {
  let engine: Engine;
  let cleanup: () => void;
  const now = new Date('2025-07-01T00:00:00Z');
  const quotesOf = (question: string, limit = 5) => engine.ask({ question, now, limit }).snippets.map((s) => s.quote.text);
  const article = (title: string, date: string, text: string) => ['---', `title: ${title}`, 'outlet: Antara', `url: https://antara.test/${date}`, 'lang: id', `date: ${date}`, '---', text].join('\n');

  before(() => {
    ({ engine, cleanup } = openTestEngine({ sample: false }));
    const dir = tempDir('sitrep-id-words-');
    writeFiles(dir, {
      'mohajer.md': article('Drone Iran ditembak jatuh di Ukraina selatan', '2022-09-24', 'KYIV - Angkatan Udara Ukraina menyebut untuk pertama kalinya pasukannya menembak jatuh drone buatan Iran jenis Mohajer-6 yang berukuran lebih besar.\n\nSebelumnya empat drone Shahed-136 buatan Iran juga ditembak jatuh di dekat Odesa.'),
      'shahed.md': article('Drone Shahed serang Odesa', '2022-09-25', 'ODESA - Drone Shahed-136 buatan Iran kembali menyerang pelabuhan Odesa, dan dua warga terluka.'),
      'nordic.md': article('Finlandia dan Swedia resmi bergabung dengan NATO', '2024-03-08', ['Finlandia resmi bergabung dengan NATO pada 4 April 2023 dan menjadi anggota ke-31 aliansi tersebut.', 'Keanggotaan resmi Finlandia di NATO menggandakan panjang perbatasan darat aliansi dengan Rusia.', 'Swedia harus menunggu lebih lama karena keberatan Turki dan Hungaria, dan akhirnya menjadi anggota ke-32 pada 7 Maret 2024.', 'Pasukan kedua negara kini rutin ikut latihan gabungan NATO di Norwegia sejak Maret.'].join('\n\n')),
      'envoy.md': article('Dubes baru untuk Jerman', '2025-03-03', 'BERLIN - Duta besar Indonesia yang baru untuk Jerman menyerahkan surat kepercayaan kepada presiden Jerman.'),
      'talks.md': article('Putaran kedua perundingan di Istanbul', '2025-06-02', 'ISTANBUL - Delegasi Rusia dan Ukraina bertemu di Istanbul untuk putaran kedua perundingan damai. Empat pangkalan udara Rusia diserang sehari sebelumnya, yang terbesar sejak perang dimulai.'),
    });
    engine.ingest([dir]);
  });
  after(() => cleanup());

  it('indexes the numbers, ordinals and sizes a news question asks (natural’s list drops “pertama”, “besar”, “dua”)', () => {
    assert.match(quotesOf('which bigger iranian drone was shot down first')[0] ?? '', /Mohajer-6 yang berukuran lebih besar/);
  });

  it('shows a lone story’s weaker quotes too: with no other story answering, none is dropped for scoring low', () => {
    const quotes = quotesOf('swedia resminya jadi anggota nato tanggal berapa', 5);
    assert.ok(quotes.some((q) => /anggota ke-32 pada 7 Maret 2024/.test(q)), JSON.stringify(quotes));
    assert.ok(quotes.some((q) => /latihan gabungan NATO/.test(q)), JSON.stringify(quotes));
  });

  it('tells an ordinal from its number: the fourth round (“keempat”) is not four air bases (“empat”)', () => {
    assert.deepEqual(quotesOf('where was the fourth round of russia ukraine talks in istanbul held'), []);
    assert.match(quotesOf('where was the second round of russia ukraine talks in istanbul held')[0] ?? '', /putaran kedua perundingan damai/);
  });

  it('takes an alias of several words whole when deciding whether the news names what is asked (“duta besar” is not every “terbesar”)', () => {
    const result = engine.ask({ question: 'siapa dubes ukraina waktu perundingan di istanbul', now });
    assert.deepEqual(result.snippets.map((s) => s.quote.text), []);
  });
});

describe('questions of the fourth session’s real sets', () => {
  let engine: Engine;
  let cleanup: () => void;
  const now = new Date('2025-10-01T00:00:00Z');
  const quotesOf = (question: string, limit = 3) => engine.ask({ question, now, limit }).snippets.map((s) => s.quote.text);

  before(() => {
    ({ engine, cleanup } = openTestEngine({ sample: false }));
    const dir = tempDir('sitrep-session4-');
    writeFiles(dir, {
      'azovstal.md': article('Mariupol defenders leave the steelworks', 'Harbour Wire', 'en', '2022-05-17', 'MARIUPOL - Ukraine’s general staff said 264 soldiers, 53 of them badly wounded, left the Azovstal steelworks overnight and were taken to towns held by Russian forces.\n\nA woman who lived near the plant said the shelling had stopped for the first time in weeks.'),
      'kryvyi.md': article('Missiles hit city centre', 'Lahore Desk', 'en', '2023-06-13', 'Two Russian missiles struck a five-storey building in central Kryvyi Rig shortly after 9am, killing six people, the regional governor said.\n\nRescuers searched the ruins through the night.'),
      'children.md': article('ICC seeks arrest of Putin over deported children', 'Court Watch', 'en', '2023-03-17', 'THE HAGUE - Judges at the International Criminal Court issued an arrest warrant for Vladimir Putin over the unlawful deportation of children from occupied areas. Ukraine says Russia has deported more than 16,000 children, of whom only 308 children were returned.\n\nMoscow denies the accusations and does not recognise the court.'),
      'swap.md': article('Rusia dan Ukraina bertukar 190 tawanan', 'Kabar Timur', 'id', '2025-05-23', 'ISTANBUL - Rusia dan Ukraina kembali bertukar tawanan perang dalam jumlah besar. Sebanyak 190 tawanan dari tiap pihak dibebaskan, termasuk seorang aktivis hak asasi manusia dari Krimea yang ditahan sejak 2019.\n\nPertukaran itu dimediasi Uni Emirat Arab.'),
      'sudzha.md': article('Kursk incursion enters its second week', 'Front Line Daily', 'en', '2024-08-15', 'KYIV - Ukraine’s commander-in-chief said his forces have taken control of 82 settlements across an area of about 1,150 square km inside Russia’s Kursk region.'),
      'oval.md': article('Minerals deal collapses after Oval Office row', 'Capitol Desk', 'en', '2025-02-28', 'WASHINGTON - A signing ceremony for the minerals deal was called off after the meeting in the Oval Office turned into a shouting match. Senator Lindsey Graham, a Republican, said afterwards that a chance for peace had been wasted.'),
      'bridge.md': article('Dua ledakan guncang Jembatan Krimea', 'Kabar Timur', 'id', '', 'KERCH - Dua ledakan mengguncang Jembatan Krimea pada Senin dini hari, pukul 03.04 dan 03.20 waktu setempat, dan satu bentangnya runtuh.'),
      'wagner.md': article('Prigozhin klaim Wagner makin dekat ke Bakhmut', 'Kabar Timur', 'id', '2023-03-20', 'MOSKWA - Pemimpin Wagner Yevgeny Prigozhin mengklaim pasukannya sudah berada 500 meter dari pinggiran barat Bakhmut.'),
      'nk-troops.md': article('North Korean troops in Kursk', 'Seoul Desk', 'en', '2024-12-18', 'SEOUL - About 11,000 North Korean soldiers are deployed in Russia’s Kursk region, where they fight alongside Russian units, according to the Pentagon.'),
      'nk-losses.md': article('Spy agency gives North Korean losses', 'Seoul Desk', 'en', '2025-02-27', 'SEOUL - About 600 North Korean soldiers have been killed fighting for Russia in the Kursk region, South Korea’s intelligence agency told lawmakers on Thursday.'),
      'pokrovsk-strike.md': article('Missiles hit Pokrovsk', 'Donbas Wire', 'en', '2024-08-07', 'POKROVSK - Russian S-300 missiles struck the centre of Pokrovsk on Tuesday night, wounding nine people, the regional governor said.'),
      'avdiivka.md': article('Avdiivka falls', 'Donbas Wire', 'en', '2024-02-17', 'AVDIIVKA - Russian forces captured Avdiivka on Saturday after Ukraine withdrew its troops from the ruined town.'),
      'cap.md': article('EU sets a floating cap on Russian oil', 'Brussels Brief', 'en', '2025-07-18', 'BRUSSELS - The new floating cap on Russian crude, part of the EU’s sanctions over the invasion of Ukraine, is set 15% below the average price, and will take effect on 3 September.'),
      'pyongyang.md': article('Putin dan Kim teken pakta pertahanan', 'Kabar Timur', 'id', '2024-06-19', 'PYONGYANG - Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong-un meneken pakta pertahanan bersama. Putin kemudian melanjutkan lawatannya ke Vietnam.'),
      'kotov.md': article('Drone laut Ukraina hantam kapal patroli Rusia', 'Kabar Timur', 'id', '2024-03-05', 'KYIV - Kapal patroli Rusia Sergey Kotov, yang bernilai sekitar US$65 juta, rusak parah setelah diserang drone laut Ukraina di dekat Selat Kerch.'),
      'ohmatdyt.md': article('Rudal Rusia hantam rumah sakit anak di Kyiv', 'Kabar Timur', 'id', '2024-07-08', 'KYIV - Serangan rudal Rusia merusak sekitar 60 persen gedung rumah sakit anak Ohmatdyt, kata direkturnya.'),
      'blackout.md': article('Blackout after strike on Dnipro grid', 'Grid Watch', 'en', '2025-01-10', 'DNIPRO - About 800,000 consumers in the Dnipropetrovsk region remained without electricity on Friday morning after Russian missiles hit the grid.'),
      'satriya.md': article('Bekas marinir RI bantah jadi tentara bayaran Rusia', 'Kabar Timur', 'id', '2025-05-10', 'JAKARTA - Satriya Arta Kumbara, bekas anggota marinir, mengaku direkrut secara resmi oleh Kementerian Pertahanan Rusia dan membantah menjadi tentara bayaran di Ukraina.'),
      'irpin.md': article('Ranjau tertinggal di Irpin', 'Kabar Timur', 'id', '2022-04-05', 'IRPIN - Polisi Ukraina mengatakan pasukan Rusia meninggalkan ranjau yang disamarkan sebagai mainan anak di halaman rumah warga.'),
      'kursk-pows.md': article('Ukraine says hundreds of Russians captured in Kursk', 'Front Line Daily', 'en', '2024-08-20', 'KYIV - More than 590 Russian servicemen have been captured since Ukrainian troops crossed into the Kursk region, the commander-in-chief said.'),
      'vuhledar.md': article('Russia takes Vuhledar', 'Donbas Wire', 'en', '2024-10-02', 'VUHLEDAR - Russian troops took the hilltop town of Vuhledar on Wednesday. Before the invasion it had a population of over 14,000.'),
      'lavrov.md': article('Lavrov visits Mongolia to talk gas', 'Steppe Wire', 'en', '2025-03-04', 'ULAANBAATAR - Russian Foreign Minister Sergei Lavrov arrived in Mongolia on Tuesday for talks on a gas pipeline that would carry Russian gas to China across Mongolian territory.\n\nMongolia, a member of the International Criminal Court, did not arrest Vladimir Putin when he visited last year despite the court’s warrant for the deportation of Ukrainian children.'),
    });
    engine.ingest([dir]);
  });
  after(() => cleanup());

  it('takes “guys” as people, and a verb after it as ending the phrase of the thing asked (“how many guys walked out”)', () => {
    const focusWord = (question: string) => question.split(' ')[focusOf(question.split(' '))];
    assert.equal(focusWord('how many guys walked out of azovstal per the ukrainian side'), undefined);
    assert.equal(focusWord('which ukrainian defence minister shot down the plan'), 'minister');
    assert.equal(focusWord('how many soldiers walked out'), 'soldiers');
    assert.equal(focusWord('how many wounded soldiers were evacuated'), 'soldiers');
    assert.match(quotesOf('how many guys walked out of azovstal per the ukrainian side')[0] ?? '', /264 soldiers, 53 of them badly wounded/);
  });

  it('does not rule everything out for a thing asked that the news says in other words and Sitrep knows no other way to say', () => {
    // "kilo" is in no article (they write "kilogram"): it ranks, it does not decide which article answers.
    const plan = planFor(engine, 'brp kilo bahan peledak yg dipakai');
    assert.equal(plan.concepts.find((c) => c.focus)?.documentFrequency, 0);
    assert.ok(quotesOf('how many guys left azovstal').length > 0);
  });

  it('skips “siapa nama”, “the names of” to the thing whose name is asked, and takes the role in “who’s the sbu chief”', () => {
    const focusWord = (question: string) => words(question)[focusOf(words(question))];
    assert.equal(focusWord('siapa nama komandan kapal moskva'), 'komandan');
    assert.equal(focusWord('kapalnya namanya apa'), undefined);
    assert.equal(focusWord('what are the names of the two suspects in the rail blast'), 'suspects');
    assert.equal(focusWord('who’s the sbu chief that ran spider web'), 'chief');
    assert.equal(focusWord('who was behind the attack'), undefined);
    // "whose call", "which brigade's press guy": a person is asked, not the thing named.
    assert.equal(focusWord('so whose call was it for the russians to pull out of kherson'), undefined);
    assert.equal(focusWord('which brigade’s press guy said they were still holding'), undefined);
    // "how much off": a particle after "how much" is no thing asked.
    assert.equal(focusWord('how cheap was moscow selling urals to delhi, like how much off'), undefined);
    // Asked about, the role must be named: these articles name no chief of the SBU.
    assert.deepEqual(quotesOf('who is the sbu chief that planned the azovstal evacuation'), []);
  });

  it('reads a government cited by its capital as the source (“how many kids does kyiv say…”), not the subject', () => {
    const plan = planFor(engine, 'how many kids does kyiv say russia deported');
    assert.equal(plan.concepts.find((c) => c.label === 'kyiv')?.role, 'content');
    assert.match(quotesOf('how many kids does kyiv say russia deported')[0] ?? '', /more than 16,000 children/);
    // Asked what was said, who said it is what is asked.
    assert.equal(planFor(engine, 'what did kyiv say about the warrant').concepts.find((c) => c.label === 'kyiv')?.role, 'anchor');
    // A person who "said" it is named where it is quoted.
    assert.equal(planFor(engine, 'how soon did zelensky say the talks would start').concepts.find((c) => c.label === 'zelensky')?.role, 'anchor');
  });

  it('meets a repatriation asked as “brought back home” in the news’s “returned”', () => {
    assert.match(quotesOf('and how many of those deported children got brought back home')[0] ?? '', /308 children were returned/);
  });

  it('takes a name typed in words no dictionary knows as named by part of it: “kryvyi rih” is the news’s “Kryvyi Rig”', () => {
    assert.match(quotesOf('what time did the two missiles land near downtown kryvyi rih')[0] ?? '', /shortly after 9am/);
    assert.deepEqual(quotesOf('what time did the two missiles land near downtown kramatorsk'), []);
  });

  it('reads Jakarta speech’s “e” for a closed last syllable’s “a” (“tuker” is tukar)', () => {
    assert.match(quotesOf('siapa aktivis ham yg ikut dibebasin pas tuker 190 tawanan itu')[0] ?? '', /aktivis hak asasi manusia dari Krimea/);
  });

  it('reads “permukiman” as settlements, not as residential buildings', () => {
    assert.match(quotesOf('ukraina udah ngerebut brp permukiman di wilayah kursk')[0] ?? '', /82 settlements/);
  });

  it('knows the Oval Office as a place asked about, and speech’s “ke-” for “ter-” (“ketangkep” is tertangkap)', () => {
    assert.equal(planFor(engine, 'ribut2 di oval office').concepts.find((c) => c.label === 'oval office')?.role, 'anchor');
    assert.match(quotesOf('senator republik siapa yg bilang ribut2 di oval office itu kesempatan yg kebuang')[0] ?? '', /Lindsey Graham/);
    assert.equal(formalIndonesian('ketangkep'), 'tertangkap');
  });

  it('does not rule out an undated article for a year it does not say', () => {
    assert.match(quotesOf('what time were the two blasts on the crimean bridge in july 2023')[0] ?? '', /pukul 03\.04 dan 03\.20/);
  });

  it('reads “sedekat apa” as asking how close, not for a thing called “sedekat”', () => {
    assert.equal(planFor(engine, 'pasukan wagner udah sedekat apa sama bakhmut').concepts.find((c) => c.focus), undefined);
    assert.match(quotesOf('prigozhin ngaku pasukan wagner udah sedekat apa sama pinggiran barat bakhmut')[0] ?? '', /500 meter/);
  });

  it('answers a count asked of an event only with a passage telling of that event (“how many … were killed”)', () => {
    assert.equal(planFor(engine, 'how many north korean soldiers have been killed in kursk so far').askedEvent?.kind, 'event');
    assert.equal(planFor(engine, 'how many drones did russia launch in the attack').askedEvent, undefined);
    const quotes = quotesOf('how many north korean soldiers have been killed in kursk so far', 5);
    assert.match(quotes[0] ?? '', /About 600 North Korean soldiers have been killed/);
    assert.ok(!quotes.some((q) => /11,000/.test(q)), JSON.stringify(quotes));
    assert.ok(quotesOf('how many north korean soldiers are in kursk').some((q) => /About 11,000 North Korean soldiers/.test(q)));
  });

  it('answers a date asked of an event only where the passage or its article tells of that event (“when did russia capture…”)', () => {
    assert.deepEqual(quotesOf('when did russia capture pokrovsk'), []);
    assert.match(quotesOf('when did russia capture avdiivka')[0] ?? '', /captured Avdiivka on Saturday/);
  });

  it('meets “kick in” in the news’s “take effect”, and reads “kemana” as asking where, “lanjut” as a word of the news', () => {
    assert.match(quotesOf('when does that floating oil cap actually kick in')[0] ?? '', /take effect on 3 September/);
    const plan = planFor(engine, 'abis teken pakta sama kim, putin lanjut kemana');
    assert.ok(!plan.concepts.some((c) => c.label === 'kemana'));
    assert.ok(plan.concepts.some((c) => c.label === 'lanjut'));
    assert.match(quotesOf('abis teken pakta sama kim, putin lanjut kemana')[0] ?? '', /melanjutkan lawatannya ke Vietnam/);
  });

  it('finds a name the news spells otherwise: one edit away (“okhmatdyt”, Ohmatdyt), or by either of its words (“sergei kotov”, Sergey Kotov)', () => {
    assert.ok(planFor(engine, 'how much of okhmatdyt was damaged').concepts.find((c) => c.label === 'okhmatdyt')?.coverage.some((alias) => alias[0] === 'ohmatdyt'));
    assert.match(quotesOf('how much of okhmatdyt was damaged by the missiles')[0] ?? '', /60 persen gedung rumah sakit anak Ohmatdyt/);
    assert.match(quotesOf('how much was the sergei kotov worth')[0] ?? '', /US\$65 juta/);
    assert.deepEqual(quotesOf('how much was the sergei ivanov worth'), []);
    // A word Sitrep knows no other way to say (here a dictionary's "satria", knight), spelled otherwise in the news: Satriya.
    assert.ok(planFor(engine, 'satria ngaku direkrut siapa').concepts.find((c) => c.label === 'satria')?.coverage.some((alias) => alias[0] === 'satriya'));
    assert.match(quotesOf('satria ngaku direkrut siapa')[0] ?? '', /direkrut secara resmi oleh Kementerian Pertahanan Rusia/);
  });

  it('reads a hyphenated compound of known words (“ex-marine”) as a word, a borrowed verb (“dipublish”) as the English one, “konsumen” as consumers', () => {
    assert.equal(planFor(engine, 'the ex-marine lost his citizenship').concepts.find((c) => c.label === 'ex-marine')?.role, 'content');
    assert.equal(planFor(engine, 'what is the kn-23').concepts.find((c) => c.label === 'kn-23')?.role, 'anchor');
    assert.equal(formalIndonesian('dipublish'), 'publish');
    assert.equal(formalIndonesian('diserang'), 'diserang');
    assert.match(quotesOf('di dnipropetrovsk brp konsumen yg masih tanpa listrik')[0] ?? '', /About 800,000 consumers/);
    // "petinggi" (the top brass) is an official or commander the news names in English.
    assert.ok(planFor(engine, 'siapa petinggi militer rusia yg kabur').concepts.find((c) => c.label === 'petinggi')?.coverage.some((alias) => alias[0] === 'command'));
  });

  it('meets how many people “lived” somewhere in the news’s “population”', () => {
    const coverage = planFor(engine, 'how many people lived in vuhledar before the invasion').concepts.flatMap((c) => c.coverage.map((alias) => alias.join(' ')));
    assert.ok(coverage.includes('popul'), JSON.stringify(coverage));
    assert.match(quotesOf('how many people lived in vuhledar before the invasion')[0] ?? '', /population of over 14,000/);
  });

  it('takes “titik api” as fires', () => {
    const fires = planFor(engine, 'brp titik api di kilang ryazan').concepts.find((c) => c.label === 'titik api');
    assert.ok(fires?.coverage.some((alias) => alias.join(' ') === 'fire'), JSON.stringify(fires?.coverage));
  });

  it('takes a drone “raid” as an attack, not only a cross-border incursion', () => {
    const raid = planFor(engine, 'which plant did the drones hit in the big ryazan raid').concepts.find((c) => c.label === 'raid');
    assert.ok(raid?.coverage.some((alias) => alias.join(' ') === 'attack'), JSON.stringify(raid?.coverage));
  });

  it('meets soldiers “taken prisoner” in the news’s “captured”', () => {
    const coverage = planFor(engine, 'how many russian soldiers did ukraine take prisoner in kursk').concepts.flatMap((c) => c.coverage.map((alias) => alias.join(' ')));
    assert.ok(coverage.includes('captur'), JSON.stringify(coverage));
    assert.match(quotesOf('how many russian soldiers did ukraine say it took prisoner in the kursk push')[0] ?? '', /590 Russian servicemen have been captured/);
  });

  it('knows “surat penangkapan” as an arrest warrant, and “valid” as berlaku', () => {
    const coverage = (question: string) => planFor(engine, question).concepts.flatMap((c) => c.coverage.map((alias) => alias.join(' ')));
    assert.ok(coverage('jaksa icc ngajuin surat penangkapan putin tgl brp').includes('arrest warrant'));
    assert.ok(coverage('how long was the grain deal valid for').includes('laku'), JSON.stringify(coverage('how long was the grain deal valid for')));
  });

  it('meets “booby traps” in the news’s “ranjau”, and “look like” in “disamarkan sebagai” (disguised as)', () => {
    const question = 'what did russian troops make the booby traps in irpin look like';
    const coverage = planFor(engine, question).concepts.flatMap((c) => c.coverage.map((alias) => alias.join(' ')));
    assert.ok(coverage.includes('ranjau') && coverage.some((alias) => alias.startsWith('samar')), JSON.stringify(coverage));
    assert.match(quotesOf(question)[0] ?? '', /disamarkan sebagai mainan anak/);
  });

  it('knows the world’s countries and capitals as names, in both languages, though a dictionary knows the word', () => {
    assert.equal(planFor(engine, 'when did lavrov go to mongolia').concepts.find((c) => c.label === 'mongolia')?.role, 'anchor');
    assert.match(quotesOf('kapan lavrov ke mongolia')[0] ?? '', /arrived in Mongolia on Tuesday/);
    assert.deepEqual(quotesOf('did lavrov visit kenya'), []);
    assert.deepEqual(quotesOf('lavrov di nairobi ngapain'), []);
  });
});

describe('questions of the fifth session’s real sets', () => {
  let engine: Engine;
  let cleanup: () => void;
  const now = new Date('2025-12-01T00:00:00Z');
  const quotesOf = (question: string, limit = 3) => engine.ask({ question, now, limit }).snippets.map((s) => s.quote.text);

  before(() => {
    ({ engine, cleanup } = openTestEngine({ sample: false }));
    const dir = tempDir('sitrep-session5-');
    writeFiles(dir, {
      'oil-sanctions.md': article('AS jatuhkan sanksi ke dua raksasa minyak Rusia', 'Kabar Pasar', 'id', '2025-10-23', 'WASHINGTON - Departemen Keuangan AS menjatuhkan sanksi kepada Rosneft dan Lukoil, dua perusahaan minyak terbesar Rusia.\n\nSebelumnya, pemerintahan Joe Biden sudah lebih dulu menyasar Gazprom Neft dan Surgutneftegas, produsen minyak nomor tiga dan empat di Rusia.'),
      'heating.md': article('Pemanas di Tiraspol dihentikan', 'Kabar Timur', 'id', '2025-01-02', 'TIRASPOL - Perusahaan energi setempat mengumumkan pemadaman pemanas untuk rumah warga mulai Kamis pukul 8 pagi, kecuali di rumah sakit.\n\nPasokan gas dari Rusia berhenti sejak awal tahun.'),
      'mykolaiv.md': article('Drones downed over Mykolaiv', 'Black Sea Wire', 'en', '2025-09-14', 'MYKOLAIV - The air force said 14 of 16 attack drones launched at Mykolaiv overnight were brought down by air defences.\n\nDebris damaged a warehouse near the port.'),
      'chernihiv.md': article('Missile hits apartment block in Chernihiv', 'Black Sea Wire', 'en', '2025-08-04', 'CHERNIHIV - Rescuers said 31 residents were still missing under the rubble on Tuesday morning, a day after the strike.'),
      'chernihiv-id.md': article('Rudal hantam gedung apartemen di Chernihiv', 'Kabar Timur', 'id', '2025-08-04', 'CHERNIHIV - Rudal Rusia menghantam gedung apartemen sembilan lantai di Chernihiv pada Senin, dan 12 orang tewas dalam serangan itu, kata wali kota.'),
      'primorsk.md': article('New package bans Primorsk deals', 'Brussels Brief', 'en', '2025-07-20', 'BRUSSELS - The EU’s new package of sanctions against Russia over its war in Ukraine also bans transactions with the oil port of Primorsk and adds 105 tankers to the list.'),
      'house-vote.md': article('DPR AS loloskan bantuan untuk Ukraina', 'Kabar Pasar', 'id', '2024-04-21', 'WASHINGTON - DPR AS meloloskan RUU bantuan senilai 61 miliar dolar untuk Ukraina pada Sabtu setelah berbulan-bulan tertunda.\n\nHasil pemungutan suara 311-112. Sebanyak 112 anggota Partai Republik menentang RUU tersebut, sementara 101 lainnya mendukung.'),
      'restock.md': article('House passes Ukraine aid', 'Capitol Desk', 'en', '2024-04-20', 'WASHINGTON - The House approved $61 billion for Ukraine on Saturday, including $23 billion to refill U.S. weapons stocks sent to Kyiv.'),
      'envoy.md': article('Utusan Paus tiba di Kyiv', 'Kabar Timur', 'id', '2025-06-05', 'KYIV - Kardinal Rossi, utusan Paus untuk perdamaian, tiba di Kyiv pada Senin untuk membahas pemulangan anak-anak Ukraina.\n\nMenurut Vatikan, ia akan berada di sana selama tiga hari untuk bertemu para pejabat.'),
      'kazakh.md': article('Kazakhstan tak akan pulangkan warga Rusia', 'Kabar Timur', 'id', '2022-09-27', 'ASTANA - Menteri Dalam Negeri Kazakhstan, Yerlan Sadykov, mengatakan pihaknya tidak akan memulangkan warga Rusia yang menghindari wajib militer, kecuali mereka masuk daftar buronan.'),
      'marisol.md': article('Kapal gandum Marisol berangkat dari Odesa', 'Kabar Timur', 'id', '2022-08-01', 'ODESA - Kapal gandum pertama, Marisol, meninggalkan pelabuhan Odesa pada Senin pagi dengan muatan jagung, yang pertama sejak invasi Rusia ke Ukraina.\n\nKapal Marisol dibangun pada 2001, panjangnya 190 meter dan lebarnya 28 meter.'),
      'cruiser.md': article('Russian cruiser sinks in the Black Sea', 'Harbour Wire', 'en', '2022-04-15', 'The cruiser Varyag, the flagship of Russia’s Pacific squadron in the Black Sea, sank on Thursday while being towed to port, Russia said.\n\nUkrainian officials said they had hit the cruiser with two Neptune missiles.'),
      'oval-graham.md': article('A missed chance, says senator', 'Capitol Desk', 'en', '2025-03-01', 'WASHINGTON - Republican Sen. John Hale of Ohio called the Oval Office meeting between Trump and Zelensky a missed opportunity for peace.'),
      'bombers.md': article('Drones hit Russian airfields', 'Front Line Daily', 'en', '2025-06-01', 'KYIV - Ukrainian drones hidden in trucks struck four Russian airfields on Sunday and damaged or destroyed 41 strategic bombers, the security service said.'),
      'kherson.md': article('Russia completes its pullback from Kherson', 'Front Line Daily', 'en', '2022-11-11', 'KHERSON - The Russian Ministry of Defence said more than 25,000 soldiers had crossed to the left bank of the Dnieper River as its forces withdrew from the city.'),
      'kinzhal-en.md': article('Ukraine downs a Kinzhal over Kyiv', 'Sky Desk', 'en', '2023-05-06', 'KYIV - Ukraine’s air force said it shot down a Kinzhal missile that Moscow fired at Kyiv, the first time the hypersonic missile was downed.'),
      'kinzhal-id.md': article('Rusia tuding Ukraina coba bunuh Putin', 'Kabar Timur', 'id', '2023-05-06', 'MOSKWA - Sehari sebelum rudal Kinzhal ditembak jatuh di atas Kyiv, Rusia menuduh Ukraina mencoba membunuh Putin dengan drone yang diterbangkan ke Kremlin.'),
      'builders.md': article('Korut kirim pekerja militer ke Kursk', 'Kabar Timur', 'id', '2025-06-18', 'MOSKWA - Korea Utara akan mengirim 6.000 pekerja militer, termasuk penjinak ranjau, untuk membangun kembali wilayah Kursk, kata pejabat keamanan Rusia.'),
    });
    engine.ingest([dir]);
  });
  after(() => cleanup());

  it('keeps a name the news holds as typed (“biden”), not a chat spelling it could be (“bidan”)', () => {
    assert.equal(formalIndonesian('biden', undefined, (word) => word === 'biden'), 'biden');
    const quotes = quotesOf('which russian oil firms had biden already sanctioned', 2);
    assert.ok(quotes.some((quote) => /Gazprom Neft dan Surgutneftegas/.test(quote)), quotes.join(' | '));
  });

  it('reads “dimatiin” as switched off, not died', () => {
    assert.match(quotesOf('jam brp pemanas di tiraspol dimatiin')[0] ?? '', /pukul 8 pagi/);
    assert.match(quotesOf('when was the heating switched off in tiraspol')[0] ?? '', /pukul 8 pagi/);
  });

  it('reads “dijatuhkan” (downed) apart from a town’s fall (“jatuhnya”), which is said only so', () => {
    assert.match(quotesOf('dari 16 drone yg nyerang mykolaiv brp yg berhasil dijatuhin')[0] ?? '', /14 of 16 attack drones/);
  });

  it('asks a count of the missing as an event: the passage must tell of people missing', () => {
    assert.match(quotesOf('brp orang yg masih belum ketemu setelah gedung di chernihiv kena serang')[0] ?? '', /31 residents were still missing/);
    assert.match(quotesOf('how many are still unaccounted for in chernihiv')[0] ?? '', /31 residents were still missing/);
  });

  it('meets a loanword with its enclitic (“transaksinya”) by its English spelling', () => {
    const { terms } = planFor(engine, 'transaksinya dilarang');
    assert.ok(terms.includes('transact'), terms.join(' '));
    assert.match(quotesOf('transaksinya dilarang di pelabuhan mana')[0] ?? '', /transactions with the oil port of Primorsk/);
  });

  it('reads “U.S.” as one word, the United States', () => {
    assert.deepEqual(words('U.S.-backed plan of the U.N.'), ['U.S.', 'backed', 'plan', 'of', 'the', 'U.N.']);
    assert.ok(planFor(engine, 'america').terms.includes('u.s.'));
    assert.match(quotesOf('how much of the aid goes to refill america’s weapons stocks')[0] ?? '', /\$23 billion to refill U\.S\. weapons stocks/);
  });

  it('meets “gop reps” in the Republicans of the House, and a vote is not an election', () => {
    assert.match(quotesOf('how many gop reps voted against the ukraine aid bill')[0] ?? '', /112 anggota Partai Republik menentang/);
  });

  it('answers “brp hari” with a passage that says how long', () => {
    assert.match(quotesOf('utusan paus si rossi di kyiv brp hari')[0] ?? '', /selama tiga hari/);
  });

  it('reads “mendagri” as the interior minister, and an event said in other words than the asker’s does not mean nothing answers', () => {
    assert.match(quotesOf('mendagri kazakhstan yg bilang gak bakal deportasi org rusia yg kabur wamil siapa')[0] ?? '', /Yerlan Sadykov/);
  });

  it('answers “how long is the ship” with a length, “how long were they talking” with a duration', () => {
    assert.match(quotesOf('how long is the marisol, the first grain ship out of odesa')[0] ?? '', /190 meter/);
    assert.equal(planFor(engine, 'the first grain ship').concepts.find((c) => c.label === 'ship')?.kind, 'synonym');
  });

  it('reads a capital beside a government’s verb as its state (“what did kyiv say…”: “Ukrainian officials said”)', () => {
    assert.match(quotesOf('what did kyiv say it used to hit the flagship')[0] ?? '', /Neptune missiles/);
  });

  it('asks two names joined by a hyphen as the two, and the role before “siapa” as the thing asked', () => {
    const labels = planFor(engine, 'the us-ukraine minerals deal').concepts.map((c) => c.label);
    assert.ok(labels.includes('U.S.') && labels.includes('ukraine'), labels.join(' | '));
    assert.equal(words('senator as siapa yang bilang')[focusOf(words('senator as siapa yang bilang'))], 'senator');
    assert.match(quotesOf('senator as siapa yg bilang pertemuan trump-zelensky di ruang oval itu peluang yg kebuang')[0] ?? '', /Sen\. John Hale/);
  });

  it('takes a bomber’s model as a thing of its own: the news’s “strategic bombers” do not say how many Tu-160s', () => {
    assert.match(quotesOf('how many strategic bombers were destroyed at the airfields')[0] ?? '', /41 strategic bombers/);
    assert.deepEqual(quotesOf('how many tu-160 bombers got destroyed at the airfields'), []);
  });

  it('reads “bayar brp” as a price asked, which a passage without one does not answer', () => {
    assert.equal(askedMeasure('lebanon bayar berapa buat jagungnya'), ANSWER_KIND.money);
  });

  it('reads “nyebrang” as crossing, and the Dnipro as the river the English news calls the Dnieper', () => {
    assert.equal(formalIndonesian('nyebrang'), 'menyeberang');
    assert.match(quotesOf('kata kemhan rusia brp tentara yg udah nyebrang ke tepi kiri dnipro pas mundur dr kherson')[0] ?? '', /more than 25,000 soldiers/);
  });

  it('quotes the other language’s answer first when only it tells what was asked (“what did moscow accuse kyiv of”)', () => {
    assert.match(quotesOf('what did moscow accuse kyiv of right before the kinzhal got shot down')[0] ?? '', /menuduh Ukraina mencoba membunuh Putin/);
  });

  it('reads “6k” and “6 ribu” as the 6,000 the news writes', () => {
    assert.match(quotesOf('where are the 6k north korean builders going')[0] ?? '', /6\.000 pekerja militer/);
    assert.match(quotesOf('6 ribu pekerja korut dikirim ke mana')[0] ?? '', /6\.000 pekerja militer/);
  });
});

describe('questions of the sixth session’s real sets', () => {
  const { engine, quotesOf } = withCorpus('sitrep-session6-', new Date('2025-12-01T00:00:00Z'), {
    'warrant-en.md': article('Court issues warrant for Putin', 'Hague Desk', 'en', '2023-03-17', 'THE HAGUE - The International Criminal Court issued an arrest warrant for Russian President Vladimir Putin on Friday over the deportation of children from occupied Ukraine.\n\nPutin visited Mariupol on Sunday, two days after the court’s decision, in his first trip to the occupied city.\n\nJudges also issued a warrant for Ivana Petrova, Russia’s ombudswoman for children, on the same charges.\n\nThe Kremlin said the court’s decisions meant nothing to Moscow.'),
    'warrant-id.md': article('Putin kunjungi Ulan Bator', 'Kabar Timur', 'id', '2024-09-02', 'ULAN BATOR - Presiden Rusia Vladimir Putin tiba di Mongolia pada Senin, meski ICC telah menerbitkan surat perintah penangkapan terhadapnya.\n\nPutin disambut dengan upacara militer di alun-alun kota.\n\nMongolia adalah anggota ICC, tetapi tidak menangkap Putin.'),
    'recordings.md': article('Penyidik rilis rekaman kasus energi', 'Kabar Timur', 'id', '2025-11-17', 'KYIV - Biro antikorupsi Ukraina merilis rekaman percakapan dari apartemen seorang pengusaha dalam kasus suap di perusahaan energi negara, yang membangun perlindungan bagi pembangkit listrik dari serangan rudal dan drone Rusia.\n\nDalam berkas itu, seorang menteri disebut dengan nama samaran "Rajawali".\n\nMenteri tersebut membantah semua tuduhan.'),
    'hypermarket.md': article('Guided bombs hit Kharkiv hypermarket', 'Front Line Daily', 'en', '2024-05-25', 'KHARKIV - Two Russian guided bombs hit a building supplies hypermarket on Saturday, the regional governor said, and a fire broke out over 15,000 square metres.'),
    'railway.md': article('Rudal hantam stasiun Kramatorsk', 'Kabar Timur', 'id', '2022-04-08', 'KRAMATORSK - Dua rudal menghantam stasiun kereta api Kramatorsk yang penuh pengungsi.\n\nKepala perusahaan kereta api Ukraina, Oleh Marchenko, menulis di media sosial bahwa lebih dari 30 orang tewas.'),
    'il76.md': article('Pesawat angkut jatuh di Belgorod', 'Kabar Timur', 'id', '2024-01-24', 'BELGOROD - Sebuah pesawat angkut militer Ilyushin-76 jatuh di wilayah Belgorod pada Rabu, dan Rusia menyebut 65 tawanan perang Ukraina ada di dalamnya.\n\nSeorang anggota parlemen Rusia mengatakan pesawat itu ditembak jatuh oleh tiga rudal.'),
    'vinnytsia.md': article('Bocah empat tahun tewas di Vinnytsia', 'Kabar Timur', 'id', '2022-07-15', 'VINNYTSIA - Serangan rudal Rusia menewaskan seorang bocah perempuan berusia empat tahun di pusat kota Vinnytsia.\n\nIbunya terluka parah dan dirawat di rumah sakit darurat kota itu.\n\n"Kami telah menjahit organ-organnya," kata Oleksandr Petrenko, kepala dokter di rumah sakit tersebut.'),
    'speaker.md': article('Former speaker shot dead in Lviv', 'Front Line Daily', 'en', '2025-08-30', 'LVIV - Former parliament speaker Andriy Kovalenko was shot dead in Lviv on Saturday, police said.\n\nKovalenko served as speaker from April 2016 to August 2019.'),
    'general.md': article('General killed by car bomb near Moscow', 'Front Line Daily', 'en', '2025-04-25', 'MOSCOW - General Ivan Sorokin, 59, was killed by a car bomb near Moscow on Friday, investigators said.'),
    'detained.md': article('US player detained in Moscow', 'Capitol Desk', 'en', '2022-03-05', 'MOSCOW - American basketball player Diana Brooks was detained at a Moscow airport after customs officers found vape cartridges with cannabis oil in her luggage.'),
    'uman.md': article('Rudal hantam apartemen di Uman', 'Kabar Timur', 'id', '2023-04-28', 'UMAN - Rudal Rusia menghantam gedung apartemen sembilan lantai di Uman jam empat pagi, saat orang sedang tidur, kata wali kota.'),
    'brovary.md': article('Helicopter crash kills interior minister', 'Front Line Daily', 'en', '2023-01-18', 'BROVARY - A helicopter carrying Ukraine’s interior minister crashed near a kindergarten in Brovary on Wednesday, killing 14 people.\n\nThe delegation had been flying to the north-eastern city of Kharkiv, officials said.'),
    'orlov.md': article('Opposition politician jailed for 25 years', 'Capitol Desk', 'en', '2023-04-17', 'MOSCOW - A Moscow court sentenced opposition politician Pavel Orlov to 25 years in prison for treason after he spoke out against Russia’s war in Ukraine.\n\nOrlov suffers from a nerve condition called polyneuropathy, which his lawyers link to two poisonings.'),
    'winter-front.md': article('Winter slows the fighting', 'Front Line Daily', 'en', '2023-12-29', 'KYIV - Fighting in Ukraine is largely bogged down by winter weather along the roughly 1,000-kilometre (620-mile) line of contact.'),
    'moscow-drones.md': article('Drones attack Moscow', 'Capitol Desk', 'en', '2023-05-30', 'MOSCOW - Residents heard several blasts over Leninsky Prospekt, a major thoroughfare, as drones attacked the Russian capital on Tuesday.'),
    'oil-ban.md': article('Putin larang jual minyak ke negara pendukung batas harga', 'Kabar Pasar', 'id', '2022-12-28', 'MOSKWA - Presiden Rusia Vladimir Putin melarang penjualan minyak kepada negara yang mendukung batas harga G7 atas minyak Rusia.\n\nLarangan itu akan berlaku selama lima bulan dari 1 Februari, kata Kremlin.'),
    'moldova.md': article('Pro-EU party wins Moldova vote', 'Capitol Desk', 'en', '2025-09-29', 'CHISINAU - Over 1.5 million Moldovans voted in the parliamentary elections held amid warnings of Russian interference. The voter turnout was around 52%.'),
    'resign.md': article('Dua menteri Ukraina mundur', 'Kabar Timur', 'id', '2025-11-12', 'KYIV - Dua menteri Ukraina mengundurkan diri menyusul penyelidikan korupsi di sektor energi, di tengah serangan Rusia ke jaringan listrik.\n\nMenteri Energi Olena Kravets menulis bahwa ia mundur untuk membela diri dari tuduhan itu.'),
    'defence.md': article('Putin names new defence minister', 'Capitol Desk', 'en', '2024-05-12', 'MOSCOW - Putin named economist Andrei Belov to replace Sergei Shoigu as defence minister on Sunday, as the war in Ukraine entered its third year.'),
    'a50.md': article('Rusia mungkin tinggal punya enam A-50', 'Kabar Timur', 'id', '2024-01-16', 'LONDON - Intelijen Inggris menyebut Rusia kini mungkin memiliki enam pesawat A-50 yang masih beroperasi, setelah dua pesawat ditembak jatuh di atas Laut Azov.'),
    'zaluzhnyi.md': article('Ukraine downs Russian radar plane', 'Front Line Daily', 'en', '2024-01-15', 'KYIV - Ukraine’s Commander-in-Chief Valerii Zaluzhnyi said on Monday that the air force had destroyed a Russian A-50 radar plane over the Sea of Azov.'),
    'tennis.md': article('Wimbledon larang petenis Rusia', 'Kabar Timur', 'id', '2022-04-20', 'LONDON - Wimbledon melarang petenis Rusia dan Belarusia tampil tahun ini karena invasi Rusia ke Ukraina.\n\nPetenis Rusia Anna Sokolova, peringkat 15 dunia, ikut terkena larangan itu.\n\nSokolova, yang memenangi 3 gelar tahun lalu, menyebut larangan Wimbledon itu tidak adil.'),
    'teacher.md': article('Guru AS dibebaskan Rusia', 'Kabar Timur', 'id', '2025-02-11', 'MOSKWA - Rusia membebaskan seorang guru asal Amerika Serikat pada Selasa, di tengah upaya damai untuk perang di Ukraina, dan ia terbang pulang dari bandara Vnukovo.\n\nGuru itu ditangkap di Bandara Sheremetyevo, Moskow, pada Agustus 2021 atas tuduhan penyelundupan narkoba.'),
    'mcdonalds.md': article('McDonald’s jual bisnisnya di Rusia', 'Kabar Pasar', 'id', '2022-05-19', 'MOSKWA - McDonald’s menjual seluruh bisnisnya di Rusia kepada pengusaha lokal setelah invasi Rusia ke Ukraina.\n\nPerusahaan itu memiliki 84 persen lokasi di Rusia, dan sisanya dijalankan pewaralaba.'),
    'lviv-flight.md': article('Rudal dari Belarus capai Lviv dalam 17 menit', 'Kabar Timur', 'id', '2023-07-06', 'LVIV - Wali kota Lviv mengatakan rudal Rusia yang diluncurkan dari Belarus akan mencapai Lviv hanya dalam 17 menit.\n\nDari Krimea, rudal itu membutuhkan sekitar 30 menit.'),
    'transit.md': article('Gas Rusia berhenti mengalir ke Eropa', 'Kabar Pasar', 'id', '2025-01-01', 'KYIV - Aliran gas Rusia melalui Ukraina ke Eropa berhenti pada Rabu setelah perjanjian transit lima tahun berakhir, hampir tiga tahun setelah invasi Rusia ke Ukraina.\n\nSebelumnya, perjanjian itu memungkinkan pengangkutan 15 miliar meter kubik gas setiap tahun melalui jaringan pipa Ukraina.\n\nUkraina menolak memperpanjang perjanjian tersebut.'),
  });

  it('reads “besides putin” as setting Putin aside: the answer is the other one named', () => {
    const concept = planFor(engine(), 'who besides putin got an icc arrest warrant').concepts.find((c) => c.label === 'putin');
    assert.equal(concept?.role, 'framing');
    for (const question of ['who besides putin got an icc arrest warrant', 'who else was named in the icc warrant apart from putin']) {
      const quotes = quotesOf(question);
      assert.ok(quotes.some((quote) => /Ivana Petrova/.test(quote)), `${question}: ${quotes.join(' | ')}`);
    }
  });

  it('reads chat English (“wat”, “thru”) as the words they stand for, and a codename as a “nama samaran”', () => {
    assert.equal(formalIndonesian('wat'), 'what');
    assert.equal(formalIndonesian('thru'), 'through');
    assert.match(quotesOf('wat codename was the minister under in the recordings')[0] ?? '', /nama samaran "Rajawali"/);
  });

  it('meets British spellings in their American forms (“metres”, “mobilisation”, “defence”, “armoured”)', () => {
    for (const [british, american] of [['metres', 'meters'], ['mobilisation', 'mobilization'], ['criticised', 'criticized'], ['defence', 'defense'], ['armoured', 'armored'], ['centre', 'center']]) {
      assert.deepEqual(analyzeWord(british, 'en'), analyzeWord(american, 'en'), british);
    }
    // Words in -ise that American English spells so too are left alone.
    for (const word of ['promised', 'exercise', 'surprise', 'otherwise', 'supervised']) assert.equal(americanSpelling(word), word);
    assert.match(quotesOf('api di hipermarket kharkiv nyebar brp meter persegi')[0] ?? '', /15,000 square metres/);
  });

  it('reads an Indonesian “hi-” loanword as the English “hy-” (hipermarket → hypermarket), and a railway boss as its “kepala”', () => {
    assert.ok(englishCognates('hipersonik').includes('hypersonic'));
    assert.match(quotesOf('who was the railways boss quoted after the strike on kramatorsk station')[0] ?? '', /Kepala perusahaan kereta api/);
  });

  it('meets an aircraft by its maker’s short name or full one (“il-76” is “Ilyushin-76”)', () => {
    assert.match(quotesOf('how many missiles did the russian mp say brought down the il-76')[0] ?? '', /ditembak jatuh oleh tiga rudal/);
  });

  it('reads the one named in “dokter yg nanganin ibunya namanya siapa” as the head before its “yang” clause, and “mamanya” as “ibunya”', () => {
    assert.equal(formalIndonesian('mamanya'), 'ibunya');
    const tokens = words('dokter yang menangani ibunya namanya siapa');
    assert.equal(tokens[focusOf(tokens)], 'dokter');
    assert.match(quotesOf('dokter yg nanganin mamanya bocah di vinnytsia namanya siapa')[0] ?? '', /Oleksandr Petrenko, kepala dokter/);
  });

  it('answers “how old” only with a passage that gives an age', () => {
    assert.match(quotesOf('how old was general sorokin')[0] ?? '', /Sorokin, 59, was killed/);
    assert.deepEqual(quotesOf('how old was kovalenko when he got shot'), []);
  });

  it('reads “bawa barang apa” as asking the things, not the word “barang”', () => {
    assert.match(quotesOf('diana brooks ketangkep di bandara moskow gara2 bawa barang apa')[0] ?? '', /vape cartridges with cannabis oil/);
  });

  it('reads “jam brp” as the hour asked, answered by one said in words (“jam empat pagi”)', () => {
    assert.match(quotesOf('rudal yg kena apartemen di uman jam brp')[0] ?? '', /jam empat pagi/);
  });

  it('reads chat’s “heli” and “sbnrnya” as the words they stand for', () => {
    assert.equal(formalIndonesian('sbnrnya'), 'sebenarnya');
    const quotes = quotesOf('helinya mendagri ukraina yg jatuh itu sbnrnya mau terbang ke kota mana');
    assert.ok(quotes.some((quote) => /city of Kharkiv/.test(quote)), quotes.join(' | '));
  });

  it('reads “what nerve illness” as asking the illness’s name, which the news gives without the word', () => {
    assert.match(quotesOf('what nerve illness does orlov suffer from after the poisonings')[0] ?? '', /polyneuropathy/);
  });

  it('reads a “1,000-kilometre” line as a length, and the “line of contact” as the front line', () => {
    assert.notEqual(answerKindsOf('along the roughly 1,000-kilometre (620-mile) line of contact') & ANSWER_KIND.length, 0);
    assert.match(quotesOf('roughly how long is the whole front line in ukraine in km')[0] ?? '', /1,000-kilometre/);
  });

  it('meets a road in the news’s “thoroughfare”', () => {
    assert.match(quotesOf('which big road in moscow did ppl hear the blasts over during the drone attack')[0] ?? '', /Leninsky Prospekt/);
  });

  it('reads a prefix typed without its vowel (“brlaku”, “mnjadi”) and a “c” root nasalized (“nyoblos”, “nyari”)', () => {
    assert.equal(formalIndonesian('brlaku'), 'berlaku');
    assert.equal(formalIndonesian('mnjadi'), 'menjadi');
    assert.equal(formalIndonesian('nyoblos'), 'mencoblos');
    assert.equal(formalIndonesian('nyari'), 'mencari');
    assert.equal(formalIndonesian('nyerah'), 'menyerah');
    assert.match(quotesOf('larangan jual minyak dr putin tuh brlaku brp lama')[0] ?? '', /selama lima bulan/);
    assert.match(quotesOf('brp persen warga moldova yg nyoblos di pemilu parlemen')[0] ?? '', /turnout was around 52%/);
  });

  it('answers “who replaced” only with a passage or article telling of a successor', () => {
    assert.match(quotesOf('who replaced shoigu as defence minister')[0] ?? '', /Andrei Belov to replace Sergei Shoigu/);
    assert.deepEqual(quotesOf('yg gantiin olena kravets jadi menteri energi siapa'), []);
  });

  it('reads a model’s plural as the model (“A-50s”, “F-16s”), and chat’s “acc to” and “intel”', () => {
    assert.deepEqual(analyzeWord('F-16s', 'en'), analyzeWord('F-16', 'en'));
    assert.deepEqual(analyzeWord('Tu-95MS', 'en')[0], 'tu-95ms', 'a variant named with an "s" is not a plural');
    assert.match(quotesOf('how many a-50s does russia still have flying acc to uk intel')[0] ?? '', /enam pesawat A-50/);
  });

  it('meets a top general in the news’s “Commander-in-Chief”', () => {
    assert.match(quotesOf('what did ukraine’s top general say about the a-50')[0] ?? '', /Commander-in-Chief Valerii Zaluzhnyi/);
  });

  it('meets a ranking in the news’s “peringkat”, and chat’s “nab” in an arrest', () => {
    assert.match(quotesOf('anna sokolova ranking brp pas dilarang ke wimbledon')[0] ?? '', /peringkat 15 dunia/);
    assert.match(quotesOf('which airport did they nab the american teacher at')[0] ?? '', /Bandara Sheremetyevo/);
  });

  it('reads chat’s units (“mins”, “yrs”) and “till” as the words they stand for', () => {
    assert.equal(formalIndonesian('mins'), 'minutes');
    assert.equal(formalIndonesian('yrs'), 'years');
    assert.equal(formalIndonesian('till'), 'until');
    assert.match(quotesOf('if russia launches from belarus how many mins till the missile reaches lviv')[0] ?? '', /hanya dalam 17 menit/);
  });

  it('reads chat’s “mcd” as McDonald’s', () => {
    assert.equal(formalIndonesian('mcd'), 'McDonald’s');
    assert.match(quotesOf('mcd di rusia brp persen gerainya punya sendiri sih')[0] ?? '', /84 persen lokasi/);
  });

  it('meets gas “moving” through a country in the news’s “pengangkutan” (transport)', () => {
    const quotes = quotesOf('how much gas per year was the transit deal moving thru ukraine', 2);
    assert.ok(quotes.some((quote) => /15 miliar meter kubik/.test(quote)), quotes.join(' | '));
  });
});

describe('questions of the seventh session’s real sets', () => {
  const { quotesOf } = withCorpus('sitrep-session7-', new Date('2025-12-01T00:00:00Z'), {
    'reshuffle.md': article('Foreign minister resigns in reshuffle', 'Front Line Daily', 'en', '2024-09-04', 'KYIV - Ukraine’s foreign minister Petro Halenko resigned on Wednesday in the biggest government reshuffle since Russia’s invasion.\n\nFirst Deputy Foreign Minister Ivan Sokil is expected to replace him, officials said.'),
    'beach.md': article('Rudal hantam pantai Sevastopol', 'Kabar Timur', 'id', '2024-06-24', 'SEVASTOPOL - Serangan rudal Ukraina di sebuah pantai di Sevastopol, Krimea, menewaskan empat orang, kata pejabat yang ditunjuk Rusia.\n\nSebanyak 120 orang terluka, 80 di antaranya dirawat di rumah sakit.'),
    'toretsk.md': article('Fighting rages near Toretsk', 'Front Line Daily', 'en', '2025-01-06', 'KYIV - Ukrainian forces repelled 31 ground assaults near Toretsk over the past day, the General Staff of Ukraine’s armed forces said, as Russia pressed its offensive in Donetsk.'),
    'bali.md': article('Russian minister visits Bali hospital', 'Capitol Desk', 'en', '2022-11-14', 'DENPASAR - Russia’s foreign minister Nikolai Orlov visited a hospital in Bali for a check-up before the summit, where the war in Ukraine will be discussed.\n\n“They have been writing for 10 years that I am ill,” Orlov said.'),
    'reaper.md': article('Russian jet downs US drone', 'Capitol Desk', 'en', '2023-03-15', 'WASHINGTON - A Russian Su-27 fighter jet struck the propeller of a U.S. MQ-9 Reaper drone over the Black Sea on Tuesday, forcing it down, the Pentagon said, in the first such clash since Russia’s invasion of Ukraine.\n\n“Our MQ-9 was conducting routine operations in international airspace when it was intercepted and hit by a Russian aircraft,” said U.S. Air Force Gen. Mark Tiller.\n\nThe general added that U.S. and allied aircraft would keep flying in international airspace, and called on the Russian pilots to act professionally.'),
    'feodosia.md': article('Pelabuhan Feodosia diserang', 'Kabar Timur', 'id', '2023-12-26', 'FEODOSIA - Ukraina menyerang pelabuhan Feodosia di Krimea pada Selasa (26/12), kata pejabat yang ditunjuk Rusia, dan kapal pendarat Rusia Novocherkassk rusak.\n\nSerangan itu terjadi sejak pukul 02.30 dan dilakukan dengan rudal dari jarak 150 km, menurut Kementerian Pertahanan Rusia.'),
    'blackout.md': article('Odesa loses power after drone strike', 'Capitol Desk', 'en', '2024-12-13', 'ODESA - Homes in Odesa were left without electricity for 14 hours after a Russian drone strike on an energy facility, the regional governor said.'),
  });

  it('reads “wamenlu” as a deputy foreign minister', () => {
    assert.match(quotesOf('calon pengganti halenko yg wamenlu pertama namanya siapa')[0] ?? '', /First Deputy Foreign Minister Ivan Sokil/);
  });

  it('reads chat’s “msk rs” as taken into hospital', () => {
    assert.equal(formalIndonesian('msk'), 'masuk');
    const quotes = quotesOf('brp org yg msk rs abis serangan rudal di pantai sevastopol', 2);
    assert.ok(quotes.some((quote) => /80 di antaranya dirawat di rumah sakit/.test(quote)), quotes.join(' | '));
  });

  it('meets attacks “fought off” in the news’s “repelled … assaults”', () => {
    assert.match(quotesOf('how many russian ground attacks did ukraine fight off near toretsk in a day')[0] ?? '', /repelled 31 ground assaults/);
  });

  it('reads a rank as wire copy shortens it (“Gen.”, “Lt.”, “Letjen”) as the rank', () => {
    assert.deepEqual(analyzeWord('Gen', 'en'), analyzeWord('general', 'en'));
    assert.deepEqual(analyzeWord('Letjen', 'id'), ['letnan', 'jenderal']);
    assert.match(quotesOf('who was the us air force general that slammed the russian pilots over the reaper incident')[0] ?? '', /Gen\. Mark Tiller/);
  });

  it('answers “how many” only with a count: a year, a date, a time or a distance counts nothing', () => {
    assert.ok(asksCount('serangan ke pelabuhan feodosia itu makan korban berapa orang'));
    assert.ok(!asksCount('berapa jauh jangkauan rudal itu'));
    assert.ok(!asksCount('katedral itu dihancurkan stalin tahun berapa'));
    for (const text of ['pada Selasa (26/12) 2023', 'since 02.30 on Jan. 6', 'from 150 km away', 'four Il-76 planes', 'two MQ-9 drones', 'Satu orang tewas']) {
      const counts = (answerKindsOf(text) & ANSWER_KIND.count) !== 0;
      assert.equal(counts, /four|two|Satu/.test(text), text);
    }
    assert.deepEqual(quotesOf('berapa rudal yang ditembakkan ke pelabuhan feodosia'), []);
  });

  it('answers “how many hours” with a time in hours, not with years', () => {
    assert.equal(askedMeasure('how many hours was orlov inside the hospital'), ANSWER_KIND.hours);
    assert.equal(answerKindsOf('They have been writing for 10 years that I am ill.') & ANSWER_KIND.hours, 0);
    assert.notEqual(answerKindsOf('He spent two hours there; half an hour later, setengah jam kemudian.') & ANSWER_KIND.hours, 0);
    assert.deepEqual(quotesOf('how many hours was orlov inside the hospital'), []);
    assert.match(quotesOf('how many hours was odesa without power')[0] ?? '', /for 14 hours/);
  });
});

describe('questions of the eighth session’s real sets', () => {
  const { quotesOf } = withCorpus('sitrep-session8-', new Date('2023-02-01T00:00:00Z'), {
    'dnipro-id.md': article(
      'Korban tewas serangan rudal di Dnipro bertambah',
      'Kabar Timur',
      'id',
      '2023-01-16',
      [
        'DNIPRO - Korban tewas akibat serangan rudal Rusia di sebuah gedung apartemen di Dnipro bertambah menjadi 45 orang, kata pejabat setempat, Senin (16/1).',
        'Tim penyelamat masih mencari puluhan warga yang hilang di bawah reruntuhan. Sekitar 1.700 orang tinggal di gedung itu sebelum serangan.',
        'Presiden Ukraina menyerukan agar sekutu mempercepat pengiriman sistem pertahanan udara.',
        'Juru bicara Angkatan Udara Yurii Ihnat mengatakan rudal yang menghantam gedung itu adalah Kh-22. Rudal tersebut dirancang untuk menghancurkan kapal induk.',
        'Menurut Ihnat, rudal itu diluncurkan dari pembom jarak jauh Tu-22M3. Angkatan Udara tidak memiliki senjata untuk menembak jatuh rudal jenis itu.',
      ].join('\n\n'),
    ),
    'dnipro-en.md': article(
      'Death toll in Dnipro strike rises',
      'Front Line Daily',
      'en',
      '2023-01-16',
      [
        'DNIPRO - The death toll from a Russian missile strike on an apartment building in Dnipro rose to 45, officials said on Monday.',
        'The missile that hit the apartment building was a Kh-22 launched from Russia’s Kursk region, according to the military’s air force command.',
        'Workers used a crane to reach people trapped on the upper floors of the tower, where about 1,700 people lived.',
      ].join('\n\n'),
    ),
  });

  it('finds a passage by the names of the two sentences before it: “rudal itu” is the Kh-22 named a sentence back', () => {
    const quotes = quotesOf('what bomber launched the kh-22 that hit the dnipro flats');
    assert.ok(quotes.some((quote) => /pembom jarak jauh Tu-22M3/.test(quote)), quotes.join(' | '));
  });
});
