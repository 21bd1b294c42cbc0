import { readFileSync, statSync } from 'node:fs';

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export class InputError extends Error {}

const HTML_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i;

/**
 * A text file's content, or an InputError naming why it cannot be read as one:
 * empty, too big, binary, or not in its declared (or UTF-8) encoding.
 */
export function readTextFile(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): string {
  const size = statSync(path).size;
  if (size === 0) throw new InputError('empty file');
  if (size > maxBytes) throw new InputError(`too large (${formatBytes(size)}, limit ${formatBytes(maxBytes)})`);
  const bytes = readFileSync(path);
  return decodeText(bytes, path.toLowerCase().endsWith('.html') || path.toLowerCase().endsWith('.htm'));
}

export function decodeText(bytes: Buffer, isHtml = false): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError('binary file, not text');
  let label = 'utf-8';
  if (isHtml) {
    const declared = HTML_CHARSET.exec(head.toString('latin1'))?.[1];
    if (declared) label = declared.toLowerCase();
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new InputError(`unknown character encoding "${label}"`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(`not valid ${label.toUpperCase()} text (convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8)`);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
