// HTML character references (&amp;, &eacute;, &#x41;) decoded with htmlparser2's own entity tables, for the
// importers that meet them outside an HTML document: Markdown inline text and subtitle cues.
import { Parser } from 'htmlparser2';

/** A named or numeric character reference, as it appears in text. */
export const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

const decoded = new Map<string, string>();

/** Decodes one character reference ("&amp;" -> "&"); one that HTML does not know stays as written. */
export function decodeEntity(entity: string): string {
  const known = decoded.get(entity);
  if (known !== undefined) return known;
  let out = '';
  const parser = new Parser({ ontext: (text) => (out += text) }, { decodeEntities: true });
  parser.write(entity);
  parser.end();
  if (decoded.size < 10_000) decoded.set(entity, out);
  return out;
}

/** Decodes every character reference in `text`. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(new RegExp(ENTITY.source, 'g'), decodeEntity) : text;
}
