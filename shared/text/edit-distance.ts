// Character edit distance for short strings (words, short claims): how many letters were typed, dropped, changed or
// swapped, so a typo fix ("yers" -> "years") reads as the same word and a claim's few changed letters as a small edit.

/**
 * Optimal-string-alignment distance between `a` and `b` (insertions, deletions, substitutions and swaps of two
 * neighbouring characters, each 1), or `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Math.max(a.length, b.length)): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const n = b.length;
  let before = new Int32Array(n + 1);
  let previous = new Int32Array(n + 1);
  let current = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] as number) + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[n] as number, limit + 1);
}

/** 1 for the same string, falling to 0 as the edits reach the longer one's length. */
export function editSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/**
 * Two different spellings of one word: a typo fixed or made, a letter added or dropped, an ending changed
 * ("task" / "tasks", "honored" / "honoured"). Words under four letters never count: "war" and "was" are two words.
 */
export function isNearWord(a: string, b: string): boolean {
  const shortest = Math.min(a.length, b.length);
  if (shortest < 4) return false;
  return editDistance(a, b, shortest < 6 ? 1 : 2) <= (shortest < 6 ? 1 : 2);
}
