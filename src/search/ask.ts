import type { Article, Passage } from '../articles/article.ts';
import type { ArticleStore } from '../store/articles.ts';
import type { Glossary } from '../text/glossary.ts';
import { analyzeWord } from '../text/analyze.ts';
import { ANSWER_KIND } from '../text/answer-kinds.ts';
import { isDictionaryWord } from '../text/dictionary.ts';
import { words } from '../text/tokenize.ts';
import { NATION_KIND } from '../text/world.ts';
import { type SearchFilters, passageFilter } from './filters.ts';
import { FIELD_BOOST, type PassageHit, type PassageIndex, type SearchedHit, TEXT_FIELD_BIT, bm25Idf } from './passage-index.ts';
import { CREDIT, type MatchedTerms, type QueryConcept, type QueryPlan, coverageOf, planQuery } from './query-plan.ts';
import { type Quote, leansOnPrevious, quotePassage, withPreviousSentence } from './snippet.ts';
import { spokenBy } from './speaker.ts';
import { suggestionsFor } from './suggest.ts';

/**
 * When a passage answers, and how answers are ordered; chosen on the tuning
 * questions of `npm run eval` (bench/eval/sweep.ts).
 */
export const RANKING = {
  /** A passage (with its article) must cover this share of the question's anchors — what it is about — to be an answer… */
  minAnchorCoverage: 0.55,
  /** …and this share of all it asks, framing words aside (more when it names no anchor). */
  minCoverage: 0.2,
  minCoverageWithoutAnchors: 0.5,
  /** How much an answer naming the thing asked for ("which hotel") counts above one that does not… */
  focusBoost: 0.5,
  /** …and how much less one counts whose article does not name it at all. */
  focusMissing: 0.5,
  /** Answers may cover less than the best one, but not much less. */
  coverageSlack: 0.4,
  /** How much more a passage holding the kind of answer asked for counts ("how many": a number). */
  answerKindBoost: 1,
  /** How strongly coverage orders answers against their text score. */
  coveragePower: 2,
  /** Whether a number the question names must be in the answer or its article ("the fourth round" is not the second). */
  numbersRequired: 1,
  /** Whether an anchor named anywhere in the article (not only its title, lead and context) counts as the article's. */
  anchorAnywhere: 1,
  /** Whether a question asking a price or a share ("berapa harga", "what percentage") needs an answer stating one. */
  measureRequired: 1,
  /** Whether a "how many" / "berapa" question needs an answer holding a count (in figures or words). */
  countRequired: 1,
  /** Whether a "how long" / "berapa hari" question needs an answer stating a length of time ("dua hari", "10 months"). */
  durationRequired: 1,
  /** Whether a "when" / "kapan" question needs an answer stating a date, a day or a time ("pada 2023", "on Saturday", "pukul 04.44"). */
  dateRequired: 1,
  /** Whether a month the question names must be the article's date's or said in it ("the july round" is not June's). */
  monthsRequired: 1,
  /** Whether a count or date asked of an event ("how many … were killed", "brp orang tewas", "when did … capture") needs a passage telling of that event. */
  askedEventRequired: 1,
  /** Whether an answer's article must name each weapon the question asks of (in any of its ways, anywhere in it). */
  askedWeaponRequired: 1,
  /** Whether a glossary thing the question names (a weapon, a unit, an event) that no passage names in any language means nothing answers. */
  absentThingNothing: 1,
  /** Whether a "when" question asking of a glossary thing no passage names in any of its ways (an event the news does not tell) has no answer. */
  absentWhenNothing: 1,
  /** How much less an answer to "what did X say" counts whose own words do not name X (its article does). */
  speakerElsewhere: 0.3,
  /** How many quotes of one story come before other stories' quotes. */
  maxPerStory: 2,
  /** Whether a place asked about that a passage's article names only in passing, under a title about another place, is not the article's. */
  sideMentionedPlace: 1,
};
/** A story's quotes past RANKING.maxPerStory come after other stories' quotes, unless those score less than this share of theirs… */
const DEFERRED_SHARE = 0.5;
/** …and are left out below this share of the best answer's score. */
const DEFERRED_FLOOR = 0.3;
/** How much less of the question the original's passage may cover and still be quoted before a copy's. */
const ORIGINAL_SLACK = 0.1;
/** A focus word in more passages than this (or 2 % of the index) is too common to decide which articles answer. */
const FOCUS_ARTICLES_LIMIT = 200;
/** An anchor term in more passages than this (or 5 % of the index) is not looked up article by article. */
const ANCHOR_ARTICLES_LIMIT = 2000;
const MAX_CANDIDATES = 100;
/** Concepts a "when" question asks with and its answer need not repeat: an event's start or end, and the unit the date is asked in ("what year", "bulan apa"). */
const ASKED_WITH_WHEN = new Set(['syn-begin', 'syn-beginning', 'syn-end', 'syn-continue', 'syn-resume', 'syn-year', 'syn-month', 'syn-week']);
/** The glossary's kinds of war things ("drones", "mobilisation"); not places or people, whom an asker may cite as a source. */
const ABSENT_THINGS = new Set(['weapon', 'unit', 'term']);

