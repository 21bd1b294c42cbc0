import { analyzeText, analyzeWord, isCompound, normalizeWord, spelledMagnitude } from '../text/analyze.ts';
import { englishCognates, indonesianCognates } from '../text/cognates.ts';
import { ANSWER_KIND, askedKind, askedMeasure, asksCount, asksPlace } from '../text/answer-kinds.ts';
import { formalIndonesian } from '../text/colloquial.ts';
import { isDictionaryWord, isEnglishPastForm, isIndonesianRoot } from '../text/dictionary.ts';
import type { Concept, Glossary } from '../text/glossary.ts';
import { stem } from '../text/stem.ts';
import { isStopword } from '../text/stopwords.ts';
import { words } from '../text/tokenize.ts';
import { NATION_KIND } from '../text/world.ts';

/** How much a term found by expansion counts against the asker's own words; the asker's framing words count little. */
export const WEIGHTS = { own: 1, compoundPart: 0.5, glossary: 0.75, synonym: 0.55, lexicon: 0.8, framing: 0.2, excluded: 0.5 };

/**
 * What a concept does in the question. Anchors say what it is about (names,
 * places, weapons, units, numbers, words no dictionary knows): whether the
 * news answers is decided by them. Content words rank and count towards
 * coverage. Framing words ("according to reports", "what did each side say")
 * only rank.
 */
export type ConceptRole = 'anchor' | 'content' | 'framing';

/** One thing the question asks about: a word, a name, or a glossary concept. */
export interface QueryConcept {
  /** The question's words that named it. */
  label: string;
  role: ConceptRole;
  /** Terms that, found in a passage, mean it is covered; an alias of several words must match whole. */
  coverage: string[][];
  /** How fully each way of saying it covers the concept: a lexicon translation is not quite the asker's word. */
  credits: number[];
  /** Rarer concepts count for more when deciding whether a passage answers the question. */
  weight: number;
  /** The glossary concept's id, when the glossary named it. */
  conceptId?: string;
  /** In how many passages it occurs (its most common way of being said). */
  documentFrequency: number;
  /** Whether the glossary named it (a known name or term), rather than a plain word of the question. */
  fromGlossary: boolean;
  /** The glossary concept's kind ("weapon", "event", "synonym"…), when the glossary named it. */
  kind?: string;
  /** The thing asked for ("which hotel", "berapa jenazah", "desa mana"): an answer's article must name it. */
  focus: boolean;
  /** Of the focus: the concept just before it that says which one is asked ("rafale" in "how many rafale jets"), whose name in an answer stands for it. */
  which?: number;
  /**
   * The focus is a verb ("syrskyi menjanjikan apa", "gedung putih menyalahkan apa"): what is asked is its
   * object. Passages saying the verb rank first, but the news may tell the act in other words, so it decides nothing.
   */
  verb?: boolean;
  /** A number or ordinal (not a year): half an anchor, since questions ask numbers in other forms ("two million", "2 juta"). */
  number: boolean;
  /** Whether Sitrep knows other ways of saying it than the asker's own words (aliases, translations, synonyms). */
  reworded: boolean;
  /**
   * Per alias, how many of its words a passage must hold to name it in full. Any word of a name typed in
   * several words that no dictionary knows names it: "Kryvyi Rig" names the "kryvyi rih" asked about.
   */
  spelled?: number[];
  /** Words of one name typed as plain words ("sergei kotov") share a run: the news naming it by either word ("Sergey Kotov") names it. */
  run?: number;
}

/**
 * A glossary concept is an anchor when it names someone or something
 * ("Oreshnik", "Pokrovsk", "North Korea", "cruiser Moskva", "NATO
 * membership", "Article 5"); the war's everyday vocabulary ("troops",
 * "missile", "ceasefire", "oil refinery") is content.
 */
function roleOfConcept(concept: Concept): ConceptRole {
  if (concept.kind === 'synonym') return 'content';
  if (concept.kind === 'person' || concept.kind === 'country' || concept.kind === NATION_KIND) return 'anchor';
  const name = concept.aliases.en?.[0] ?? Object.values(concept.aliases)[0]?.[0] ?? '';
  return /[\p{Lu}\p{N}]/u.test(name) ? 'anchor' : 'content';
}

// The asker's framing: words of asking and reporting, not of the news asked about.
const FRAMING = new Set(
  [
    // English
    'say', 'says', 'said', 'saying', 'tell', 'told', 'report', 'reports', 'reported', 'reporting', 'according', 'news',
    'latest', 'update', 'updates', 'happen', 'happens', 'happened', 'happening', 'know', 'known', 'think', 'mean', 'means',
    'side', 'sides', 'each', 'exactly', 'actually', 'really', 'currently', 'now', 'today', 'recently', 'recent', 'still',
    'long', 'last', 'far', 'info', 'information', 'details', 'detail', 'situation', 'regarding', 'involved', 'anything',
    'something', 'thing', 'things', 'please', 'going', 'official', 'officially', 'claim', 'claims', 'claimed', 'respond',
    'response', 'react', 'reaction', 'explain', 'describe',
    // Indonesian
    'kata', 'katanya', 'mengatakan', 'dikatakan', 'menurut', 'laporan', 'melaporkan', 'dilaporkan', 'lapor',
    'berita', 'kabar', 'mengabarkan', 'dikabarkan', 'mengabari', 'terbaru', 'terkini', 'terjadi', 'sebenarnya', 'benar-benar', 'betul-betul', 'sungguh', 'sekarang', 'kini', 'masing-masing', 'pihak', 'soal',
    'mengenai', 'terkait', 'informasi', 'info', 'situasi', 'sebut', 'menyebut', 'disebut', 'tahu', 'lama', 'jelaskan',
    'menjelaskan', 'tanggapan', 'menanggapi', 'respons', 'klaim', 'mengklaim', 'resmi', 'secara', 'tolong',
    'tepatnya', 'persisnya', 'kira-kira', 'isi', 'isinya',
    // A count asked "in total" is the count: "total", "jumlah" frame it.
    'total', 'totally', 'overall', 'altogether', 'jumlah', 'keseluruhan', 'seluruhnya', 'totalnya', 'jumlahnya',
    // "Who else", "besides putin", "selain mobil, apa lagi": the asked thing is another one; these words name none.
    'else', 'besides', 'aside', 'apart', 'except', 'excluding', 'selain', 'kecuali', 'lagi',
    // Hedges and bounds: "allegedly", "diduga", "at least", "minimal": the answer need not say them.
    'allegedly', 'reportedly', 'supposedly', 'diduga', 'least', 'minimal', 'setidaknya', 'sedikitnya',
  ],
);

