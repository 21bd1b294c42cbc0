import type { ArticleDraft } from './article.ts';

/**
 * Newsroom conventions found in the body of republished articles:
 *   "Sumber: The Guardian | Editor: Handoyo ."   credit header
 *   "KONTAN.CO.ID - JAKARTA. …"                  outlet and dateline
 *   "KYIV (Reuters) - …", "WASHINGTON (AP) — …"  dateline with wire credit
 *   "Jakarta - …" (detik), "KYIV - …"            dateline
 *   "Baca Juga: …", "Read more: …"                cross-links, not part of the story
 *   "By Al Jazeera Staff"                         byline, not part of the story
 *   "(Reporting by …; Editing by …)", "(rdp/rdp)" credits and editor codes
 *   "Advertisement", "Foto: …"                    page furniture and captions
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

const CROSS_LINK = /^(?:(?:baca|lihat|simak|tonton) juga\b|(?:baca|simak|read more|read also|related|see also|also read|more|watch)\s*:)/i;
const BYLINE_LINE = /^(?:[Bb]y|BY|[Oo]leh|[Pp]enulis|[Rr]eporter)\s+([\p{Lu}][\p{L}.'-]*(?:\s+(?:[\p{Lu}][\p{L}.'-]*|and|dan|&|,|de|van|al|bin))*?)\s*$/u;
const WIRE_CREDITS = /^\(?\s*(?:(?:additional )?reporting|writing|editing|compiled|translated)\s+by\b[^)]*\)?\.?$/i;
const TRAILING_CREDITS = /\s*\((?:(?:additional )?reporting|writing|editing)\s+by\b[^)]*\)\s*$/i;
const EDITOR_CODE = /\s*\((?:[a-z]{2,5}\/){1,3}[a-z]{2,5}\)\s*$/i;
const FURNITURE = /^(?:advertisement|advertisment|iklan|scroll to continue(?: with content)?|scroll untuk melanjutkan|share this article|bagikan|copy link|follow us on .*|ikuti .* di google news)\s*\.?$/i;
const CAPTION = /^\(?(?:foto|photo|file photo|picture|gambar|ilustrasi|image|caption|video|keterangan foto)\s*:/i;
// A city in Title case or capitals ("Jakarta - …", "KYIV - …"); not a wire slug ("EXCLUSIVE - …", "UPDATE 2 - …").
const CITY_DASH = /^(?!(?:EXCLUSIVE|UPDATE|ANALYSIS|FACTBOX|EXPLAINER|BREAKING|INSIGHT|WRAPUP|OPINION|NATO|LIVE)\b)([\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+)?|\p{Lu}{3,}(?:\s\p{Lu}{2,})?)\s+[-–—]\s+(?=[\p{Lu}"“])/u;
const HEADER_FIELD = /^\s*([\p{L} ]{2,12}?)\s*:\s*(.+?)\s*\.?\s*$/u;
const WIRE_DATELINE = /^([\p{Lu}][\p{Lu}\p{L} ,.'-]{1,60}?)\s*\(([^)]{2,40})\)\s*[-–—]+\s*/u;
// The city is in capitals ("KONTAN.CO.ID - JAKARTA.", "ANTARA - NEW YORK:"), or a place's one or two Title-case words
// after an outlet named by its domain ("REPUBLIKA.CO.ID - Jakarta,"): not the story's first words up to a comma
// ("BRUSSELS - The new cap on Russian crude, …", "JAKARTA - Presiden Joko Widodo, …").
const OUTLET_DATELINE =
  /^(?:([\p{Lu}0-9][\p{Lu}0-9.&' ]{1,40}?)\s+[-–—]\s+([\p{Lu}][\p{Lu} .'-]{1,40}?)|([\p{Lu}0-9][\p{Lu}0-9&']*\.[\p{Lu}0-9.&']+)\s+[-–—]\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?))[.,:]\s+/u;
const CREDIT_IN_TEXT = /\b(?:according to|menurut laporan|dilansir(?: dari)?|seperti dilansir|mengutip)\s+((?:The |the )?[\p{Lu}][\p{L}&.]*(?: [\p{Lu}][\p{L}&.]*){0,3})/u;
const WIRES = ['Reuters', 'AP', 'AFP', 'Associated Press', 'Bloomberg', 'Antara', 'Yonhap', 'Xinhua', 'TASS', 'Ukrinform', 'dpa', 'EFE', 'ANSA', 'Interfax', 'Kyodo', 'BBC', 'CNN', 'Al Jazeera'];

/** Whether a credit names a news agency or outlet known to publish its own stories ("Reuters", "AP"). */
export function isWire(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return WIRES.some((w) => w.toLowerCase() === lower);
}

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
    if (CROSS_LINK.test(line) || FURNITURE.test(line) || CAPTION.test(line) || WIRE_CREDITS.test(line)) continue;
    if (!sawStory) {
      const header = parseHeader(line);
      if (header) {
        for (const [k, v] of Object.entries(header)) (found as Record<string, string>)[k] ??= v as string;
        continue;
      }
      const byline = line.length <= 80 ? BYLINE_LINE.exec(line) : null;
      if (byline) {
        found.byline ??= byline[1].trim();
        continue;
      }
      const wire = WIRE_DATELINE.exec(line);
      const outletLine = wire ? null : OUTLET_DATELINE.exec(line);
      const cityLine = wire || outletLine ? null : CITY_DASH.exec(line);
      if (wire) {
        found.dateline ??= titleCaseCity(wire[1].replace(/,.*$/, ''));
        found.via ??= wire[2].trim();
        line = line.slice(wire[0].length);
      } else if (outletLine) {
        found.outlet ??= outletName(outletLine[1] ?? outletLine[3]);
        found.dateline ??= titleCaseCity(outletLine[2] ?? outletLine[4]);
        line = line.slice(outletLine[0].length);
      } else if (cityLine) {
        found.dateline ??= titleCaseCity(cityLine[1]);
        line = line.slice(cityLine[0].length);
      }
      sawStory = true;
    }
    kept.push(line);
  }
  // Credits and editor codes at the very end of the story ("…said. (Reporting by X; Editing by Y)", "(rdp/rdp)").
  for (let i = kept.length - 1; i >= 0; i--) {
    if (!kept[i]) continue;
    kept[i] = kept[i].replace(EDITOR_CODE, '').replace(TRAILING_CREDITS, '').trimEnd();
    if (kept[i]) break;
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