/** Month names by month (0-based), English and Indonesian ("may" is a stopword, so not one). */
const MONTH_NAMES = [['january', 'januari'], ['february', 'februari'], ['march', 'maret'], ['april'], ['may', 'mei'], ['june', 'juni'], ['july', 'juli'], ['august', 'agustus'], ['september'], ['october', 'oktober'], ['november'], ['december', 'desember']];
let monthTerms: Map<string, number> | undefined;
/** The month an index term names, if it names one. */
function monthOf(term: string): number | undefined {
  monthTerms ??= new Map(MONTH_NAMES.flatMap((names, month) => names.flatMap((name) => ['en', 'id'].flatMap((lang) => analyzeWord(name, lang).map((t) => [t, month] as const)))));
  return monthTerms.get(term);
}
const DAY_MS = 86_400_000;

export interface Snippet {
  passage: Passage;
  /** The cited article's facts; its body is left out (`text` is empty): the quote is what is shown. */
  article: Article;
  quote: Quote;
  score: number;
  coverage: number;
  /** Other copies of the story (syndicated or near-duplicate), the original first. */
  alsoIn: Article[];
}

export interface AskOptions extends SearchFilters {
  question: string;
  limit?: number;
  offset?: number;
  now?: Date;
  /** Include articles that are not about the war. */
  all?: boolean;
}

export interface AskResult {
  snippets: Snippet[];
  /** How many snippets there are in all, for paging. */
  total: number;
  plan: QueryPlan;
  /** When nothing was found: words and topics that do occur in the index. */
  suggestions: string[];
}

export interface Ranked {
  hit: PassageHit;
  /** The story the passage's article belongs to: its cluster (with copies and near-duplicates). */
  story: string;
  coverage: number;
  score: number;
  matched: Set<string>;
}

export interface AskDeps {
  index: PassageIndex;
  store: ArticleStore;
  glossary: Glossary;
  /** Passages an admin hid from answers after a report that they were wrong. */
  hiddenPassages?(): Set<number>;
}

/** A gentle lift for recent, dated reporting; undated articles are neither lifted nor pushed down. */
export function recencyBoost(time: number, dated: boolean, now: number): number {
  if (!dated) return 1;
  const ageDays = Math.max(0, (now - time) / DAY_MS);
  return 1 + 0.15 * 0.5 ** (ageDays / 30);
}

export function planFor(deps: AskDeps, question: string): QueryPlan {
  return planQuery(question, {
    glossary: deps.glossary,
    documentCount: deps.index.size,
    documentFrequency: (t) => deps.index.documentFrequency(t),
    spellings: (t) => deps.index.spellings(t),
  });
}

/** A term of the asker's own in more than this share of passages says little and costs much: it is not searched for… */
export const COMMON_SHARE = 0.01;
/** …nor an expansion (a glossary alias, a translation) in more than this share. */
export const COMMON_EXPANSION_SHARE = 0.002;
/** …unless the question has no rarer term that occurs; then its rarest terms are searched. */
const FALLBACK_TERMS = 3;