export interface QueryPlan {
  terms: string[];
  weights: Map<string, number>;
  /** In how many passages each term occurs, looked up once per question. */
  documentFrequency: Map<string, number>;
  concepts: QueryConcept[];
  /** The kind of answer asked for ("how many", "kapan"): ANSWER_KIND, or 0. */
  answerKind: number;
  /** The measure the answer must state ("berapa harga": money, "berapa persen": a share): ANSWER_KIND, or 0. */
  measure: number;
  /** Whether it asks where ("where did…", "di kota mana"): an answer naming a place ranks higher; it is not required. */
  placeAsked: boolean;
  /** Whether it asks how many of something: a year, a date or a distance is no answer. */
  countAsked: boolean;
  /** The event whose count or date is asked ("how many soldiers were killed", "berapa orang tewas", "when did russia capture…"), as a concept of the plan. */
  askedEvent?: QueryConcept;
}

// Questions repeat words and glossary aliases: their analyses are kept (frozen, shared between plans).
const MEMO_LIMIT = 50_000;
const ownMemo = new Map<string, { whole: readonly string[]; parts: readonly string[] }>();
const aliasMemo = new Map<string, readonly string[]>();

function remember<T>(memo: Map<string, T>, key: string, make: () => T): T {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, (value = make()));
  }
  return value;
}

/** The index terms of an alias or translation, in its language. */
function aliasTerms(text: string, lang: string): readonly string[] {
  return remember(aliasMemo, `${lang}\u0000${text}`, () => Object.freeze(analyzeText(text, lang)));
}

/** Both languages' analyses of a question word: a question's language is too short to detect. */
function ownTermsOf(word: string): { whole: readonly string[]; parts: readonly string[] } {
  return remember(ownMemo, word, () => {
    const { whole, parts } = analyzeOwn(word);
    return { whole: Object.freeze(whole), parts: Object.freeze(parts) };
  });
}

function analyzeOwn(word: string): { whole: string[]; parts: string[] } {
  const en = analyzeWord(word, 'en');
  const id = analyzeWord(word, 'id');
  if (isCompound(word)) {
    const whole = en[0] ?? id[0];
    // A part that is a function word in either language says nothing: "ke-10" (tenth) is said by its 10.
    const parts = [...new Set([...en.slice(1), ...id.slice(1)])].filter((part) => !isQuestionStopword(part));
    return { whole: whole ? [whole] : [], parts };
  }
  return { whole: [...new Set([...en, ...id])], parts: [] };
}

/** An Indonesian word's enclitic or particle ("transaksinya", "itulah"), which a loanword's spelling in English lacks. */
const INDONESIAN_PARTICLE = /(?:nya|lah|kah|pun)$/;

const TIME_UNITS = new Set(['jam', 'pukul', 'menit', 'detik']);
function isAskedTimeUnit(tokens: string[], at: number): boolean {
  return TIME_UNITS.has(normalizeWord(tokens[at])) && (normalizeWord(tokens[at - 1] ?? '') === 'berapa' || normalizeWord(tokens[at + 1] ?? '') === 'berapa');
}

/**
 * Who the asker cites ("menurut kyiv", "according to the kremlin", "per the ukrainian side", "how many
 * does kyiv say…") is the claim's source, not its subject: an article quoting "Ukraine says" answers
 * "according to Kyiv". It ranks; it does not gate. Unless the question asks what was said: in "what
 * did zelensky say", who said it is what is asked.
 */
function sourceRole(tokens: string[], at: number, end: number, role: ConceptRole, answerKind: number, kind?: string): ConceptRole {
  if (role !== 'anchor') return role;
  let before = at - 1;
  while (before >= 0 && SOURCE_SKIP.has(normalizeWord(tokens[before]))) before--;
  const word = normalizeWord(tokens[before] ?? '');
  if (word === 'menurut' || word === 'per' || (word === 'to' && normalizeWord(tokens[before - 1] ?? '') === 'according')) return 'content';
  const next = normalizeWord(tokens[end] ?? '');
  // A government by its capital or country says things ("kyiv says"); a person who said it is named where it is quoted.
  return answerKind !== ANSWER_KIND.statement && SOURCE_VERBS.has(next) && SPEAKING_PLACES.has(kind ?? '') ? 'content' : role;
}
const SPEAKING_PLACES = new Set(['place', 'country', NATION_KIND, 'organization']);
/** Verbs of reporting after a name that make it the source: "kyiv says", "moskow mengklaim". */
const SOURCE_VERBS_LIST = ['say', 'says', 'said', 'claim', 'claims', 'claimed', 'report', 'reports', 'reported', 'estimate', 'estimates', 'estimated', 'reckon', 'reckons', 'believe', 'believes', 'think', 'thinks', 'assess', 'assesses', 'bilang', 'mengklaim', 'menyebut', 'mengatakan', 'memperkirakan'];
const SOURCE_VERBS = new Set(SOURCE_VERBS_LIST);

/** Capitals the glossary keeps apart from their state (a strike on Kyiv is not on all Ukraine), by concept id. */
const CAPITAL_STATE: Record<string, string> = { kyiv: 'ukraine', moscow: 'russia' };
/** What governments do in questions: "kyiv says", "moscow accused kyiv", "menurut moskow". */
const GOVERNMENT_VERBS = new Set([
  ...SOURCE_VERBS_LIST,
  'accuse', 'accuses', 'accused', 'blame', 'blames', 'blamed', 'deny', 'denies', 'denied', 'warn', 'warns', 'warned', 'demand', 'demands', 'demanded',
  'reject', 'rejects', 'rejected', 'want', 'wants', 'wanted', 'insist', 'insists', 'insisted', 'agree', 'agrees', 'agreed', 'refuse', 'refuses', 'refused',
  'condemn', 'condemns', 'condemned', 'respond', 'responded', 'menuduh', 'menuding', 'membantah', 'menolak', 'menuntut', 'memperingatkan', 'menyalahkan', 'mengecam', 'menurut', 'kata',
]);

/** Soviet and Russian aircraft makers' short names in model designations ("Il-76", "Tu-95", "Su-34", "An-124", "Mi-8", "Ka-52"). */
const AIRCRAFT_MAKERS: Record<string, string> = { il: 'ilyushin', tu: 'tupolev', su: 'sukhoi', an: 'antonov', mi: 'mil', ka: 'kamov' };
const MAKER_BY_NAME = Object.fromEntries(Object.entries(AIRCRAFT_MAKERS).map(([short, name]) => [name, short]));
const MODEL = /^(\p{L}+)-(\d+\p{L}*\d*)$/u;

/** The other spelling of an aircraft model, as the terms of its maker and number ("il-76" → ilyushin 76). */
function aircraftSpellings(word: string): string[][] {
  const model = MODEL.exec(normalizeWord(word));
  if (!model) return [];
  const other = AIRCRAFT_MAKERS[model[1]] ?? MAKER_BY_NAME[model[1]];
  return other ? [[other, model[2]]] : [];
}

