// Keys for suggestions, so a dismissal is remembered in later draft versions: the kind, the words (normalised) and
// which occurrence of those words it is. Edits elsewhere in the draft leave a key unchanged.
import type { ClaimKind } from './claim';

function normalizeWords(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key of the suggestion at [start, end) of `draft`: stable while its words and their order of occurrence stay. */
export function suggestionKey(draft: string, s: { start: number; end: number; kind: ClaimKind }): string {
  const words = normalizeWords(draft.slice(s.start, s.end));
  let occurrence = 0;
  const needle = draft.slice(s.start, s.end);
  for (let at = draft.indexOf(needle); at >= 0 && at < s.start; at = draft.indexOf(needle, at + 1)) occurrence++;
  return `${s.kind}:${occurrence}:${words}`;
}
