import type { Glossary } from './glossary.ts';
import { words } from './tokenize.ts';
import { NATION_KIND } from './world.ts';

/** How strongly a mention of each kind of concept says "this is about the war". */
const KIND_WEIGHTS: Record<string, number> = {
  weapon: 1,
  unit: 1,
  event: 1,
  place: 0.8,
  organization: 0.6,
  person: 0.6,
  country: 0.4,
  term: 0.4,
  // Everyday words ("injured", "residents"): they say nothing of whether a text is about the war.
  synonym: 0,
  // The world list's countries and capitals, far from the war: naming Mongolia says nothing of it.
  [NATION_KIND]: 0,
};

/** Articles scoring below this stay in the store but out of answers and briefings (unless asked for). */
export const RELEVANCE_THRESHOLD = 1.5;
const MAX_WORDS = 3000;

/**
 * The conflict relevance of a text: the weighted count of distinct glossary
 * concepts it names. A general-news story may name a country or a leader;
 * a war story names weapons, units, front-line places and war events.
 */
export function conflictRelevance(glossary: Glossary, text: string, lang?: string): number {
  const concepts = new Map<string, string>();
  for (const match of glossary.match(words(text).slice(0, MAX_WORDS), lang)) concepts.set(match.concept.id, match.concept.kind);
  let score = 0;
  for (const kind of concepts.values()) score += KIND_WEIGHTS[kind] ?? 0.4;
  return Math.round(score * 10) / 10;
}

export function isAboutTheWar(relevance: number | undefined): boolean {
  // Articles stored before relevance was scored count as relevant.
  return relevance === undefined || relevance >= RELEVANCE_THRESHOLD;
}
