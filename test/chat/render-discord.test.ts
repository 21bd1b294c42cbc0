import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DISCORD_LIMITS, type DiscordMessage, escapeDiscordMarkdown, renderDiscord } from '../../src/chat/render-discord.ts';
import type { ArticleItem, Citation, FactItem, QuoteItem, Reply } from '../../src/chat/reply.ts';
import { messageProblems } from '../e2e/discord-emulator.ts';

function citation(n: number, extra: Partial<Citation> = {}): Citation {
  return {
    articleId: `a${String(n).padStart(11, '0')}`,
    outlet: 'KONTAN',
    via: 'The Guardian',
    title: `Korea Utara kirim insinyur militer ${n}`,
    titleDerived: false,
    publishedAt: '2024-10-17T08:15:00Z',
    url: `https://internasional.kontan.co.id/news/korea-utara-${n}`,
    lang: 'id',
    alsoIn: [],
    ...extra,
  };
}

function quote(text: string, n = 1, extra: Partial<Citation> = {}): QuoteItem {
  const at = text.indexOf('KN-23');
  return { type: 'quote', quote: text, highlights: at >= 0 ? [[at, at + 5]] : [], citation: citation(n, extra) };
}

function answer(items: Reply['items'], extra: Partial<Reply> = {}): Reply {
  return { kind: 'answer', title: 'how far can the KN-23 missile fly', items, footer: `Quotes 1–${items.length} of 40, verbatim from the articles cited.`, visibility: 'public', ...extra };
}

/** What Discord counts towards the 6000 characters of a message's embeds. */
function embedsLength(message: DiscordMessage): number {
  let total = 0;
  for (const embed of message.embeds) {
    total += (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
    for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  }
  return total;
}

function assertWithinLimits(message: DiscordMessage): void {
  assert.deepEqual([...messageProblems(message)], []);
  assert.ok(embedsLength(message) <= DISCORD_LIMITS.embedsTotal);
  assert.ok(message.embeds.length <= DISCORD_LIMITS.embeds);
  for (const text of allText(message)) assert.doesNotMatch(text, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/, 'no half of a surrogate pair');
}

function allText(message: DiscordMessage): string[] {
  return message.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]);
}

const SENTENCES = Array.from({ length: 400 }, (_, i) => `Sentence ${i} says the KN-23 missile has a range of about 450 km.`).join(' ');

