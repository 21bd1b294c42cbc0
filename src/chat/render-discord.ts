import { splitSentences } from '../text/sentences.ts';
import { type Translate, translator } from '../i18n/index.ts';
import { alsoInLine, copiesLine, formatDate, languageName, sourceLine, titleLine } from './citation.ts';
import { markHighlights, peopleOf } from './render-text.ts';
import type { ArticleItem, Citation, Highlight, QuoteItem, Reply, ReplyAction, ReplyItem, ReplyKind, ReplySection } from './reply.ts';

/**
 * Discord's documented message limits. Lengths are counted in UTF-16 units,
 * never fewer than the characters Discord counts.
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  embedsTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  buttonsPerRow: 5,
  rows: 5,
  buttonLabel: 80,
  customId: 100,
} as const;

export const EPHEMERAL_FLAG = 64;

export interface DiscordEmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface DiscordEmbed {
  title?: string;
  description?: string;
  color?: number;
  fields?: DiscordEmbedField[];
  footer?: { text: string };
}

export interface DiscordButton {
  type: 2;
  /** 1 primary, 2 secondary. */
  style: 1 | 2;
  label: string;
  custom_id: string;
}

export interface DiscordActionRow {
  type: 1;
  components: DiscordButton[];
}

/** A message body as Discord's API takes it (interaction response data or webhook edit). */
export interface DiscordMessage {
  embeds: DiscordEmbed[];
  components: DiscordActionRow[];
  /** Article text must never ping anyone. */
  allowed_mentions: { parse: [] };
  /** 64 (ephemeral) when only the caller should see it. */
  flags?: number;
}

export interface DiscordRenderOptions {
  /** The custom_id of a button; the adapter keeps the action's state. Without it, no buttons. */
  customIdOf?: (action: ReplyAction) => string;
}

const COLORS: Record<ReplyKind, number> = {
  answer: 0x2b6cb0,
  briefing: 0x2f855a,
  sources: 0x6b46c1,
  article: 0x6b46c1,
  stats: 0x4a5568,
  help: 0x4a5568,
  notice: 0x4a5568,
  nothing: 0xa0aec0,
  error: 0xc53030,
};

/** Each field keeps at least this much of its flexible text when space is shared out. */
const MIN_FLEX = 80;
/** How much of each citation part is shown; compact when the full sizes would crowd out answers. */
interface Sizes {
  title: number;
  source: number;
  alsoIn: number;
  provenance: number;
  people: number;
}
const FULL: Sizes = { title: 150, source: 120, alsoIn: 200, provenance: 300, people: 200 };
const COMPACT: Sizes = { title: 70, source: 50, alsoIn: 60, provenance: 120, people: 60 };
const TITLE_IN_LINE = 120;
const MAX_LINK_URL = 300;
const OPEN_BOLD = '\u0001';
const CLOSE_BOLD = '\u0002';

// ---------------------------------------------------------------- escaping

