import { neutralizeControl } from '../text/control.ts';
import { type Translate, translator } from '../i18n/index.ts';
import { alsoInLine, copiesLine, formatDate, languageName, sourceLine, titleLine } from './citation.ts';
import type { ArticleItem, Citation, Highlight, Reply, ReplyItem } from './reply.ts';

export interface TextStyle {
  /** ANSI bold on a terminal; **markers** elsewhere. */
  color: boolean;
}

export function markHighlights(text: string, highlights: Highlight[], open: string, close: string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += text.slice(at, start) + open + text.slice(start, end) + close;
    at = end;
  }
  return out + text.slice(at);
}

function citationText(c: Citation, t: Translate): string {
  const id = t('common.id', { id: c.articleId });
  const parts = [sourceLine(c, t), `“${titleLine(c, t)}”`, formatDate(c.publishedAt, t), c.url ?? id];
  if (c.url) parts.push(id);
  return parts.join(' · ');
}

/** "by …", "editor …", "dateline …" of an article, in the reader's language. */
export function peopleOf(item: ArticleItem, t: Translate): string[] {
  return [item.byline && t('common.by', { name: item.byline }), item.editor && t('common.editor', { name: item.editor }), item.dateline && t('common.dateline', { place: item.dateline })].filter((x): x is string => Boolean(x));
}

function itemText(item: ReplyItem, n: number, style: TextStyle, t: Translate): string[] {
  const [open, close] = style.color ? ['\x1b[1;33m', '\x1b[0m'] : ['**', '**'];
  const dim = (s: string) => (style.color ? `\x1b[2m${s}\x1b[0m` : s);
  switch (item.type) {
    case 'quote': {
      const lines = [`${n}. “${markHighlights(item.quote, item.highlights, open, close)}”`, dim(`   — ${citationText(item.citation, t)}`)];
      const also = alsoInLine(item.citation, t);
      if (also) lines.push(dim(`     ${also}`));
      return lines;
    }
    case 'article': {
      const c = item.citation;
      const lines = [`${n}. ${titleLine(c, t)}`, `   ${item.provenance} · ${formatDate(c.publishedAt, t)} · ${languageName(c.lang, t)} · ${t('common.id', { id: c.articleId })}`];
      const people = peopleOf(item, t);
      if (people.length) lines.push(`   ${people.join(' · ')}`);
      if (c.url) lines.push(`   ${c.url}`);
      const copies = copiesLine(c, t);
      if (copies) lines.push(`   ${copies}`);
      for (const passage of item.passages ?? []) lines.push('', `   “${passage}”`);
      return lines;
    }
    case 'fact':
      return [`${item.label}: ${item.value}`];
  }
}

/** A copy of a value with every string's control characters neutralized, offsets kept (highlights stay right). */
function neutralized<T>(value: T): T {
  if (typeof value === 'string') return neutralizeControl(value) as T;
  if (Array.isArray(value)) return value.map(neutralized) as T;
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) copy[k] = neutralized(v);
    return copy as T;
  }
  return value;
}

/** A Reply as plain text for the terminal and the CLI; no text from an article can send the terminal a control sequence. */
export function renderText(unsafe: Reply, style: TextStyle = { color: false }): string {
  const reply = neutralized(unsafe);
  const t = translator(reply.lang);
  const bold = (s: string) => (style.color ? `\x1b[1m${s}\x1b[0m` : s);
  const lines: string[] = [bold(reply.title)];
  if (reply.intro) lines.push(reply.intro);
  reply.items.forEach((item, i) => {
    if (item.type !== 'fact' || i === 0) lines.push('');
    lines.push(...itemText(item, i + (reply.firstNumber ?? 1), style, t));
  });
  for (const section of reply.sections ?? []) lines.push('', `${section.heading}:`, ...section.lines.map((l) => `  ${l}`));
  if (reply.suggestions?.length) lines.push('', t('common.suggestions', { words: reply.suggestions.join(', ') }));
  if (reply.footer) lines.push('', reply.footer);
  return lines.join('\n');
}