/** Words before what a question sets aside: "besides", "other than", "apart from", "selain", "kecuali". */
const EXCLUDING = new Set(['besides', 'except', 'excluding', 'selain', 'kecuali']);
const EXCLUDING_PAIRS = new Set(['other than', 'apart from', 'aside from']);

function excludedAt(tokens: string[], at: number): boolean {
  let before = at - 1;
  while (before >= 0 && ARTICLES.has(normalizeWord(tokens[before]))) before--;
  const word = normalizeWord(tokens[before] ?? '');
  return EXCLUDING.has(word) || EXCLUDING_PAIRS.has(`${normalizeWord(tokens[before - 1] ?? '')} ${word}`);
}

function actsAsGovernment(tokens: string[], at: number, end: number): boolean {
  const before = normalizeWord(tokens[at - 1] ?? '');
  // "how many … did kyiv count": the subject of a question's verb acts; a city is acted on ("at kyiv").
  return GOVERNMENT_VERBS.has(normalizeWord(tokens[end] ?? '')) || GOVERNMENT_VERBS.has(before) || INVERSION.has(before);
}
const SOURCE_SKIP = new Set(['the', 'pihak', 'pemerintah', 'otoritas']);

// "what'd", "who're", "where've": a contraction of a function word is one too.
const CONTRACTION = /^(\p{L}+)'(?:d|re|ve|ll|m)$/u;

function isQuestionStopword(word: string): boolean {
  const lower = normalizeWord(word);
  const contracted = CONTRACTION.exec(lower)?.[1];
  // …and so is a negated verb ("won't", "didn't"): the answer's words say what was not done.
  return isStopword(lower, 'en') || isStopword(lower, 'id') || (contracted !== undefined && isStopword(contracted, 'en')) || /n['’]t$/.test(lower);
}

/** Ordinal words by number, English and Indonesian. */
const ORDINAL_WORDS: readonly (readonly [string, string])[] = [
  ['first', 'pertama'], ['second', 'kedua'], ['third', 'ketiga'], ['fourth', 'keempat'], ['fifth', 'kelima'], ['sixth', 'keenam'],
  ['seventh', 'ketujuh'], ['eighth', 'kedelapan'], ['ninth', 'kesembilan'], ['tenth', 'kesepuluh'], ['eleventh', 'kesebelas'], ['twelfth', 'kedua belas'],
];
// Ordinals are numbers too: "the fourth round" asks about a fourth round. ("First", "second" and
// "kedua" — also "both" — say too many other things.)
const ORDINALS = new Set(ORDINAL_WORDS.slice(2).flat());
/** Cardinal numbers said in words, English and Indonesian, by their figure. */
const NUMBER_WORDS = new Map(
  [
    ['one', 'satu'], ['two', 'dua'], ['three', 'tiga'], ['four', 'empat'], ['five', 'lima'], ['six', 'enam'], ['seven', 'tujuh'], ['eight', 'delapan'],
    ['nine', 'sembilan'], ['ten', 'sepuluh'], ['eleven', 'sebelas'], ['twelve'], ['thirteen'], ['fourteen'], ['fifteen'], ['sixteen'], ['seventeen'], ['eighteen'], ['nineteen'], ['twenty'],
  ].flatMap((names, i) => names.map((name) => [name, String(i + 1)] as const)),
);
const ORDINAL_FIGURE = /^(?:ke-?(\d{1,2})|(\d{1,2})(?:st|nd|rd|th))$/;

/** Other spellings of an ordinal: "ke-3" and "3rd" are "third" and "ketiga"; "third" and "ketiga" are "ke-3". */
function ordinalSpellings(word: string): [string, string][] {
  const figure = ORDINAL_FIGURE.exec(word);
  const n = figure ? Number(figure[1] ?? figure[2]) : ORDINAL_WORDS.findIndex((names) => names.includes(word)) + 1;
  if (!n || n > ORDINAL_WORDS.length || (!figure && n < 3)) return [];
  const [en, id] = ORDINAL_WORDS[n - 1];
  return figure ? [[en, 'en'], [id, 'id']] : [[`ke-${n}`, 'id']];
}

// A year is a whole anchor: it is written one way, and an article's date also says it (see rankPassages).
const isYear = (word: string) => /^(?:19|20)\d\d$/.test(word);
const isNumber = (word: string) => /\p{N}/u.test(word) || ORDINALS.has(word.toLowerCase());

const APPROXIMATE_NUMBER = /^\d+[-‐]?(?:something|somethingth|ish|odd|an)$|^q[1-4]$|^(?:mid|early|late|end)[-‐](?:19|20)\d\d$/;

/** Prefixes written with a hyphen onto a word ("ex-marine", "pro-russian", "anti-war"). */
const WORD_PREFIXES = new Set(['ex', 'pro', 'anti', 'non', 'pre', 'post', 'co', 'vice', 'semi', 'mid', 'neo', 'pan']);

function roleOfWord(word: string, glossary: Glossary): ConceptRole {
  const lower = normalizeWord(word);
  if (FRAMING.has(lower)) return 'framing';
  // "the 40-somethingth", "40-an", "mid-2025", "q2": a number guessed at, or a part of a year, is no number the answer must hold.
  if (APPROXIMATE_NUMBER.test(lower)) return 'framing';
  if (isNumber(word)) return 'anchor';
  // A word no dictionary of ours knows is most likely a name: "Pokrovsk", "Grossi", "Spiderweb"; not a compound
  // of words it knows ("ex-marine"), though a compound with a number or a code is one ("KN-23", "Su-34").
  if (lower.length < 3 || isDictionaryWord(lower) || glossary.translate(lower, 1).length) return 'content';
  const parts = lower.split(/[-‐]/);
  return parts.length > 1 && parts.every((part) => WORD_PREFIXES.has(part) || (part.length >= 2 && (isDictionaryWord(part) || isQuestionStopword(part)))) ? 'content' : 'anchor';
}

/**
 * How fully a concept is covered by a lexicon translation (a passage in the
 * asker's own words covers it better), and by its article alone (the
 * article's names and the sentence before the passage), per role.
 */
export const CREDIT = { translation: 1, synonym: 1, spelling: 0.8, undated: 0.7, capitalAsState: 0.8, article: { anchor: 0.9, content: 0.5, framing: 0 } as Record<ConceptRole, number>, body: 0.8 };

/** A content word is weighed as if it occurred at least this often. */
const RARE_CONTENT_DF = 3;

export interface PlanContext {
  glossary: Glossary;
  documentFrequency(term: string): number;
  documentCount: number;
  /** Index terms one edit from a term: other spellings of a name the news does not hold as typed. */
  spellings?(term: string): string[];
}

/**
 * "us-ukraine", "rusia-ukraina": two names joined by a hyphen, which the news writes as often apart
 * ("the U.S. and Ukraine", "Russia and Ukraine"), are asked as the two, each in all its ways of being
 * said (the index holds a hyphened word's parts as well). ("us" is the United States only there:
 * alone it is the pronoun.)
 */
function namesApart(tokens: string[], context: PlanContext): string[] {
  const named = (part: string) => part.length > 1 && context.glossary.match([part]).some((m) => NAMED_KINDS.has(m.concept.kind));
  return tokens.flatMap((token) => {
    if (!token.includes('-')) return [token];
    const parts = token.split('-').map((part) => (part.toLowerCase() === 'us' ? 'U.S.' : part));
    // "non-UE", "pro-Russian", "anti-NATO": the name is asked, as the news also says it ("outside the EU").
    if (parts.length === 2 && NAME_PREFIXES.has(parts[0].toLowerCase()) && named(parts[1])) return [parts[1]];
    return parts.length > 1 && parts.every(named) ? parts : [token];
  });
}
const NAME_PREFIXES = new Set(['non', 'pro', 'anti', 'ex', 'post', 'pre', 'pasca', 'pra']);
const NAMED_KINDS = new Set(['person', 'place', 'country', NATION_KIND, 'organization']);

/** "5 ribu", "2.5 million" asked as the one number they make ("5000"), as the index holds it however written. */
function numbersWithMagnitude(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const value = spelledMagnitude(tokens[i], tokens[i + 1]);
    if (value) {
      out.push(value);
      i++;
    } else out.push(tokens[i]);
  }
  return out;
}

