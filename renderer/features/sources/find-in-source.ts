// Find-in-source: every occurrence of what the reporter types, across a source's passages, ignoring case and accents
// ("jose" finds "José"); offsets point into each passage's own text so the matches can be marked exactly. Pure.

/** One occurrence: passage index in the list, [start, end) in its text. */
export interface FindMatch {
  passage: number;
  start: number;
  end: number;
}

/** Folds text for matching and keeps, for each folded character, the offset of the character it came from. */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    i += ch.length;
  }
  map.push(text.length);
  return { folded, map };
}

/** All matches of `query` (folded, whitespace runs as one space) in the texts, in reading order. */
export function findInTexts(texts: readonly string[], query: string, max = 5000): FindMatch[] {
  const wanted = foldWithMap(query.trim().replace(/\s+/gu, ' ')).folded;
  if (!wanted) return [];
  const out: FindMatch[] = [];
  texts.forEach((text, passage) => {
    if (out.length >= max) return;
    const { folded, map } = foldWithMap(text.replace(/\s/gu, ' '));
    for (
      let at = folded.indexOf(wanted);
      at >= 0 && out.length < max;
      at = folded.indexOf(wanted, at + wanted.length)
    ) {
      out.push({ passage, start: map[at] as number, end: map[at + wanted.length] as number });
    }
  });
  return out;
}

/** The next match index after `current`, wrapping; -1 when there are none. */
export function stepMatch(count: number, current: number, by: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return by === 1 ? 0 : count - 1;
  return (current + by + count) % count;
}
