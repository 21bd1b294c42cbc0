import { createRequire } from 'node:module';
import type { parseHTML as ParseHTML } from 'linkedom';

const require = createRequire(import.meta.url);
let parse: typeof ParseHTML | undefined;

/** linkedom's parseHTML, loaded at the first page or feed that needs a DOM (≈0.4 s): a question needs none. */
export function parseHTML(html: string): ReturnType<typeof ParseHTML> {
  parse ??= (require('linkedom') as { parseHTML: typeof ParseHTML }).parseHTML;
  return parse(html);
}
