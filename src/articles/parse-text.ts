import type { ArticleDraft } from './article.ts';

/** A line that opens a wire story: "KYIV (Reuters) - …", "KONTAN.CO.ID - JAKARTA. …", "Jakarta - …". */
const DATELINE_START = /^(?:[\p{Lu}][\p{Lu}\p{L} ,.'-]{1,60}?\s*\([^)]{2,40}\)\s*[-–—]|[\p{Lu}0-9][\p{Lu}0-9.&' ]{1,40}?\s+[-–—]\s+[\p{Lu}]|[\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+)?\s+[-–—]\s)/u;
/** Header lines ("Sumber: … | Editor: …") are conventions, not headlines. */
const HEADER_LINE = /^\s*[\p{L} ]{2,12}\s*:\s*\S/u;

/**
 * The headline of a wire-style text file: its first line, alone in its
 * paragraph and short, when the story after it opens with a dateline, or
 * when it reads as a headline (no closing full stop) above a story of
 * several sentences.
 */
function headlineOf(lines: string[]): { title: string; rest: string[] } | undefined {
  const first = lines.findIndex((l) => l.trim());
  if (first < 0) return undefined;
  const candidate = lines[first].trim();
  const next = lines.findIndex((l, i) => i > first && l.trim());
  if (next < 0 || next === first + 1) return undefined;
  if (candidate.length < 10 || candidate.length > 200 || HEADER_LINE.test(candidate) || DATELINE_START.test(candidate)) return undefined;
  const body = lines.slice(next).join('\n').trim();
  const opensWithDateline = DATELINE_START.test(body);
  const readsAsHeadline = !/[.;,]$/.test(candidate) && candidate.split(/\s+/).length <= 25 && (body.match(/[.!?](?:\s|$)/g) ?? []).length >= 2;
  if (!opensWithDateline && !readsAsHeadline) return undefined;
  return { title: candidate, rest: lines.slice(next) };
}

/** Plain text (the seed's form): the story, with its headline when it has one; conventions are applied later. */
export function parseText(content: string): ArticleDraft[] {
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  const headline = headlineOf(lines);
  if (!headline) return [{ text: content }];
  return [{ title: headline.title, text: headline.rest.join('\n') }];
}