const MARKDOWN_CHARS = /[\\*_~`|<>[\]]/g;
// Headings, list items, sub-text and block quotes only format at the start of a line.
const LINE_MARKUP = /^([ \t]*)(?:(#{1,3} |-# |[-+] )|(\d+)\. )/gm;
const URL = /https?:\/\/[^\s<>"“”]+/g;

function escapePlain(text: string): string {
  return text
    .replace(MARKDOWN_CHARS, '\\$&')
    .replace(LINE_MARKUP, (_, space: string, mark: string | undefined, number: string | undefined) => (mark ? `${space}\\${mark}` : `${space}${number}\\. `));
}

/** Escapes Discord markdown so quoted article text shows as written; URLs stay intact so they still link. */
export function escapeDiscordMarkdown(text: string): string {
  let out = '';
  let at = 0;
  for (const match of text.matchAll(URL)) {
    out += escapePlain(text.slice(at, match.index)) + match[0];
    at = match.index + match[0].length;
  }
  return out + escapePlain(text.slice(at));
}

function mergeHighlights(highlights: Highlight[], end: number): Highlight[] {
  const merged: Highlight[] = [];
  for (const [start, stop] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start >= end) break;
    const clipped: Highlight = [start, Math.min(stop, end)];
    const last = merged.at(-1);
    if (last && clipped[0] <= last[1]) last[1] = Math.max(last[1], clipped[1]);
    else if (clipped[1] > clipped[0]) merged.push(clipped);
  }
  return merged;
}

/** Escaped text with the highlighted words in bold. */
function formatInline(text: string, highlights: Highlight[]): string {
  const clean = text.replace(/[\u0001\u0002]/g, ' ');
  const marked = markHighlights(clean, mergeHighlights(highlights, clean.length), OPEN_BOLD, CLOSE_BOLD);
  return escapeDiscordMarkdown(marked).replace(/[\u0001\u0002]/g, '**');
}

// ---------------------------------------------------------------- cutting

/** Text that may be shortened to fit: cut at a sentence or word boundary, never inside a word or link. */
interface Flex {
  text: string;
  highlights: Highlight[];
  lang: string;
  wrap: [string, string];
}

function plain(text: string, wrap: [string, string] = ['', '']): Flex {
  return { text, highlights: [], lang: 'en', wrap };
}

type Cut = 'none' | 'sentence' | 'word';

function renderFlex(flex: Flex, end: number, cut: Cut): string {
  const body = cut === 'none' ? flex.text : flex.text.slice(0, end).trimEnd();
  const ellipsis = cut === 'sentence' ? ' …' : cut === 'word' ? '…' : '';
  return flex.wrap[0] + formatInline(body, flex.highlights) + ellipsis + flex.wrap[1];
}

/** The largest candidate whose rendering fits; rendering grows with the cut position. */
function largestFitting(candidates: number[], fits: (end: number) => boolean): number | undefined {
  let low = 0;
  let high = candidates.length - 1;
  let best: number | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (fits(candidates[mid])) {
      best = candidates[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return best;
}

function wordEnds(text: string): number[] {
  return [...text.matchAll(/\S(?=\s)/g)].map((m) => m.index + 1);
}

function sentenceEnds(flex: Flex): number[] {
  return splitSentences(flex.text, flex.lang)
    .map((s) => s.end)
    .filter((end) => end < flex.text.trimEnd().length);
}

/** Cut points between characters, except inside a URL: a link is kept whole or left out. */
function characterEnds(text: string): number[] {
  const inLink = new Set<number>();
  for (const match of text.matchAll(URL)) for (let i = match.index + 1; i < match.index + match[0].length; i++) inLink.add(i);
  const ends: number[] = [];
  let at = 0;
  for (const char of text) {
    at += char.length;
    if (!inLink.has(at)) ends.push(at);
  }
  return ends;
}

/**
 * The flexible text rendered in at most `budget` characters. Prefers ending
 * on a sentence when that keeps most of what a word cut would, and a word
 * when that keeps at least half of what a cut between characters would.
 */
function fitFlex(flex: Flex, budget: number): string {
  const full = renderFlex(flex, flex.text.length, 'none');
  if (full.length <= budget) return full;
  // Rendering never shortens text, so no cut beyond `budget` characters can fit.
  flex = { ...flex, text: flex.text.slice(0, budget + 1) };
  const fits = (cut: Cut) => (end: number) => renderFlex(flex, end, cut).length <= budget;
  const word = largestFitting(wordEnds(flex.text), fits('word')) ?? 0;
  const sentence = largestFitting(sentenceEnds(flex), fits('sentence'));
  if (sentence !== undefined && sentence >= word * 0.6) return renderFlex(flex, sentence, 'sentence');
  const char = largestFitting(characterEnds(flex.text), fits('word')) ?? 0;
  if (word && word >= char / 2) return renderFlex(flex, word, 'word');
  if (char) return renderFlex(flex, char, 'word');
  return '…'.slice(0, Math.max(0, budget));
}

/** The first `max` UTF-16 units, never half of a character. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return text.slice(0, end);
}

function fitText(text: string, budget: number): string {
  return fitFlex(plain(text), budget);
}

/** Lines joined, cut at a line boundary with a note of what was left out. */
function fitLines(lines: string[], budget: number, t: Translate): string {
  const escaped = lines.map((line) => fitText(line, Math.min(budget, 300)));
  for (let keep = escaped.length; keep > 0; keep--) {
    const more = escaped.length - keep;
    const text = escaped.slice(0, keep).join('\n') + (more ? `\n${t('common.andMore', { count: more })}` : '');
    if (text.length <= budget) return text;
  }
  return fitText(`${lines.length} lines`, budget);
}

/** Shares `total` out so that every want is met when possible, else everyone gets an equal share. */
function shareOut(wants: number[], total: number): number[] {
  const given = new Array<number>(wants.length).fill(0);
  let left = Math.max(0, total);
  const order = wants.map((_, i) => i).sort((a, b) => wants[a] - wants[b]);
  order.forEach((index, rank) => {
    const share = Math.floor(left / (order.length - rank));
    given[index] = Math.min(wants[index], share);
    left -= given[index];
  });
  return given;
}

// ---------------------------------------------------------------- fields

interface FieldPlan {
  name: string;
  before: string;
  flex?: Flex;
  after: string;
}

/** Discord refuses empty names and values; a zero-width space stands in. */
const EMPTY = '\u200b';

function fixedLength(field: FieldPlan): number {
  // One more for the stand-in an empty value would need.
  return field.name.length + field.before.length + field.after.length + 1;
}

function roomForFlex(field: FieldPlan): number {
  return DISCORD_LIMITS.fieldValue - field.before.length - field.after.length;
}

/** An http(s) link that survives markdown: parentheses and spaces encoded, absurd lengths refused. */
function linkTarget(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url) || url.length > MAX_LINK_URL) return undefined;
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** "[KONTAN via The Guardian](https://…) · 17 Oct 2024 · id 956e8bafd5ab" */
function citationLine(c: Citation, sizes: Sizes, t: Translate): string {
  const source = fitText(sourceLine(c, t), sizes.source);
  const target = linkTarget(c.url);
  const linked = target ? `[${source}](${target})` : source;
  return [linked, formatDate(c.publishedAt, t), t('common.id', { id: escapeDiscordMarkdown(c.articleId.slice(0, 64)) })].join(' · ');
}

function quoteFields(item: QuoteItem, n: number, sizes: Sizes, t: Translate): FieldPlan[] {
  const c = item.citation;
  const also = alsoInLine(c, t);
  return [
    {
      name: fitText(`${n}. ${titleLine(c, t)}`, sizes.title),
      before: '',
      flex: { text: item.quote, highlights: item.highlights, lang: c.lang, wrap: ['“', '”'] },
      after: `\n— ${citationLine(c, sizes, t)}${also ? `\n${fitText(also, sizes.alsoIn)}` : ''}`,
    },
  ];
}

function articleFields(item: ArticleItem, n: number, sizes: Sizes, t: Translate): FieldPlan[] {
  const c = item.citation;
  const lines = [fitText(`${item.provenance} · ${formatDate(c.publishedAt, t)} · ${languageName(c.lang, t)}`, sizes.provenance)];
  const people = peopleOf(item, t);
  if (people.length) lines.push(fitText(people.join(' · '), sizes.people));
  const target = linkTarget(c.url);
  const id = t('common.id', { id: escapeDiscordMarkdown(c.articleId.slice(0, 64)) });
  lines.push(target ? `[${escapeDiscordMarkdown(t('common.readArticle'))}](${target}) · ${id}` : id);
  const copies = copiesLine(c, t);
  if (copies) lines.push(fitText(copies, sizes.alsoIn));
  const fields: FieldPlan[] = [{ name: fitText(`${n}. ${titleLine(c, t)}`, sizes.title), before: lines.join('\n'), after: '' }];
  (item.passages ?? []).forEach((passage, i) => {
    fields.push({ name: t('common.passage', { n: i + 1 }), before: '', flex: { text: passage, highlights: [], lang: c.lang, wrap: ['“', '”'] }, after: '' });
  });
  return fields;
}

function itemFields(item: ReplyItem, n: number, sizes: Sizes, t: Translate): FieldPlan[] {
  return fieldsOf(item, n, sizes, t).map((field) => ({ ...field, name: field.name || EMPTY }));
}

function fieldsOf(item: ReplyItem, n: number, sizes: Sizes, t: Translate): FieldPlan[] {
  switch (item.type) {
    case 'quote':
      return quoteFields(item, n, sizes, t);
    case 'article':
      return articleFields(item, n, sizes, t);
    case 'fact':
      return [{ name: fitText(item.label, TITLE_IN_LINE), before: '', flex: plain(item.value), after: '' }];
  }
}

function sectionField(section: ReplySection, t: Translate): DiscordEmbedField {
  return { name: fitText(section.heading, TITLE_IN_LINE) || EMPTY, value: fitLines(section.lines, DISCORD_LIMITS.fieldValue, t) || EMPTY };
}

// ---------------------------------------------------------------- assembly

function headerOf(reply: Reply, t: Translate): { title: string; description?: string } {
  const parts: string[] = [];
  if (reply.intro) parts.push(reply.intro);
  if (reply.suggestions?.length) parts.push(t('common.suggestions', { words: reply.suggestions.join(', ') }));
  const description = parts.length ? fitText(parts.join('\n'), 1000) : undefined;
  return { title: fitText(reply.title, DISCORD_LIMITS.title), description };
}

function footerOf(reply: Reply, hidden: number, t: Translate): string | undefined {
  // Footers show no markdown: the text goes as it is, unescaped.
  const note = hidden ? t('common.notShown', { count: hidden }) : '';
  const text = [reply.footer, note].filter(Boolean).join(' ');
  return text ? clip(text, 1000) : undefined;
}

function buttonsOf(actions: ReplyAction[] | undefined, customIdOf: DiscordRenderOptions['customIdOf']): DiscordActionRow[] {
  if (!actions?.length || !customIdOf) return [];
  const buttons = actions.slice(0, DISCORD_LIMITS.buttonsPerRow * DISCORD_LIMITS.rows).map((action): DiscordButton => {
    const customId = customIdOf(action);
    if (!customId || customId.length > DISCORD_LIMITS.customId) throw new Error(`button custom_id must be 1–${DISCORD_LIMITS.customId} characters`);
    return { type: 2, style: action.id === 'more' ? 1 : 2, label: clip(action.label, DISCORD_LIMITS.buttonLabel), custom_id: customId };
  });
  const rows: DiscordActionRow[] = [];
  for (let i = 0; i < buttons.length; i += DISCORD_LIMITS.buttonsPerRow) rows.push({ type: 1, components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow) });
  return rows;
}

/** Whole items, in order, while their fixed parts and a minimum of their text fit. */
function keepFitting(plans: FieldPlan[][], reserve: number): { kept: FieldPlan[]; shown: number } {
  let used = reserve;
  let shown = 0;
  const kept: FieldPlan[] = [];
  for (const fields of plans) {
    const cost = fields.reduce((sum, f) => sum + fixedLength(f) + (f.flex ? Math.min(MIN_FLEX, roomForFlex(f)) : 0), 0);
    if (used + cost > DISCORD_LIMITS.embedsTotal || kept.length + fields.length > DISCORD_LIMITS.fields) break;
    used += cost;
    shown++;
    kept.push(...fields);
  }
  return { kept, shown };
}

/**
 * A Reply as a Discord message: one embed with the answer (items as fields),
 * a second for summary sections, within every limit by construction.
 */
export function renderDiscord(reply: Reply, options: DiscordRenderOptions = {}): DiscordMessage {
  const t = translator(reply.lang);
  const header = headerOf(reply, t);
  const sections = (reply.sections ?? []).slice(0, 3).map((section) => sectionField(section, t));
  const sectionsLength = sections.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  const reserve = header.title.length + (header.description?.length ?? 0) + sectionsLength + (footerOf(reply, reply.items.length, t)?.length ?? 0);
  const first = reply.firstNumber ?? 1;
  let { kept, shown } = keepFitting(reply.items.map((item, i) => itemFields(item, first + i, FULL, t)), reserve);
  if (shown < reply.items.length) ({ kept, shown } = keepFitting(reply.items.map((item, i) => itemFields(item, first + i, COMPACT, t)), reserve));

  // Share what is left among the flexible texts (quotes, passages, values).
  const fixed = reserve + kept.reduce((sum, f) => sum + fixedLength(f), 0);
  const flexible = kept.filter((f) => f.flex);
  const wants = flexible.map((f) => Math.min(renderFlex(f.flex!, f.flex!.text.length, 'none').length, roomForFlex(f)));
  const budgets = shareOut(wants, DISCORD_LIMITS.embedsTotal - fixed);
  const fields: DiscordEmbedField[] = kept.map((f) => {
    const budget = f.flex ? budgets[flexible.indexOf(f)] : 0;
    const value = f.before + (f.flex ? fitFlex(f.flex, budget) : '') + f.after;
    return { name: f.name, value: value || EMPTY };
  });

  const main: DiscordEmbed = { title: header.title, color: COLORS[reply.kind] };
  if (header.description) main.description = header.description;
  if (fields.length) main.fields = fields;
  const footer = footerOf(reply, reply.items.length - shown, t);
  const embeds: DiscordEmbed[] = [main];
  if (sections.length) embeds.push({ color: COLORS[reply.kind], fields: sections });
  if (footer) embeds[embeds.length - 1].footer = { text: footer };

  const message: DiscordMessage = { embeds, components: buttonsOf(reply.actions, options.customIdOf), allowed_mentions: { parse: [] } };
  if (reply.visibility === 'private') message.flags = EPHEMERAL_FLAG;
  return message;
}
