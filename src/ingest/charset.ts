export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as ("utf-8", "windows-1252"…). */
  encoding: string;
  /** A declared charset that was unknown or wrong, a guess that was made. */
  warnings: string[];
}

const XML_ENCODING = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;
const HTML_CHARSET = /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i;

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The charset the document itself declares: `<?xml … encoding="…"?>` or `<meta charset>`. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return (XML_ENCODING.exec(head)?.[1] ?? HTML_CHARSET.exec(head)?.[1])?.toLowerCase();
}

function decoderFor(label: string, fatal: boolean): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return undefined;
  }
}

/**
 * Feed or page bytes as text. The byte-order mark decides; then the charset of
 * the HTTP Content-Type; then the document's own declaration; then UTF-8, and
 * windows-1252 (with a warning) when the bytes are not valid UTF-8.
 */
export function decodeDocument(bytes: Uint8Array, headerCharset?: string): DecodedText {
  const warnings: string[] = [];
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, warnings };
  if (bytes.subarray(0, 8192).includes(0)) throw new Error('binary content, not a text document');
  const declared: { label: string; where: string }[] = [];
  if (headerCharset) declared.push({ label: headerCharset.toLowerCase(), where: 'the HTTP header' });
  const own = declaredCharset(bytes);
  if (own) declared.push({ label: own, where: 'the document' });
  for (const { label, where } of declared) {
    const decoder = decoderFor(label, true);
    if (!decoder) {
      warnings.push(`unknown charset "${label}" declared in ${where}, ignored`);
      continue;
    }
    try {
      return { text: decoder.decode(bytes), encoding: decoder.encoding, warnings };
    } catch {
      warnings.push(`not valid ${label} as declared in ${where}`);
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warnings };
  } catch {
    warnings.push('not valid UTF-8 and no usable charset declared: read as windows-1252');
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', warnings };
  }
}
