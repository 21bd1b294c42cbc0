import type { ArticleDraft } from './article.ts';

/**
 * Newsroom conventions found in the body of republished articles:
 *   "Sumber: The Guardian | Editor: Handoyo ."   credit header
 *   "KONTAN.CO.ID - JAKARTA. …"                  outlet and dateline
 *   "KYIV (Reuters) - …", "WASHINGTON (AP) — …"  dateline with wire credit
 *   "Baca Juga: …", "Read more: …"                cross-links, not part of the story
 */

const HEADER_KEYS: Record<string, keyof ArticleDraft> = {
  sumber: 'via',
  source: 'via',
  editor: 'editor',
  penulis: 'byline',
  reporter: 'byline',
  author: 'byline',
  by: 'byline',
  oleh: 'byline',
};

const CROSS_LINK = /^(?:baca juga|baca|lihat juga|simak juga|simak|tonton juga|read more|read also|related|see also|also read|more|watch)\s*:/i;
const HEADER_FIELD = /^\s*([\p{L} ]{2,12}?)\s*:\s*(.+?)\s*\.?\s*$/u;
const WIRE_DATELINE = /^([\p{Lu}][\p{Lu}\p{L} ,.'-]{1,60}?)\s*\(([^)]{2,40})\)\s*[-–—]+\s*/u;
const OUTLET_DATELINE = /^([\p{Lu}0-9][\p{Lu}0-9.&' ]{1,40}?)\s+[-–—]\s+([\p{Lu}][\p{Lu}\p{L} .'-]{1,40}?)[.,:]\s+/u;
const CREDIT_IN_TEXT = /\b(?:according to|menurut laporan|dilansir(?: dari)?|seperti dilansir|mengutip)\s+((?:The |the )?[\p{Lu}][\p{L}&.]*(?: [\p{Lu}][\p{L}&.]*){0,3})/u;
const WIRES = ['Reuters', 'AP', 'AFP', 'Associated Press', 'Bloomberg', 'Antara', 'Yonhap', 'Xinhua', 'TASS', 'Ukrinform', 'dpa', 'EFE', 'ANSA', 'Interfax', 'Kyodo', 'BBC', 'CNN', 'Al Jazeera'];

/** "KONTAN.CO.ID" → "KONTAN", "DETIK.COM" → "DETIK" */
export function outletName(raw: string): string {
  return raw.replace(/\.(?:co\.id|com|id|net|org|co\.uk)$/i, '').trim();
}

function parseHeader(line: string): Partial<ArticleDraft> | null {
  const fields: Partial<ArticleDraft> = {};
  const parts = line.split('|');
  for (const part of parts) {
    const match = HEADER_FIELD.exec(part);
    if (!match) return null;
    const key = HEADER_KEYS[match[1].trim().toLowerCase()];
    if (!key) return null;
    (fields as Record<string, string>)[key] = match[2].replace(/\s+\.$/, '').trim();
  }
  return Object.keys(fields).length ? fields : null;
}

function titleCaseCity(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Applies the conventions to a raw body: returns the clean story text and what the conventions told. */
export function applyConventions(body: string): { text: string; found: Partial<ArticleDraft> } {
  const found: Partial<ArticleDraft> = {};
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  let sawStory = false;
  for (const rawLine of lines) {
    let line = rawLine.trim();
    if (!line) {
      kept.push('');
      continue;
    }
    if (CROSS_LINK.test(line)) continue;
    if (!sawStory) {
      const header = parseHeader(line);
      if (header) {
        for (const [k, v] of Object.entries(header)) (found as Record<string, string>)[k] ??= v as string;
        continue;
      }
      const wire = WIRE_DATELINE.exec(line);
      const outletLine = wire ? null : OUTLET_DATELINE.exec(line);
      if (wire) {
        found.dateline ??= titleCaseCity(wire[1].replace(/,.*$/, ''));
        found.via ??= wire[2].trim();
        line = line.slice(wire[0].length);
      } else if (outletLine) {
        found.outlet ??= outletName(outletLine[1]);
        found.dateline ??= titleCaseCity(outletLine[2]);
        line = line.slice(outletLine[0].length);
      }
      sawStory = true;
    }
    kept.push(line);
  }
  const text = kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  if (!found.via) {
    const credit = CREDIT_IN_TEXT.exec(text);
    const name = credit?.[1]?.trim();
    if (name && WIRES.concat(['The Guardian', 'The New York Times', 'The Washington Post', 'The Wall Street Journal', 'Financial Times', 'The Telegraph', 'The Times', 'Kyiv Independent', 'Kyiv Post']).some((w) => w.toLowerCase() === name.toLowerCase())) {
      found.via = name;
    }
  }
  return { text, found };
}