/**
 * Which of the plan's terms to search for. MiniSearch scores every passage
 * holding a query term, so a term in a hundredth of the index costs more than
 * all the rare ones together while hardly changing the order. Such terms are
 * not searched, but they still count: each hit is checked for them (`holds`)
 * when its coverage of the question is measured.
 */
export function splitCommonTerms(deps: AskDeps, plan: QueryPlan): { searched: string[] } {
  const n = deps.index.size;
  const df = plan.documentFrequency;
  const limit = (term: string) => Math.max(n * (plan.weights.get(term)! >= 1 ? COMMON_SHARE : COMMON_EXPANSION_SHARE), 50);
  // A term weighed 0 (a longer form of a name the asker typed) only covers, never scores.
  let searched = plan.terms.filter((t) => plan.weights.get(t)! > 0 && df.get(t)! <= limit(t));
  if (!searched.some((t) => df.get(t)! > 0)) {
    const rarest = plan.terms.filter((t) => df.get(t)! > 0).sort((a, b) => df.get(a)! - df.get(b)!).slice(0, FALLBACK_TERMS);
    searched = [...searched, ...rarest];
  }
  return { searched };
}

/** Candidate passages that answer enough of the question, from articles about the war (unless `all`), best first. */
export function rankPassages(deps: AskDeps, plan: QueryPlan, filters: SearchFilters & { all?: boolean }, now: Date): Ranked[] {
  // What the question asks for ("which hotel…") must be named in the answer's article. Said in no way
  // the news holds, nothing answers — unless Sitrep knows no other way to say it (the news may use a synonym).
  const focus = plan.concepts.find((c) => c.focus && c.role === 'content');
  const namedOtherwise = focus?.which !== undefined && plan.concepts[focus.which].documentFrequency > 0;
  if (focus?.documentFrequency === 0 && focus.reworded && !focus.verb && !namedOtherwise) return [];
  if (RANKING.absentThingNothing && plan.concepts.some((c) => c.role === 'content' && c.documentFrequency === 0 && ABSENT_THINGS.has(c.kind ?? ''))) return [];
  // "kapan jenazah tawanan olenivka dipulangkan": a "when" asked of a thing Sitrep knows several ways of saying, none of them in any passage, is of something the news does not tell.
  // (Not a verb of when it began or ended: "kapan mulai…" is told by the date alone.)
  if (RANKING.absentWhenNothing && plan.answerKind === ANSWER_KIND.date && plan.concepts.some((c) => c.role === 'content' && c.documentFrequency === 0 && c.fromGlossary && c.reworded && !ASKED_WITH_WHEN.has(c.conceptId ?? ''))) return [];
  // Asked in an everyday word no article uses and Sitrep knows no other word for ("lenders"), the thing may
  // be told in a word it does not know ("banks"): it ranks, it does not rule out. A name no article holds still does.
  const wordedUnknown = focus?.documentFrequency === 0 && !focus.reworded && focus.label.split(' ').every(isDictionaryWord);
  const namesFocus = focus && !focus.verb && !wordedUnknown && articleNamingAny(deps, focus.coverage, Math.max(FOCUS_ARTICLES_LIMIT, deps.index.size * 0.02));
  // "berapa duit buat bersihin ranjau": a weapon asked about is what the answer tells of; an article that never
  // names it (a World Bank report's rebuilding bill) answers something else.
  const weaponNamers = RANKING.askedWeaponRequired
    ? plan.concepts
        .filter((c) => c.role === 'content' && c.fromGlossary && c.kind === 'weapon' && c.documentFrequency > 0)
        .map((c) => articleNamingAny(deps, c.coverage, Math.max(FOCUS_ARTICLES_LIMIT, deps.index.size * 0.02)))
        .filter((names) => names !== undefined)
    : [];
  const { searched } = splitCommonTerms(deps, plan);
  const hits = deps.index.search({ terms: searched, weights: plan.weights, documentFrequency: plan.documentFrequency, filter: passageFilter(filters), limit: MAX_CANDIDATES });
  // Every term a hit does not hold itself is looked for in its article (and the common terms not searched, in the hit).
  const searchedTerms = new Set(searched);
  const holders = plan.terms.filter((t) => plan.documentFrequency.get(t)!).map((term) => [term, deps.index.holderOf(term), searchedTerms.has(term)] as const);
  // A concept a hit's own text says in full (an alias of credit 1, every word) is covered: its other ways of
  // being said need not be looked for in the hit or its article ("tewas" said, not its thirty translations).
  const wholeAliases = plan.concepts.map((c) => (c.role === 'framing' ? [] : c.coverage.filter((_, i) => c.credits[i] === 1)));
  const conceptsOfTerm = new Map<string, number[]>();
  plan.concepts.forEach((c, i) => {
    for (const term of new Set(c.coverage.flat())) {
      if (!conceptsOfTerm.has(term)) conceptsOfTerm.set(term, []);
      conceptsOfTerm.get(term)!.push(c.role === 'framing' ? -1 : i);
    }
  });
  const saidInFull = (places: MatchedTerms) => wholeAliases.map((aliases) => aliases.some((alias) => alias.every((t) => places.get(t) === 'text')));
  const alreadyCovered = (term: string, covered: boolean[]) => conceptsOfTerm.get(term)?.every((i) => i >= 0 && covered[i]) ?? false;
  // An anchor the article names only further down ("Ukraine's army…" in its fourth paragraph) is still
  // what the article is about: the articles naming each anchor term anywhere, when it is rare enough to list.
  // Looked up only for a term some hit lacks, once per question.
  const anchorTerms = RANKING.anchorAnywhere
    ? plan.concepts
        .filter((c) => c.role === 'anchor')
        .flatMap((c) => c.coverage.filter((alias) => alias.length <= 2).flat())
        .filter((term, i, all) => plan.documentFrequency.get(term) && all.indexOf(term) === i)
    : [];
  const anchorHolders = new Map<string, ((id: number, ord: number) => boolean) | undefined>();
  const articleNames = (term: string, hit: PassageHit) => {
    if (!anchorHolders.has(term)) anchorHolders.set(term, deps.index.articleHolder(term, Math.max(ANCHOR_ARTICLES_LIMIT, deps.index.size * 0.05)));
    return anchorHolders.get(term)?.(hit.id, hit.ord) ?? false;
  };
  const anchored = plan.concepts.some((c) => c.role === 'anchor');
  const years = plan.terms.filter((t) => /^(?:19|20)\d\d$/.test(t)).map((t) => [t, Number(t)] as const);
  const months = plan.terms.flatMap((t) => {
    const month = monthOf(t);
    return month === undefined ? [] : [[t, month] as const];
  });
  // "26 oktober": a day of the month, asked with its month, is the article's own when it was published that day or the next.
  const days = months.length
    ? plan.concepts.flatMap((c) => (c.number && /^\d{1,2}$/.test(c.label) && Number(c.label) >= 1 && Number(c.label) <= 31 ? [[c.coverage[0][0], Number(c.label)] as const] : []))
    : [];
  const placeAnchors = RANKING.sideMentionedPlace ? plan.concepts.filter((c) => c.role === 'anchor' && c.kind && PLACE_KIND_GROUP[c.kind]) : [];
  const titlePlaces = new Map<string, Set<string>>();
  const titleNamesPlace = (articleId: string, group: string) => {
    if (!titlePlaces.has(articleId)) titlePlaces.set(articleId, placeGroupsOfTitle(deps, articleId));
    return titlePlaces.get(articleId)!.has(group);
  };
  const n = deps.index.size;
  const idfOf = (term: string) => bm25Idf(n, plan.documentFrequency.get(term)!);
  const ranked: Ranked[] = [];
  for (const hit of hits) {
    // A question asking a price or a share is answered only by a passage stating one.
    if (RANKING.measureRequired && plan.measure && !(hit.kinds & plan.measure)) continue;
    if (RANKING.countRequired && plan.answerKind === ANSWER_KIND.number && !(hit.kinds & (plan.countAsked ? ANSWER_KIND.count : ANSWER_KIND.number))) continue;
    if (RANKING.durationRequired && plan.answerKind === ANSWER_KIND.duration && !(hit.kinds & ANSWER_KIND.duration)) continue;
    if (RANKING.dateRequired && plan.answerKind === ANSWER_KIND.date && !(hit.kinds & (ANSWER_KIND.date | ANSWER_KIND.clock))) continue;
    const places: MatchedTerms = new Map();
    placesOf(hit, places);
    // Terms found only elsewhere in the article score as a context-field match would (BM25 at one occurrence ≈ idf).
    let articleScore = 0;
    const covered = saidInFull(places);
    for (const [term, holds, wasSearched] of holders) {
      if (places.has(term) || alreadyCovered(term, covered)) continue;
      // A searched term the hit did not match is in none of its own fields: only its article's lead may hold it.
      const place = holds(hit.id, hit.ord, wasSearched, hit.shortId);
      if (!place) continue;
      places.set(term, place);
      if (place === 'article') articleScore += FIELD_BOOST.context * plan.weights.get(term)! * idfOf(term);
    }
    for (const term of anchorTerms) if (!places.has(term) && !alreadyCovered(term, covered) && articleNames(term, hit)) places.set(term, 'body');
    // "Oslo's airport was closed too", in a story headed by Copenhagen's: its count of cancelled flights is Copenhagen's.
    for (const anchor of placeAnchors) {
      const terms = anchor.coverage.flat();
      if (terms.some((t) => places.get(t) === 'body') && !terms.some((t) => places.get(t) === 'text' || places.get(t) === 'article') && titleNamesPlace(hit.articleId, PLACE_KIND_GROUP[anchor.kind!])) {
        for (const t of terms) if (places.get(t) === 'body') places.delete(t);
      }
    }
    // A year asked about ("april 2025") is the article's own when it was published then.
    for (const [term, year] of years) if (!places.has(term) && hit.dated && new Date(hit.time).getUTCFullYear() === year) places.set(term, 'article');
    // An undated article may be of the year asked, though it does not say: it is not ruled out, but counts less.
    for (const [term] of years) if (!places.has(term) && !hit.dated) places.set(term, 'undated');
    // So is a month asked about ("the july round"): the story says "Rabu (23/7)", its date says July.
    for (const [term, month] of months) if (!places.has(term) && hit.dated && new Date(hit.time).getUTCMonth() === month) places.set(term, 'article');
    for (const [term, day] of days) if (!places.has(term) && hit.dated && publishedOn(hit.time, day, months)) places.set(term, 'article');
    // …and an undated article may be of that day too ("tgl 22 juni": "On Saturday, guided bombs struck…").
    for (const [term] of days) if (!places.has(term) && !hit.dated) places.set(term, 'undated');
    if (RANKING.monthsRequired && months.length && hit.dated && !months.some(([term]) => places.has(term))) continue;
    if (weaponNamers.some((names) => !names(hit))) continue;
    const { all: coverage, anchors, ownText, focus, numberMissing } = coverageOf(plan, places);
    // "How many soldiers were killed": a passage giving a count of soldiers is no answer unless it tells of their
    // killing, in its own words; "when did russia capture pokrovsk": none is unless it or its article tells of a capture.
    if (RANKING.askedEventRequired && plan.askedEvent && !tellsOf(plan.askedEvent, places, plan.answerKind === ANSWER_KIND.number, (term) => articleNames(term, hit))) continue;
    // A passage stating the measure asked for ("jam berapa": a time of day; "brp hari": a length of time)
    // answers that part itself, though its subject is named only in the sentence before.
    const statesMeasure = (plan.measure !== 0 && (hit.kinds & plan.measure) !== 0) || (plan.answerKind === ANSWER_KIND.duration && (hit.kinds & ANSWER_KIND.duration) !== 0);
    if (!(ownText || statesMeasure) || (RANKING.numbersRequired && numberMissing) || anchors < RANKING.minAnchorCoverage || coverage < (anchored ? RANKING.minCoverage : RANKING.minCoverageWithoutAnchors)) continue;
    const matched = new Set([...places].filter(([, place]) => place === 'text').map(([term]) => term));
    const kindBoost = (plan.answerKind && hit.kinds & plan.answerKind) || (plan.placeAsked && hit.kinds & ANSWER_KIND.place) ? 1 + RANKING.answerKindBoost : 1;
    const speaker = plan.answerKind === ANSWER_KIND.statement && focus < 1 && plan.concepts.some((c) => c.focus) ? RANKING.speakerElsewhere : 1;
    ranked.push({ hit, coverage, matched, story: hit.story ?? hit.articleId, score: (hit.score + articleScore) * coverage ** RANKING.coveragePower * (1 + RANKING.focusBoost * focus) * kindBoost * speaker * recencyBoost(hit.time, hit.dated, now.getTime()) });
  }
  if (!ranked.length) return [];
  if (namesFocus) {
    // No answer's article names the thing asked for: the news does not hold it. Others rank below those that do.
    const which = focus!.which === undefined ? undefined : plan.concepts[focus!.which];
    const naming = ranked.map((r) => namesFocus(r.hit) || (which?.coverage.some((alias) => alias.every((t) => r.matched.has(t))) ?? false));
    if (!naming.includes(true)) return [];
    ranked.forEach((r, i) => {
      if (!naming[i]) r.score *= RANKING.focusMissing;
    });
  }
  const best = Math.max(...ranked.map((r) => r.coverage));
  return ranked.filter((r) => r.coverage >= best - RANKING.coverageSlack).sort((a, b) => b.score - a.score);
}

