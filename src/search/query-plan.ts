import { analyzeText, analyzeWord, isCompound } from '../text/analyze.ts';
import type { Glossary } from '../text/glossary.ts';
import { isStopword } from '../text/stopwords.ts';
import { words } from '../text/tokenize.ts';

/** How much a term found by expansion counts against the asker's own words. */
export const WEIGHTS = { own: 1, compoundPart: 0.5, glossary: 0.55, lexicon: 0.3 } as const;

/** One thing the question asks about: a word, a name, or a glossary concept. */
export interface QueryConcept {
  /** The question's words that named it. */
  label: string;
  /** Terms that, found in a passage, mean it is covered; an alias of several words must match whole. */
  coverage: string[][];
  /** Rarer concepts count for more when deciding whether a passage answers the question. */
  weight: number;
}

export interface QueryPlan {
  terms: string[];
  weights: Map<string, number>;
  /** In how many passages each term occurs, looked up once per question. */
  documentFrequency: Map<string, number>;
  concepts: QueryConcept[];
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
    const parts = [...new Set([...en.slice(1), ...id.slice(1)])];
    return { whole: whole ? [whole] : [], parts };
  }
  return { whole: [...new Set([...en, ...id])], parts: [] };
}

function isQuestionStopword(word: string): boolean {
  const lower = word.toLowerCase();
  return isStopword(lower, 'en') || isStopword(lower, 'id');
}

export interface PlanContext {
  glossary: Glossary;
  documentFrequency(term: string): number;
  documentCount: number;
}

export function planQuery(question: string, context: PlanContext): QueryPlan {
  const tokens = words(question);
  const weights = new Map<string, number>();
  const addTerm = (term: string, weight: number) => weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  const drafts: { label: string; coverage: string[][] }[] = [];

  const matches = context.glossary.match(tokens);
  let next = 0;
  const plainWords = (from: number, to: number) => {
    for (const word of tokens.slice(from, to)) {
      if (isQuestionStopword(word)) continue;
      const own = ownTermsOf(word);
      if (!own.whole.length) continue;
      own.whole.forEach((t) => addTerm(t, WEIGHTS.own));
      own.parts.forEach((t) => addTerm(t, WEIGHTS.compoundPart));
      const coverage: (readonly string[])[] = own.whole.map((t) => [t]);
      for (const alias of context.glossary.translate(word)) {
        const terms = aliasTerms(alias.text, alias.lang);
        if (!terms.length) continue;
        terms.forEach((t) => addTerm(t, WEIGHTS.lexicon));
        coverage.push(terms);
      }
      drafts.push({ label: word, coverage: dedupe(coverage) });
    }
  };
  for (const match of matches) {
    plainWords(next, match.start);
    next = match.end;
    const named = tokens.slice(match.start, match.end);
    const coverage: (readonly string[])[] = [];
    for (const word of named) {
      const own = ownTermsOf(word);
      own.whole.forEach((t) => addTerm(t, WEIGHTS.own));
      own.parts.forEach((t) => addTerm(t, WEIGHTS.compoundPart));
    }
    const phrase = named.join(' ');
    for (const lang of ['en', 'id']) {
      const ownPhrase = aliasTerms(phrase, lang);
      if (ownPhrase.length) coverage.push(ownPhrase);
    }
    for (const alias of context.glossary.aliasesOf(match.concept)) {
      const terms = aliasTerms(alias.text, alias.lang);
      if (!terms.length) continue;
      terms.forEach((t) => addTerm(t, WEIGHTS.glossary));
      coverage.push(terms);
    }
    if (coverage.length) drafts.push({ label: phrase, coverage: dedupe(coverage) });
  }
  plainWords(next, tokens.length);

  const n = Math.max(context.documentCount, 1);
  const documentFrequency = new Map([...weights.keys()].map((t) => [t, context.documentFrequency(t)]));
  const df = (alias: readonly string[]) => Math.min(...alias.map((t) => documentFrequency.get(t)!));
  const concepts = drafts.map((d) => {
    // A concept occurs about as often as its most common way of being said; common
    // concepts count for less, and a word found nowhere counts fully, so a
    // question about an unknown subject is not answered by its other words.
    const conceptDf = Math.min(n, Math.max(...d.coverage.map(df)));
    return { label: d.label, coverage: d.coverage, weight: Math.log(1 + (n - conceptDf + 0.5) / (conceptDf + 0.5)) };
  });
  return { terms: [...weights.keys()], weights, documentFrequency, concepts };
}

function dedupe(aliases: (readonly string[])[]): string[][] {
  const seen = new Set<string>();
  return aliases.filter((alias) => !seen.has(alias.join(' ')) && seen.add(alias.join(' '))) as string[][];
}

/**
 * The share of the question's weight that a passage's matched terms cover (0–1).
 * A concept counts by its best-matched way of being said; an alias of several
 * words counts in part ("peluru" for "peluru artileri").
 */
export function coverageOf(plan: QueryPlan, matched: Set<string>): number {
  let total = 0;
  let covered = 0;
  for (const concept of plan.concepts) {
    total += concept.weight;
    let best = 0;
    for (const alias of concept.coverage) {
      let found = 0;
      for (const term of alias) if (matched.has(term)) found++;
      best = Math.max(best, found / alias.length);
      if (best === 1) break;
    }
    covered += concept.weight * best;
  }
  return total ? covered / total : 0;
}
