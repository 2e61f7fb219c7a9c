// How close a typed word is to an indexed word: exact, a prefix while typing, the same stem, or a few typos
// (Damerau-Levenshtein with a bound that grows with the word's length).
import { stem } from './words';

/** Typos allowed for a typed word of this length: none up to 3 letters, 1 up to 5, 2 up to 8, 3 beyond. */
export function allowedTypos(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : length <= 8 ? 2 : 3;
}

const rowA: number[] = [];
const rowB: number[] = [];
const rowC: number[] = [];

/**
 * Optimal-string-alignment distance between `a` and `b` (insert, delete, substitute, swap two neighbours), or
 * `max + 1` as soon as it is sure to exceed `max`.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m] as number;
}

/** How a typed word matched an indexed word. */
export type MatchKind = 'none' | 'exact' | 'prefix' | 'stem' | 'typo' | 'typo-prefix';

/** Similarity in 0..1 of a typed word to an indexed word, and how it matched. */
export interface WordMatch {
  sim: number;
  kind: MatchKind;
  /** For prefix matches, how many folded characters of the indexed word were typed. */
  prefixLength: number;
}

const NONE: WordMatch = { sim: 0, kind: 'none', prefixLength: 0 };

/** A bit per letter a-z (and five buckets for other characters) present in `word`: a cheap typo pre-check. */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    mask |= c >= 0x61 && c <= 0x7a ? 1 << (c - 0x61) : 1 << (26 + (c % 5));
  }
  return mask;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** A typed word prepared for comparison with many indexed words. */
export interface TypedWord {
  text: string;
  stem: string;
  mask: number;
  /** The word being typed: a prefix of an indexed word is a near-perfect match. */
  partial: boolean;
}

/**
 * Compares a typed word with an indexed word (whose letter mask is `wordMask`). Cheap tests come first: equality,
 * prefix, stem when the first three letters agree, then letters that could not come from `max` typos.
 */
export function matchWord(typed: TypedWord, word: string, wordMask: number): WordMatch {
  const t = typed.text;
  if (t === word) return { sim: 1, kind: 'exact', prefixLength: word.length };
  const n = t.length;
  const partial = typed.partial;
  if (word.length > n && word.startsWith(t)) {
    if (partial) return { sim: 0.97 - 0.05 * Math.min(1, (word.length - n) / 6), kind: 'prefix', prefixLength: n };
    if (n >= 4) return { sim: 0.7, kind: 'prefix', prefixLength: n };
  }
  if (
    n >= 4 &&
    typed.stem.length >= 3 &&
    word.length >= 3 &&
    word.charCodeAt(0) === t.charCodeAt(0) &&
    word.charCodeAt(1) === t.charCodeAt(1) &&
    word.charCodeAt(2) === t.charCodeAt(2) &&
    typed.stem === stem(word)
  ) {
    return { sim: 0.9, kind: 'stem', prefixLength: 0 };
  }
  const max = allowedTypos(n);
  if (max === 0) return NONE;
  if (popcount(typed.mask & ~wordMask) > max) return NONE;
  if (!partial && popcount(wordMask & ~typed.mask) > max) return NONE;
  const full = boundedDistance(t, word, max);
  if (full <= max) return { sim: 0.9 - (0.5 * full) / Math.max(n, word.length), kind: 'typo', prefixLength: 0 };
  if (!partial || word.length <= n) return NONE;
  let best = max + 1;
  let length = n;
  for (const cut of [n, n + 1, n - 1]) {
    const d = boundedDistance(t, word.slice(0, cut), max);
    if (d < best) {
      best = d;
      length = cut;
    }
  }
  if (best > max) return NONE;
  return { sim: 0.86 - (0.45 * best) / n, kind: 'typo-prefix', prefixLength: length };
}
