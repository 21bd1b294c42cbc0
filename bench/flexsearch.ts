/**
 * FlexSearch (a dev dependency, used only here) over the same passages as
 * Sitrep's index: each passage's text analyzed as Sitrep's index holds it
 * (the same terms), searched with the same terms the bare MiniSearch search
 * gets, as an OR search ("suggest") for the best 100, so the three are
 * timed on one footing in one run.
 */
import { Index } from 'flexsearch';
import type { Passage } from '../src/articles/article.ts';
import { type PassageFacts, toIndexed } from '../src/search/passage-index.ts';

export interface FlexIndex {
  search(terms: string[]): number[];
  size: number;
}

const LIMIT = 100;

export function buildFlexIndex(rows: Iterable<{ passage: Passage } & PassageFacts>): FlexIndex {
  // The text arrives analyzed: FlexSearch's own encoder would stem and fold it a second time.
  const index = new Index({ tokenize: 'strict', encode: (text: string) => (text ? text.split(' ') : []) });
  let size = 0;
  for (const row of rows) {
    const { text } = toIndexed(row.passage, row);
    if (!text) continue;
    index.add(row.passage.id, text);
    size++;
  }
  return {
    size,
    search: (terms) => (terms.length ? (index.search(terms.join(' '), { limit: LIMIT, suggest: true }) as number[]) : []),
  };
}
