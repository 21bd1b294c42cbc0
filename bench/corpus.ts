import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ArticleDraft } from '../src/articles/article.ts';
import { GLOSSARY_FILE, LEXICON_FILE } from '../src/config.ts';
import { Random, Zipf } from './random.ts';

/**
 * A synthetic English/Indonesian war-news corpus, the same for a given seed:
 * Zipf-distributed vocabularies (function words, war vocabulary, the bundled
 * lexicon's words, then made-up words), names, numbers and glossary aliases,
 * grouped into recurring stories so that a question's words co-occur the way
 * they do in real reporting. The first N articles of a larger corpus are the
 * whole of a smaller one with the same seed.
 */

const require = createRequire(import.meta.url);

export type Lang = 'en' | 'id';
const VOCABULARY_SIZE = 40_000;
const ZIPF_EXPONENT = 1.0;
const TOPICS = 3_000;
const DAY_MS = 86_400_000;
/** The benchmark's "now": articles are spread over the year before it. */
export const BENCH_NOW = new Date('2025-06-01T12:00:00Z');

// Most frequent first, roughly in the order news text uses them.
const FUNCTION_WORDS: Record<Lang, string[]> = {
  en: 'the of and to a in that is was for on with as by at from he it said his be have are were has had not but this which after they their an will who been its more also or would than over about two one she we up there could into out new other some them if all first when last people year years against can three no her what most so only told before while since during under between where because if those many any our through such her both same each near until'.split(' '),
  id: 'yang dan di itu dengan untuk tidak ini dari dalam akan pada juga ke karena tersebut bisa ada mereka lebih kata telah sudah saat oleh atau menjadi bahwa ia seperti hingga kami tahun masih namun bagi para antara setelah belum secara harus dapat banyak sebagai sangat hanya kepada baru lain tetapi sejak dia serta sementara agar kembali sekitar pun bahkan selama tak melalui lalu beberapa hal'.split(' '),
};

const WAR_WORDS: Record<Lang, string[]> = {
  en: 'forces military war attack attacks troops president minister government officials region city strike strikes killed defence defense army soldiers border front line sanctions talks peace security weapons ammunition air oil gas energy power plant civilians children village town governor spokesman statement report reports news agency week month day night morning overnight shelling offensive counteroffensive drones artillery tanks missiles aid support allies leaders summit ceasefire casualties wounded infrastructure damage occupied territory control advance positions battalion brigade commander general intelligence sources according country countries international western eastern southern northern'.split(' '),
  id: 'pasukan militer perang serangan menyerang tentara presiden menteri pemerintah pejabat wilayah kota tewas pertahanan perbatasan garis depan sanksi perundingan damai keamanan senjata amunisi udara minyak gas energi listrik pembangkit warga sipil anak-anak orang desa gubernur juru bicara pernyataan laporan mengatakan kantor berita pekan bulan hari malam pagi penembakan serangan balik artileri tank bantuan dukungan sekutu pemimpin gencatan korban luka infrastruktur kerusakan wilayah pendudukan kendali posisi batalion brigade komandan jenderal intelijen sumber menurut negara internasional barat timur selatan utara menyatakan mengungkapkan dilaporkan'.split(' '),
};

const NAMES = 'Kyiv Moscow Kharkiv Donetsk Luhansk Zaporizhzhia Kherson Bakhmut Avdiivka Crimea Kursk Belgorod Bryansk Odesa Mykolaiv Pokrovsk Dnipro Lviv Sumy Chernihiv Kramatorsk Sloviansk Mariupol Melitopol Vuhledar Toretsk Chasiv Yar Kupiansk Lyman Robotyne Sevastopol Rostov Voronezh Novorossiysk Washington Brussels Berlin Warsaw Paris London Beijing Seoul Pyongyang Jakarta Ankara Tehran Minsk Budapest Helsinki Vilnius Riga Tallinn Bucharest Prague Oslo Stockholm Copenhagen Rome Madrid Tokyo Delhi Zelensky Zelenskyy Putin Shoigu Lavrov Peskov Gerasimov Syrskyi Zaluzhnyi Budanov Yermak Kuleba Sybiha Umerov Stoltenberg Rutte Biden Trump Blinken Austin Sullivan Scholz Macron Starmer Sunak Tusk Orban Erdogan Xi Modi Lukashenko Kadyrov Prigozhin Medvedev Nebenzya Kim Jong-un Yoon Prabowo Widodo Retno Sugiono'.split(' ');

