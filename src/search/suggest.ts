import { analyzeWord } from '../text/analyze.ts';
import { tokenize } from '../text/tokenize.ts';
import type { AskDeps } from './ask.ts';
import type { QueryPlan } from './query-plan.ts';

const MAX_SUGGESTIONS = 6;

/** The word as written in an indexed passage for an index term (stems read badly). */
function surfaceOf(deps: AskDeps, term: string): string | undefined {
  const [hit] = deps.index.search({ terms: [term], weights: new Map() });
  if (!hit) return undefined;
  const passage = deps.store.passage(hit.id);
  if (!passage) return undefined;
  return tokenize(passage.text).find((t) => analyzeWord(t.text, hit.lang).includes(term))?.text;
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
  const topics = deps.glossary.concepts
    .map((concept) => {
      const name = concept.aliases.en?.[0] ?? Object.values(concept.aliases)[0]?.[0];
      const frequency = Math.max(
        0,
        ...Object.entries(concept.aliases).flatMap(([lang, list]) =>
          list.map((alias) => {
            const terms = tokenize(alias).flatMap((t) => analyzeWord(t.text, lang));
            return terms.length ? Math.min(...terms.map((t) => deps.index.documentFrequency(t))) : 0;
          }),
        ),
      );
      return { name, frequency };
    })
    .filter((t) => t.name && t.frequency > 0)
    .sort((a, b) => b.frequency - a.frequency);
  for (const topic of topics) add(topic.name);
  return suggestions;
}