/** Kinds of glossary concept naming a place, by what they are: a country and its capital are one. */
const PLACE_KIND_GROUP: Record<string, string> = { place: 'place', country: 'country', [NATION_KIND]: 'country' };
/** The kinds of place (PLACE_KIND_GROUP) an article's title names. */
function placeGroupsOfTitle(deps: AskDeps, articleId: string): Set<string> {
  const article = deps.store.articles([articleId], { text: false }).get(articleId);
  const groups = new Set<string>();
  if (!article) return groups;
  for (const { concept } of deps.glossary.match(words(article.title), article.lang)) {
    if (PLACE_KIND_GROUP[concept.kind]) groups.add(PLACE_KIND_GROUP[concept.kind]);
  }
  return groups;
}

/** Where the hit holds each term it matched: its text, or only its article's other fields. */
function placesOf({ searchedTerms, termFields }: SearchedHit, places: MatchedTerms): void {
  for (let t = 0; t < searchedTerms.length; t++) {
    const mask = termFields[t];
    if (mask && !places.has(searchedTerms[t])) places.set(searchedTerms[t], mask & TEXT_FIELD_BIT ? 'text' : 'article');
  }
}

/** Whether a time is on a day of one of the months (0-based), or the day after (news of a night is published the next morning). */
function publishedOn(time: number, day: number, months: readonly (readonly [string, number])[]): boolean {
  return [0, -DAY_MS].some((shift) => {
    const date = new Date(time + shift);
    return date.getUTCDate() === day && months.some(([, month]) => date.getUTCMonth() === month);
  });
}