const OUTLETS: Record<Lang, { name: string; domain: string }[]> = {
  en: [
    ['Reuters', 'reuters.com'], ['AP', 'apnews.com'], ['AFP', 'afp.com'], ['BBC', 'bbc.co.uk'], ['The Guardian', 'theguardian.com'],
    ['Al Jazeera', 'aljazeera.com'], ['CNN', 'cnn.com'], ['Kyiv Independent', 'kyivindependent.com'], ['Bloomberg', 'bloomberg.com'],
    ['DW', 'dw.com'], ['Ukrinform', 'ukrinform.net'], ['Kyiv Post', 'kyivpost.com'], ['The Moscow Times', 'themoscowtimes.com'],
    ['Financial Times', 'ft.com'], ['The Telegraph', 'telegraph.co.uk'],
  ].map(([name, domain]) => ({ name, domain })),
  id: [
    ['KONTAN', 'kontan.co.id'], ['Kompas', 'kompas.com'], ['Detik', 'detik.com'], ['Tempo', 'tempo.co'], ['Antara', 'antaranews.com'],
    ['CNN Indonesia', 'cnnindonesia.com'], ['Liputan6', 'liputan6.com'], ['Republika', 'republika.co.id'], ['Tribunnews', 'tribunnews.com'],
    ['Okezone', 'okezone.com'], ['Sindonews', 'sindonews.com'], ['Merdeka', 'merdeka.com'], ['Kumparan', 'kumparan.com'],
  ].map(([name, domain]) => ({ name, domain })),
};
const WIRES = ['Reuters', 'AP', 'AFP', 'The Guardian', 'Bloomberg', 'Al Jazeera'];

const QUESTION_WORDS: Record<Lang, string[][]> = {
  en: [['what'], ['how', 'many'], ['did'], ['who'], ['where'], ['when'], ['why'], ['is'], ['how', 'far'], ['which']],
  id: [['apa'], ['berapa'], ['apakah'], ['siapa'], ['di', 'mana'], ['kapan'], ['mengapa'], ['bagaimana'], ['berapa', 'jauh'], ['seberapa']],
};

interface Vocabulary {
  words: string[];
  zipf: Zipf;
  /** Index of the first word that is not a function word. */
  contentFrom: number;
}

interface GlossaryAlias {
  conceptId: string;
  kind: string;
  text: string;
}

interface Topic {
  lang: Lang;
  words: string[];
  names: string[];
  aliases: GlossaryAlias[];
}

export interface GeneratedArticle {
  draft: ArticleDraft;
  /** When it was ingested: publication plus a little, or any time for undated articles. */
  ingestedAt: Date;
}

