import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Engine } from '../src/engine.ts';
import { openTestEngine } from './helpers.ts';

/** The founding article, end to end: ingested as a new user gets it, then asked about in both languages. */
describe('the seed article', () => {
  let engine: Engine;
  let cleanup: () => void;

  before(() => {
    ({ engine, cleanup } = openTestEngine());
  });
  after(() => cleanup());

  it('answers an Indonesian question with the 450 km passage, cited to KONTAN via The Guardian', () => {
    const { snippets } = engine.ask({ question: 'berapa jangkauan rudal KN-23' });
    assert.ok(snippets.length >= 1);
    const [best] = snippets;
    assert.match(best.quote.text, /450 km/);
    assert.equal(best.article.outlet, 'KONTAN');
    assert.equal(best.article.via, 'The Guardian');
    const marked = best.quote.highlights.map(([s, e]) => best.quote.text.slice(s, e));
    assert.ok(marked.includes('KN-23') && marked.includes('jangkauan') && marked.includes('Rudal'), marked.join(','));
  });

  it('finds the same passage for the English question', () => {
    const { snippets } = engine.ask({ question: 'how far can the KN-23 missile fly' });
    assert.ok(snippets.length >= 1);
    assert.match(snippets[0].quote.text, /450 km/);
  });

  it('quotes verbatim: every quote is a substring of its article', () => {
    for (const question of ['North Korean engineers', 'Kim Jong-un Putin summit', 'artillery shells supplied by Pyongyang']) {
      for (const s of engine.ask({ question }).snippets) assert.ok(engine.store.article(s.article.id)!.text.includes(s.quote.text), question);
    }
  });

  it('says honestly that nothing was found, with suggestions that do occur', () => {
    const result = engine.ask({ question: 'climate change in Brazil' });
    assert.equal(result.snippets.length, 0);
    assert.ok(result.suggestions.length > 0);
  });

  it('meets the English "shells" in the Indonesian "peluru" (two million shells)', () => {
    const [best] = engine.ask({ question: 'how many shells has pyongyang supplied' }).snippets;
    assert.match(best?.quote.text ?? '', /dua juta peluru/);
  });

  it('answers nothing for war questions the article does not hold, though it shares their places and verbs', () => {
    // Drones and NATO membership are named nowhere in it; Kyiv and Ukraine are.
    for (const question of ['how many drones hit kyiv last night', 'when will ukraine join nato']) {
      const result = engine.ask({ question });
      assert.deepEqual(result.snippets.map((s) => s.quote.text), [], question);
      assert.ok(result.suggestions.length > 0, question);
    }
  });

  it('records provenance, editor and dateline, and keeps cross-links out', () => {
    const item = engine.sources({}).stories[0].article;
    assert.equal(item.via, 'The Guardian');
    assert.equal(item.editor, 'Handoyo');
    assert.equal(item.dateline, 'Jakarta');
    assert.equal(item.outlet, 'KONTAN');
    assert.equal(item.publishedAt, undefined, 'no date in the file: unknown, never guessed');
    assert.ok(item.titleDerived);
    assert.ok(!item.text.includes('Baca Juga'));
    assert.ok(!item.text.startsWith('KONTAN.CO.ID'));
    assert.ok(!item.text.includes('Sumber: The Guardian'));
    for (const p of engine.store.passagesOf(item.id)) assert.ok(!/Baca Juga|Ancam Memutus|Kembali Mengancam/.test(p.text));
    assert.equal(engine.ask({ question: 'ancam memutus akses jalan kereta api' }).snippets.length, 0);
  });

  it('detects the language as Indonesian', () => {
    assert.equal(engine.sources({}).stories[0].article.lang, 'id');
  });

  it('filters by source, language and date', () => {
    const q = 'berapa jangkauan rudal KN-23';
    assert.ok(engine.ask({ question: q, source: 'guardian' }).snippets.length > 0);
    assert.ok(engine.ask({ question: q, source: 'kontan' }).snippets.length > 0);
    assert.equal(engine.ask({ question: q, source: 'reuters' }).snippets.length, 0);
    assert.equal(engine.ask({ question: q, lang: 'en' }).snippets.length, 0);
    assert.equal(engine.ask({ question: q, since: new Date(Date.now() + 86_400_000) }).snippets.length, 0);
  });
});
