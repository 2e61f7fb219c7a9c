// How deeply JSON text nests, found by one linear scan before parsing: walking a hostile file nested thousands of
// levels deep would otherwise exhaust the call stack ("Maximum call stack size exceeded").

/** Deeper than any file Factdesk writes or reads (projects nest about eight levels). */
export const MAX_JSON_NESTING = 256;

/**
 * The 1-based line where `text` first opens more than `max` arrays or objects inside each other, or null when it
 * never does. Brackets inside strings do not count.
 */
export function jsonTooDeepAt(text: string, max = MAX_JSON_NESTING): number | null {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return line;
    } else if (c === 93 || c === 125) depth--;
  }
  return null;
}
