/**
 * Build resources/lexicon-en-id.tsv, a small general English→Indonesian word list.
 *
 * Why: Sitrep needs a licence-clean bilingual lexicon that works offline and
 * needs no runtime dependency. Debian's dict-freedict-eng-ind (FreeDict, made
 * by WikDict from Wiktionary, CC BY-SA 3.0) is such a source, but it ships in
 * dictd format. This script converts it once into a compact, sorted TSV:
 *
 *   english<TAB>indonesian1|indonesian2|...
 *
 * Run with: npx tsx scripts/build-lexicon.ts [path/to/freedict-eng-ind.dict.dz]
 * The .index file is expected next to the .dict.dz (dictd entries are not
 * delimited inside the .dict file; the index gives their offsets).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const DEFAULT_DICT = "/usr/share/dictd/freedict-eng-ind.dict.dz";
const OUT_FILE = join(dirname(fileURLToPath(import.meta.url)), "..", "resources", "lexicon-en-id.tsv");
const MAX_TRANSLATIONS = 6;

/** Parts of speech whose "headwords" are really affixes or symbols (e.g. "ation" for "-ation"). */
const SKIPPED_POS = new Set(["prefix", "suffix", "symbol"]);
/** All-caps acronyms (US, AD, UN): once lowercased they would shadow common words ("us" → "as"). */
const ACRONYM = /^[A-Z]{2,}$/;
/** Single lowercase English word: ASCII letters, optional inner hyphens. */
const ENGLISH_WORD = /^[a-z]+(?:-[a-z]+)*$/;
/** One or two lowercase Indonesian words; inner hyphens (reduplication) and apostrophes allowed. */
const INDONESIAN_TERM = /^[a-z]+(?:['-][a-z]+)*(?: [a-z]+(?:['-][a-z]+)*)?$/;

interface Entry {
  headword: string;
  pos: string;
  /** One list of raw translations per sense, in source order. */
  senses: string[][];
}

/** dictd index numbers are base64 with the standard alphabet, most significant digit first. */
function decodeB64Number(s: string): number {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let n = 0;
  for (const ch of s) n = n * 64 + alphabet.indexOf(ch);
  return n;
}

/**
 * An entry looks like:
 *   kill //kɪl// <v>
 *   1. bunuh, habis
 *   2. membunuh
 *   to put to death
 * Translation lines are the first body line and any line starting "N. ";
 * the other lines are English glosses (sub-gloss numbers leak in as " 2." / " 3.").
 */
function parseEntry(text: string): Entry {
  const [head = "", ...body] = text.split("\n");
  const headword = head.split(" /")[0].split(" <")[0].trim();
  const pos = /<([^>]+)>\s*$/.exec(head)?.[1] ?? "";
  const senses: string[][] = [];
  body.forEach((line, i) => {
    if (i !== 0 && !/^\d+\. /.test(line)) return;
    const list = line.replace(/^\d+\.\s*/, "").replace(/\s+\d+\.\s*$/, "");
    senses.push(splitTranslations(list));
  });
  return { headword, pos, senses };
}

/** Split a comma list, honouring [[wiki|links]] and (notes) that may contain commas. */
function splitTranslations(list: string): string[] {
  const cleaned = list
    .replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, "$1") // [[target|label]] → label
    .replace(/\([^)]*\)/g, " "); // parenthetical notes, e.g. "(orang) brengsek"
  return cleaned.split(/[,;/]/);
}

/** Normalise one translation; returns undefined if it is not a usable 1–2 word term. */
function cleanTranslation(raw: string): string | undefined {
  const t = raw
    .toLowerCase()
    .replace(/[?!.:"“”«»]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return INDONESIAN_TERM.test(t) ? t : undefined;
}

/** Take the first translation of every sense, then the second, …, so one sense cannot crowd out the others. */
function interleave(senses: string[][]): string[] {
  const out: string[] = [];
  const longest = Math.max(0, ...senses.map((s) => s.length));
  for (let i = 0; i < longest; i++) for (const s of senses) if (i < s.length) out.push(s[i]);
  return out;
}

function main(): void {
  const dictPath = process.argv[2] ?? DEFAULT_DICT;
  const indexPath = dictPath.replace(/\.dict(\.dz)?$/, ".index");
  const dict = gunzipSync(readFileSync(dictPath)); // dictzip is gzip-compatible
  const readEntry = (offset: string, length: string): string => {
    const start = decodeB64Number(offset);
    return dict.subarray(start, start + decodeB64Number(length)).toString("utf8");
  };

  let edition = "unknown edition";
  const sensesByWord = new Map<string, { common: string[][]; proper: string[][] }>();
  for (const line of readFileSync(indexPath, "utf8").split("\n")) {
    const [key, offset, length] = line.split("\t");
    if (!key || !offset || !length) continue;
    if (key.startsWith("00database")) {
      const m = /Edition: (\S+)/.exec(readEntry(offset, length));
      if (m) edition = `edition ${m[1]}`;
      continue;
    }
    const entry = parseEntry(readEntry(offset, length));
    const word = entry.headword.toLowerCase();
    if (SKIPPED_POS.has(entry.pos) || ACRONYM.test(entry.headword) || !ENGLISH_WORD.test(word)) continue;
    const senses = entry.senses.map((s) => s.map(cleanTranslation).filter((t): t is string => !!t && t !== word));
    // Common-word entries ("may", "job") outrank capitalised namesakes ("May", "Job").
    const group = sensesByWord.get(word) ?? { common: [], proper: [] };
    (entry.headword === word ? group.common : group.proper).push(...senses);
    sensesByWord.set(word, group);
  }

  const rows: string[] = [];
  for (const word of [...sensesByWord.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const { common, proper } = sensesByWord.get(word)!;
    const translations = [...new Set(interleave([...common, ...proper]))].slice(0, MAX_TRANSLATIONS);
    if (translations.length > 0) rows.push(`${word}\t${translations.join("|")}`);
  }

  const header =
    `# English→Indonesian lexicon. Source: Debian dict-freedict-eng-ind (FreeDict eng-ind ${edition}, ` +
    `WikDict from Wiktionary). Licence: CC BY-SA 3.0, see resources/LEXICON-CREDITS.md. ` +
    `Generated by: npx tsx scripts/build-lexicon.ts`;
  writeFileSync(OUT_FILE, [header, ...rows, ""].join("\n"));
  console.log(`wrote ${rows.length} entries to ${OUT_FILE}`);
}

main();
