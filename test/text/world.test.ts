import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GLOSSARY_FILE } from '../../src/config.ts';
import { Glossary } from '../../src/text/glossary.ts';
import { conflictRelevance } from '../../src/text/relevance.ts';
import { NATION_KIND, worldConcepts } from '../../src/text/world.ts';
import { words } from '../../src/text/tokenize.ts';

describe('the world list', () => {
  const glossary = Glossary.load(GLOSSARY_FILE, [], [], { world: true });
  const nations = glossary.concepts.filter((c) => c.kind === NATION_KIND);
  const conceptOf = (text: string) => glossary.match(words(text)).map((m) => m.concept.id);

  it('adds the countries the glossary lacks, with their Indonesian names, and capitals as concepts of their own', () => {
    assert.ok(nations.length > 300, String(nations.length));
    assert.deepEqual(conceptOf('Mongolia'), ['world-mn']);
    assert.deepEqual(conceptOf('Selandia Baru'), conceptOf('New Zealand'));
    assert.deepEqual(conceptOf('Nairobi'), ['world-ke-capital']);
    assert.notDeepEqual(conceptOf('Nairobi'), conceptOf('Kenya'));
  });

  it('keeps the glossary’s own countries and leaves out abbreviations and capitals that are everyday words', () => {
    const base = Glossary.load(GLOSSARY_FILE).concepts;
    const everyday = new Set(['lima', 'baku']);
    const world = worldConcepts(base, (word) => everyday.has(word));
    const aliases = world.flatMap((c) => Object.values(c.aliases).flat());
    assert.ok(!world.some((c) => c.aliases.en?.includes('Norway')), 'Norway is the glossary’s');
    assert.ok(!aliases.includes('Lima') && !aliases.includes('Baku'));
    assert.ok(aliases.includes('Peru'));
    assert.ok(!aliases.some((a) => a === 'US' || a === 'UK' || a === 'UAE'));
    assert.deepEqual(conceptOf('tell us what happened'), []);
  });

  it('says nothing of whether a text is about the war', () => {
    const text = 'Trade talks between Kenya, Mongolia and Peru opened in Nairobi.';
    assert.ok(glossary.match(words(text)).some((m) => m.concept.kind === NATION_KIND));
    assert.equal(conflictRelevance(glossary, text, 'en'), conflictRelevance(Glossary.load(GLOSSARY_FILE), text, 'en'));
  });
});
