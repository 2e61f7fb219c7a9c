// A common subsequence of two token-id sequences, fast on whole drafts: common ends trimmed, unique tokens as
// anchors (patience diff), an exact LCS table only for the small stretches between anchors.

/** Stretches up to this many cells get an exact longest common subsequence; larger ones without anchors do not. */
const MAX_TABLE_CELLS = 4_000_000;
const SMALL_CELLS = 40_000;

/**
 * Matches equal tokens of `a` and `b` in order. Returns flat pairs [i0, j0, i1, j1, ...] with both indices
 * increasing: a longest common subsequence on small inputs, a patience-anchored approximation of one on large ones.
 */
export function matchSequences(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const out: number[] = [];
  matchRange(a, 0, a.length, b, 0, b.length, out);
  return out;
}

function matchRange(
  a: ArrayLike<number>,
  aLo: number,
  aHi: number,
  b: ArrayLike<number>,
  bLo: number,
  bHi: number,
  out: number[],
): void {
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
    out.push(aLo++, bLo++);
  }
  let tail = 0;
  while (aHi - tail > aLo && bHi - tail > bLo && a[aHi - tail - 1] === b[bHi - tail - 1]) tail++;
  const innerAHi = aHi - tail;
  const innerBHi = bHi - tail;
  if (aLo < innerAHi && bLo < innerBHi) {
    const cells = (innerAHi - aLo) * (innerBHi - bLo);
    if (cells <= SMALL_CELLS || !matchByAnchors(a, aLo, innerAHi, b, bLo, innerBHi, out)) {
      if (cells <= MAX_TABLE_CELLS) matchByTable(a, aLo, innerAHi, b, bLo, innerBHi, out);
    }
  }
  for (let k = tail; k > 0; k--) out.push(aHi - k, bHi - k);
}

/** Patience step: tokens that occur once on each side, longest increasing run of them, recurse between. */
function matchByAnchors(
  a: ArrayLike<number>,
  aLo: number,
  aHi: number,
  b: ArrayLike<number>,
  bLo: number,
  bHi: number,
  out: number[],
): boolean {
  const countA = new Map<number, number>();
  for (let i = aLo; i < aHi; i++) {
    const t = a[i] as number;
    countA.set(t, countA.get(t) === undefined ? i : -1);
  }
  const countB = new Map<number, number>();
  for (let j = bLo; j < bHi; j++) {
    const t = b[j] as number;
    if (countA.has(t)) countB.set(t, countB.get(t) === undefined ? j : -1);
  }
  const pairs: [number, number][] = [];
  for (let i = aLo; i < aHi; i++) {
    const t = a[i] as number;
    if (countA.get(t) !== i) continue;
    const j = countB.get(t);
    if (j !== undefined && j >= 0) pairs.push([i, j]);
  }
  const chain = longestIncreasing(pairs);
  if (chain.length === 0) return false;
  let pa = aLo;
  let pb = bLo;
  for (const [i, j] of chain) {
    matchRange(a, pa, i, b, pb, j, out);
    out.push(i, j);
    pa = i + 1;
    pb = j + 1;
  }
  matchRange(a, pa, aHi, b, pb, bHi, out);
  return true;
}

/** Longest run of pairs (ordered by i) whose j increases, by patience sorting. */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tops: number[] = [];
  const back = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const j = (pairs[k] as [number, number])[1];
    let lo = 0;
    let hi = tops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tops[mid] as number] as [number, number])[1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[k] = tops[lo - 1] as number;
    tops[lo] = k;
  }
  const chain: [number, number][] = [];
  for (let k = tops.length ? (tops[tops.length - 1] as number) : -1; k >= 0; k = back[k] as number) {
    chain.push(pairs[k] as [number, number]);
  }
  return chain.reverse();
}

/** Exact longest common subsequence by dynamic programming over the stretch. */
function matchByTable(
  a: ArrayLike<number>,
  aLo: number,
  aHi: number,
  b: ArrayLike<number>,
  bLo: number,
  bHi: number,
  out: number[],
): void {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    const ai = a[aLo + i];
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        ai === b[bLo + j]
          ? (table[(i + 1) * width + j + 1] as number) + 1
          : Math.max(table[(i + 1) * width + j] as number, table[i * width + j + 1] as number);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[aLo + i] === b[bLo + j]) {
      out.push(aLo + i, bLo + j);
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] as number) >= (table[i * width + j + 1] as number)) i++;
    else j++;
  }
}