describe('Discord renderer', () => {
  it('renders a quote with bold highlights, a linked citation, date and id', () => {
    const message = renderDiscord(answer([quote('Rudal KN-23 memiliki jangkauan sekitar 450 km.')]));
    const [field] = message.embeds[0].fields!;
    assert.equal(field.name, '1\\. Korea Utara kirim insinyur militer 1');
    assert.equal(
      field.value,
      '“Rudal **KN-23** memiliki jangkauan sekitar 450 km.”\n— [KONTAN via The Guardian](https://internasional.kontan.co.id/news/korea-utara-1) · 17 Oct 2024 08:15 UTC · id a00000000001',
    );
    assert.equal(message.embeds[0].title, 'how far can the KN-23 missile fly');
    assert.equal(message.embeds[0].footer?.text, 'Quotes 1–1 of 40, verbatim from the articles cited.');
    assert.deepEqual(message.allowed_mentions, { parse: [] });
    assert.equal(message.flags, undefined);
  });

  it('cuts a very long quote at a sentence boundary with an ellipsis', () => {
    const message = renderDiscord(answer([quote(SENTENCES)]));
    assertWithinLimits(message);
    const value = message.embeds[0].fields![0].value;
    assert.ok(value.length <= DISCORD_LIMITS.fieldValue);
    assert.match(value, /450 km\. …”\n— \[KONTAN/);
  });

  it('cuts at a word boundary when sentences are too long, never inside a word', () => {
    const words = `${'panjang '.repeat(2000)}akhir`;
    const value = renderDiscord(answer([quote(words)])).embeds[0].fields![0].value;
    assert.match(value, /“(panjang )+panjang…”/);
  });

  it('never cuts inside a link in the quoted text', () => {
    const url = `https://example.org/${'x'.repeat(900)}`;
    for (const pad of [0, 50, 100, 150]) {
      const text = `${'a'.repeat(pad)} lead words ${url} trailing words ${'b '.repeat(400)}`;
      const value = renderDiscord(answer([quote(text)])).embeds[0].fields![0].value;
      const links = value.match(/https:\/\/example\.org\/x*/g) ?? [];
      for (const link of links) assert.equal(link, url);
    }
  });

  it('keeps ten long quotes with long citations within 6000 characters', () => {
    const items = Array.from({ length: 10 }, (_, i) =>
      quote(SENTENCES, i + 1, {
        title: 'T'.repeat(400),
        via: 'V'.repeat(300),
        url: `https://example.org/${'p'.repeat(180)}`,
        alsoIn: Array.from({ length: 30 }, (_, j) => ({ outlet: `Outlet number ${j}`, articleId: `x${j}` })),
      }),
    );
    const message = renderDiscord(answer(items, { intro: 'I'.repeat(5000), suggestions: Array.from({ length: 100 }, (_, i) => `word${i}`) }));
    assertWithinLimits(message);
    assert.equal(message.embeds[0].fields!.length, 10, 'every quote is shown, shorter');
    for (const field of message.embeds[0].fields!) assert.match(field.value, /^“Sentence 0 says the \*\*KN-23\*\*/);
  });

  it('keeps every field and value within its own limit and drops what cannot fit, saying so', () => {
    const articles: ArticleItem[] = Array.from({ length: 25 }, (_, i) => ({
      type: 'article',
      citation: citation(i, { title: `Judul ${'sangat '.repeat(60)}panjang ${i}`, url: `https://example.org/${'q'.repeat(250)}/${i}` }),
      provenance: `KONTAN, crediting ${'Someone '.repeat(40)}`,
      byline: 'B'.repeat(300),
      editor: 'Handoyo',
      dateline: 'Jakarta',
    }));
    const reply: Reply = {
      kind: 'sources',
      title: 'S'.repeat(500),
      intro: '25 articles.',
      items: articles,
      sections: [
        { heading: 'Articles per outlet', lines: Array.from({ length: 200 }, (_, i) => `Outlet ${i}: ${i}`) },
        { heading: 'Credited sources', lines: ['The Guardian ← KONTAN (25)'] },
      ],
      visibility: 'public',
    };
    const message = renderDiscord(reply);
    assertWithinLimits(message);
    assert.equal(message.embeds[0].title!.length <= DISCORD_LIMITS.title, true);
    const shown = message.embeds[0].fields!.length;
    assert.ok(shown > 0 && shown < 25);
    assert.match(message.embeds.at(-1)!.footer!.text, new RegExp(`${25 - shown} more not shown`));
    assert.match(message.embeds[1].fields![0].value, /…and \d+ more$/);
  });

  it('fits one article with its passages, and many facts', () => {
    const article: ArticleItem = { type: 'article', citation: citation(1), provenance: 'KONTAN, crediting The Guardian', ingestedAt: '2024-10-17T09:00:00Z', passages: [SENTENCES, SENTENCES, SENTENCES] };
    assertWithinLimits(renderDiscord({ kind: 'article', title: 'One article', items: [article], visibility: 'public' }));
    const facts: FactItem[] = Array.from({ length: 40 }, (_, i) => ({ type: 'fact', label: `/command${i} <question> [source:…]`, value: 'v '.repeat(900) }));
    const message = renderDiscord({ kind: 'help', title: 'Help', items: facts, visibility: 'private' });
    assertWithinLimits(message);
    assert.ok(message.embeds[0].fields!.length <= DISCORD_LIMITS.fields);
    assert.equal(message.flags, 64);
  });

  it('escapes Discord markdown in article text so it does not format', () => {
    const text = 'A *bold* claim, _under_ ~~struck~~ `code` ||spoiler|| > quote <@123> [x](y)';
    const value = renderDiscord(answer([quote(text)])).embeds[0].fields![0].value;
    assert.ok(value.startsWith('“A \\*bold\\* claim, \\_under\\_ \\~\\~struck\\~\\~ \\`code\\` \\|\\|spoiler\\|\\| \\> quote \\<@123\\> \\[x\\](y)”'), value);
    assert.equal(escapeDiscordMarkdown('# Heading\n- item\n12. item\n-# small'), '\\# Heading\n\\- item\n12\\. item\n\\-# small');
    assert.equal(escapeDiscordMarkdown('see https://example.org/a_b*c and _this_'), 'see https://example.org/a_b*c and \\_this\\_');
  });

  it('links only http(s) URLs, with parentheses encoded', () => {
    const field = (url: string | undefined) => renderDiscord(answer([quote('KN-23.', 1, { url })])).embeds[0].fields![0].value;
    assert.match(field('https://example.org/a_(b)'), /\]\(https:\/\/example\.org\/a_%28b%29\)/);
    assert.doesNotMatch(field('javascript:alert(1)'), /\]\(/);
    assert.doesNotMatch(field(`https://example.org/${'z'.repeat(600)}`), /\]\(/);
    assert.match(field(undefined), /— KONTAN via The Guardian · 17 Oct 2024 08:15 UTC · id a00000000001$/);
  });

  it('cuts between characters only when a single token is longer than the room, keeping emoji whole', () => {
    const message = renderDiscord(answer([quote('🚀'.repeat(3000))]));
    assertWithinLimits(message);
    assert.match(message.embeds[0].fields![0].value, /^“(🚀)+…”/);
  });

  it('turns actions into buttons with the ids the adapter gives, and private replies into ephemeral ones', () => {
    const reply = answer([quote('KN-23.')], {
      visibility: 'private',
      actions: [
        { id: 'more', label: 'More results', command: 'ask', options: { offset: 5 } },
        { id: 'sources', label: 'Sources', command: 'sources', options: { ids: 'a' }, private: true },
      ],
    });
    const seen: string[] = [];
    const message = renderDiscord(reply, { customIdOf: (action) => (seen.push(action.id), `sitrep:${action.id}`) });
    assert.deepEqual(message.components, [
      {
        type: 1,
        components: [
          { type: 2, style: 1, label: 'More results', custom_id: 'sitrep:more' },
          { type: 2, style: 2, label: 'Sources', custom_id: 'sitrep:sources' },
        ],
      },
    ]);
    assert.deepEqual(seen, ['more', 'sources']);
    assert.equal(message.flags, 64);
    assert.deepEqual(renderDiscord(reply).components, [], 'no buttons without a place to keep their state');
  });

  it('stays within limits for replies of every shape and size', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n);
    const chars = [...'abc KN-23 *_~`|>< .!?\n🚀 https://x.example/p(q) é'];
    const text = (max: number) => Array.from({ length: random(max) + 1 }, () => chars[random(chars.length)]).join('');
    for (let round = 0; round < 60; round++) {
      const items = Array.from({ length: random(30) }, (_, i): Reply['items'][number] => {
        const c = citation(i, { title: text(400), via: random(2) ? text(200) : undefined, url: random(2) ? `https://e.example/${text(600).replace(/\s/g, '')}` : undefined, alsoIn: random(2) ? [{ outlet: text(300), articleId: 'b' }] : [] });
        const quoteText = text(3000);
        const pick = random(3);
        if (pick === 0) return { type: 'quote', quote: quoteText, highlights: [[0, Math.min(5, quoteText.length)]], citation: c };
        if (pick === 1) return { type: 'article', citation: c, provenance: text(300), byline: text(100), passages: random(2) ? [text(2000)] : undefined };
        return { type: 'fact', label: text(300), value: text(2000) };
      });
      const reply: Reply = {
        kind: 'answer',
        title: text(500),
        intro: random(2) ? text(3000) : undefined,
        items,
        sections: random(2) ? [{ heading: text(300), lines: Array.from({ length: random(50) }, () => text(400)) }] : undefined,
        suggestions: random(2) ? [text(100), text(100)] : undefined,
        footer: random(2) ? text(3000) : undefined,
        visibility: random(2) ? 'public' : 'private',
      };
      assertWithinLimits(renderDiscord(reply));
    }
  });
});
