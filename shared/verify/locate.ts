// Finding where a quote may come from: word bigrams and rare words vote for diagonals (where the quote's first word
// would be), the best diagonals of each source become windows, and the quote is aligned against each source's
// windows at once so that parts from different places of one source are seen together.
import { alignQuote, type Alignment } from './align';
import type { QuoteItem } from './quote-parts';
import { castBigramVotes, type VoteText } from '../text/bigram-votes';
import { bigramBucket, type QuoteIndex } from './quote-index';
import { COMMON_BIGRAM, MAX_CANDIDATES, RARE_WORD, WINDOW_SLACK } from './thresholds';

/** A quote aligned against windows of one source. */
export interface Placement {
  source: number;
  columns: Int32Array;
  alignment: Alignment;
  /** Positions that voted for this source (for paraphrase scoring): the windows searched. */
  windows: [number, number][];
}

const BUCKET = 16;
const COMMON_FALLBACK = 20_000;
const SOURCES_TRIED = 3;
const WINDOWS_PER_SOURCE = 4;

/** The index's word ids of the quote's items (-1 for ellipses, brackets and words no source has). */
export function quoteIds(index: QuoteIndex, items: readonly QuoteItem[]): Int32Array {
  const out = new Int32Array(items.length).fill(-1);
  items.forEach((item, k) => {
    if (item.kind === 'word') out[k] = index.vocabulary.get(item.word) ?? -1;
  });
  return out;
}

interface Vote {
  weight: number;
  pos: number;
}

function castVotes(index: QuoteIndex, items: readonly QuoteItem[], ids: Int32Array, limit: number): Map<number, Vote> {
  const votes = new Map<number, Vote>();
  // A quote's diagonal counts its words only: ellipses and brackets take no place in the source.
  const ordinals = new Int32Array(items.length);
  let ordinal = 0;
  items.forEach((item, k) => {
    ordinals[k] = ordinal;
    if (item.kind === 'word') ordinal++;
  });
  const text: VoteText = {
    ids: index.ids,
    bigramPlaces: (a, b) => {
      const h = bigramBucket(index, a, b);
      return index.bigramPositions.subarray(index.bigramHeads[h] as number, index.bigramHeads[h + 1] as number);
    },
    wordPlaces: (a) => index.wordPositions.subarray(index.wordHeads[a] as number, index.wordHeads[a + 1] as number),
  };
  // A library is large and a quote may be reworded, so bigrams weigh double and rare words vote too; diagonals
  // are pooled in buckets of BUCKET positions, each remembering its first voter's position.
  const options = {
    commonBigram: limit,
    bigramWeight: 2,
    rareWord: RARE_WORD,
    offset: (k: number) => ordinals[k] as number,
  };
  castBigramVotes(ids, text, options, (diagonal, pos, weight) => {
    const bucket = Math.floor(diagonal / BUCKET);
    const v = votes.get(bucket);
    if (v) v.weight += weight;
    else votes.set(bucket, { weight, pos });
  });
  return votes;
}

/** The best windows for a quote, grouped by source: [source, windows (global position ranges)][]. */
function candidateWindows(
  index: QuoteIndex,
  items: readonly QuoteItem[],
  ids: Int32Array,
  onlySource: number,
): Map<number, { weight: number; windows: [number, number][] }> {
  let votes = castVotes(index, items, ids, COMMON_BIGRAM);
  if (votes.size === 0) votes = castVotes(index, items, ids, COMMON_FALLBACK);
  let top = 0;
  for (const v of votes.values()) top = Math.max(top, v.weight);
  const scored: { bucket: number; weight: number; pos: number }[] = [];
  for (const [bucket, v] of votes) {
    const weight = v.weight + 0.5 * ((votes.get(bucket - 1)?.weight ?? 0) + (votes.get(bucket + 1)?.weight ?? 0));
    if (weight * 4 >= top) scored.push({ bucket, weight, pos: v.pos });
  }
  scored.sort((x, y) => y.weight - x.weight || x.bucket - y.bucket);
  const length = items.length;
  const bySource = new Map<number, { weight: number; windows: [number, number][] }>();
  let taken = 0;
  for (const c of scored) {
    if (taken >= MAX_CANDIDATES * 2) break;
    const passage = index.passages[index.passageOf[c.pos] as number];
    if (!passage) continue;
    const s = passage.source;
    if (onlySource >= 0 && s !== onlySource) continue;
    const source = index.sources[s];
    if (!source) continue;
    let entry = bySource.get(s);
    if (!entry) {
      if (bySource.size >= SOURCES_TRIED) continue;
      entry = { weight: c.weight, windows: [] };
      bySource.set(s, entry);
    }
    if (entry.windows.length >= WINDOWS_PER_SOURCE) continue;
    const lo = Math.max(source.firstWord, (c.bucket - 1) * BUCKET - WINDOW_SLACK);
    const hi = Math.min(source.endWord, (c.bucket + 2) * BUCKET + length + WINDOW_SLACK);
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
