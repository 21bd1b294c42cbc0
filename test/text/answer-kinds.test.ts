import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ANSWER_KIND, answerKindsOf, askedKind, askedMeasure } from '../../src/text/answer-kinds.ts';

describe('answer kinds', () => {
  it('reads what kind of answer a question asks for, in English and Indonesian', () => {
    assert.equal(askedKind('how many drones did russia launch'), ANSWER_KIND.number);
    assert.equal(askedKind('berapa tentara korut yang tewas'), ANSWER_KIND.number);
    assert.equal(askedKind('kapan finlandia masuk nato'), ANSWER_KIND.date);
    assert.equal(askedKind('jam berapa ledakan terjadi'), ANSWER_KIND.date);
    assert.equal(askedKind('what did zelensky say about the plan'), ANSWER_KIND.statement);
    // Chat's "ngomong apa" is read as "berbicara apa": what someone said, as "apa komentar" is.
    assert.equal(askedKind('zelensky berbicara apa soal izin rudal jarak jauh'), ANSWER_KIND.statement);
    assert.equal(askedKind('apa komentar kremlin soal sanksi'), ANSWER_KIND.statement);
    assert.equal(askedKind('who leads the delegation'), 0);
    // A degree asked is a figure: "how low is the cap", "how old was he", "seberapa besar".
    assert.equal(askedKind('so how low is the new eu cap on russian crude now'), ANSWER_KIND.number);
    assert.equal(askedKind('how old was the prisoner'), ANSWER_KIND.number);
    assert.equal(askedKind('seberapa besar kerugiannya'), ANSWER_KIND.number);
  });

  it('takes a count of hours, days or years as a duration: “berapa jam” is not “jam berapa”', () => {
    assert.equal(askedKind('how long did the talks last'), ANSWER_KIND.duration);
    assert.equal(askedKind('how many hours did the jeddah talks take'), ANSWER_KIND.duration);
    assert.equal(askedKind('perundingan di jeddah makan waktu berapa jam'), ANSWER_KIND.duration);
    assert.equal(askedKind('sudah berapa hari PLTN tanpa listrik'), ANSWER_KIND.duration);
  });

  it('takes the first question word as what is asked: “how many … when the bridge blew up” asks a number', () => {
    assert.equal(askedKind('how many fuel tank wagons caught fire when the crimea bridge blew up'), ANSWER_KIND.number);
    assert.equal(askedKind('when did the bridge blow up and how many died'), ANSWER_KIND.date);
    assert.equal(askedKind('berapa korban saat kapan serangan itu'), ANSWER_KIND.number);
  });

  it('finds the kinds a passage can answer', () => {
    const kinds = answerKindsOf('The talks lasted more than eight hours, officials said on Tuesday.');
    assert.ok(kinds & ANSWER_KIND.duration);
    assert.ok(kinds & ANSWER_KIND.date);
    assert.ok(kinds & ANSWER_KIND.statement);
    assert.equal(answerKindsOf('Pasukan mundur dari kota itu.'), 0);
  });

  it('finds an amount of money and a share, in figures or in round words', () => {
    for (const text of ['Each costs more than £2m.', 'Moldova puts the figure at about $9 million.', 'Kerugian ditaksir Rp 1,5 triliun.', 'utang senilai 709 juta dolar AS', 'Pembangunan jembatan itu menghabiskan biaya miliaran.', 'The EU froze 210 billion euros.']) {
      assert.ok(answerKindsOf(text) & ANSWER_KIND.money, text);
    }
    for (const text of ['The factory makes 5,500 drones a year.', 'Sekitar 400 rudal dikirim.', 'The bill cost him his seat.']) assert.equal(answerKindsOf(text) & ANSWER_KIND.money, 0, text);
    for (const text of ['about 35% of crude imports', 'sekitar 68 persen wilayah', 'five per cent of GDP']) assert.ok(answerKindsOf(text) & ANSWER_KIND.percent, text);
  });

  it('finds a time of day', () => {
    for (const text of ['a truck bomb went off at 6:07 a.m. Moscow time', 'pukul 04.44 waktu setempat', 'the truce began at 6 p.m.']) assert.ok(answerKindsOf(text) & ANSWER_KIND.clock, text);
    assert.equal(answerKindsOf('Ledakan terjadi pada Sabtu pagi.') & ANSWER_KIND.clock, 0);
  });

  it('reads the measure a “how much” question wants stated', () => {
    assert.equal(askedMeasure('jam berapa ledakan di jembatan krimea'), ANSWER_KIND.clock);
    assert.equal(askedMeasure('what time did the truce start'), ANSWER_KIND.clock);
    assert.equal(askedMeasure('how far can the kn-23 fly'), 0);
    // Pay asked is money: "dibayar brp sebulan", "how much is he paid".
    assert.equal(askedMeasure('satria dibayar brp sebulan sama rusia'.replace('brp', 'berapa')), ANSWER_KIND.money);
    assert.equal(askedMeasure('how much are the recruits paid'), ANSWER_KIND.money);
    assert.equal(askedMeasure('berapa harga satu drone shahed'), ANSWER_KIND.money);
    assert.equal(askedMeasure('how much did the bridge cost'), ANSWER_KIND.money);
    assert.equal(askedMeasure('berapa persen minyak india dari rusia'), ANSWER_KIND.percent);
    assert.equal(askedMeasure('how many drones did russia launch'), 0);
    assert.equal(askedMeasure('who paid the cost of the bridge'), 0, 'not a how-much question');
  });

  it('tells a length asked (“how long is the ship”, “berapa panjang”) from a duration (“how long were they talking”, “how long was the siege”)', () => {
    assert.equal(askedMeasure('how long is the razoni, the first grain ship out of odesa'), ANSWER_KIND.length);
    assert.equal(askedMeasure('berapa panjang jembatan krimea'), ANSWER_KIND.length);
    assert.equal(askedMeasure('how tall is the tower'), ANSWER_KIND.length);
    assert.equal(askedKind('how long were trump and zelensky talking at the white house'), ANSWER_KIND.duration);
    assert.equal(askedKind('how long was the siege of mariupol'), ANSWER_KIND.duration);
    assert.equal(askedKind('how long is the ceasefire going to last'), ANSWER_KIND.duration);
    assert.equal(askedMeasure('how high did prices go'), 0);
    assert.notEqual(answerKindsOf('The bridge is 19 km long.') & ANSWER_KIND.length, 0);
    assert.notEqual(answerKindsOf('panjangnya 186 meter dan lebar 25 meter') & ANSWER_KIND.length, 0);
    assert.equal(answerKindsOf('Russia spent $5m on it.') & ANSWER_KIND.length, 0);
  });

  it('reads “how old” and “umurnya brp” as a person’s age asked, which a passage must state; an age limit is a number', () => {
    assert.equal(askedMeasure('how old was parubiy when he got shot'), ANSWER_KIND.age);
    assert.equal(askedMeasure('anak yang ortunya tewas di jembatan krimea umurnya berapa'), ANSWER_KIND.age);
    assert.equal(askedMeasure('berapa usia navalny'), ANSWER_KIND.age);
    assert.equal(askedMeasure('umur minimal mobilisasi di ukraina diturunkan jadi berapa'), 0);
    assert.equal(askedMeasure('umur paling tua untuk wajib militer di rusia sekarang berapa'), 0);
    for (const text of ['He was 62 when the plane went down.', 'Kardinal berusia 67 tahun itu tiba.', 'their 14-year-old daughter', 'Pria 47 tahun itu meninggal', 'Alexei Navalny, 47, died', 'Navalny (47) meninggal']) {
      assert.notEqual(answerKindsOf(text) & ANSWER_KIND.age, 0, text);
    }
    assert.equal(answerKindsOf('He served as speaker from April 2016 to August 2019.') & ANSWER_KIND.age, 0);
  });

  it('reads counts and hours said in words (“Twenty-seven apartments”, “jam empat pagi”)', () => {
    assert.notEqual(answerKindsOf('Twenty-seven apartments were destroyed.') & ANSWER_KIND.number, 0);
    assert.notEqual(answerKindsOf('dua puluh orang tewas') & ANSWER_KIND.number, 0);
    assert.notEqual(answerKindsOf('Rudal jatuh jam empat pagi, saat orang sedang tidur.') & ANSWER_KIND.clock, 0);
    assert.notEqual(answerKindsOf('It struck at four a.m.') & ANSWER_KIND.clock, 0);
    assert.equal(answerKindsOf('Mereka berbicara selama dua jam.') & ANSWER_KIND.clock, 0);
  });

  it('reads an area asked (“wilayah seluas berapa”) as a length’s units and “what share” as a share, said in figures or words', () => {
    assert.equal(askedMeasure('pas ngerebut kosivtseve rusia ngaku dapet wilayah seluas berapa?'), ANSWER_KIND.length);
    assert.equal(askedMeasure('what share of ukraine does moscow say it holds rn?'), ANSWER_KIND.percent);
    assert.notEqual(answerKindsOf('A section covering an area of 400 square meters collapsed.') & ANSWER_KIND.length, 0);
    assert.notEqual(answerKindsOf('Mines contaminate nearly a quarter of its territory.') & ANSWER_KIND.percent, 0);
    assert.notEqual(answerKindsOf('Tiga perempat negara anggota mengecam aneksasi itu.') & ANSWER_KIND.percent, 0);
  });

  it('takes no count from “one of” or “salah satu”: a ranking counts nothing', () => {
    assert.equal(answerKindsOf('Bakhmut, kota yang direbut Rusia pada 2023 setelah salah satu pertempuran paling berdarah.') & ANSWER_KIND.count, 0);
    assert.equal(answerKindsOf('It was one of the heaviest attacks on the city.') & ANSWER_KIND.count, 0);
    assert.notEqual(answerKindsOf('One of the 12 drones hit a school.') & ANSWER_KIND.count, 0);
    assert.notEqual(answerKindsOf('Salah satu dari tiga rudal jatuh di pasar.') & ANSWER_KIND.count, 0);
  });

  it('reads an older year said as one (“consecrated in 1809”, “pada tahun 1051”) as a date, not a figure of things', () => {
    assert.notEqual(answerKindsOf('The cathedral was consecrated in 1809.') & ANSWER_KIND.date, 0);
    assert.notEqual(answerKindsOf('Biara itu didirikan pada tahun 1051 oleh para biarawan.') & ANSWER_KIND.date, 0);
    assert.equal(answerKindsOf('Russia moved troops in 1500 km of trenches.') & ANSWER_KIND.date, 0);
    assert.equal(answerKindsOf('Kyiv sent in 1200 soldiers.') & ANSWER_KIND.date, 0);
  });
});
