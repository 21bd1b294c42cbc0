import { createHash } from 'node:crypto';
import { quoteKey } from '../search/snippet.ts';

/**
 * Near-duplicate detection for syndicated copies (one wire story, many outlets,
 * small edits): MinHash signatures over word 3-shingles, with LSH banding so
 * candidates are found by index lookups instead of comparing every article.
 */

export const SIGNATURE_SIZE = 64;
const ROWS_PER_BAND = 4;
/** Estimated Jaccard similarity of shingle sets from which two articles are one story. */
export const SAME_STORY_SIMILARITY = 0.5;
/** Below this many shingles a signature says little: short texts only cluster when identical. */
const MIN_SHINGLES = 12;

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x5bd1e995) >>> 0);

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A 32-bit finalizer (murmur3's) so each seed gives an independent permutation. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The normalized text's hash: equal for copies that differ only in case, spacing or punctuation. */
export function textHash(text: string): string {
  return createHash('sha256').update(quoteKey(text)).digest('hex').slice(0, 32);
}

export function minhashSignature(text: string): number[] | undefined {
  const words = quoteKey(text).split(' ').filter(Boolean);
  const shingles = new Set<number>();
  for (let i = 0; i + 3 <= words.length; i++) shingles.add(fnv1a(`${words[i]} ${words[i + 1]} ${words[i + 2]}`));
  if (shingles.size < MIN_SHINGLES) return undefined;
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix(shingle ^ SEEDS[i]);
      if (h < signature[i]) signature[i] = h;
    }
  }
  return signature;
}

export function encodeSignature(signature: number[]): string {
  return signature.map((n) => n.toString(16).padStart(8, '0')).join('');
}

/** LSH band keys: two signatures agreeing on every row of any one band become candidates. */
export function bandsOf(signature: number[]): string[] {
  const bands: string[] = [];
  for (let b = 0; b * ROWS_PER_BAND < signature.length; b++) {
    const rows = signature.slice(b * ROWS_PER_BAND, (b + 1) * ROWS_PER_BAND);
    bands.push(`${b}:${fnv1a(rows.join(',')).toString(36)}`);
  }
  return bands;
}

/** `similarity` of two encoded signatures, read where they lie: equal values are equal 8-digit hex runs. */
export function encodedSimilarity(a: string, b: string): number {
  if (a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i += 8) {
    let k = 0;
    while (k < 8 && a.charCodeAt(i + k) === b.charCodeAt(i + k)) k++;
    if (k === 8) same++;
  }
  return same / (a.length / 8);
}

/** The share of equal positions: an estimate of the Jaccard similarity of the shingle sets. */
export function similarity(a: number[], b: number[]): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

interface ClusterMember {
  outlet?: string;
  via?: string;
  publishedAt?: string;
  ingestedAt: string;
}

/**
 * The original first: an outlet that the other copies credit, then the
 * earliest dated copy, then the earliest ingested. Undated copies never
 * outrank dated ones by a guessed date.
 */
export function orderCluster<T extends ClusterMember>(members: T[]): T[] {
  const credited = new Set(members.map((m) => m.via?.toLowerCase()).filter(Boolean));
  const time = (m: T) => Date.parse(m.publishedAt ?? '') || Number.POSITIVE_INFINITY;
  return [...members].sort(
    (a, b) =>
      Number(credited.has((b.outlet ?? '').toLowerCase())) - Number(credited.has((a.outlet ?? '').toLowerCase())) ||
      time(a) - time(b) ||
      Date.parse(a.ingestedAt) - Date.parse(b.ingestedAt),
  );
}
