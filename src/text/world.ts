import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { normalizeWord } from './analyze.ts';
import type { Concept } from './glossary.ts';
import { words } from './tokenize.ts';

const require = createRequire(import.meta.url);

/** The concept kind of the world list's countries: names to anchor a question on, not a sign that a text is about the war. */
export const NATION_KIND = 'nation';

type Names = Record<string, string | string[]>;

const SOURCES = { english: 'i18n-iso-countries/langs/en.json', indonesian: 'i18n-iso-countries/langs/id.json', capitals: 'countries-list' };
/** What decides the world list: the packages' files it is read from, and this file; they key the glossary's cache. */
export const WORLD_SOURCES = [...Object.values(SOURCES).map((file) => require.resolve(file)), fileURLToPath(import.meta.url)];

/**
 * The world's countries (ISO 3166, with their English and Indonesian names,
 * from i18n-iso-countries) and capitals (from countries-list) that the
 * conflict glossary does not already name: "Mongolia", "Norwegia", "Oslo".
 * A question about them is about that place, whether or not a dictionary also
 * knows the word, and an Indonesian question meets an English text by them.
 *
 * A country whose English name ends in "-a" is named by its people too ("Cuban").
 *
 * Left out: a name the glossary already has (its concept stays the one),
 * abbreviations ("US": the pronoun "us"), and capitals of one word that is
 * an everyday word (`isEverydayWord`: Peru's "Lima" is the Indonesian for
 * five, Azerbaijan's "Baku" is "standard", Kabul is "granted"). A country's
 * name is kept though a dictionary lists it ("Kenya"), and so are English
 * words: WordNet knows "Oslo" and "Mongolia" too, and a name asked about is an
 * anchor either way.
 */
export function worldConcepts(glossary: Concept[], isEverydayWord: (word: string) => boolean): Concept[] {
  const english = (require(SOURCES.english) as { countries: Names }).countries;
  const indonesian = (require(SOURCES.indonesian) as { countries: Names }).countries;
  const capitals = (require(SOURCES.capitals) as { countries: Record<string, { capital?: string }> }).countries;
  const named = new Set(glossary.flatMap((concept) => Object.values(concept.aliases).flat()).map(aliasKey));
  const usable = (name: string) => /\p{Ll}/u.test(name) && name.length >= 4 && !named.has(aliasKey(name));
  const usableCapital = (name: string) => usable(name) && !(words(name).length === 1 && isEverydayWord(normalizeWord(name)));
  const concepts: Concept[] = [];
  for (const [code, names] of Object.entries(english)) {
    const en = [names].flat();
    const id = [indonesian[code] ?? []].flat();
    // A country the glossary names under any of its names is the glossary's.
    if (![...en, ...id].some((name) => named.has(aliasKey(name)))) {
      // "Cubans", "Kenyan": a people is named after its country, in English most often by an "-n" after its "-a".
      const demonyms = en.filter((name) => /^\p{Lu}\p{Ll}+a$/u.test(name)).map((name) => `${name}n`);
      const aliases = { en: [...en, ...demonyms].filter(usable), id: id.filter(usable) };
      if (aliases.en.length || aliases.id.length) concepts.push({ id: `world-${code.toLowerCase()}`, kind: NATION_KIND, aliases });
    }
    // A capital is a concept of its own: "Victoria" or "Douglas" may be a person, and should not bring in the Seychelles.
    const capital = capitals[code]?.capital;
    if (capital && usableCapital(capital)) concepts.push({ id: `world-${code.toLowerCase()}-capital`, kind: NATION_KIND, aliases: { en: [capital], id: [capital] } });
  }
  return concepts;
}

const aliasKey = (name: string) => words(name).map(normalizeWord).join(' ');
