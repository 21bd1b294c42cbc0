import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ANALYZER_VERSION, normalizeWord } from './analyze.ts';
import { cacheFile, readCacheJson, writeCacheFile } from './cache-file.ts';
import { englishForms, isIndonesianRoot } from './dictionary.ts';
import { Memo } from './memo.ts';
import { STEM_KEY, stem } from './stem.ts';
import { words } from './tokenize.ts';
import { WORLD_SOURCES, worldConcepts } from './world.ts';

export interface Concept {
  id: string;
  kind: string;
  /** Aliases per ISO 639-1 language, as written in news text. */
  aliases: Record<string, string[]>;
}

export interface Alias {
  text: string;
  lang: string;
}

export interface ConceptMatch {
  concept: Concept;
  /** Token range [start, end) of the question that named the concept. */
  start: number;
  end: number;
  /** Other concepts the same words name ("assaults": an offensive, and attacks), when a word has several senses. */
  also?: Concept[];
}

interface AliasEntry {
  concept: Concept;
  tokens: string[];
  /** Matched as written, not by stems: everyday synonyms list their forms, and stems of two languages collide ("desakan" and "desa", "mobilization" and "mobil"). */
  exact: boolean;
}

const MAX_ALIAS_WORD = 64;
const NO_ENTRIES: readonly AliasEntry[] = Object.freeze([]);

/** Concepts of this kind list their inflected forms and are matched as written (see AliasEntry.exact). */
const EXACT_KINDS = new Set(['synonym']);

/** The languages whose stemmers bring a word and a glossary alias together. */
const STEMMED = ['en', 'id'];

// Every word of every ingested article is looked up (conflict relevance): its variants are kept.
const variantMemos = new Map<string, Memo<readonly string[]>>();
const VARIANT_MEMO_LIMIT = 100_000;

/**
 * Surface forms that a stemmer would also bring together: of `lang` for a
 * word of a text in English or Indonesian, of both for a question's word or
 * an alias (whose language may be either). The Indonesian stemmer walks a
 * dictionary: sparing it the words of English articles halves ingest's
 * relevance scoring.
 */
function variants(word: string, lang?: string): readonly string[] {
  const stemmed = lang && STEMMED.includes(lang) ? lang : undefined;
  let memo = variantMemos.get(stemmed ?? '');
  if (!memo) variantMemos.set(stemmed ?? '', (memo = new Memo(VARIANT_MEMO_LIMIT)));
  let found = memo.get(word);
  if (!found) {
    const normal = normalizeWord(word);
    const stems = stemmed ? [stem(normal, stemmed)] : STEMMED.map((l) => stem(normal, l));
    found = Object.freeze([...new Set([normal, ...stems])]);
    memo.set(word, found);
  }
  return found;
}

/** An Indonesian enclitic on a phrase's last word ("umurnya", "tanda tangannya"): the word is the alias still. */
const ENCLITIC = /(?:nya|lah|kah|pun)$/;
/** Words of that shape that are adverbs of their own ("akhirnya": finally, not "its end"). */
const ADVERBS_IN_NYA = new Set(['akhirnya', 'tampaknya', 'nampaknya', 'rupanya', 'biasanya', 'umumnya', 'misalnya', 'khususnya', 'sayangnya', 'untungnya', 'pokoknya']);

/** Whether a text's word is an alias's word as written, or (`clitic`) that word with an enclitic. */
function sameAsWritten(aliasWord: string, word: string, clitic: boolean): boolean {
  const alias = normalizeWord(aliasWord);
  const written = normalizeWord(word);
  return written === alias || (clitic && !ADVERBS_IN_NYA.has(written) && alias.length >= 3 && written.length === alias.length + 3 && written.startsWith(alias) && ENCLITIC.test(written));
}

/** Whether an alias's word and a text's word are the same word. */
function sameWord(aliasWord: string, word: string, lang?: string): boolean {
  const va = variants(aliasWord);
  return variants(word, lang).some((v) => va.includes(v));
}

/**
 * The cross-lingual conflict glossary (names and war vocabulary, hand-made)
 * plus a general English–Indonesian lexicon for everyday words.
 */
export class Glossary {
  readonly concepts: Concept[];
  private readonly byFirstWord = new Map<string, AliasEntry[]>();
  /** The entries a word may begin, per language (`byFirstWord` under each of its variants): one look-up per word of a text. */
  private readonly firstEntries = new Map<string, Memo<readonly AliasEntry[]>>();
  private readonly enToId: Map<string, string[]>;
  private readonly idToEn = new Map<string, string[]>();
  private readonly spoken = new Map<string, number>();
  /** Whether it was read from the cache file rather than built (and its aliases stemmed) in this process. */
  readonly fromCache: boolean = false;

