import { lazyRequire } from '../lazy-require.ts';

const iconvLite = lazyRequire<typeof import('iconv-lite')>('iconv-lite');
const jschardetLib = lazyRequire<typeof import('jschardet')>('jschardet');

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as ("utf-8", "windows-1252"…). */
  encoding: string;
  /** A declared charset that was unknown or wrong, a guess that was made, a repair. */
  warnings: string[];
}

const XML_ENCODING = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;
const HTML_CHARSET = /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i;
/** What browsers read these labels as (the WHATWG Encoding Standard): ISO-8859-1 and ASCII are windows-1252 there. */
const BROWSER_LABELS: Record<string, string> = {
  'iso-8859-1': 'windows-1252', iso8859_1: 'windows-1252', 'iso8859-1': 'windows-1252', latin1: 'windows-1252', l1: 'windows-1252',
  'us-ascii': 'windows-1252', ascii: 'windows-1252', 'x-cp1252': 'windows-1252', cp1252: 'windows-1252', cp819: 'windows-1252',
  'iso-8859-9': 'windows-1254', latin5: 'windows-1254', 'tis-620': 'windows-874', 'iso-8859-11': 'windows-874',
};

/** Below this, a detected charset is used but said to be a guess. */
const SURE_CONFIDENCE = 0.8;

/** The byte-order mark's encoding and length. UTF-32LE's mark begins like UTF-16LE's: it is checked first. */
function bomOf(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32le', length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * UTF-16 or UTF-32 without a byte-order mark, from the zero bytes ASCII
 * characters leave: "<?" as XML 1.0 Appendix F lists it, or mostly-ASCII text
 * whose every second (or every fourth) byte is zero.
 */
function wideEncodingOf(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0 && b === 0 && c === 0 && d === 0x3c) return 'utf-32be';
  if (a === 0x3c && b === 0 && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0x3c && c === 0 && d === 0x3f) return 'utf-16be';
  if (a === 0x3c && b === 0 && c === 0x3f && d === 0) return 'utf-16le';
  const head = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 4));
  if (head.length < 8) return undefined;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < head.length; i++) if (head[i] === 0) zeros[i % 4]++;
  const quarter = head.length / 4;
  const mostly = (n: number) => n >= quarter * 0.7;
  const rarely = (n: number) => n <= quarter * 0.1;
  if (mostly(zeros[1]) && mostly(zeros[2]) && mostly(zeros[3]) && rarely(zeros[0])) return 'utf-32le';
  if (mostly(zeros[0]) && mostly(zeros[1]) && mostly(zeros[2]) && rarely(zeros[3])) return 'utf-32be';
  if (mostly(zeros[1]) && mostly(zeros[3]) && rarely(zeros[0]) && rarely(zeros[2])) return 'utf-16le';
  if (mostly(zeros[0]) && mostly(zeros[2]) && rarely(zeros[1]) && rarely(zeros[3])) return 'utf-16be';
  return undefined;
}

/** The charset the document itself declares: `<?xml … encoding="…"?>` or `<meta charset>`. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return (XML_ENCODING.exec(head)?.[1] ?? HTML_CHARSET.exec(head)?.[1])?.toLowerCase();
}

function validUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Bytes in a charset iconv-lite knows (every WHATWG and legacy one), never Node's own windows-1252, which acts as Latin-1 on Node 20.18+/22.13+. */
function decodeAs(bytes: Uint8Array, label: string): string {
  return iconvLite().decode(Buffer.from(bytes), label, { stripBOM: true });
}

/** Marks of UTF-8 read as windows-1252: "â€™" for ’, "Ã©" for é, "Â " for a no-break space. */
const MOJIBAKE = /[ÃÂâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/**
 * Text encoded to UTF-8 twice ("â€¦" for "…"), put right when that is
 * unambiguous: the whole text, taken back to windows-1252 bytes, is valid
 * UTF-8. Text with a real "Ã" or "â" in it does not pass and is left alone.
 */
export function repairDoubleEncoding(text: string): string | undefined {
  if (!MOJIBAKE.test(text)) return undefined;
  const bytes = iconvLite().encode(text, 'windows-1252');
  // A character windows-1252 cannot hold became "?": then it was not mojibake.
  if (iconvLite().decode(bytes, 'windows-1252') !== text) return undefined;
  const repaired = validUtf8(bytes);
  return repaired !== undefined && repaired !== text ? repaired : undefined;
}

function finish(text: string, encoding: string, warnings: string[]): DecodedText {
  const repaired = repairDoubleEncoding(text);
  if (repaired === undefined) return { text, encoding, warnings };
  return { text: repaired, encoding, warnings: [...warnings, 'text was encoded to UTF-8 twice ("â€¦" for "…"): repaired'] };
}

/**
 * Document bytes as text, the way a browser would read them. The byte-order
 * mark decides; then UTF-16/UTF-32 seen in the first bytes; then the charset
 * of the HTTP Content-Type, then the document's own declaration; then UTF-8
 * when the bytes are valid UTF-8; else the charset detected from the bytes
 * (jschardet), with a warning, windows-1252 when nothing is detected. Throws
 * on binary content.
 */
export function decodeDocument(bytes: Uint8Array, headerCharset?: string): DecodedText {
  const warnings: string[] = [];
  const bom = bomOf(bytes);
  if (bom) return finish(decodeAs(bytes.subarray(bom.length), bom.encoding), bom.encoding, warnings);
  const wide = wideEncodingOf(bytes);
  if (wide) return finish(decodeAs(bytes, wide), wide, warnings);
  if (bytes.subarray(0, 8192).includes(0)) throw new Error('binary content, not a text document');
  const declared: { label: string; where: string }[] = [];
  if (headerCharset) declared.push({ label: headerCharset.toLowerCase(), where: 'the HTTP header' });
  const own = declaredCharset(bytes);
  if (own) declared.push({ label: own, where: 'the document' });
  for (const { label: declaredLabel, where } of declared) {
    const label = BROWSER_LABELS[declaredLabel] ?? declaredLabel;
    if (!iconvLite().encodingExists(label)) {
      warnings.push(`unknown charset "${declaredLabel}" declared in ${where}, ignored`);
      continue;
    }
    if (/^utf-?8$/.test(label)) {
      const text = validUtf8(bytes);
      if (text !== undefined) return finish(text.replace(/^\ufeff/, ''), 'utf-8', warnings);
      warnings.push(`not valid ${declaredLabel} as declared in ${where}`);
      continue;
    }
    return finish(decodeAs(bytes, label), label, warnings);
  }
  const utf8 = validUtf8(bytes);
  if (utf8 !== undefined) return finish(utf8, 'utf-8', warnings);
  const detected = jschardetLib().detect(Buffer.from(bytes.subarray(0, 64 * 1024)));
  const detectedName = detected.encoding?.toLowerCase();
  const name = detectedName && (BROWSER_LABELS[detectedName] ?? detectedName);
  if (name && name !== 'ascii' && name !== 'utf-8' && iconvLite().encodingExists(name)) {
    const sure = detected.confidence >= SURE_CONFIDENCE;
    warnings.push(`no charset declared and not valid UTF-8: read as ${name}${sure ? '' : `, a guess (confidence ${Math.round(detected.confidence * 100)} %)`}`);
    return finish(decodeAs(bytes, name), name, warnings);
  }
  warnings.push('not valid UTF-8 and no usable charset declared: read as windows-1252');
  return finish(decodeAs(bytes, 'windows-1252'), 'windows-1252', warnings);
}
