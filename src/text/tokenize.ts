/** A word as it stands in the text, with its offsets, so matches can be highlighted verbatim. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Numbers keep their separators ("2,5", "1.000"); words keep inner hyphens and
// apostrophes ("KN-23", "Iskander-M", "Jong-un", "Russia's"). A per cent sign is a word: "35%" says "35 percent".
// Capitals with their dots are one word ("U.S.", "U.N.", "U.S.A."): a letter alone says nothing, "US" is also "us".
const TOKEN = /(?:\p{Lu}\.){2,}(?!\p{L})|\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}\p{M}]+(?:['’\-‐][\p{L}\p{N}\p{M}]+)*|[%٪％]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    tokens.push({ text: match[0], start: match.index!, end: match.index! + match[0].length });
  }
  return tokens;
}

export function words(text: string): string[] {
  return text.match(TOKEN) ?? [];
}