  constructor(concepts: Concept[], lexicon: Map<string, string[]> = new Map()) {
    this.concepts = concepts;
    for (const concept of concepts) {
      for (const list of Object.values(concept.aliases)) {
        for (const alias of list) {
          const tokens = words(alias);
          if (!tokens.length) continue;
          // "=jatuhnya": an alias found only as written, not by its root ("jatuh" alone is not a town's fall).
          const exact = EXACT_KINDS.has(concept.kind) || alias.startsWith('=');
          for (const key of exact ? [normalizeWord(tokens[0])] : variants(tokens[0])) {
            const entries = this.byFirstWord.get(key) ?? [];
            entries.push({ concept, tokens, exact });
            this.byFirstWord.set(key, entries);
          }
        }
      }
    }
    this.enToId = lexicon;
    for (const [en, ids] of lexicon) {
      for (const word of ids) {
        // A single word is found by its root too ("ditangkap" meets "menangkap").
        for (const key of word.includes(' ') ? [word] : new Set([word, stem(word, 'id')])) {
          const list = this.idToEn.get(key) ?? [];
          if (!list.includes(en)) list.push(en);
          this.idToEn.set(key, list);
        }
      }
    }
  }

  /**
   * The glossaries (concepts of all), and lexicons merged in order: an earlier one's translations of a word come first;
   * with `world`, the world's other countries and capitals too (see worldConcepts).
   * With `cache`, the built glossary is kept in a cache file between runs (building it stems every alias:
   * ≈0.1 s at every start), under a key of the files' sizes and times, the user's concepts and the analysis.
   */
  static load(glossaryPaths: string | string[], lexiconPaths: string | string[] = [], extra: Concept[] = [], options: { cache?: boolean; world?: boolean } = {}): Glossary {
    const glossaries = typeof glossaryPaths === 'string' ? [glossaryPaths] : glossaryPaths;
    const lexicons = typeof lexiconPaths === 'string' ? [lexiconPaths] : lexiconPaths;
    const cachePath = options.cache ? glossaryCacheFile([...glossaries, ...lexicons, ...(options.world ? WORLD_SOURCES : [])], extra) : undefined;
    const cached = cachePath ? readCacheJson<GlossarySnapshot>(cachePath) : undefined;
    if (cached) {
      try {
        return Glossary.fromSnapshot(cached);
      } catch {
        // A cache of another shape: built again, below.
      }
    }
    const concepts = glossaries.flatMap((path) => (JSON.parse(readFileSync(path, 'utf8')) as { concepts: Concept[] }).concepts);
    const lexicon = new Map<string, string[]>();
    for (const path of lexicons) {
      for (const [en, ids] of loadLexicon(path)) lexicon.set(en, [...new Set([...(lexicon.get(en) ?? []), ...ids])]);
    }
    const merged = mergeConcepts(concepts, extra);
    if (options.world) merged.push(...worldConcepts(merged, isIndonesianRoot));
    const glossary = new Glossary(merged, lexicon);
    if (cachePath) writeCacheFile(cachePath, JSON.stringify(glossary.snapshot()), { replaces: 'glossary-' });
    return glossary;
  }

  private snapshot(): GlossarySnapshot {
    const index = new Map(this.concepts.map((concept, i) => [concept, i]));
    return {
      concepts: this.concepts,
      aliases: [...this.byFirstWord].map(([key, entries]) => [key, entries.map((e) => [index.get(e.concept)!, e.tokens, e.exact ? 1 : 0])]),
      enToId: [...this.enToId],
      idToEn: [...this.idToEn],
    };
  }

  private static fromSnapshot(snapshot: GlossarySnapshot): Glossary {
    const glossary = new Glossary([], new Map());
    const { concepts } = snapshot;
    (glossary as { concepts: Concept[] }).concepts = concepts;
    (glossary as { fromCache: boolean }).fromCache = true;
    for (const [key, entries] of snapshot.aliases) {
      glossary.byFirstWord.set(key, entries.map(([concept, tokens, exact]) => ({ concept: concepts[concept], tokens, exact: exact === 1 })));
    }
    for (const [en, ids] of snapshot.enToId) glossary.enToId.set(en, ids);
    for (const [id, ens] of snapshot.idToEn) glossary.idToEn.set(id, ens);
    return glossary;
  }

