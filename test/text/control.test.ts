import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { renderText } from '../../src/chat/render-text.ts';
import type { Reply } from '../../src/chat/reply.ts';
import type { Engine } from '../../src/engine.ts';
import { neutralizeControl, stripControl } from '../../src/text/control.ts';
import { openTestEngine, tempDir, writeFiles } from '../helpers.ts';

const ESC = '\x1b';
const CLEAR = `${ESC}[2J${ESC}[H`;
const TITLE = `${ESC}]0;you have been hacked\x07`;
const LINK = `${ESC}]8;;https://evil.example/${ESC}\\click here${ESC}]8;;${ESC}\\`;
/** Any control character but newline and tab. */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

const hostile = {
  title: `North Korean shells ${TITLE}reach the front`,
  outlet: `Example${CLEAR} Wire`,
  lang: 'en',
  publishedAt: '2025-02-01',
  text: `${CLEAR}North Korea has shipped millions of artillery shells to Russia, ${LINK} officials in Seoul said.\tThe shells are used near Kursk.\u009b31m Red text.`,
};

describe('terminal control sequences in articles', () => {
  let engine: Engine;
  let cleanup: () => void;
  let dir: string;

  before(() => {
    ({ engine, cleanup } = openTestEngine({ sample: false }));
    dir = tempDir('sitrep-escape-');
    writeFiles(dir, { 'hostile.json': JSON.stringify(hostile) });
    engine.ingest([dir]);
  });
  after(() => {
    cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('are removed at ingest, the words around them kept', () => {
    const [story] = engine.sources({}).stories;
    const article = engine.store.article(story.article.id)!;
    for (const field of [article.text, article.title, article.outlet ?? '']) assert.doesNotMatch(field, CONTROL, JSON.stringify(field));
    assert.match(article.text, /^North Korea has shipped millions of artillery shells to Russia, click here officials in Seoul said\./);
    assert.equal(article.title, 'North Korean shells reach the front');
    assert.equal(article.outlet, 'Example Wire');
  });

  it('never reach the terminal through the CLI', () => {
    const entry = new URL('../../index.ts', import.meta.url).pathname;
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', entry, '--data-dir', engine.config.dataDir, ...args, '--no-color'], { encoding: 'utf8', timeout: 60_000 });
    engine.close();
    for (const args of [['ask', 'north korean artillery shells'], ['sources']]) {
      const { stdout, status } = run(...args);
      assert.equal(status, 0, args.join(' '));
      assert.doesNotMatch(stdout, CONTROL, args.join(' '));
      assert.match(stdout, /artillery shells|North Korean shells/, args.join(' '));
    }
  });

  it('are neutralized by the text renderer one for one, so highlights stay on their words', () => {
    const quote = `a${ESC}[2Jb KN-23`;
    const reply: Reply = {
      kind: 'answer',
      title: `Q${ESC}]0;x\x07`,
      visibility: 'private',
      items: [{ type: 'quote', quote, highlights: [[quote.indexOf('KN-23'), quote.length]], citation: { articleId: 'abc', outlet: `W${ESC}[31m`, title: 't', titleDerived: false, lang: 'en', alsoIn: [] } }],
    } as unknown as Reply;
    const text = renderText(reply);
    assert.doesNotMatch(text, CONTROL);
    assert.match(text, /\*\*KN-23\*\*/);
    assert.equal(neutralizeControl(quote).length, quote.length);
    assert.equal(stripControl(`x${CLEAR}y`), 'xy');
  });
});
