/**
 * Whose words a passage gives: "Kremlin spokesman Dmitry Peskov said …" is
 * the Kremlin's; "Zelenskyy said Kyiv was ready to hand the soldiers back to
 * Kim Jong-un" is not Kim's. A question asking what someone said is answered
 * only by words attributed to them.
 */
import { analyzeWord, normalizeWord } from '../text/analyze.ts';
import { tokenize } from '../text/tokenize.ts';

// Verbs and phrases of saying, as news writes them (as written: the index's analysis drops "said" as a stopword).
const SAYING = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'stated', 'added', 'warned', 'announced', 'claimed', 'wrote', 'according', 'denied', 'accused', 'called', 'described',
  'insisted', 'replied', 'responded', 'reacted', 'urged', 'vowed', 'condemned', 'rejected', 'declared', 'argued', 'noted', 'stressed', 'explained', 'commented',
  'admitted', 'confirmed', 'posted', 'thanked', 'asked', 'demanded', 'pledged', 'promised', 'suggested', 'threatened', 'offered', 'proposed', 'welcomed',
  'statement', 'spokesman', 'spokeswoman', 'spokesperson',
  'mengatakan', 'kata', 'katanya', 'ujar', 'ujarnya', 'tutur', 'menyatakan', 'menegaskan', 'menambahkan', 'menyebut', 'menurut', 'mengungkapkan', 'menjelaskan',
  'memperingatkan', 'membantah', 'menuduh', 'mengecam', 'menolak', 'menanggapi', 'menyerukan', 'berkata', 'pernyataan', 'jubir', 'juru', 'mengaku', 'mengakui',
  'mengumumkan', 'menyampaikan', 'mengklaim', 'menilai', 'meminta', 'mendesak', 'berjanji', 'menyebutkan', 'mengingatkan', 'menekankan', 'menyambut', 'mengancam', 'menawarkan',
]);

/** How many words before a verb of saying its speaker may be named ("Donald Trump ragu …, dengan mengatakan"), and after it ("kata Presiden Zelensky"). */
const BEFORE = 12;
const AFTER = 4;

/** Whether a passage's text gives words of one named by any of `aliases` (each an alias's index terms, in `lang`'s analysis). */
export function spokenBy(text: string, lang: string, aliases: readonly (readonly string[])[]): boolean {
  const tokens = tokenize(text);
  const verbs: number[] = [];
  // Each index term with the word it comes from, so that a name of several words is found in order.
  const terms: { term: string; at: number }[] = [];
  tokens.forEach((token, at) => {
    if (SAYING.has(normalizeWord(token.text))) verbs.push(at);
    for (const term of analyzeWord(token.text, lang)) terms.push({ term, at });
  });
  if (!verbs.length) return false;
  for (const alias of aliases) {
    for (let i = 0; i + alias.length <= terms.length; i++) {
      if (!alias.every((term, k) => terms[i + k].term === term)) continue;
      const [first, last] = [terms[i].at, terms[i + alias.length - 1].at];
      if (verbs.some((v) => (v > last && v - last <= BEFORE) || (v < first && first - v <= AFTER))) return true;
    }
  }
  return false;
}
