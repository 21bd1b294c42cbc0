import { type Translate, translator } from '../i18n/index.ts';
import { alsoInLine, copiesLine, formatDate, languageName, sourceLine, titleLine } from './citation.ts';
import type { ArticleItem, Citation, FactItem, Highlight, QuoteItem, Reply, ReplyItem } from './reply.ts';
import { markHighlights, peopleOf } from './render-text.ts';

/** Slack's documented Block Kit limits, and our own budget for a whole message. */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  contextText: 2000,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  /**
   * Slack rejects messages whose blocks hold roughly 13,000 characters
   * (msg_blocks_too_long) although no single documented limit is reached.
   */
  messageText: 8000,
  fallbackText: 3000,
} as const;

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}

export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
  /** True: Slack links no bare URLs, channel names or mentions of its own accord. */
  verbatim?: boolean;
}

export interface ButtonElement {
  type: 'button';
  text: PlainText;
  action_id: string;
  value: string;
  style?: 'primary' | 'danger';
}

export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: Mrkdwn }
  | { type: 'context'; elements: Mrkdwn[] }
  | { type: 'actions'; elements: ButtonElement[] };

export interface SlackMessage {
  /** The plain fallback Slack shows in notifications and where blocks cannot be shown. */
  text: string;
  blocks: SlackBlock[];
}

export interface SlackButton {
  actionId: string;
  label: string;
  /** Usually the id of the button's stored state. */
  value: string;
  style?: 'primary' | 'danger';
}

export interface SlackRenderOptions {
  buttons?: SlackButton[];
  /** A trusted mrkdwn line shown under the title, e.g. "Shared by <@U123>". */
  note?: string;
  /** The number of the first item: a later page of results goes on counting (default 1). */
  firstNumber?: number;
}

