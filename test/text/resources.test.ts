import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { GLOSSARY_FILE, SYNONYMS_FILE } from '../../src/config.ts';

/** The glossary and the synonym list, as written: one entry per concept, each with aliases. */
describe('the bundled concept files', () => {
  const concepts = [GLOSSARY_FILE, SYNONYMS_FILE].flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as { concepts: { id: string; aliases: Record<string, string[]> }[] }).concepts.map((concept) => ({ ...concept, file })));

  it('give each concept one id across both files (a second entry under an id is silently another concept)', () => {
    const seen = new Map<string, string>();
    const twice = concepts.filter((concept) => {
      const first = seen.get(concept.id);
      seen.set(concept.id, concept.file);
      return first !== undefined;
    });
    assert.deepEqual(twice.map((concept) => concept.id), []);
  });

  it('list no alias twice within a concept and language', () => {
    const repeated = concepts.flatMap((concept) => Object.entries(concept.aliases).flatMap(([lang, aliases]) => aliases.filter((alias, i) => aliases.indexOf(alias) !== i).map((alias) => `${concept.id}/${lang}/${alias}`)));
    assert.deepEqual(repeated, []);
  });
});