  /** Longest glossary matches in a word sequence (of a text in `lang`, when known), left to right, without overlaps. */
  match(tokens: string[], lang?: string): ConceptMatch[] {
    const matches: ConceptMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      // No alias is that long: a hostile run of letters is not looked up (its variants would be stemmed).
      if (tokens[i].length > MAX_ALIAS_WORD) {
        i++;
        continue;
      }
      let best: ConceptMatch | null = null;
      let bestAsTyped = false;
      // An entry listed under two of the word's variants is tried twice: the second try cannot beat the first.
      for (const entry of this.entriesBegunBy(tokens[i], lang)) {
        const n = entry.tokens.length;
        if (i + n > tokens.length || (best && (best.end - best.start > n || (best.end - best.start === n && (best.concept === entry.concept || best.also?.includes(entry.concept)))))) continue;
        if (entry.exact && !sameAsWritten(entry.tokens[0], tokens[i], n === 1 && lang !== 'en')) continue;
        let same = true;
        for (let k = 1; k < n && same; k++) {
          same = entry.exact ? sameAsWritten(entry.tokens[k], tokens[i + k], k === n - 1 && lang !== 'en') : sameWord(entry.tokens[k], tokens[i + k], lang);
        }
        if (!same) continue;
        // Of two concepts the words name, the one listing them as typed comes first ("explosive": the
        // substance, before the explosion its stem also names).
        const asTyped = entry.tokens.every((token, k) => normalizeWord(token) === normalizeWord(tokens[i + k]));
        if (best && best.end - best.start === n) {
          if (asTyped && !bestAsTyped) {
            best = { concept: entry.concept, start: i, end: i + n, also: [best.concept, ...(best.also ?? [])] };
            bestAsTyped = true;
          } else (best.also ??= []).push(entry.concept);
        } else {
          best = { concept: entry.concept, start: i, end: i + n };
          bestAsTyped = asTyped;
        }
      }
      if (best) {
        matches.push(best);
        i = best.end;
      } else {
        i++;
      }
    }
    return matches;
  }

  private entriesBegunBy(word: string, lang?: string): readonly AliasEntry[] {
    const key = lang && STEMMED.includes(lang) ? lang : '';
    let memo = this.firstEntries.get(key);
    if (!memo) this.firstEntries.set(key, (memo = new Memo(VARIANT_MEMO_LIMIT)));
    let entries = memo.get(word);
    if (!entries) {
      // …and, for an exact alias, the word without its enclitic ("serangannya": "serangan", which the stemmer makes "serang").
      const normal = normalizeWord(word);
      const forms = lang === 'en' || !ENCLITIC.test(normal) || ADVERBS_IN_NYA.has(normal) ? variants(word, lang) : [...new Set([...variants(word, lang), normal.slice(0, -3)])];
      const found = forms.flatMap((variant) => this.byFirstWord.get(variant) ?? []);
      entries = found.length ? found : NO_ENTRIES;
      memo.set(word, entries);
    }
    return entries;
  }

  /** Whether most concepts have aliases in a language: only then can a text's relevance be judged in it. */
  speaks(lang: string): boolean {
    let count = this.spoken.get(lang);
    if (count === undefined) this.spoken.set(lang, (count = this.concepts.filter((c) => c.aliases[lang]?.length).length));
    return count * 2 >= this.concepts.length;
  }

  aliasesOf(concept: Concept): Alias[] {
    return Object.entries(concept.aliases).flatMap(([lang, list]) => list.map((text) => ({ text, lang })));
  }

  /** Everyday-word translations from the lexicon, both directions, best first. */
  translate(word: string, limit = 4): Alias[] {
    const normal = normalizeWord(word);
    for (const form of englishForms(normal)) {
      const ids = this.enToId.get(form);
      if (ids) return ids.slice(0, limit).map((text) => ({ text, lang: 'id' }));
    }
    for (const form of [normal, stem(normal, 'id')]) {
      const ens = this.idToEn.get(form);
      if (ens) return ens.slice(0, limit).map((text) => ({ text, lang: 'en' }));
    }
    return [];
  }
}

/** A built glossary as JSON: its concepts, and its alias and lexicon maps (concepts by index). */
interface GlossarySnapshot {
  concepts: Concept[];
  aliases: [key: string, entries: [concept: number, tokens: string[], exact: 0 | 1][]][];
  enToId: [en: string, ids: string[]][];
  idToEn: [id: string, ens: string[]][];
}

/** The cache file of a glossary built from these files and user concepts, by what decides its content (this module's own file included). */
export function glossaryCacheFile(paths: string[], extra: Concept[]): string | undefined {
  try {
    const files = [...paths, fileURLToPath(import.meta.url)].map((path) => {
      const { size, mtimeMs } = statSync(path);
      return [path, size, mtimeMs];
    });
    const key = createHash('sha1').update(JSON.stringify([files, extra, ANALYZER_VERSION, STEM_KEY])).digest('hex').slice(0, 16);
    return cacheFile(`glossary-${key}.json`);
  } catch {
    return undefined;
  }
}

export function loadLexicon(path: string): Map<string, string[]> {
  const lexicon = new Map<string, string[]>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [en, ids] = line.split('\t');
    if (en && ids) lexicon.set(en, ids.split('|'));
  }
  return lexicon;
}

/** User concepts extend the bundled ones: same id → aliases merged, new id → added. */
export function mergeConcepts(base: Concept[], extra: Concept[]): Concept[] {
  const byId = new Map(base.map((c) => [c.id, { ...c, aliases: { ...c.aliases } }]));
  for (const concept of extra) {
    const existing = byId.get(concept.id);
    if (!existing) {
      byId.set(concept.id, concept);
      continue;
    }
    for (const [lang, list] of Object.entries(concept.aliases)) {
      existing.aliases[lang] = [...new Set([...(existing.aliases[lang] ?? []), ...list])];
    }
  }
  return [...byId.values()];
}
