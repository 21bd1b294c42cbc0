import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Engine } from '../../src/engine.ts';
import { WEIGHTS, planQuery } from '../../src/search/query-plan.ts';
import { Glossary } from '../../src/text/glossary.ts';
import { openTestEngine, tempDir, writeFiles } from '../helpers.ts';

describe('glossary expansion', () => {
  let engine: Engine;
  let cleanup: () => void;

  before(() => {
    ({ engine, cleanup } = openTestEngine());
    const dir = tempDir('sitrep-xl-');
    writeFiles(dir, {
      'en.json': JSON.stringify({
        title: 'North Korean troops enter combat in Kursk',
        outlet: 'Example Wire',
        lang: 'en',
        publishedAt: '2024-11-05',
        text: 'North Korean soldiers have joined Russian forces in combat in the Kursk region, Ukrainian intelligence said. Several thousand troops were moved to the front line last week.',
      }),
    });
    engine.ingest([dir]);
  });
  after(() => cleanup());

  it('finds an English passage for an Indonesian question', () => {
    const { snippets } = engine.ask({ question: 'tentara Korea Utara di Kursk' });
    assert.ok(snippets.length > 0);
    assert.equal(snippets[0].article.outlet, 'Example Wire');
  });

  it('finds an Indonesian passage for an English question', () => {
    const { snippets } = engine.ask({ question: 'ammunition shipments from Pyongyang' });
    assert.ok(snippets.length > 0);
    assert.equal(snippets[0].article.outlet, 'KONTAN');
    assert.match(snippets[0].quote.text, /amunisi/);
  });

  it('weighs the asker’s own words above expanded ones', () => {
    const glossary = Glossary.load(new URL('../../resources/glossary.json', import.meta.url).pathname);
    const plan = planQuery('rudal KN-23', { glossary, documentCount: 10, documentFrequency: () => 1 });
    assert.equal(plan.weights.get('rudal'), WEIGHTS.own);
    assert.equal(plan.weights.get('kn-23'), WEIGHTS.own);
    const expanded = [...plan.weights].filter(([term]) => !['rudal', 'kn-23', 'kn', '23'].includes(term));
    assert.ok(expanded.length > 0, 'rudal expands to missile');
    assert.ok(expanded.every(([, w]) => w < WEIGHTS.own));
  });

  it('matches glossary aliases of several words and across inflections', () => {
    const glossary = Glossary.load(new URL('../../resources/glossary.json', import.meta.url).pathname);
    const [match] = glossary.match(['insinyur', 'Korea', 'Utara']).filter((m) => m.concept.id === 'north-korea');
    assert.ok(match, 'Korea Utara is one concept');
    assert.deepEqual([match.start, match.end], [1, 3]);
    assert.equal(glossary.match(['pasukan', 'Korea', 'Utara'])[0].concept.id, 'korean-peoples-army', 'the longest alias wins');
    assert.ok(glossary.match(['missiles']).length > 0);
  });

  it('reads the unit of an Indonesian time question as asked, not as a glossary alias (“jam berapa” is not jamming)', () => {
    const glossary = Glossary.load(new URL('../../resources/glossary.json', import.meta.url).pathname);
    const context = { glossary, documentCount: 10, documentFrequency: () => 1 };
    const jamming = (question: string) => planQuery(question, context).terms.filter((t) => t === 'jammer' || t === 'ew');
    assert.deepEqual(jamming('jam berapa ledakan di jembatan krimea'), []);
    assert.deepEqual(jamming('perundingan di jeddah berapa jam'), []);
    assert.ok(jamming('russian jam of gps signals').length > 0, 'the English word is still the glossary’s');
  });

  it('knows when a word is said only in the asker’s own forms (a thing the news never names may still be there in other words)', () => {
    const glossary = Glossary.load(new URL('../../resources/glossary.json', import.meta.url).pathname);
    const plan = (question: string) => planQuery(question, { glossary, documentCount: 10, documentFrequency: () => 0 });
    const focus = (question: string) => plan(question).concepts.find((c) => c.focus)!;
    assert.equal(focus('how many zorblats were seen').reworded, false);
    assert.equal(focus('how many drones were seen').reworded, true);
  });

  it('reads the asker’s framing as framing though a glossary word shares its stem (“according to” is no accord), and chat’s “nk” as North Korea', () => {
    const glossary = Glossary.load(new URL('../../resources/glossary.json', import.meta.url).pathname);
    const plan = planQuery('how many nk soldiers were killed according to seoul', { glossary, documentCount: 10, documentFrequency: () => 1 });
    assert.equal(plan.concepts.find((c) => c.label === 'according')?.role, 'framing');
    assert.ok(!plan.terms.includes('treati'), 'no treaty searched');
    const nk = plan.concepts.find((c) => c.label === 'nk');
    assert.equal(nk?.role, 'anchor');
    assert.ok(nk?.coverage.some((alias) => alias.join(' ') === 'korea utara'));
    // "nato" typed in lower case is NATO, not a chat verb ("menato").
    const nato = planQuery('who leads nato now', { glossary, documentCount: 10, documentFrequency: () => 1 });
    assert.equal(nato.concepts.find((c) => c.label === 'nato')?.role, 'anchor');
    assert.ok(!nato.terms.includes('tato'), 'no tattoo searched');
    // "died" is the glossary's killed: "tewas", "meninggal".
    const died = planQuery('how many died when the two trainer jets collided', { glossary, documentCount: 10, documentFrequency: () => 1 }).concepts.find((c) => c.label === 'died');
    assert.ok(died?.fromGlossary && died.coverage.some((alias) => alias.join(' ') === 'tewas'), JSON.stringify(died?.coverage));
  });

  it('reads a contraction of a question word as the question word (“what’d” is no name the news lacks)', () => {
    const glossary = Glossary.load(new URL('../../resources/glossary.json', import.meta.url).pathname);
    const plan = planQuery("what'd ukraine's energy minister call the gas cutoff", { glossary, documentCount: 10, documentFrequency: () => 0 });
    assert.ok(!plan.concepts.some((c) => c.label.startsWith('what')));
    assert.ok(planQuery('who’re the pows', { glossary, documentCount: 10, documentFrequency: () => 1 }).concepts.every((c) => !c.label.startsWith('who')));
  });

  it('reads “ke-10” as its 10, “isinya” as framing, a team as a delegation and heading it as leading it', () => {
    const paths = ['glossary.json', 'news-synonyms.json'].map((file) => new URL(`../../resources/${file}`, import.meta.url).pathname);
    const glossary = Glossary.load(paths);
    const context = { glossary, documentCount: 10, documentFrequency: () => 1 };
    const tenth = planQuery('poin ke-10 di proposal damai china isinya apa', context).concepts;
    assert.ok(tenth.find((c) => c.label === 'ke-10')?.coverage.some((alias) => alias.join(' ') === '10'));
    assert.equal(tenth.find((c) => c.label === 'isinya')?.role, 'framing');
    const team = planQuery("who headed kyiv's team at the turkey talks", context).concepts;
    assert.ok(team.find((c) => c.label === 'team')?.coverage.some((alias) => alias.includes('deleg')));
    assert.ok(team.find((c) => c.label === 'headed')?.coverage.some((alias) => alias.includes('lead')));
  });

  it('reads “tepatnya”, “persisnya” (exactly) as the asker’s framing, not as the thing asked for', () => {
    const glossary = Glossary.load(new URL('../../resources/glossary.json', import.meta.url).pathname);
    const plan = planQuery('jam berapa tepatnya gencatan senjata paskah mulai berlaku', { glossary, documentCount: 10, documentFrequency: () => 1 });
    assert.equal(plan.concepts.find((c) => c.label === 'tepatnya')?.role, 'framing');
    assert.ok(!plan.concepts.some((c) => c.focus && c.label === 'tepatnya'));
    // "pakai apa" (with what) asks for a thing, but names none.
    assert.ok(!planQuery('RI bantu ukraina pake apa', { glossary, documentCount: 10, documentFrequency: () => 1 }).concepts.some((c) => c.focus));
  });

  it('takes the thing asked from the end of its phrase, past a possessive (“what’s ukraine’s new minimum draft age” asks an age)', () => {
    const glossary = Glossary.load(new URL('../../resources/glossary.json', import.meta.url).pathname);
    const focus = (question: string) => planQuery(question, { glossary, documentCount: 10, documentFrequency: () => 1 }).concepts.find((c) => c.focus)?.label;
    assert.equal(focus("what's ukraine's new minimum draft age"), 'age');
    assert.equal(focus('which bigger iranian drone was shot down first'), 'drone');
    // A number after the thing asked says which one; said in words, it is written in figures too.
    assert.equal(focus("what's point nine of china's peace plan"), 'point');
    // Days, hours, years are answered by a number, not named: no focus, as "day" is none.
    assert.equal(focus('grain deal was originally good for how many days'), undefined);
    const nine = planQuery("what's point nine of china's peace plan", { glossary, documentCount: 10, documentFrequency: () => 1 }).concepts.find((c) => c.label === 'nine');
    assert.ok(nine?.coverage.some((alias) => alias.join(' ') === '9'));
  });

  it('translates everyday words through the bundled lexicon', () => {
    const glossary = Glossary.load(new URL('../../resources/glossary.json', import.meta.url).pathname, new URL('../../resources/lexicon-en-id.tsv', import.meta.url).pathname);
    assert.ok(glossary.translate('killed').some((a) => a.text === 'bunuh' || a.text === 'membunuh'));
    assert.ok(glossary.translate('senjata').some((a) => a.text === 'weapon'));
  });

  it('reads a news sense before the general lexicon’s (a peace plan’s “points” are poin, not the tip of a thing)', () => {
    const lexicons = ['news-lexicon-en-id.tsv', 'lexicon-en-id.tsv'].map((file) => new URL(`../../resources/${file}`, import.meta.url).pathname);
    const glossary = Glossary.load(new URL('../../resources/glossary.json', import.meta.url).pathname, lexicons);
    assert.equal(glossary.translate('points')[0]?.text, 'poin');
    assert.ok(glossary.translate('poin').some((a) => a.text === 'point'));
    // Friends in the news are "sahabat", not lovers (kekasih); a draft age is a mobilisation age.
    assert.equal(glossary.translate('friends')[0]?.text, 'sahabat');
    assert.ok(glossary.translate('draft').some((a) => a.text === 'mobilisasi'));
    // Flats in a strike are apartments, not level ground (rata).
    assert.equal(glossary.translate('flats')[0]?.text, 'apartemen');
  });
});
