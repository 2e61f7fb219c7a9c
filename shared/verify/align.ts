// Word alignment of a quote against candidate stretches of one source: every quote word is matched, changed or
// added; source words may be left out one by one, jumped over (two parts of one quote), covered by an ellipsis or
// stood in for by a [bracketed insertion]. Free at both ends of the source, so the quote finds its own span.
import type { QuoteItem } from './quote-parts';
import { MAX_BRACKET_REPLACES, SCORE } from './thresholds';

/** Where each quote item went: words to one column (or -1), ellipses and brackets to a range of columns. */
export interface Alignment {
  score: number;
  /** Per item: the column a word is paired with, -1 when it has none (ellipses and brackets: -1). */
  paired: Int32Array;
  /** Per item: 1 when a paired word is the same word. */
  equal: Uint8Array;
  /** Per ellipsis or bracket item: the columns [from, to) it covers. */
  from: Int32Array;
  to: Int32Array;
}

const DIAG = 1;
const UP = 2;
const LEFT = 3;
const JUMP = 4;
const COVER = 5;

/**
 * Aligns quote `items` (word ids in `itemIds`, -1 for words the sources lack) with the source positions `columns`
 * (ascending global word positions; a step between non-neighbouring positions costs a jump). `ids` gives each
 * position's word id.
 */
export function alignQuote(
  items: readonly QuoteItem[],
  itemIds: Int32Array,
  columns: Int32Array,
  ids: Int32Array,
): Alignment {
  const n = items.length;
  const m = columns.length;
  const width = m + 1;
  const score = new Int32Array((n + 1) * width);
  const from = new Uint8Array((n + 1) * width);
  const arg = new Int32Array((n + 1) * width);
  const colIds = new Int32Array(m);
  const gapBefore = new Uint8Array(m + 1);
  for (let j = 0; j < m; j++) {
    colIds[j] = ids[columns[j] as number] as number;
    if (j > 0 && columns[j] !== (columns[j - 1] as number) + 1) gapBefore[j + 1] = 1;
  }
  const best = new Int32Array(width);
  const bestAt = new Int32Array(width);
  const early = new Int32Array(width);
  const earlyAt = new Int32Array(width);
  for (let i = 1; i <= n; i++) {
    const prev = (i - 1) * width;
    const row = i * width;
    best[0] = score[prev] as number;
    bestAt[0] = 0;
    early[0] = score[prev] as number;
    earlyAt[0] = 0;
    for (let j = 1; j <= m; j++) {
      const s = score[prev + j] as number;
      // An ellipsis covers as few words as it can (ties to the later column); a jump leaves a part at its last
      // matching word (ties to the earlier column).
      if (s >= (best[j - 1] as number)) {
        best[j] = s;
        bestAt[j] = j;
      } else {
        best[j] = best[j - 1] as number;
        bestAt[j] = bestAt[j - 1] as number;
      }
      if (s > (early[j - 1] as number)) {
        early[j] = s;
        earlyAt[j] = j;
      } else {
        early[j] = early[j - 1] as number;
        earlyAt[j] = earlyAt[j - 1] as number;
      }
    }
    const item = items[i - 1] as QuoteItem;
    if (item.kind === 'elision') {
      for (let j = 0; j <= m; j++) {
        score[row + j] = best[j] as number;
        from[row + j] = COVER;
        arg[row + j] = bestAt[j] as number;
      }
      continue;
    }
    if (item.kind === 'bracket') {
      for (let j = 0; j <= m; j++) {
        let top = score[prev + j] as number;
        let at = j;
        for (let k = 1; k <= MAX_BRACKET_REPLACES && j - k >= 0; k++) {
          const s = score[prev + j - k] as number;
          if (s > top) {
            top = s;
            at = j - k;
          }
        }
        score[row + j] = top;
        from[row + j] = COVER;
        arg[row + j] = at;
      }
      continue;
    }
    const q = itemIds[i - 1] as number;
    score[row] = (score[prev] as number) + SCORE.added;
    from[row] = UP;
    for (let j = 1; j <= m; j++) {
      const pair = q >= 0 && colIds[j - 1] === q ? SCORE.match : SCORE.change;
      const crossing = gapBefore[j] ? SCORE.jump : 0;
      let top = (score[prev + j - 1] as number) + pair + (i > 1 ? crossing : 0);
      let how = DIAG;
      const up = (score[prev + j] as number) + SCORE.added;
      // On a tie an added word beats a changed one, so a part ends on its last matching word.
      if (up > top || (up === top && pair !== SCORE.match)) {
        top = up;
        how = UP;
      }
      const left = (score[row + j - 1] as number) + SCORE.dropped + crossing;
      if (left > top) {
        top = left;
        how = LEFT;
      }
      if (i > 1 && j >= 2 && pair === SCORE.match) {
        const jump = (early[j - 2] as number) + SCORE.jump + pair;
        if (jump > top) {
          top = jump;
          how = JUMP;
          arg[row + j] = earlyAt[j - 2] as number;
        }
      }
      score[row + j] = top;
      from[row + j] = how;
    }
  }
  return traceBack(items, score, from, arg, n, m, colIds, itemIds);
}

function traceBack(
  items: readonly QuoteItem[],
  score: Int32Array,
  from: Uint8Array,
  arg: Int32Array,
  n: number,
  m: number,
  colIds: Int32Array,
  itemIds: Int32Array,
): Alignment {
  const width = m + 1;
  let j = 0;
  for (let k = 1; k <= m; k++) if ((score[n * width + k] as number) > (score[n * width + j] as number)) j = k;
  const result: Alignment = {
    score: score[n * width + j] as number,
    paired: new Int32Array(n).fill(-1),
    equal: new Uint8Array(n),
    from: new Int32Array(n).fill(-1),
    to: new Int32Array(n).fill(-1),
  };
  let i = n;
  while (i > 0) {
    const here = i * width + j;
    const how = from[here];
    if (how === DIAG || how === JUMP) {
      result.paired[i - 1] = j - 1;
      result.equal[i - 1] = itemIds[i - 1] === colIds[j - 1] && (itemIds[i - 1] as number) >= 0 ? 1 : 0;
      j = how === DIAG ? j - 1 : (arg[here] as number);
      i--;
    } else if (how === UP) {
      i--;
    } else if (how === LEFT) {
      j--;
    } else {
      const start = arg[here] as number;
      result.from[i - 1] = start;
      result.to[i - 1] = j;
      j = start;
      i--;
    }
    if (i > 0 && items[i - 1] === undefined) break;
  }
  return result;
}
