import type { ArticleDraft } from '../articles/article.ts';
import { type BuiltArticle, buildArticle } from '../articles/build.ts';
import { passageContexts } from '../search/context.ts';
import { type AnalyzedPassage, analyzeArticleFields, analyzePassage } from '../search/passage-index.ts';
import { GLOSSARY_FILE, LEXICON_FILE, NEWS_LEXICON_FILE, SYNONYMS_FILE } from '../config.ts';
import { type Concept, Glossary } from '../text/glossary.ts';
import { conflictRelevance } from '../text/relevance.ts';

/** An article ready to be stored and indexed: everything ingest decides from its text alone. */
export interface PreparedArticle {
  built: BuiltArticle;
  /** One per passage of `built`, in order. */
  analyses: AnalyzedPassage[];
}

/**
 * Builds an article from a draft, scores its conflict relevance and analyzes
 * its passages: the part of ingest that needs neither the store nor the
 * index, so that a worker thread can do it (see PreparePool) while the main
 * thread stores and indexes the articles before it. Throws on a draft that
 * cannot be an article.
 */
export function prepareArticle(glossary: Glossary, draft: ArticleDraft, origin: string, now: Date): PreparedArticle {
  const { sentences, ...built } = buildArticle(draft, origin, now);
  const { article } = built;
  // Relevance is judged only in languages the glossary speaks; in others it stays unknown (kept, not hidden).
  if (glossary.speaks(article.lang)) article.relevance = conflictRelevance(glossary, `${article.title}\n${article.text}`, article.lang);
  const contexts = passageContexts(built.passages, article.lang, article.outlet, sentences);
  const facts = { lang: article.lang, outlet: article.outlet, via: article.via, title: article.titleDerived ? undefined : article.title };
  const articleFields = analyzeArticleFields(facts);
  const analyses = built.passages.map((text, i) => analyzePassage(text, { ...facts, context: contexts[i] }, articleFields));
  return { built, analyses };
}

/** Drafts prepared in turn, each to its article or to the reason it cannot be one (a worker's chunk). */
export function prepareEach(glossary: Glossary, items: { draft: ArticleDraft; origin: string; now?: Date }[]): (PreparedArticle | { error: string })[] {
  return items.map(({ draft, origin, now }) => {
    try {
      return prepareArticle(glossary, draft, origin, now ?? new Date());
    } catch (error) {
      return { error: (error as Error).message };
    }
  });
}

/** The bundled glossary, synonyms and lexicons, with the configured concepts: what the engine and each ingest worker judge text by. */
export function loadGlossary(extra: Concept[]): Glossary {
  return Glossary.load([GLOSSARY_FILE, SYNONYMS_FILE], [NEWS_LEXICON_FILE, LEXICON_FILE], extra, { cache: true, world: true });
}
