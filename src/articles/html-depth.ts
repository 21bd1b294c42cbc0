/**
 * How deeply an HTML document nests its elements, by a linear scan of its
 * tags. Extraction (linkedom, then Readability) takes time that grows with
 * the cube of the nesting (2,000 nested <div>s, 22 KB: about a minute), and
 * no news page nests more than a hundred or so: deeper is refused at once.
 */
export const MAX_HTML_DEPTH = 200;

// Elements without content, and those whose end tag may be left out (a browser closes them itself).
const UNNESTED = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'html', 'head', 'body',
]);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->/g;

export function htmlDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const match of html.matchAll(TAG)) {
    const name = match[2]?.toLowerCase();
    if (!name || UNNESTED.has(name) || match[3]) continue;
    if (match[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/** Throws a one-line reason when the HTML nests deeper than any article page does. */
export function checkHtmlDepth(html: string): void {
  const depth = htmlDepth(html);
  if (depth > MAX_HTML_DEPTH) throw new Error(`HTML nested ${depth} elements deep (more than ${MAX_HTML_DEPTH}): not an article page`);
}
