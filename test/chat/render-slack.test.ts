import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleItem, Citation, QuoteItem, Reply } from '../../src/chat/reply.ts';
import { SLACK_LIMITS, type SlackBlock, type SlackMessage, clipText, escapeMrkdwn, renderSlack } from '../../src/chat/render-slack.ts';

const HOSTILE = 'Alert <!channel> and <@U123> & <#C42|general>: &lt;b&gt; is not markup, <https://evil.example|click> > here';

function citation(overrides: Partial<Citation> = {}): Citation {
  return {
    articleId: 'a1b2c3d4e5f6',
    outlet: 'KONTAN',
    via: 'The Guardian',
    title: 'Rudal KN-23',
    titleDerived: false,
    publishedAt: '2024-10-17T08:15:00Z',
    url: 'https://example.test/kn-23?a=1&b=2',
    lang: 'id',
    alsoIn: [],
    ...overrides,
  };
}

function quote(text: string, highlights: [number, number][] = [], c: Citation = citation()): QuoteItem {
  return { type: 'quote', quote: text, highlights, citation: c };
}

function answer(overrides: Partial<Reply> = {}): Reply {
  return { kind: 'answer', title: 'how far can the KN-23 fly', items: [], visibility: 'private', ...overrides };
}

/** Every mrkdwn string of a message, with the kind of object that holds it. */
function mrkdwnTexts(message: SlackMessage): string[] {
  const texts = [message.text];
  for (const block of message.blocks) {
    if (block.type === 'section') texts.push(block.text.text);
    if (block.type === 'context') texts.push(...block.elements.map((e) => e.text));
  }
  return texts;
}

/** What Slack would treat as control sequences, once our own links are set aside. */
function controlSequences(text: string): string[] {
  const outside = text.replace(/<https?:\/\/[^\s|<>]+\|[^<>]*>/g, '');
  return [...outside.matchAll(/[<>]|&(?!amp;|lt;|gt;)/g)].map((m) => m[0]);
}

function textOf(block: SlackBlock): number {
  if (block.type === 'header' || block.type === 'section') return block.text.text.length;
  if (block.type === 'context') return block.elements.reduce((n, e) => n + e.text.length, 0);
  return block.elements.reduce((n, e) => n + e.text.text.length + e.value.length, 0);
}

function assertWithinLimits(message: SlackMessage): void {
  assert.ok(message.blocks.length <= SLACK_LIMITS.blocks, `${message.blocks.length} blocks`);
  assert.ok(message.text.length > 0 && message.text.length <= SLACK_LIMITS.fallbackText, `fallback of ${message.text.length}`);
  let total = 0;
  for (const block of message.blocks) {
    total += textOf(block);
    if (block.type === 'header') assert.ok(block.text.text.length <= SLACK_LIMITS.headerText, `header of ${block.text.text.length}`);
    if (block.type === 'section') assert.ok(block.text.text.length <= SLACK_LIMITS.sectionText, `section of ${block.text.text.length}`);
    if (block.type === 'context') {
      assert.ok(block.elements.length <= SLACK_LIMITS.contextElements);
      for (const e of block.elements) assert.ok(e.text.length <= SLACK_LIMITS.contextText, `context of ${e.text.length}`);
    }
    if (block.type === 'actions') {
      for (const e of block.elements) {
        assert.ok(e.text.text.length <= SLACK_LIMITS.buttonText);
        assert.ok(e.value.length <= SLACK_LIMITS.buttonValue);
        assert.ok(e.action_id.length <= SLACK_LIMITS.actionId);
      }
    }
  }
  assert.ok(total <= SLACK_LIMITS.messageText, `${total} characters of text in blocks`);
  assert.ok(JSON.stringify(message.blocks).length < 13_000, 'well under the size Slack rejects');
}