/** Slack's three control characters as entities: user text can then neither mention (<!channel>) nor link. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts to at most `max` characters at a sentence end, else a word boundary, marking the cut with "…". */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 3) return '…'.slice(0, max);
  // Room for "…"; never split a surrogate pair (an emoji, a rare CJK character).
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const floor = Math.floor(cut.length / 2);
  // A sentence end is followed by a space, which " …" then takes the place of.
  const sentenceEnds = [...text.slice(0, max).matchAll(/[.!?…]["”’)\]]?(?=\s)/g)].map((m) => m.index + m[0].length).filter((end) => end <= max - 2);
  const sentenceEnd = sentenceEnds.length ? sentenceEnds[sentenceEnds.length - 1] : -1;
  if (sentenceEnd >= floor) return `${text.slice(0, sentenceEnd)} …`;
  const wordEnd = /\s/.test(text[cut.length] ?? '') ? cut.length : cut.search(/\s\S*$/);
  if (wordEnd >= floor) return `${cut.slice(0, wordEnd).trimEnd()}…`;
  return `${cut}…`;
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Escaped mrkdwn of at most `max` characters: the raw text is clipped first
 * (so highlights still point at its words), then grown entities are paid for
 * by clipping further.
 */
function fitMrkdwn(raw: string, max: number, highlights: Highlight[] = []): string {
  let budget = max;
  for (;;) {
    const clipped = clipText(raw, Math.max(budget, 1));
    const intact = clipped === raw ? raw.length : sharedPrefix(raw, clipped);
    const kept = highlights.filter(([, end]) => end <= intact);
    const text = escapeMrkdwn(markBold(clipped, kept));
    if (text.length <= max || budget <= 1) return text.length <= max ? text : text.slice(0, max);
    budget -= text.length - max;
  }
}

/** Bold markers that survive escaping: `*` is not one of Slack's control characters. */
function markBold(text: string, highlights: Highlight[]): string {
  // A highlight that itself holds "*" would end the bold early: leave it plain.
  const safe = highlights.filter(([start, end]) => !text.slice(start, end).includes('*'));
  return markHighlights(text, safe, '*', '*');
}

const MAX_LINKED_URL = 800;

/** A link around an already escaped label; the label alone when the URL is not a usable web address. */
function link(url: string | undefined, label: string): string {
  if (!url || !/^https?:\/\/\S+$/i.test(url)) return label;
  const target = escapeMrkdwn(url).replace(/\|/g, '%7C');
  return target.length <= MAX_LINKED_URL ? `<${target}|${label}>` : label;
}

const mrkdwn = (text: string, verbatim = true): Mrkdwn => ({ type: 'mrkdwn', text, verbatim });
const section = (text: string): SlackBlock => ({ type: 'section', text: mrkdwn(text) });
const context = (...texts: string[]): SlackBlock => ({ type: 'context', elements: texts.slice(0, SLACK_LIMITS.contextElements).map((t) => mrkdwn(t)) });

// Each piece of a citation has its own budget, so a line is within its block's limit whatever the article holds.
const articleId = (c: Citation, t: Translate) => t('common.id', { id: `\`${fitMrkdwn(c.articleId, 80)}\`` });

function citationContext(c: Citation, t: Translate): SlackBlock {
  const parts = [fitMrkdwn(sourceLine(c, t), 300), link(c.url, fitMrkdwn(`“${titleLine(c, t)}”`, 400)), escapeMrkdwn(formatDate(c.publishedAt, t)), articleId(c, t)];
  const lines = [parts.join(' · ')];
  const also = alsoInLine(c, t);
  if (also) lines.push(fitMrkdwn(also, 300));
  return context(...lines);
}

function quoteBlocks(item: QuoteItem, n: number, t: Translate): SlackBlock[] {
  const prefix = `*${n}.* “`;
  const quote = fitMrkdwn(item.quote, SLACK_LIMITS.sectionText - prefix.length - 1, item.highlights);
  return [section(`${prefix}${quote}”`), citationContext(item.citation, t)];
}

function articleBlocks(item: ArticleItem, n: number, t: Translate): SlackBlock[] {
  const c = item.citation;
  const lines = [
    `*${n}. ${link(c.url, fitMrkdwn(titleLine(c, t), 400))}*`,
    [fitMrkdwn(item.provenance, 400), escapeMrkdwn(formatDate(c.publishedAt, t)), fitMrkdwn(languageName(c.lang, t), 40), articleId(c, t)].join(' · '),
  ];
  const people = peopleOf(item, t);
  if (people.length) lines.push(fitMrkdwn(people.join(' · '), 500));
  const copies = copiesLine(c, t);
  if (copies) lines.push(fitMrkdwn(copies, 500));
  const blocks = [section(lines.join('\n'))];
  for (const passage of item.passages ?? []) blocks.push(section(`“${fitMrkdwn(passage, SLACK_LIMITS.sectionText - 2)}”`));
  return blocks;
}

/** Facts packed into as few sections as fit: "*label*" over its value, a blank line between. */
function factBlocks(facts: FactItem[]): SlackBlock[][] {
  const groups: SlackBlock[][] = [];
  let text = '';
  for (const fact of facts) {
    const label = `*${fitMrkdwn(fact.label, 300)}*`;
    const entry = `${label}\n${fitMrkdwn(fact.value, SLACK_LIMITS.sectionText - label.length - 1)}`;
    if (text && text.length + 2 + entry.length > SLACK_LIMITS.sectionText) {
      groups.push([section(text)]);
      text = '';
    }
    text = text ? `${text}\n\n${entry}` : entry;
  }
  if (text) groups.push([section(text)]);
  return groups;
}

function listSection(heading: string, lines: string[], t: Translate): SlackBlock {
  const head = `*${fitMrkdwn(heading, 200)}*`;
  let text = head;
  let shown = 0;
  for (const line of lines) {
    const next = `\n• ${fitMrkdwn(line, 500)}`;
    const rest = lines.length - shown - 1;
    if (text.length + next.length + (rest ? 20 : 0) > SLACK_LIMITS.sectionText) break;
    text += next;
    shown++;
  }
  if (shown < lines.length) text += `\n${t('common.andMore', { count: lines.length - shown })}`;
  return section(text);
}

function itemBlocks(items: ReplyItem[], first: number, t: Translate): SlackBlock[][] {
  const groups: SlackBlock[][] = [];
  const facts: FactItem[] = [];
  items.forEach((item, i) => {
    if (item.type === 'fact') facts.push(item);
    else groups.push(item.type === 'quote' ? quoteBlocks(item, first + i, t) : articleBlocks(item, first + i, t));
  });
  return facts.length ? [...groups, ...factBlocks(facts)] : groups;
}

function textLength(block: SlackBlock): number {
  switch (block.type) {
    case 'header':
    case 'section':
      return block.text.text.length;
    case 'context':
      return block.elements.reduce((n, e) => n + e.text.length, 0);
    case 'actions':
      return block.elements.reduce((n, e) => n + e.text.text.length + e.value.length, 0);
  }
}

const total = (blocks: SlackBlock[]) => blocks.reduce((n, b) => n + textLength(b), 0);

function actionsBlock(buttons: SlackButton[]): SlackBlock {
  return {
    type: 'actions',
    elements: buttons.slice(0, 25).map((b) => {
      const button: ButtonElement = {
        type: 'button',
        text: { type: 'plain_text', text: clipText(b.label, SLACK_LIMITS.buttonText) },
        action_id: b.actionId.slice(0, SLACK_LIMITS.actionId),
        value: b.value.slice(0, SLACK_LIMITS.buttonValue),
      };
      if (b.style) button.style = b.style;
      return button;
    }),
  };
}

/** The plain summary Slack shows in notifications: escaped too, since Slack parses it for mentions. */
function fallbackText(reply: Reply, first: number, t: Translate): string {
  const lines = [reply.title];
  if (reply.intro) lines.push(reply.intro);
  reply.items.forEach((item, i) => {
    if (item.type === 'quote') lines.push(`${first + i}. “${clipText(item.quote, 300)}” — ${sourceLine(item.citation, t)}, ${formatDate(item.citation.publishedAt, t)}`);
    else if (item.type === 'article') lines.push(`${first + i}. ${clipText(titleLine(item.citation, t), 200)} — ${item.provenance}`);
    else lines.push(`${item.label}: ${clipText(item.value, 300)}`);
  });
  if (reply.footer) lines.push(reply.footer);
  return fitMrkdwn(lines.join('\n').trim() || 'Sitrep', SLACK_LIMITS.fallbackText);
}

/**
 * A Reply as a Block Kit message: a header, the quotes (matched words in bold)
 * each with a context line citing outlet, credited source, date and link, then
 * lists, footer and buttons. Within Slack's limits by construction: items that
 * do not fit are left out and counted.
 */
export function renderSlack(reply: Reply, options: SlackRenderOptions = {}): SlackMessage {
  const t = translator(reply.lang);
  const head: SlackBlock[] = [{ type: 'header', text: { type: 'plain_text', text: clipText(reply.title.replace(/\s+/g, ' ').trim() || 'Sitrep', SLACK_LIMITS.headerText), emoji: false } }];
  if (options.note) head.push(context(options.note));
  if (reply.intro) head.push(section(fitMrkdwn(reply.intro, SLACK_LIMITS.sectionText)));

  const tail: SlackBlock[] = [];
  for (const s of reply.sections ?? []) tail.push(listSection(s.heading, s.lines, t));
  if (reply.suggestions?.length) tail.push(context(fitMrkdwn(t('common.suggestions', { words: reply.suggestions.join(', ') }), SLACK_LIMITS.contextText)));
  if (reply.footer) tail.push(context(fitMrkdwn(reply.footer, SLACK_LIMITS.contextText)));
  if (options.buttons?.length) tail.push(actionsBlock(options.buttons));

  // Lists and footer are cut before any quote is: the quotes are the answer.
  while (tail.length && head.length + tail.length + 1 > SLACK_LIMITS.blocks) tail.shift();
  while (tail.length > 1 && total(head) + total(tail) > SLACK_LIMITS.messageText / 2) tail.shift();

  const body: SlackBlock[] = [];
  const first = options.firstNumber ?? 1;
  const groups = itemBlocks(reply.items, first, t);
  let shown = 0;
  for (const group of groups) {
    const blocks = head.length + body.length + group.length + tail.length + 1;
    const chars = total(head) + total(body) + total(group) + total(tail) + 100;
    if (blocks > SLACK_LIMITS.blocks || chars > SLACK_LIMITS.messageText) break;
    body.push(...group);
    shown++;
  }
  if (shown < groups.length) body.push(context(t('common.notShownSlack', { count: groups.length - shown })));

  return { text: fallbackText(reply, first, t), blocks: [...head, ...body, ...tail] };
}
