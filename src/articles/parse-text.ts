import type { ArticleDraft } from './article.ts';

/** Plain text (the seed's form): the whole file is the story; conventions are applied later. */
export function parseText(content: string): ArticleDraft[] {
  return [{ text: content }];
}
