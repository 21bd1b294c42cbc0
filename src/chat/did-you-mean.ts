/** Edits between two words, a swap of neighbours counting as one ("aks" is one edit from "ask"). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The known name a typo most likely meant: at most two edits away, and at most one for short names. */
export function closest(typed: string, known: Iterable<string>): string | undefined {
  const word = typed.toLowerCase();
  let best: { name: string; edits: number } | undefined;
  for (const name of known) {
    const edits = distance(word, name);
    if (edits > 0 && edits <= Math.min(2, Math.floor(name.length / 2)) && (!best || edits < best.edits)) best = { name, edits };
  }
  return best?.name;
}
