import { lazyRequire } from '../lazy-require.ts';

const yaml = lazyRequire<typeof import('yaml')>('yaml');
import type { ArticleDraft } from './article.ts';
import { draftFromObject } from './parse-json.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n?/;

/** Markdown to the plain text a reader sees: no markup, links keep their words. */
export function markdownToText(markdown: string): { text: string; heading?: string } {
  let heading: string | undefined;
  const lines = markdown.split(/\r?\n/).map((line) => {
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      heading ??= h[1];
      return '';
    }
    return line
      .replace(/^\s{0,3}>\s?/, '')
      // A bullet goes; a numbered item keeps its number, as a reader sees it ("10. Menghentikan Sanksi Sepihak").
      .replace(/^\s*[-*+]\s+/, '')
      .replace(/^\s*(\d+)[.)]\s+/, '$1. ')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}])[*_](.+?)[*_](?=[^\p{L}\p{N}]|$)/gu, '$1$2');
  });
  return { text: lines.join('\n'), heading };
}

export function parseMarkdown(content: string): ArticleDraft[] {
  const match = FRONT_MATTER.exec(content);
  let meta: Record<string, unknown> = {};
  if (match) {
    const parsed: unknown = yaml().parse(match[1]);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) meta = parsed as Record<string, unknown>;
    else if (parsed !== null) throw new Error('front matter is not a YAML mapping');
  }
  const body = match ? content.slice(match[0].length) : content;
  const { text, heading } = markdownToText(body);
  const draft = draftFromObject({ ...meta, text });
  draft.title ??= heading;
  return [draft];
}
