import { createRequire } from 'node:module';
import { normalizeWord } from './analyze.ts';
import { englishBase } from './english-forms.ts';
import { stem } from './stem.ts';

const require = createRequire(import.meta.url);

// WordNet's English words (through wink-lexicon) and the Indonesian stemmer's
// root dictionary (kata dasar, shipped with natural): loaded at the first question.
let english: Record<string, unknown> | undefined;
let indonesian: Set<string> | undefined;

/** Candidate dictionary forms of an inflected English word (killed → kill, strikes → strike). */
export function englishForms(word: string): string[] {
  const forms = [word];
  const add = (f: string) => f.length > 2 && !forms.includes(f) && forms.push(f);
  add(englishBase(word));
  if (word.endsWith('ies')) add(word.slice(0, -3) + 'y');
  if (word.endsWith('es')) add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1));
  if (word.endsWith('ied')) add(word.slice(0, -3) + 'y');
  if (word.endsWith('ed')) {
    add(word.slice(0, -2));
    add(word.slice(0, -1));
    if (/(.)\1ed$/.test(word)) add(word.slice(0, -3));
  }
  if (word.endsWith('ing')) {
    add(word.slice(0, -3));
    add(word.slice(0, -3) + 'e');
    if (/(.)\1ing$/.test(word)) add(word.slice(0, -4));
  }
  return forms;
}

/**
 * Whether a word is an everyday English or Indonesian word rather than a
 * name: a question's word no dictionary knows ("Pokrovsk", "Grossi") is what
 * the question is about.
 */
export function isDictionaryWord(word: string): boolean {
  const normal = normalizeWord(word);
  english ??= require('wink-lexicon/src/wn-words.js') as Record<string, unknown>;
  indonesian ??= new Set((require('natural/lib/natural/stemmers/indonesian/stemmer_id.js') as { dictionary: string[] }).dictionary);
  // An irregular form ("went", "fled") is a word WordNet knows, whether or not it lists the base.
  if (englishBase(normal) !== normal || englishForms(normal).some((form) => Object.hasOwn(english!, form))) return true;
  return indonesian.has(normal) || indonesian.has(stem(normal, 'id'));
}
