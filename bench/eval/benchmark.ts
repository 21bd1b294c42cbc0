/**
 * The answer-quality benchmark: articles written for the project from facts
 * reported in real news, questions asked as chat users ask them, and the
 * answers' verbatim words. See bench/eval/FORMAT.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export type QuestionKind = 'same' | 'cross' | 'none';
export const KINDS: QuestionKind[] = ['same', 'cross', 'none'];

export interface Expected {
  /** The article's file stem. */
  article: string;
  /** Verbatim words of the article's body that answer the question. */
  text: string;
}

export interface Question {
  id: string;
  q: string;
  lang: string;
  kind: QuestionKind;
  cause: string;
  split: 'tune' | 'holdout';
  answers: Expected[];
}

export interface Benchmark {
  dir: string;
  /** Article files, by stem. */
  articles: Map<string, string>;
  questions: Question[];
}

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/;

/** What a reader sees of an article file: its body without front matter. */
export function bodyOf(content: string): string {
  return content.replace(FRONT_MATTER, '');
}

export const normalizeSpace = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Reads `<dir>/articles` and `<dir>/questions/*.json`, and checks that every answer stands in its article. */
export function loadBenchmark(dir: string): Benchmark {
  const articles = new Map<string, string>();
  for (const file of readdirSync(join(dir, 'articles')).sort()) {
    if (!['.md', '.txt', '.json', '.html'].includes(extname(file))) continue;
    articles.set(basename(file, extname(file)), join(dir, 'articles', file));
  }
  const questions: Question[] = [];
  const ids = new Set<string>();
  for (const file of readdirSync(join(dir, 'questions')).filter((f) => f.endsWith('.json')).sort()) {
    const list = JSON.parse(readFileSync(join(dir, 'questions', file), 'utf8')) as Question[];
    for (const q of list) {
      if (ids.has(q.id)) throw new Error(`${file}: question id ${q.id} twice`);
      ids.add(q.id);
      if (!KINDS.includes(q.kind)) throw new Error(`${file}: ${q.id} has unknown kind ${q.kind}`);
      if (q.kind === 'none' ? q.answers.length > 0 : q.answers.length === 0) throw new Error(`${file}: ${q.id} (${q.kind}) has ${q.answers.length} answers`);
      for (const a of q.answers) {
        const path = articles.get(a.article);
        if (!path) throw new Error(`${file}: ${q.id} names a missing article ${a.article}`);
        if (!normalizeSpace(bodyOf(readFileSync(path, 'utf8'))).includes(normalizeSpace(a.text))) throw new Error(`${file}: ${q.id}: "${a.text}" is not in ${a.article}`);
      }
      questions.push(q);
    }
  }
  return { dir, articles, questions };
}

export function frontMatterOf(content: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(content);
  return match ? ((parseYaml(match[1]) as Record<string, unknown>) ?? {}) : {};
}