export function planQuery(question: string, context: PlanContext): QueryPlan {
  const inNews = (word: string) => ['en', 'id'].some((lang) => analyzeWord(word, lang).some((term) => context.documentFrequency(term) > 0));
  // A chat form may stand for two words ("pemred": pemimpin redaksi).
  const tokens = namesApart(numbersWithMagnitude(words(question).flatMap((word, i, all) => formalIndonesian(word, all[i - 1], inNews).split(' '))), context);
  // What is asked is read from the written words ("brp" is "berapa").
  const written = tokens.join(' ');
  const answerKind = askedKind(written);
  const weights = new Map<string, number>();
  const addTerm = (term: string, weight: number) => weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  // ownForms: how many of a concept's ways of being said (first in its coverage) are the asker's own words.
  const drafts: { label: string; role: ConceptRole; coverage: string[][]; credits: number[]; fromGlossary: boolean; kind?: string; conceptId?: string; start: number; end: number; ownForms: number; run?: number }[] = [];
  const distinct = (aliases: Alias[]) => new Set(aliases.map((alias) => alias.terms.join(' '))).size;

  // A glossary alias never starts on a function word alone ("di" is not "die"), nor is it the unit of
  // an Indonesian time question ("jam berapa", "berapa jam" ask an hour: "jam" is not jamming), nor
  // is a word of the asker's framing ("according to" is not an accord).
  const matches = context.glossary
    .match(tokens)
    .filter((m) => m.end - m.start > 1 || !(isQuestionStopword(tokens[m.start]) || isAskedTimeUnit(tokens, m.start) || FRAMING.has(normalizeWord(tokens[m.start]))));
  // The lexicon's translations of a word, searched and counted as other ways of saying it.
  const addTranslations = (word: string, coverage: Alias[]) => {
    for (const alias of context.glossary.translate(word)) {
      const terms = aliasTerms(alias.text, alias.lang);
      if (!terms.length) continue;
      terms.forEach((t) => addTerm(t, WEIGHTS.lexicon));
      coverage.push({ terms, credit: CREDIT.translation });
    }
  };
  let next = 0;
  const plainWords = (from: number, to: number) => {
    for (let at = from; at < to; at++) {
      const word = tokens[at];
      // "jam berapa" asks an hour: its "jam" is no word of the news asked about (not jamming).
      if (isQuestionStopword(word) || isAskedTimeUnit(tokens, at)) continue;
      const own = ownTermsOf(word);
      if (!own.whole.length) continue;
      const role = roleOfWord(word, context.glossary);
      const framing = role === 'framing';
      own.whole.forEach((t) => addTerm(t, framing ? WEIGHTS.framing : WEIGHTS.own));
      own.parts.forEach((t) => addTerm(t, WEIGHTS.compoundPart));
      const coverage: Alias[] = own.whole.map((t) => ({ terms: [t], credit: 1 }));
      // A compound is also said by its parts together ("KN-23" and "KN 23").
      if (own.parts.length) coverage.push({ terms: own.parts, credit: 1 });
      const ownForms = distinct(coverage);
      if (!framing) {
        addTranslations(word, coverage);
        const lower = normalizeWord(word);
        // "feb 22": two figures after a month may be its year, as the news writes it ("February 2022").
        if (/^[1-3]\d$/.test(lower) && MONTH_WORD.test(normalizeWord(tokens[at - 1] ?? ''))) {
          addTerm(`20${lower}`, WEIGHTS.own);
          coverage.push({ terms: [`20${lower}`], credit: 1 });
        }
        // A number said in words is written in figures too ("point nine" is the list's "9.").
        const figure = NUMBER_WORDS.get(lower);
        if (figure) {
          addTerm(figure, WEIGHTS.lexicon);
          coverage.push({ terms: [figure], credit: CREDIT.translation });
        }
        // An ordinal in figures is the word in either language ("putaran ke-3" is the "third round"), and back.
        for (const [text, lang] of ordinalSpellings(lower)) {
          const terms = aliasTerms(text, lang);
          if (!terms.length || own.whole.includes(terms[0])) continue;
          terms.forEach((t) => addTerm(t, WEIGHTS.lexicon));
          coverage.push({ terms, credit: CREDIT.translation });
        }
        // A loanword the other language spells its own way ("convention" → konvensi, "transaksinya" →
        // transaction), where the index holds it: beside the lexicon's translations, which may miss it.
        const unsuffixed = lower.replace(INDONESIAN_PARTICLE, '');
        for (const [lang, spellings] of [['id', indonesianCognates(lower)], ['en', englishCognates(unsuffixed.length >= 4 ? unsuffixed : lower)]] as const) {
          for (const spelling of spellings) {
            const terms = aliasTerms(spelling, lang);
            if (terms.length !== 1 || own.whole.includes(terms[0]) || !context.documentFrequency(terms[0])) continue;
            addTerm(terms[0], WEIGHTS.lexicon);
            coverage.push({ terms, credit: CREDIT.translation });
          }
        }
      }
      // An aircraft by its maker's short name or full one: "Il-76" is the "Ilyushin-76" of other outlets, and back.
      for (const terms of aircraftSpellings(word)) {
        terms.forEach((t) => addTerm(t, WEIGHTS.glossary));
        coverage.push({ terms, credit: 1 });
      }
      // A name found nowhere as typed may be spelled otherwise in the news ("okhmatdyt", "Ohmatdyt"), and a word
      // Sitrep knows no other way to say may be the news's in another form ("cambodian", "Cambodia"): their spellings one edit away.
      const onlyAsTyped = coverage.length === ownForms;
      if ((role === 'anchor' || (role === 'content' && onlyAsTyped)) && !isNumber(word) && context.spellings && own.whole.every((t) => !context.documentFrequency(t))) {
        for (const spelling of own.whole.flatMap((t) => context.spellings!(t))) {
          addTerm(spelling, WEIGHTS.lexicon);
          coverage.push({ terms: [spelling], credit: CREDIT.spelling });
        }
      }
      const draft = { label: word, role: sourceRole(tokens, at, at + 1, role, answerKind), fromGlossary: false, start: at, end: at + 1, ownForms, ...dedupe(coverage), run: undefined as number | undefined };
      // A name of several plain words: the word before it was one too.
      const before = drafts.at(-1);
      if (draft.role === 'anchor' && !isNumber(word) && before && !before.fromGlossary && before.role === 'anchor' && before.end === at && !isNumber(before.label)) draft.run = before.run ??= at - 1;
      drafts.push(draft);
    }
  };
  for (const match of matches) {
    plainWords(next, match.start);
    next = match.end;
    const named = tokens.slice(match.start, match.end);
    const coverage: Alias[] = [];
    for (const word of named) {
      const own = ownTermsOf(word);
      own.whole.forEach((t) => addTerm(t, WEIGHTS.own));
      own.parts.forEach((t) => addTerm(t, WEIGHTS.compoundPart));
    }
    const phrase = named.join(' ');
    for (const lang of ['en', 'id']) {
      const ownPhrase = aliasTerms(phrase, lang);
      // The asker's words as an alias reads them ("go-between" and its parts): searched as their own.
      ownPhrase.forEach((t) => addTerm(t, WEIGHTS.own));
      if (ownPhrase.length) coverage.push({ terms: ownPhrase, credit: 1 });
    }
    const typed = new Set(coverage.flatMap((alias) => alias.terms));
    const ownForms = distinct(coverage);
    // A word of several senses ("assaults": an offensive, and attacks) is said in the ways of each.
    for (const concept of [match.concept, ...(match.also ?? [])]) {
      for (const alias of context.glossary.aliasesOf(concept)) {
        const terms = aliasTerms(alias.text, alias.lang);
        if (!terms.length) continue;
        // A longer form of what was typed ("Prabowo Subianto" for "prabowo") covers the same concept: its
        // other words are not searched, or a passage naming the person in full would count them twice.
        const weight = terms.some((t) => typed.has(t)) ? 0 : concept.kind === 'synonym' ? WEIGHTS.synonym : WEIGHTS.glossary;
        terms.forEach((t) => addTerm(t, weight));
        coverage.push({ terms, credit: concept.kind === 'synonym' ? CREDIT.synonym : 1 });
      }
    }
    // "what did kyiv say", "moscow accuses kyiv": a capital beside a government's verb is its state, which
    // the news names as often ("Ukrainian officials said", "Rusia menuduh Ukraina").
    const state = CAPITAL_STATE[match.concept.id];
    const stateConcept = state && actsAsGovernment(tokens, match.start, match.end) ? context.glossary.concepts.find((c) => c.id === state) : undefined;
    for (const alias of stateConcept ? context.glossary.aliasesOf(stateConcept) : []) {
      const terms = aliasTerms(alias.text, alias.lang);
      if (!terms.length) continue;
      terms.forEach((t) => addTerm(t, WEIGHTS.glossary));
      coverage.push({ terms, credit: CREDIT.capitalAsState });
    }
    // An everyday word's synonym set holds one of its senses; the lexicon's news senses are its others
    // ("trade" is commerce, and prisoners traded are exchanged: tukar).
    if (match.concept.kind === 'synonym' && named.length === 1) addTranslations(named[0], coverage);
    if (coverage.length) drafts.push({ label: phrase, role: sourceRole(tokens, match.start, match.end, roleOfConcept(match.concept), answerKind, match.concept.kind), fromGlossary: true, kind: match.concept.kind, conceptId: match.concept.id, start: match.start, end: match.end, ownForms, ...dedupe(coverage) });
  }
  plainWords(next, tokens.length);

  // "besides putin", "selain mobil": what follows is not what is asked, but the other one beside it. It
  // still ranks (the answer's passage often names it too), as framing does; it neither covers nor gates.
  for (const draft of drafts) {
    if (!excludedAt(tokens, draft.start)) continue;
    draft.role = 'framing';
    for (const alias of draft.coverage) {
      for (const t of alias) {
        const weight = weights.get(t);
        if (weight !== undefined) weights.set(t, Math.min(weight, WEIGHTS.excluded));
      }
    }
  }
  const n = Math.max(context.documentCount, 1);
  const documentFrequency = new Map([...weights.keys()].map((t) => [t, context.documentFrequency(t)]));
  const df = (alias: readonly string[]) => Math.min(...alias.map((t) => documentFrequency.get(t)!));
  let focusAt = focusOf(tokens);
  // "which us think tank": the phrase asked goes on into a name of several words the glossary knows, its head.
  const asked = drafts.findIndex((d) => focusAt >= d.start && focusAt < d.end);
  // English puts the head last ("us think tank"); Indonesian first ("kapten kapal moskva" asks the captain).
  const englishAsked = asked >= 0 && ['which', 'what'].includes(normalizeWord(tokens[drafts[asked].start - 1] ?? ''));
  const phraseHead = englishAsked ? drafts.find((d) => d.start === drafts[asked].end && d.fromGlossary && d.end - d.start > 1) : undefined;
  if (phraseHead) focusAt = phraseHead.start;
  // "how many rafale jets": a name (or a weapon's) just before the thing counted says which; the answer may
  // name it alone ("three Rafales").
  const head = drafts.findIndex((d) => focusAt >= d.start && focusAt < d.end);
  const before = head > 0 ? drafts[head - 1] : undefined;
  const which = answerKind === ANSWER_KIND.number && before && before.end === drafts[head].start && before.role === 'anchor' && !isNumber(before.label) && (!before.fromGlossary || before.kind === 'weapon') ? head - 1 : undefined;
  const concepts = drafts.map((d, i) => {
    // A concept occurs about as often as its most common way of being said; common
    // concepts count for less. An anchor found nowhere counts fully, so a question
    // about an unknown subject is not answered by its other words; a content word
    // found nowhere (the asker's synonym) counts as a rare one, not as the subject.
    const conceptDf = Math.min(n, Math.max(...d.coverage.map(df)));
    const counted = d.role === 'anchor' ? conceptDf : Math.max(conceptDf, Math.min(n, RARE_CONTENT_DF));
    // A name typed in words no dictionary knows ("kryvyi rih"), which the news may spell otherwise ("Kryvyi Rig").
    // Not when a word of it names another thing of the glossary: "Zaporizhzhia" alone is the region, not "PLTN Zaporizhzhia".
    const named = tokens.slice(d.start, d.end);
    const spelledOtherwise = d.role === 'anchor' && named.length > 1 && named.every((word) => !isDictionaryWord(word)) && !(d.fromGlossary && named.some((word) => context.glossary.match([word]).length));
    const spelled = spelledOtherwise ? d.coverage.map((alias, i) => (i < d.ownForms ? 1 : alias.length)) : undefined;
    const focus = d.role !== 'framing' && focusAt >= d.start && focusAt < d.end;
    return { label: d.label, role: d.role, coverage: d.coverage, credits: d.credits, spelled, run: d.run, fromGlossary: d.fromGlossary, kind: d.kind, conceptId: d.conceptId, number: !d.fromGlossary && isNumber(d.label) && !isYear(d.label), focus, which: i === head ? which : undefined, verb: focus && d.end - d.start === 1 && isIndonesianVerb(normalizeWord(tokens[d.start])), reworded: d.coverage.length > d.ownForms, documentFrequency: conceptDf, weight: Math.log(1 + (n - counted + 0.5) / (counted + 0.5)) };
  });
  const [countFrom, countTo] = countedEventRange(tokens);
  const isEvent = (c: QueryConcept) => c.kind === 'event' && c.role === 'content';
  const askedEvent =
    answerKind === ANSWER_KIND.number ? concepts.find((c, i) => isEvent(c) && drafts[i].start >= countFrom && drafts[i].start < countTo)
    : answerKind === ANSWER_KIND.date ? concepts.find(isEvent)
    // "who replaced her": only a passage telling of a successor names one (other events are said too many ways to require).
    : asksWho(tokens) ? concepts.find((c, i) => isEvent(c) && drafts[i].conceptId === SUCCESSION) : undefined;
  return { terms: [...weights.keys()], weights, documentFrequency, concepts, answerKind, measure: askedMeasure(written), placeAsked: asksPlace(written), countAsked: asksCount(written), askedEvent };
}