/** Whether a passage (`ownWords`: in its own text), or else its article, says a concept in one of its ways whole. */
function tellsOf(concept: QueryConcept, places: MatchedTerms, ownWords: boolean, articleNames: (term: string) => boolean): boolean {
  if (concept.coverage.some((alias) => alias.every((t) => (ownWords ? places.get(t) === 'text' : places.has(t))))) return true;
  // "kapan … uu usia mobilisasi": the article telling of the mobilisation further down tells of it too.
  return !ownWords && concept.coverage.some((alias) => alias.length === 1 && articleNames(alias[0]));
}

/**
 * Whether a passage's article names a concept in one of its ways of saying it — an alias of
 * several words with all of them ("duta besar": not every article saying "besar") — or
 * undefined when one way is too common to look up.
 */
function articleNamingAny(deps: AskDeps, coverage: string[][], limit: number): ((hit: PassageHit) => boolean) | undefined {
  // A word several aliases share ("peluru" in "peluru artileri", "peluru meriam") is looked up once.
  const holders = new Map<string, ((id: number, ord: number) => boolean) | undefined>();
  const holderOf = (term: string) => {
    if (!holders.has(term)) holders.set(term, deps.index.articleHolder(term, limit));
    return holders.get(term);
  };
  const aliases: ((id: number, ord: number) => boolean)[][] = [];
  for (const alias of coverage) {
    // A word too common to look up narrows nothing: the alias's other words decide.
    const listed = alias.map(holderOf).filter((h) => h !== undefined);
    if (!listed.length) return undefined;
    aliases.push(listed);
  }
  return (hit) => aliases.some((alias) => alias.every((holds) => holds(hit.id, hit.ord)));
}

