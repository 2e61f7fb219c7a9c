// A quote placed in one source, item by item, in source positions: what it keeps, changes, adds and leaves out,
// where it jumps (the joins of a stitched quote), and the parts those joins cut it into.
import type { Placement } from './place-quote';
import { wordFrequency, type QuoteIndex } from './quote-index';
import type { QuoteItem } from './quote-parts';
import { MAX_DROPPED_RUN } from './thresholds';

export interface Placed {
  source: number;
  /** Per item: the source position of a paired word, -1 for none. */
  pos: Int32Array;
  /** Per item: 1 when the paired word is the same word. */
  equal: Uint8Array;
  /** Per ellipsis or bracket item: the source positions [from, to) it covers (-1 when none). */
  coverFrom: Int32Array;
  coverTo: Int32Array;
}

export interface PlacedStats {
  words: number;
  matched: number;
  changed: number;
  added: number;
  dropped: number;
  elided: number;
  joins: number;
  /** The same, weighted by how rare each word is in the sources (see wordWeight): kept, and changed, added or
   *  dropped. */
  keptWeight: number;
  lostWeight: number;
  /** Runs of items between joins: [first item, last item, first position, last position]. */
  parts: [number, number, number, number][];
}

/** Turns an alignment over window columns into source positions. */
export function toPlaced(placement: Placement): Placed {
  const { alignment, columns } = placement;
  const n = alignment.paired.length;
  const placed: Placed = {
    source: placement.source,
    pos: new Int32Array(n).fill(-1),
    equal: alignment.equal.slice(),
    coverFrom: new Int32Array(n).fill(-1),
    coverTo: new Int32Array(n).fill(-1),
  };
  for (let i = 0; i < n; i++) {
    const c = alignment.paired[i] as number;
    if (c >= 0) placed.pos[i] = columns[c] as number;
    const from = alignment.from[i] as number;
    const to = alignment.to[i] as number;
    if (from >= 0 && to > from) {
      placed.coverFrom[i] = columns[from] as number;
      placed.coverTo[i] = (columns[to - 1] as number) + 1;
    }
  }
  return placed;
}

/** How much a word says about a place: the log of its rarity in the sources; words no source has count most. */
export function wordWeight(index: QuoteIndex, id: number): number {
  return Math.log((index.ids.length + 1) / (wordFrequency(index, id) + 1));
}

/** Counts what the placement keeps and changes, and cuts it into parts at every join. */
export function placedStats(
  index: QuoteIndex,
  items: readonly QuoteItem[],
  ids: Int32Array,
  placed: Placed,
): PlacedStats {
  const stats: PlacedStats = {
    words: 0,
    matched: 0,
    changed: 0,
    added: 0,
    dropped: 0,
    elided: 0,
    joins: 0,
    keptWeight: 0,
    lostWeight: 0,
    parts: [],
  };
  let last = -1;
  let covered = false;
  let part: [number, number, number, number] | null = null;
  const consume = (i: number, a: number, b: number): void => {
    if (last >= 0) {
      const gap = a - last - 1;
      if (a <= last || (!covered && gap > MAX_DROPPED_RUN)) {
        stats.joins++;
        part = null;
      } else if (gap > 0 && !covered) {
        stats.dropped += gap;
        for (let p = last + 1; p < a; p++) stats.lostWeight += wordWeight(index, index.ids[p] as number);
      }
    }
    if (!part) {
      part = [i, i, a, b];
      stats.parts.push(part);
    }
    part[1] = i;
    part[2] = Math.min(part[2], a);
    part[3] = Math.max(part[3], b);
    covered = false;
    last = b;
  };
  items.forEach((item, i) => {
    if (item.kind === 'word') {
      stats.words++;
      const p = placed.pos[i] as number;
      const weight = wordWeight(index, ids[i] as number);
      if (p < 0) {
        stats.added++;
        stats.lostWeight += weight;
        return;
      }
      if (placed.equal[i]) {
        stats.matched++;
        stats.keptWeight += weight;
      } else {
        stats.changed++;
        stats.lostWeight += weight;
      }
      consume(i, p, p);
      return;
    }
    const from = placed.coverFrom[i] as number;
    const to = placed.coverTo[i] as number;
    if (item.kind === 'elision') {
      covered = true;
      if (from >= 0) {
        stats.elided += to - from;
        last = Math.max(last, to - 1);
      }
      return;
    }
    if (from >= 0) {
      consume(i, from, to - 1);
      covered = true;
    }
  });
  return stats;
}
