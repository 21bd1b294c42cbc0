import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { ArticleDraft } from '../articles/article.ts';
import { parseHtml } from '../articles/parse-html.ts';
import { type DraftResult, parseJson, parseJsonLines } from '../articles/parse-json.ts';
import { parseMarkdown } from '../articles/parse-markdown.ts';
import { parseText } from '../articles/parse-text.ts';
import { InputError, readTextFile } from './read-file.ts';

type Parser = (content: string) => DraftResult[];

const wrap = (parse: (content: string) => ArticleDraft[]): Parser => (content) => parse(content).map((draft) => ({ draft, label: '' }));

export const PARSERS: Record<string, Parser> = {
  '.txt': wrap(parseText),
  '.md': wrap(parseMarkdown),
  '.markdown': wrap(parseMarkdown),
  '.html': wrap((c) => parseHtml(c)),
  '.htm': wrap((c) => parseHtml(c)),
  '.json': parseJson,
  '.jsonl': parseJsonLines,
  '.ndjson': parseJsonLines,
};

export const SUPPORTED_EXTENSIONS = Object.keys(PARSERS);

/** Files under the given paths, directories walked recursively (hidden entries skipped), in a stable order. */
export function expandPaths(paths: string[]): { files: string[]; errors: { input: string; reason: string }[] } {
  const files: string[] = [];
  const errors: { input: string; reason: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      errors.push({ input: path, reason: 'no such file or directory' });
      continue;
    }
    if (stat.isDirectory()) walk(path);
    else files.push(path);
  }
  return { files, errors };
}

/** Reads and parses one file into article drafts; throws an InputError with the reason when it cannot. */
export function draftsFromFile(path: string, maxBytes?: number): DraftResult[] {
  const extension = extname(path).toLowerCase();
  const parse = PARSERS[extension];
  if (!parse) {
    throw new InputError(`unsupported file type "${extension || '(none)'}" (expected ${SUPPORTED_EXTENSIONS.join(', ')})`);
  }
  const { text, warnings } = readTextFile(path, maxBytes);
  let results: DraftResult[];
  try {
    results = parse(text);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  if (warnings.length) for (const result of results) if ('draft' in result) result.draft.warnings = [...warnings, ...(result.draft.warnings ?? [])];
  return results;
}

export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}
