import { splitSentences } from './sentences.ts';

export const MAX_SENTENCES = 4;
const TARGET_CHARS = 420;

export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/**
 * Cuts an article into passages of 1–4 whole sentences that never cross a
 * paragraph, so each quote reads as the author wrote it.
 */
export function passagesOf(text: string, lang: string): string[] {
  return passageSentencesOf(text, lang).map((sentences) => sentences.join(' '));
}

/** An article's passages (see passagesOf), each as the sentences it is made of. */
export function passageSentencesOf(text: string, lang: string): string[][] {
  const passages: string[][] = [];
  for (const paragraph of paragraphsOf(text)) {
    let current: string[] = [];
    let length = 0;
    const flush = () => {
      if (current.length) passages.push(current);
      current = [];
      length = 0;
    };
    for (const { text: sentence } of splitSentences(paragraph, lang)) {
      const full = current.length >= MAX_SENTENCES || (current.length > 0 && length + sentence.length > TARGET_CHARS);
      if (full) flush();
      current.push(sentence);
      length += sentence.length + 1;
    }
    flush();
  }
  return passages;
}