export function storyOf(article: Article): string {
  return article.clusterId ?? article.id;
}

/** Within one story quoted from several articles, the original's passages first when they answer about as well as a copy's. */
function originalFirst(hits: Ranked[], originalId: string | undefined): Ranked[] {
  if (!originalId) return hits;
  const top = hits[0].coverage;
  const fromOriginal = hits.filter((r) => r.hit.articleId === originalId && r.coverage >= top - ORIGINAL_SLACK);
  return [...fromOriginal, ...hits.filter((r) => !fromOriginal.includes(r))];
}

export function ask(deps: AskDeps, options: AskOptions): AskResult {
  const now = options.now ?? new Date();
  const limit = options.limit ?? 5;
  const offset = options.offset ?? 0;
  const plan = planFor(deps, options.question);
  const hidden = deps.hiddenPassages?.();
  const ranked = attributed(deps, plan, rankPassages(deps, plan, options, now).filter((r) => !hidden?.has(r.hit.id)));
  if (!ranked.length) {
    return { snippets: [], total: 0, plan, suggestions: suggestionsFor(deps, plan, options.question) };
  }

  const chosen = collapseStories(deps, ranked);
  const snippets = snippetsOf(deps, chosen.slice(offset, offset + limit));
  return { snippets, total: chosen.length, plan, suggestions: [] };
}

