import { analyzeWord } from '../text/analyze.ts';
import { tokenize } from '../text/tokenize.ts';
import type { AskDeps } from './ask.ts';
import type { QueryPlan } from './query-plan.ts';
import type { PassageIndex } from './passage-index.ts';
import type { Glossary } from '../text/glossary.ts';
import { NATION_KIND } from '../text/world.ts';

const MAX_SUGGESTIONS = 6;

/** The word as written in an indexed passage for an index term (stems read badly). */
function surfaceOf(deps: AskDeps, term: string): string | undefined {
  const [hit] = deps.index.search({ terms: [term], weights: new Map(), limit: 1 });
  if (!hit) return undefined;
  const passage = deps.store.passage(hit.id);
  if (!passage) return undefined;
  return tokenize(passage.text).find((t) => analyzeWord(t.text, hit.lang).includes(term))?.text;
}

interface TopicTerms {
  name: string;
  /** Each alias's index terms. */
  aliases: string[][];
}

const topicTerms = new WeakMap<Glossary, TopicTerms[]>();
const rankedTopics = new WeakMap<PassageIndex, { size: number; terms: number; names: string[] }>();

function termsOfTopics(glossary: Glossary): TopicTerms[] {
  let topics = topicTerms.get(glossary);
  if (!topics) {
    topics = glossary.concepts.filter((concept) => concept.kind !== 'synonym' && concept.kind !== NATION_KIND).map((concept) => ({
      name: concept.aliases.en?.[0] ?? Object.values(concept.aliases)[0]?.[0] ?? concept.id,
      aliases: Object.entries(concept.aliases).flatMap(([lang, list]) => list.map((alias) => tokenize(alias).flatMap((t) => analyzeWord(t.text, lang)))).filter((a) => a.length),
    }));
    topicTerms.set(glossary, topics);
  }
  return topics;
}

/** Glossary topics by how many passages name them, most first; recomputed only when the index changed. */
function reportedTopics(deps: AskDeps): string[] {
  const cached = rankedTopics.get(deps.index);
  if (cached && cached.size === deps.index.size && cached.terms === deps.index.termCount) return cached.names;
  const names = termsOfTopics(deps.glossary)
    .map((topic) => ({ name: topic.name, frequency: Math.max(0, ...topic.aliases.map((terms) => Math.min(...terms.map((t) => deps.index.documentFrequency(t))))) }))
    .filter((t) => t.frequency > 0)
    .sort((a, b) => b.frequency - a.frequency)
    .slice(0, 20)
    .map((t) => t.name);
  rankedTopics.set(deps.index, { size: deps.index.size, terms: deps.index.termCount, names });
  return names;
}

/**
 * For an unanswered question: indexed words close to the ones asked
 * (MiniSearch auto-suggest), then the most reported glossary topics.
 */
export function suggestionsFor(deps: AskDeps, plan: QueryPlan, question: string): string[] {
  const suggestions: string[] = [];
  const add = (s: string | undefined) => {
    if (s && suggestions.length < MAX_SUGGESTIONS && !suggestions.some((x) => x.toLowerCase() === s.toLowerCase()) && !question.toLowerCase().includes(s.toLowerCase())) suggestions.push(s);
  };
  for (const concept of plan.concepts) {
    const own = concept.coverage[0]?.[0];
    if (!own || own.length < 3) continue;
    for (const term of deps.index.suggest(own, 2)) add(surfaceOf(deps, term));
  }
  for (const topic of reportedTopics(deps)) add(topic);
  return suggestions;
}
