// Placing a quote in the library: the best-voted buckets (shared/text/locate.ts) of each source become windows, and
// the quote is aligned against each source's windows at once so that parts from different places of one source are
// seen together.
import { alignQuote, type Alignment } from './align';
import type { QuoteItem } from './quote-parts';
import { LOCATE, rankQuoteBuckets, type VoteText } from '../text/locate';
import { bigramBucket, type QuoteIndex } from './quote-index';

/** A quote aligned against windows of one source. */
export interface Placement {
  source: number;
  columns: Int32Array;
  alignment: Alignment;
  /** Positions that voted for this source (for paraphrase scoring): the windows searched. */
  windows: [number, number][];
}

/** The index's word ids of the quote's items (-1 for ellipses, brackets and words no source has). */
export function quoteIds(index: QuoteIndex, items: readonly QuoteItem[]): Int32Array {
  const out = new Int32Array(items.length).fill(-1);
  items.forEach((item, k) => {
    if (item.kind === 'word') out[k] = index.vocabulary.get(item.word) ?? -1;
  });
  return out;
}

/** The library as a text to vote on: its hashed bigram table and its word table. */
function voteText(index: QuoteIndex): VoteText {
  return {
    ids: index.ids,
    bigramPlaces: (a, b) => {
      const h = bigramBucket(index, a, b);
      return index.bigramPositions.subarray(index.bigramHeads[h] as number, index.bigramHeads[h + 1] as number);
    },
    wordPlaces: (a) => index.wordPositions.subarray(index.wordHeads[a] as number, index.wordHeads[a + 1] as number),
  };
}

/** The best windows for a quote, grouped by source: [source, windows (global position ranges)][]. */
function candidateWindows(
  index: QuoteIndex,
  items: readonly QuoteItem[],
  ids: Int32Array,
  onlySource: number,
): Map<number, { weight: number; windows: [number, number][] }> {
  const { bucket: size, maxCandidates, windowSlack, sourcesTried, windowsPerSource } = LOCATE.quote;
  // A quote's diagonal counts its words only: ellipses and brackets take no place in the source.
  const ordinals = new Int32Array(items.length);
  let ordinal = 0;
  items.forEach((item, k) => {
    ordinals[k] = ordinal;
    if (item.kind === 'word') ordinal++;
  });
  const length = items.length;
  const bySource = new Map<number, { weight: number; windows: [number, number][] }>();
  let taken = 0;
  for (const c of rankQuoteBuckets(ids, voteText(index), (k) => ordinals[k] as number)) {
    if (taken >= maxCandidates * 2) break;
    const passage = index.passages[index.passageOf[c.pos] as number];
    if (!passage) continue;
    const s = passage.source;
    if (onlySource >= 0 && s !== onlySource) continue;
    const source = index.sources[s];
    if (!source) continue;
    let entry = bySource.get(s);
    if (!entry) {
      if (bySource.size >= sourcesTried) continue;
      entry = { weight: c.weight, windows: [] };
      bySource.set(s, entry);
    }
    if (entry.windows.length >= windowsPerSource) continue;
    const lo = Math.max(source.firstWord, (c.bucket - 1) * size - windowSlack);
    const hi = Math.min(source.endWord, (c.bucket + 2) * size + length + windowSlack);
    if (lo < hi) entry.windows.push([lo, hi]);
    taken++;
  }
  return bySource;
}

/** Sorted, merged windows as one column list. */
function toColumns(windows: [number, number][]): { columns: Int32Array; merged: [number, number][] } {
  const sorted = [...windows].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const w of sorted) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  const size = merged.reduce((n, w) => n + w[1] - w[0], 0);
  const columns = new Int32Array(size);
  let k = 0;
  for (const [lo, hi] of merged) for (let p = lo; p < hi; p++) columns[k++] = p;
  return { columns, merged };
}

/**
 * Aligns the quote against the best windows of up to three sources (or only `onlySource` when given) and returns
 * the placements, best alignment score first.
 */
export function placeQuote(
  index: QuoteIndex,
  items: readonly QuoteItem[],
  ids: Int32Array,
  onlySource = -1,
): Placement[] {
  const placements: Placement[] = [];
  for (const [source, entry] of candidateWindows(index, items, ids, onlySource)) {
    const { columns, merged } = toColumns(entry.windows);
    const alignment = alignQuote(items, ids, columns, index.ids);
    placements.push({ source, columns, alignment, windows: merged });
  }
  return placements.sort((a, b) => b.alignment.score - a.alignment.score);
}