/** How many of the best answers to "what did X say" are read for X's words. */
const SPEAKER_READ = 20;

/**
 * The answers to a question asking someone's words ("what did the kremlin say"): those giving words of
 * theirs first, the others counting RANKING.speakerElsewhere as much; none when no answer gives their words.
 */
function attributed(deps: AskDeps, plan: QueryPlan, ranked: Ranked[]): Ranked[] {
  const at = plan.concepts.findIndex((c) => c.focus);
  if (plan.answerKind !== ANSWER_KIND.statement || at < 0 || !ranked.length) return ranked;
  // The speaker as named ("wamenlu ukraina", "pemerintah indonesia": with the state after it), in its own ways of
  // saying it, and a capital's as its state's ("what did kyiv say": "Ukraina … menyebut"); not a translation's
  // looser senses.
  const named = [plan.concepts[at], ...(plan.concepts[at + 1]?.role === 'anchor' ? [plan.concepts[at + 1]] : [])];
  const aliases = named.flatMap((c) => c.coverage.filter((_, i) => c.credits[i] >= CREDIT.capitalAsState));
  const read = ranked.slice(0, SPEAKER_READ);
  const passages = deps.store.passages(read.flatMap((r) => [r.hit.id, r.hit.id - 1]));
  const spoken = read.filter((r) => {
    const passage = passages.get(r.hit.id);
    const previous = passages.get(r.hit.id - 1);
    const text = previous && previous.articleId === passage?.articleId ? `${previous.text} ${passage.text}` : (passage?.text ?? '');
    return spokenBy(text, r.hit.lang, aliases);
  });
  if (!spoken.length) return [];
  for (const r of ranked) if (!spoken.includes(r)) r.score *= RANKING.speakerElsewhere;
  return ranked.sort((a, b) => b.score - a.score);
}

/**
 * The answers, in order: each story once, its original's passages first, at
 * most RANKING.maxPerStory quotes from it, and no quote twice. Worked out from the
 * index's facts (story, quote hash); the store is asked only for the original
 * of a story quoted from several articles.
 */