function lexiconWords(): Record<Lang, string[]> {
  const en = new Set<string>();
  const id = new Set<string>();
  for (const line of readFileSync(LEXICON_FILE, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [english, indonesian] = line.split('\t');
    if (/^[a-z]{3,}$/.test(english)) en.add(english);
    for (const word of indonesian?.split('|') ?? []) if (/^[a-z]{3,}$/.test(word)) id.add(word);
  }
  return { en: [...en].sort(), id: [...id].sort() };
}

function stopwords(lang: Lang): string[] {
  const file = lang === 'en' ? 'stopwords.js' : 'stopwords_id.js';
  return (require(`natural/lib/natural/util/${file}`) as { words: string[] }).words.filter((w) => /^[a-z]+$/.test(w));
}

/** A made-up word that reads like the language (and gives its stemmer affixes to strip). */
function madeUpWord(random: Random, lang: Lang): string {
  if (lang === 'en') {
    const onsets = ['b', 'c', 'd', 'f', 'g', 'h', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'br', 'cr', 'dr', 'gr', 'pr', 'st', 'tr', 'sh', 'ch', 'th', 'pl', 'cl', 'sp'];
    const vowels = ['a', 'e', 'i', 'o', 'u', 'ea', 'ou', 'ai', 'o', 'e'];
    const codas = ['', '', 'n', 'r', 's', 't', 'l', 'nd', 'st', 'rk', 'ng', 'ck', 'm'];
    let word = '';
    for (let i = random.int(1, 3); i > 0; i--) word += random.pick(onsets) + random.pick(vowels) + random.pick(codas);
    const suffixes = ['', '', '', 's', 'ed', 'ing', 'tion', 'ly', 'er', 'ment', 'ness', 'al'];
    return word + random.pick(suffixes);
  }
  const consonants = ['b', 'c', 'd', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'w', 'y', 'ng', 'ny'];
  const vowels = ['a', 'a', 'i', 'u', 'e', 'o'];
  let root = '';
  for (let i = random.int(2, 3); i > 0; i--) root += random.pick(consonants) + random.pick(vowels);
  if (random.chance(0.4)) root += random.pick(['n', 'k', 't', 'r', 'ng', 's', 'l']);
  const prefixes = ['', '', '', 'me', 'mem', 'men', 'ber', 'di', 'ter', 'pe', 'pen', 'ke'];
  const suffixes = ['', '', '', 'kan', 'an', 'i', 'nya'];
  return random.pick(prefixes) + root + random.pick(suffixes);
}

function vocabulary(random: Random, lang: Lang, lexicon: string[]): Vocabulary {
  const words: string[] = [];
  const seen = new Set<string>();
  const add = (w: string) => {
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  };
  FUNCTION_WORDS[lang].forEach(add);
  random.shuffle(stopwords(lang)).slice(0, lang === 'en' ? 60 : 150).forEach(add);
  const contentFrom = words.length;
  WAR_WORDS[lang].forEach(add);
  random.shuffle([...lexicon]).forEach(add);
  while (words.length < VOCABULARY_SIZE) add(madeUpWord(random, lang));
  return { words: words.slice(0, VOCABULARY_SIZE), zipf: new Zipf(VOCABULARY_SIZE, ZIPF_EXPONENT), contentFrom };
}

function glossaryAliases(): Record<Lang, GlossaryAlias[]> {
  const data = JSON.parse(readFileSync(GLOSSARY_FILE, 'utf8')) as { concepts: { id: string; kind: string; aliases: Record<string, string[]> }[] };
  const out: Record<Lang, GlossaryAlias[]> = { en: [], id: [] };
  for (const concept of data.concepts) {
    for (const lang of ['en', 'id'] as const) {
      const list = concept.aliases[lang] ?? concept.aliases.en ?? [];
      for (const text of list) out[lang].push({ conceptId: concept.id, kind: concept.kind ?? 'term', text });
    }
  }
  return out;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export class CorpusGenerator {
  private readonly vocab: Record<Lang, Vocabulary>;
  private readonly aliases: Record<Lang, GlossaryAlias[]>;
  private readonly aliasZipf: Record<Lang, Zipf>;
  private readonly names: string[];
  private readonly nameZipf: Zipf;
  readonly topics: Topic[];
  private readonly topicZipf = new Zipf(TOPICS, 0.9);
  private readonly outletZipf: Record<Lang, Zipf>;
  private readonly random: Random;
  private articleCount = 0;
  /** Words that appear in the stream as it goes (new names, typos, coinages): the vocabulary keeps growing, as real news does. */
  private readonly coined: string[] = [];

  constructor(readonly seed: number) {
    const setup = new Random(seed);
    const lexicon = lexiconWords();
    this.vocab = { en: vocabulary(setup, 'en', lexicon.en), id: vocabulary(setup, 'id', lexicon.id) };
    this.aliases = glossaryAliases();
    this.aliasZipf = { en: new Zipf(Math.max(1, this.aliases.en.length), 0.8), id: new Zipf(Math.max(1, this.aliases.id.length), 0.8) };
    setup.shuffle(this.aliases.en);
    setup.shuffle(this.aliases.id);
    const madeUpNames = Array.from({ length: 2000 }, () => capitalize(madeUpWord(setup, setup.chance(0.5) ? 'en' : 'id')));
    this.names = [...NAMES, ...madeUpNames];
    this.nameZipf = new Zipf(this.names.length, 1.0);
    this.outletZipf = { en: new Zipf(OUTLETS.en.length, 0.8), id: new Zipf(OUTLETS.id.length, 0.8) };
    this.topics = Array.from({ length: TOPICS }, () => this.topic(setup));
    this.random = new Random(seed ^ 0x9e3779b9);
  }

  /** Content words from the middle of the distribution: what stories are about. */
  private contentWord(random: Random, lang: Lang, from = 0, to = VOCABULARY_SIZE): string {
    const v = this.vocab[lang];
    for (;;) {
      const rank = v.zipf.draw(random);
      if (rank >= v.contentFrom + from && rank < to) return v.words[rank];
    }
  }

  private topic(random: Random): Topic {
    const lang: Lang = random.chance(0.55) ? 'id' : 'en';
    const words = Array.from({ length: random.int(5, 10) }, () => this.contentWord(random, lang, 20));
    const names = Array.from({ length: random.int(1, 3) }, () => this.names[this.nameZipf.draw(random)]);
    // One story in ten is not about the war: no glossary concept.
    const aliases = random.chance(0.1) ? [] : Array.from({ length: random.int(1, 4) }, () => this.aliases[lang][this.aliasZipf[lang].draw(random)]).filter(Boolean);
    return { lang, words, names, aliases };
  }

  private word(random: Random, lang: Lang, topic: Topic): string {
    const r = random.next();
    if (r < 0.004) {
      // Rare words: half of them new, half seen before in the stream (Heaps' law, roughly).
      if (!this.coined.length || random.chance(0.5)) this.coined.push(random.chance(0.3) ? capitalize(madeUpWord(random, lang)) : madeUpWord(random, lang));
      return random.pick(this.coined);
    }
    if (r < 0.008) return String(random.int(1, 99_999));
    if (r < 0.14) return random.pick(topic.words);
    if (r < 0.17 && topic.names.length) return random.pick(topic.names);
    if (r < 0.21) return this.names[this.nameZipf.draw(random)];
    if (r < 0.225) {
      const n = random.pick(['450', '2,5', '1.000', '12', '300', '2024', '17', '3.500', '80', '7']);
      return `${n} ${random.pick(lang === 'en' ? ['km', 'percent', 'people', 'kg', 'soldiers'] : ['km', 'persen', 'orang', 'kg', 'tentara'])}`;
    }
    const v = this.vocab[lang];
    return v.words[v.zipf.draw(random)];
  }

  private sentence(random: Random, lang: Lang, topic: Topic, length: number): string {
    const parts: string[] = [];
    for (let i = 0; i < length; i++) parts.push(this.word(random, lang, topic));
    if (topic.aliases.length && random.chance(0.3)) parts.splice(random.int(0, parts.length), 0, random.pick(topic.aliases).text);
    else if (random.chance(0.06)) parts.splice(random.int(0, parts.length), 0, this.aliases[lang][this.aliasZipf[lang].draw(random)]?.text ?? '');
    if (length > 12 && random.chance(0.5)) parts[random.int(3, length - 4)] += ',';
    return capitalize(parts.filter(Boolean).join(' ')) + '.';
  }

  /** The next article of the stream, with syndicated copies following their original now and then. */
  next(): GeneratedArticle[] {
    const random = this.random;
    const n = this.articleCount++;
    const topic = this.topics[this.topicZipf.draw(random)];
    const lang = topic.lang;
    const outlet = OUTLETS[lang][this.outletZipf[lang].draw(random)];
    const undated = random.chance(0.03);
    const published = new Date(BENCH_NOW.getTime() - Math.floor(random.next() * 365 * DAY_MS));
    const paragraphs: string[] = [];
    if (random.chance(0.3)) {
      paragraphs.push(lang === 'id' ? `${outlet.name.toUpperCase()}.CO.ID - JAKARTA. ${this.sentence(random, lang, topic, random.around(20, 6, 6, 40))}` : `KYIV (${random.pick(WIRES)}) - ${this.sentence(random, lang, topic, random.around(20, 6, 6, 40))}`);
    }
    for (let p = random.around(8, 3, 3, 16); p > 0; p--) {
      const sentences = random.around(2, 1, 1, 4);
      paragraphs.push(Array.from({ length: sentences }, () => this.sentence(random, lang, topic, random.around(19, 6, 5, 45))).join(' '));
      if (random.chance(0.04)) paragraphs.push(`${lang === 'id' ? 'Baca Juga' : 'Read more'}: ${this.sentence(random, lang, topic, 8)}`);
    }
    const via = lang === 'id' && random.chance(0.3) ? random.pick(WIRES) : undefined;
    const header = via && random.chance(0.5) ? `Sumber: ${via} | Editor: ${capitalize(this.contentWord(random, lang))} .\n` : '';
    const title = random.chance(0.8) ? this.sentence(random, lang, topic, random.int(6, 12)).replace(/\.$/, '') : undefined;
    const text = header + paragraphs.join('\n');
    const ingestedAt = undated ? new Date(BENCH_NOW.getTime() - Math.floor(random.next() * 365 * DAY_MS)) : new Date(published.getTime() + random.int(60_000, 6 * 3_600_000));
    const draft: ArticleDraft = {
      url: `https://www.${outlet.domain}/news/${n.toString(36)}`,
      title,
      outlet: outlet.name,
      via: header ? undefined : via,
      lang,
      publishedAt: undated ? undefined : published.toISOString(),
      text,
    };
    const out: GeneratedArticle[] = [{ draft, ingestedAt: ingestedAt > BENCH_NOW ? BENCH_NOW : ingestedAt }];
    // Syndication: the same text under other outlets of the language.
    if (random.chance(0.06)) {
      for (let c = random.int(1, 2); c > 0; c--) {
        const copy = OUTLETS[lang][this.outletZipf[lang].draw(random)];
        if (copy.name === outlet.name) continue;
        out.push({ draft: { ...draft, outlet: copy.name, via: draft.via ?? outlet.name, url: `https://www.${copy.domain}/read/${n.toString(36)}-${c}` }, ingestedAt: out[0].ingestedAt });
      }
    }
    return out;
  }

  /**
   * A fixed set of questions of 2–6 words, independent of the corpus size:
   * story words (both languages, with question words), glossary names,
   * common war vocabulary, rare words, and a few that match nothing.
   */
  questions(count: number, seed = this.seed + 1): string[] {
    const random = new Random(seed);
    const out: string[] = [];
    while (out.length < count) {
      const kind = random.next();
      const topic = this.topics[this.topicZipf.draw(random)];
      const lang = random.chance(0.7) ? topic.lang : topic.lang === 'en' ? 'id' : 'en';
      const words: string[] = [];
      if (random.chance(0.6)) words.push(...random.pick(QUESTION_WORDS[lang]));
      if (kind < 0.35) {
        // About a story, in its words.
        for (let i = random.int(1, 3); i > 0; i--) words.push(random.pick(topic.words));
        if (random.chance(0.4)) words.push(random.pick(topic.names));
      } else if (kind < 0.6) {
        // A glossary name or term, in either language, with story words.
        const alias = topic.aliases.length ? random.pick(topic.aliases).text : this.aliases[lang][this.aliasZipf[lang].draw(random)].text;
        words.push(...alias.split(' '));
        for (let i = random.int(0, 2); i > 0; i--) words.push(random.pick(topic.words));
      } else if (kind < 0.75) {
        // Common war vocabulary: many matches to rank.
        for (let i = random.int(2, 4); i > 0; i--) words.push(random.pick(WAR_WORDS[lang]));
      } else if (kind < 0.87) {
        // Everyday words of the other language than most stories' (cross-lingual lexicon).
        for (let i = random.int(2, 3); i > 0; i--) words.push(this.contentWord(random, lang, 20, 6000));
      } else if (kind < 0.96) {
        // A rare word and a common one.
        words.push(this.contentWord(random, topic.lang, 5000), random.pick(WAR_WORDS[topic.lang]));
      } else {
        // Nothing to find: made-up words (the suggestions path).
        words.push(madeUpWord(random, 'en') + 'q', madeUpWord(random, 'id') + 'x');
      }
      const question = words.slice(0, 6);
      while (question.length < 2) question.push(random.pick(WAR_WORDS[lang]));
      out.push(question.join(' '));
    }
    return out;
  }
}