describe('renderSlack: mrkdwn escaping', () => {
  it('escapes &, < and > so hostile text can neither mention, link nor fake an entity', () => {
    assert.equal(escapeMrkdwn('<!channel> & <@U123> &lt;'), '&lt;!channel&gt; &amp; &lt;@U123&gt; &amp;lt;');
    const message = renderSlack(
      answer({
        title: `Why ${HOSTILE}`,
        intro: HOSTILE,
        items: [quote(HOSTILE, [[6, 16]], citation({ outlet: '<!here> Outlet', via: '<@U999>', title: HOSTILE, url: 'https://example.test/a?x=<b>|y' }))],
        sections: [{ heading: '<!everyone>', lines: [HOSTILE] }],
        suggestions: ['<!subteam^S1>'],
        footer: HOSTILE,
      }),
    );
    for (const text of mrkdwnTexts(message)) assert.deepEqual(controlSequences(text), [], text);
    const body = mrkdwnTexts(message).join('\n');
    assert.match(body, /&lt;!channel&gt;/);
    assert.match(body, /&lt;@U123&gt;/);
    assert.match(body, /&amp;lt;b&amp;gt;/, 'an entity in the source is shown as typed');
    assert.doesNotMatch(body, /<!|<@|<#/);
    // The quote's highlight spans "<!channel>": bold markers around the escaped words.
    assert.match(message.blocks.find((b) => b.type === 'section' && b.text.text.startsWith('*1.*'))!.type, /section/);
    assert.match(body, /\*&lt;!channel&gt;\*/);
    // The link keeps its target, escaped, with "|" encoded so the label cannot be forged.
    assert.match(body, /<https:\/\/example\.test\/a\?x=&lt;b&gt;%7Cy\|/);
  });

  it('keeps plain_text (header, buttons) unescaped: Slack does not parse it', () => {
    const message = renderSlack(answer({ title: 'A & B <!channel>' }), { buttons: [{ actionId: 'sitrep_more', label: 'More & more', value: 'id1' }] });
    const header = message.blocks[0];
    assert.equal(header.type, 'header');
    assert.equal(header.type === 'header' && header.text.type, 'plain_text');
    assert.equal(header.type === 'header' && header.text.text, 'A & B <!channel>');
    assert.equal(message.text.split('\n')[0], 'A &amp; B &lt;!channel&gt;', 'the fallback is mrkdwn and escaped');
  });

  it('marks matched words in bold, and leaves a match holding "*" plain', () => {
    const text = 'Rudal KN-23 & rudal *Iskander* sejauh 450 km';
    const message = renderSlack(answer({ items: [quote(text, [[6, 11], [20, 30], [38, 44]])] }));
    const section = message.blocks.find((b) => b.type === 'section');
    assert.equal(section?.type === 'section' && section.text.text, '*1.* “Rudal *KN-23* &amp; rudal *Iskander* sejauh *450 km*”');
  });

  it('does not link a URL that is not a web address', () => {
    const message = renderSlack(answer({ items: [quote('text', [], citation({ url: 'javascript:alert(1)' }))] }));
    const body = mrkdwnTexts(message).join('\n');
    assert.doesNotMatch(body, /javascript:/);
    assert.match(body, /“Rudal KN-23”/);
  });
});

describe('renderSlack: layout', () => {
  it('shows each quote in a section and cites it in a context block: outlet via source, link, date, id', () => {
    const message = renderSlack(answer({ items: [quote('Rudal KN-23 sejauh 450 km.', [[6, 11]])], footer: 'Quotes 1–1 of 1.' }), {
      buttons: [
        { actionId: 'sitrep_more', label: 'More results', value: 'm1' },
        { actionId: 'sitrep_share', label: 'Share in channel', value: 's1', style: 'primary' },
      ],
    });
    assert.deepEqual(
      message.blocks.map((b) => b.type),
      ['header', 'section', 'context', 'context', 'actions'],
    );
    const cite = message.blocks[2];
    assert.equal(cite.type, 'context');
    assert.equal(cite.type === 'context' && cite.elements[0].text, 'KONTAN via The Guardian · <https://example.test/kn-23?a=1&amp;b=2|“Rudal KN-23”> · 17 Oct 2024 08:15 UTC · id `a1b2c3d4e5f6`');
    const actions = message.blocks[4];
    assert.deepEqual(actions.type === 'actions' && actions.elements.map((e) => [e.action_id, e.value, e.style]), [
      ['sitrep_more', 'm1', undefined],
      ['sitrep_share', 's1', 'primary'],
    ]);
    assert.match(message.text, /^how far can the KN-23 fly\n1\. “Rudal KN-23 sejauh 450 km\.” — KONTAN via The Guardian, 17 Oct 2024 08:15 UTC/);
  });

  it('goes on numbering on a later page and shows a shared-by note', () => {
    const message = renderSlack(answer({ items: [quote('one'), quote('two')] }), { firstNumber: 6, note: 'Shared by <@U123>' });
    const texts = mrkdwnTexts(message);
    assert.ok(texts.includes('Shared by <@U123>'));
    assert.ok(texts.some((t) => t.startsWith('*6.* “one”')));
    assert.ok(texts.some((t) => t.startsWith('*7.* “two”')));
  });

  it('renders articles, facts and lists', () => {
    const article: ArticleItem = { type: 'article', citation: citation({ titleDerived: true }), provenance: 'KONTAN, crediting The Guardian', editor: 'Handoyo', passages: ['First passage.'] };
    const message = renderSlack({
      kind: 'article',
      title: 'One article',
      items: [article, { type: 'fact', label: 'Articles', value: '1' }, { type: 'fact', label: 'Passages', value: '12' }],
      sections: [{ heading: 'Credited sources', lines: ['The Guardian ← KONTAN (1)'] }],
      visibility: 'public',
    });
    const body = mrkdwnTexts(message).join('\n');
    assert.match(body, /\*1\. <https:\/\/example\.test\/kn-23\?a=1&amp;b=2\|Rudal KN-23 \(title from lead\)>\*/);
    assert.match(body, /KONTAN, crediting The Guardian · 17 Oct 2024 08:15 UTC · Indonesian · id `a1b2c3d4e5f6`/);
    assert.match(body, /“First passage\.”/);
    assert.match(body, /\*Articles\*\n1\n\n\*Passages\*\n12/);
    assert.match(body, /\*Credited sources\*\n• The Guardian ← KONTAN \(1\)/);
  });
});

describe('renderSlack: Slack limits by construction', () => {
  const sentence = 'The missile flew 450 km across the border before it struck the depot. ';

  it('stays within every limit whatever the reply holds, and says what it left out', () => {
    const long = sentence.repeat(100);
    const message = renderSlack(
      answer({
        title: 'Q '.repeat(200),
        intro: `${long}${HOSTILE}`,
        items: Array.from({ length: 60 }, (_, i) => quote(`${HOSTILE} ${long}`, [[i, i + 5]], citation({ title: long, outlet: long, via: long, url: `https://example.test/${'x'.repeat(4000)}`, alsoIn: Array.from({ length: 50 }, (_, j) => ({ outlet: `Outlet ${j} ${'&'.repeat(40)}`, articleId: `id${j}` })) }))),
        sections: Array.from({ length: 20 }, (_, i) => ({ heading: `List ${i}`, lines: Array.from({ length: 500 }, () => long.slice(0, 900)) })),
        suggestions: Array.from({ length: 300 }, () => 'word'),
        footer: long,
      }),
      { buttons: [{ actionId: 'sitrep_more', label: 'M'.repeat(100), value: 'v'.repeat(3000) }] },
    );
    assertWithinLimits(message);
    assert.match(mrkdwnTexts(message).join('\n'), /\d+ more not shown: Slack limits the size of one message\./);
  });

  it('keeps 25 articles (the largest sources listing) whole', () => {
    const items: ArticleItem[] = Array.from({ length: 25 }, (_, i) => ({
      type: 'article',
      citation: citation({ articleId: `article${i}`, title: `Title number ${i} `.repeat(8) }),
      provenance: 'KONTAN, crediting The Guardian',
      byline: 'A Reporter',
    }));
    const message = renderSlack({ kind: 'sources', title: 'Sources for “kursk”', intro: '25 articles.', items, sections: [{ heading: 'Articles per outlet', lines: ['KONTAN: 25'] }], visibility: 'private' });
    assertWithinLimits(message);
    assert.doesNotMatch(mrkdwnTexts(message).join('\n'), /not shown/);
    assert.ok(mrkdwnTexts(message).some((t) => t.startsWith('*25. ')));
  });

  it('cuts a long quote at a sentence end, keeping the bold markers paired', () => {
    const text = sentence.repeat(80);
    const highlights: [number, number][] = [];
    for (let at = text.indexOf('450 km'); at >= 0; at = text.indexOf('450 km', at + 1)) highlights.push([at, at + 6]);
    const message = renderSlack(answer({ items: [quote(text, highlights)] }));
    const section = message.blocks.find((b) => b.type === 'section');
    const shown = section?.type === 'section' ? section.text.text : '';
    assert.ok(shown.length <= SLACK_LIMITS.sectionText);
    assert.match(shown, /depot\. …”$/);
    assert.equal((shown.match(/\*/g) ?? []).length % 2, 0);
  });
});

describe('clipText', () => {
  it('leaves short text alone', () => {
    assert.equal(clipText('Short.', 10), 'Short.');
  });

  it('cuts at the last sentence end when it keeps at least half', () => {
    assert.equal(clipText('The first sentence ends here. The second one runs on and on.', 45), 'The first sentence ends here. …');
  });

  it('else cuts at a word boundary', () => {
    const clipped = clipText('one two three four five six seven eight nine ten', 20);
    assert.equal(clipped, 'one two three four…');
    assert.ok(clipped.length <= 20);
  });

  it('never splits a surrogate pair', () => {
    const clipped = clipText('🚀'.repeat(20), 9);
    assert.ok(clipped.length <= 9);
    assert.doesNotMatch(clipped, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