export function collapseStories(deps: AskDeps, ranked: Ranked[]): Ranked[] {
  const stories = new Map<string, Ranked[]>();
  for (const r of ranked) {
    const hits = stories.get(r.story);
    if (hits) hits.push(r);
    else stories.set(r.story, [r]);
  }
  const severalArticles = [...stories].filter(([, hits]) => hits.some((r) => r.hit.articleId !== hits[0].hit.articleId)).map(([story]) => story);
  const originals = severalArticles.length ? deps.store.clusterOriginals(severalArticles) : new Map<string, string>();
  const chosen: Ranked[] = [];
  const deferred: Ranked[] = [];
  const quotes = new Set<number>();
  for (const [story, hits] of stories) {
    let taken = 0;
    for (const r of originalFirst(hits, originals.get(story))) {
      if (quotes.has(r.hit.quote)) continue;
      quotes.add(r.hit.quote);
      (taken++ < RANKING.maxPerStory ? chosen : deferred).push(r);
    }
  }
  // A story holding many of the best quotes keeps them, after the other stories' comparable ones;
  // where other stories answer too, its weaker quotes are left out (the answers are the best quotes,
  // not every mention of one story).
  const top = chosen[0]?.score ?? 0;
  const othersAnswer = stories.size > 1;
  for (const r of deferred) {
    // It goes after its own story's quotes, before the first quote it beats by far…
    let after = chosen.length;
    while (after > 0 && chosen[after - 1].story !== r.story) after--;
    const found = chosen.slice(after).findIndex((c) => c.score < r.score * DEFERRED_SHARE);
    const at = found < 0 ? -1 : after + found;
    // …and is left out when it beats none and is weak beside the best answer.
    if (othersAnswer && r.score < top * DEFERRED_FLOOR && at < 0) continue;
    chosen.splice(at < 0 ? chosen.length : at, 0, r);
  }
  return chosen;
}

/** The quote of a passage; one that leans on the sentence before it ("It has a range of…") starts with that sentence. */
function quoteOf(passage: Passage, previous: Passage | undefined, lang: string, matched: Set<string>, articleText: () => string): Quote {
  const quote = quotePassage(passage.text, lang, matched);
  const startsPassage = passage.text.startsWith(quote.text.slice(0, 40));
  if (!previous || previous.articleId !== passage.articleId || previous.ord !== passage.ord - 1 || !startsPassage || !leansOnPrevious(quote.text)) return quote;
  return withPreviousSentence(quote, previous.text, lang, matched, articleText()) ?? quote;
}

/** A page of answers as snippets: their passages, articles and stories' other members, read from the store. */
function snippetsOf(deps: AskDeps, page: Ranked[]): Snippet[] {
  // Each passage and the one before it (an article's passages have consecutive ids).
  const passages = deps.store.passages(page.flatMap((r) => [r.hit.id, r.hit.id - 1]));
  const shown = new Set(page.map((r) => r.hit.id));
  // A story's members include the article itself (older articles without a story are read alone).
  const clusters = deps.store.clusters(page.map((r) => r.story), { text: false });
  const memberOf = (r: Ranked) => clusters.get(r.story)?.find((m) => m.id === r.hit.articleId);
  const unclustered = page.filter((r) => !memberOf(r)).map((r) => r.hit.articleId);
  const articles = unclustered.length ? deps.store.articles(unclustered, { text: false }) : new Map<string, Article>();
  const snippets: Snippet[] = [];
  for (const r of page) {
    const passage = passages.get(r.hit.id);
    const article = memberOf(r) ?? articles.get(r.hit.articleId);
    if (!passage || !article) continue;
    snippets.push({
      passage,
      article,
      quote: quoteOf(passage, shown.has(r.hit.id - 1) ? undefined : passages.get(r.hit.id - 1), article.lang, r.matched, () => deps.store.article(article.id)?.text ?? ''),
      score: r.score,
      coverage: r.coverage,
      alsoIn: (clusters.get(r.story) ?? []).filter((m) => m.id !== article.id),
    });
  }
  return snippets;
}