/** The glossary's event of one person taking another's post. */
const SUCCESSION = 'succession';

/** "who replaced…", "yg gantiin … siapa": a question asking for a person. */
function asksWho(tokens: string[]): boolean {
  const lower = tokens.map((t) => normalizeWord(t));
  return lower[0] === 'who' || lower[0] === "who's" || lower[0] === 'whos' || lower.includes('siapa');
}

// Not "whose": "whose call was it", "whose idea" ask for a person, not the thing named.
const WH_NOUN = new Set(['which', 'what', 'whats']);
const POSSESSIVE_TOKEN = /\p{L}['’]s$/u;
/** The phrase after "which", "what", "how many" whose last word is the thing asked: "which bigger iranian drone", "new minimum draft age". */
const PHRASE_WORDS = 4;
/** "what is the range…": the copula and article before the thing asked. */
const COPULA = new Set(['is', 'was', 'are', 'were', 'the', 'a', 'an']);
const HOW_MUCH = new Set(['many', 'much']);
const ARTICLES = new Set(['the', 'a', 'an']);
const ID_WH_BEFORE = new Set(['berapa', 'siapa']);
const NAME_WORDS = new Set(['nama', 'namanya']);
const ID_WH_AFTER = new Set(['apa', 'mana']);
/** Words naming a thing's type ("what kind of", "what missile type"): the thing asked is the one typed. */
const TYPE_WORDS = new Set(['kind', 'kinds', 'type', 'types', 'sort', 'model', 'models', 'make', 'variant', 'version', 'class']);
/** A month's name or short name, English or Indonesian ("feb", "agustus"). */
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|januari|februari|maret|mei|juni|juli|agustus|agu|okt|oktober|des|desember)$/;
/** Indonesian's type words, after the thing they type ("rudal jenis apa", "drone tipe apa"). */
const ID_TYPE_WORDS = new Set(['jenis', 'tipe', 'macam', 'merek', 'model', 'varian', 'versi', 'kelas']);
/** Words between a question word and the thing asked: "what kind of", "berapa jumlah", "siapa nama", "brp lama baru padam" (how long until it was put out). */
const FOCUS_SKIP = new Set([...TYPE_WORDS, 'tipe', 'merek', 'of', 'more', 'jumlah', 'banyak', 'besar', 'lama', 'kali', 'jenis', 'macam', 'name', 'names', 'nama', 'namanya', 'baru', 'new', 'latest']);
/** Verbs whose past is their base form ("which drone hit the building"): a dictionary knows them as present forms. */
const SAME_FORM_PAST = new Set(['hit', 'cut', 'put', 'shut', 'hurt', 'burst', 'spread', 'split', 'shed', 'quit', 'cast']);
const DETERMINERS = new Set(['the', 'a', 'an', 'that', 'this', 'those', 'these', 'its', 'his', 'her', 'their', 'our']);
/** Things asked for that the answer gives without naming them: a date, a count of people. */
const GENERIC_FOCUS = new Set([
  'date', 'day', 'days', 'time', 'times', 'year', 'years', 'month', 'months', 'week', 'weeks', 'hour', 'hours', 'minutes', 'people', 'person', 'persons', 'guy', 'guys', 'folks', 'ppl', 'men', 'women', 'man', 'woman', 'thing', 'things', 'number', 'amount', 'way', 'percentage', 'percent',
  'share', 'money', 'price', 'cost', 'size', 'much', 'many', 'bits', 'part', 'parts', 'place', 'one', 'ones',
  'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'ratus', 'ribu', 'juta', 'miliar', 'triliun',
  // A count asked by its name: "what's the tally", "the death toll".
  'tally', 'toll', 'count', 'figure', 'figures',
  'tanggal', 'hari', 'jam', 'tahun', 'bulan', 'waktu', 'orang', 'pejabat', 'hal', 'cara', 'pukul', 'persen', 'lipat', 'uang', 'harga', 'biaya', 'bagian', 'tempat', 'warga',
  // "namanya apa", "what was its name": the answer is a name, not the word.
  'name', 'names', 'nama', 'namanya',
  // "negara mana", "which country": the answer names the country, not the word.
  'country', 'countries', 'nation', 'nations', 'negara', 'negeri',
  // "what route", "lewat jalur mana": the answer names the way ("via Poland and Belarus"), not the word.
  'route', 'routes', 'path', 'rute',
  // "jadi bentuk apa", "in what form": the answer names the form ("into a loan"), not the word.
  'bentuk', 'wujud', 'form',
  // "warnanya apa", "what colour": the answer names the colour ("a red roof"), not the word.
  'warna', 'warnanya', 'color', 'colour',
  // "pakai apa", "dengan apa": with what.
  'pakai', 'dengan',
  // "komentar apa", "what statement": someone's words answer it, which say no such word.
  'komentar', 'tanggapan', 'pernyataan', 'respons', 'reaksi', 'comment', 'comments', 'statement', 'statements', 'reaction', 'response', 'remarks',
  // "bawa barang apa", "what items": the answer names the things, not the word.
  'barang', 'benda', 'item', 'items', 'stuff',
  // "brp unit apartemen": a counting word, not the thing counted.
  'unit', 'units', 'buah', 'biji',
  // "what nerve illness": the answer names the illness ("polyneuropathy"), not the word.
  'illness', 'illnesses', 'disease', 'diseases', 'condition', 'ailment', 'sickness', 'penyakit',
]);
// Words that end the phrase after a question word: "what did…", "how many were…", "siapa yang…".
const PHRASE_END = new Set(['is', 'was', 'are', 'were', 'did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'yang', 'di', 'ke', 'dari', 'dalam', 'untuk', 'pada', 'of', 'in', 'on', 'at', 'for', 'to', 'by', 'from', 'with', 'off', 'out', 'up', 'down', 'over', 'away']);

/** Words that end the search for the event counted: the question turns to its actor ("how many drones did russia launch"). */
const INVERSION = new Set(['did', 'does', 'do', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had']);
const COUNTED_REACH = 7;
/** …or to what the count is for, where or when ("brp kilo buat ngebom", "berapa derajat waktu rudal jatuh"). */
const COUNTED_END = new Set(['di', 'ke', 'dari', 'dalam', 'untuk', 'buat', 'pada', 'waktu', 'pas', 'saat', 'ketika', 'sejak', 'sebelum', 'sesudah', 'setelah', 'of', 'in', 'on', 'at', 'for', 'to', 'by', 'from', 'with', 'when', 'during', 'after', 'before', 'since']);

/**
 * The words where the event whose count is asked may be named: a few after "how many" / "berapa",
 * before the question turns to an actor ("how many north korean soldiers have been killed", "brp
 * tentara ukraina yg tewas"; not "how many drones did russia launch"). Empty when none is asked.
 */
function countedEventRange(tokens: string[]): [number, number] {
  const lower = tokens.map((t) => normalizeWord(t));
  for (let i = 0; i < lower.length; i++) {
    const from = lower[i] === 'how' && HOW_MUCH.has(lower[i + 1]) ? i + 2 : lower[i] === 'berapa' ? i + 1 : -1;
    if (from < 0) continue;
    let to = from;
    // "have been killed": the perfect's auxiliary after the noun phrase is not an inversion.
    while (to < Math.min(lower.length, from + COUNTED_REACH) && !(INVERSION.has(lower[to]) && lower[to + 1] !== 'been') && !COUNTED_END.has(lower[to])) to++;
    return [from, to];
  }
  return [0, 0];
}

/** A verb by its prefix ("menyalahkan", "dikirim", "bertemu"): the word is no root, and its root is one. */
function isIndonesianVerb(word: string): boolean {
  if (!/^(?:me|di|ber|ter)\p{L}{3,}$/u.test(word) || isIndonesianRoot(word)) return false;
  const root = stem(word, 'id');
  return root !== word && isIndonesianRoot(root);
}

/** "se-" with an adjective's root before "apa" / "mana" asks a degree: "sedekat" (as close as), "separah". */
function isDegreeAsked(word: string): boolean {
  return /^se\p{L}{3,}$/u.test(word) && isIndonesianRoot(word.slice(2)) && !isIndonesianRoot(word);
}

/**
 * The token a question asks for, or -1: the head of the phrase after "which",
 * "what", "how many" (its last word: "which oil refinery"), after "berapa",
 * "siapa" (its first: "berapa jenazah prajurit"), or before a closing "apa",
 * "mana" ("desa mana").
 */
export function focusOf(tokens: string[]): number {
  const lower = tokens.map((t) => normalizeWord(t));
  const usable = (i: number) => i >= 0 && i < lower.length && !PHRASE_END.has(lower[i]) && !GENERIC_FOCUS.has(lower[i]) && !isQuestionStopword(lower[i]) && !FRAMING.has(lower[i]);
  // "what did the us envoy say": the one whose words are asked is what the answer's article must name.
  if (askedKind(tokens.join(' ')) === ANSWER_KIND.statement) return speakerOf(lower, usable);
  for (let i = 0; i < lower.length; i++) {
    let start = -1;
    if (WH_NOUN.has(lower[i])) start = i + 1;
    // "who's the sbu chief…", "who was the general…": the role asked is the thing the answer's article names.
    // …and "who was mariupol's mayor": the role after a possessive.
    else if (lower[i] === 'who') {
      const next = i + (lower[i + 1] === 'is' || lower[i + 1] === 'was' ? 2 : 1);
      if (ARTICLES.has(lower[next] ?? '') || (POSSESSIVE_TOKEN.test(tokens[next] ?? '') && usable(next + 1))) start = i + 1;
    }
    else if (lower[i] === 'how' && HOW_MUCH.has(lower[i + 1])) start = i + 2;
    if (start >= 0) {
      while (COPULA.has(lower[start]) || FOCUS_SKIP.has(lower[start])) start++;
      // "what's ukraine's new minimum draft age": the thing asked follows the possessive.
      while (POSSESSIVE_TOKEN.test(tokens[start] ?? '') && usable(start + 1)) start++;
      if (!usable(start)) return -1;
      let end = start;
      // "how many dagestani guys": the thing asked is the people, whom the answer counts without naming them so.
      if (start + 1 < lower.length && GENERIC_FOCUS.has(lower[start + 1])) return -1;
      // "how many guys walked out": a verb after the thing asked ends its phrase.
      // …and so does one in "-ed" before a determiner, though a dictionary knows it as an adjective too ("bomb wrecked that cafe").
      const verbAfter = (i: number) => isEnglishPastForm(lower[i]) || SAME_FORM_PAST.has(lower[i]) || (/[^e]ed$/.test(lower[i]) && DETERMINERS.has(lower[i + 1] ?? ''));
      while (end + 1 < lower.length && end - start < PHRASE_WORDS - 1 && usable(end + 1) && !verbAfter(end + 1)) end++;
      // "point nine", "round 4": a number after the thing asked says which one.
      while (end > start && (NUMBER_WORDS.has(lower[end]) || /^\p{N}+$/u.test(lower[end]))) end--;
      // "what missile type", "which drone model": the thing asked is the missile, named by its type.
      while (end > start && TYPE_WORDS.has(lower[end])) end--;
      return usable(end) ? end : -1;
    }
    if (ID_WH_BEFORE.has(lower[i])) {
      let at = i + 1;
      while (FOCUS_SKIP.has(lower[at])) at++;
      if (usable(at)) return at;
      // "senator AS siapa yg bilang…", "jenderal siapa": the role before "siapa" is the thing asked.
      if (lower[i] === 'siapa') {
        // "dokter yg nanganin ibunya liza namanya siapa": the one named is the head before its "yang" clause.
        if (NAME_WORDS.has(lower[i - 1] ?? '')) {
          const clause = lower.lastIndexOf('yang', i - 2);
          if (clause > 0 && usable(clause - 1)) return clause - 1;
        }
        for (const before of [i - 1, i - 2]) if (usable(before)) return before;
      }
      return -1;
    }
    // "rudal jenis apa": a missile of what type — the thing asked is the missile.
    if (ID_WH_AFTER.has(lower[i]) && ID_TYPE_WORDS.has(lower[i - 1] ?? '') && usable(i - 2)) return i - 2;
    // "sedekat apa", "sejauh mana": how close, how far — a measure asked, not a thing.
    if (ID_WH_AFTER.has(lower[i]) && usable(i - 1) && !isDegreeAsked(lower[i - 1])) return i - 1;
  }
  return -1;
}

const SAYING = new Set(['say', 'said', 'says', 'tell', 'told', 'think', 'respond', 'react', 'reply', 'claim', 'announce', 'bilang', 'komentar', 'kata', 'mengatakan', 'berkata', 'ngomong', 'menyampaikan', 'tanggapan', 'respons', 'reaksi', 'pernyataan', 'bicara', 'berbicara']);
const SPEAKER_WORDS = 3;

/**
 * Who is asked to have spoken, in a question asking someone's words: "what did the us envoy say" (the
 * word before the verb), "wamenlu ukraina komentar apa" (the first of the words before it), "apa kata kemlu",
 * "gimana respons pemerintah indonesia".
 */
function speakerOf(lower: string[], usable: (i: number) => boolean): number {
  const aux = lower.findIndex((w, i) => (w === 'what' || w === 'how') && ['did', 'does', 'do', 'has', 'have'].includes(lower[i + 1] ?? ''));
  if (aux >= 0) {
    const verb = lower.findIndex((w, i) => i > aux + 2 && SAYING.has(w));
    return verb > 0 && usable(verb - 1) ? verb - 1 : -1;
  }
  for (let i = 1; i < lower.length; i++) {
    if (!SAYING.has(lower[i]) || lower[i + 1] !== 'apa' || !usable(i - 1)) continue;
    let start = i - 1;
    while (start > 0 && i - start < SPEAKER_WORDS && usable(start - 1)) start--;
    return start;
  }
  const after = lower.findIndex((w, i) => ['apa', 'gimana', 'bagaimana'].includes(w) && SAYING.has(lower[i + 1] ?? ''));
  return after >= 0 && usable(after + 2) ? after + 2 : -1;
}

/** One way of saying a concept: its index terms, and how fully it covers the concept. */
interface Alias {
  terms: readonly string[];
  credit: number;
}

function dedupe(aliases: Alias[]): { coverage: string[][]; credits: number[] } {
  const seen = new Set<string>();
  const kept = aliases.filter((alias) => !seen.has(alias.terms.join(' ')) && seen.add(alias.terms.join(' ')));
  return { coverage: kept.map((a) => [...a.terms]), credits: kept.map((a) => a.credit) };
}

/**
 * Where a passage holds each matched term: its own text; its article's title, context or outlet;
 * further down its article only (`body`: an anchor the story names in passing, "Oslo's airport was
 * closed too", is weaker ground for a passage about Copenhagen's); or, for a year asked, an undated
 * article that may be of it.
 */
export type MatchedTerms = Map<string, 'text' | 'article' | 'body' | 'undated'>;

export interface Coverage {
  /** The share of the question's weight (framing words aside) that the passage covers (0–1). */
  all: number;
  /** The share of the anchors' weight it covers, in its text or its article; 1 when the question has no anchor. */
  anchors: number;
  /** Whether the passage's own text covers any concept beyond framing. */
  ownText: boolean;
  /** How well it covers the thing asked for ("which hotel"); 1 when the question names none. */
  focus: number;
  /** A number or ordinal the question names ("the fourth round", "728 drones") that neither the passage nor its article holds. */
  numberMissing: boolean;
}

/**
 * How much of the question a passage covers. A concept counts by its
 * best-matched way of being said; an alias of several words counts in part
 * ("peluru" for "peluru artileri"); found only in the passage's article it
 * counts for less.
 */
export function coverageOf(plan: QueryPlan, matched: MatchedTerms): Coverage {
  let total = 0;
  let covered = 0;
  let anchorTotal = 0;
  let anchorCovered = 0;
  let ownText = false;
  let focus = 1;
  let numberMissing = false;
  let runs: Map<number, { weight: number; named: number }> | undefined;
  for (const concept of plan.concepts) {
    if (concept.role === 'framing') continue;
    let best = 0;
    // Named, for the anchors' share: a name's alias may be named by part of it (see QueryConcept.spelled).
    let named = 0;
    for (const [i, alias] of concept.coverage.entries()) {
      let inText = 0;
      let inArticle = 0;
      let inBody = 0;
      let inUndated = 0;
      for (const term of alias) {
        const place = matched.get(term);
        if (place === 'text') inText++;
        else if (place === 'article') inArticle++;
        else if (place === 'body') inBody++;
        else if (place === 'undated') inUndated++;
      }
      if (inText) ownText = true;
      // Part of an alias of several words counts for less than its share: "soldiers" alone is not "captured soldiers".
      const found = inText + inArticle * CREDIT.article[concept.role] + inBody * CREDIT.body + inUndated * CREDIT.undated;
      best = Math.max(best, concept.credits[i] * (found / alias.length) ** 2);
      named = Math.max(named, best, concept.spelled ? concept.credits[i] * Math.min(1, found / concept.spelled[i]) ** 2 : 0);
      if (best === 1) break;
    }
    total += concept.weight;
    covered += concept.weight * best;
    if (concept.focus) focus = best;
    if (concept.number && concept.role === 'anchor' && best === 0) numberMissing = true;
    if (concept.role === 'anchor') {
      // Half anchors: a number (questions ask them in other forms: "two million", "2 juta"), and
      // a word found nowhere and known to no dictionary (a name the news lacks, or slang: "nelpon").
      const half = concept.number || (concept.documentFrequency === 0 && !concept.fromGlossary && !isYear(concept.label));
      const w = half ? concept.weight * 0.5 : concept.weight;
      anchorTotal += w;
      if (concept.run === undefined) anchorCovered += w * named;
      else {
        const run = (runs ??= new Map()).get(concept.run) ?? { weight: 0, named: 0 };
        runs.set(concept.run, { weight: run.weight + w, named: Math.max(run.named, named) });
      }
    }
  }
  for (const run of runs?.values() ?? []) anchorCovered += run.weight * run.named;
  return { all: total ? covered / total : 0, anchors: anchorTotal ? anchorCovered / anchorTotal : 1, ownText, focus, numberMissing };
}
