import { readFileSync, statSync } from 'node:fs';
import { decodeDocument } from './charset.ts';

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export class InputError extends Error {}

/**
 * A text file's content, or an InputError naming why it cannot be read as one:
 * empty, too big, or binary. Its encoding is read as a browser would (BOM,
 * UTF-16/32 without one, the document's declaration, UTF-8, else detected);
 * a guess or a repair comes back as a warning.
 */
export function readTextFile(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): { text: string; warnings: string[] } {
  const size = statSync(path).size;
  if (size === 0) throw new InputError('empty file');
  if (size > maxBytes) throw new InputError(`too large (${formatBytes(size)}, limit ${formatBytes(maxBytes)})`);
  try {
    const { text, warnings } = decodeDocument(readFileSync(path));
    return { text, warnings };
  } catch (error) {
    throw new InputError(/binary/.test((error as Error).message) ? 'binary file, not text' : (error as Error).message);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
