// The fast first stage of library search: counts, for every passage, the rarity-weighted character trigrams it
// shares with the query (rarest trigrams first, common ones cut off once enough postings were read) and keeps the
// best few hundred passages that pass the filters.
import { scratchOf, type SearchIndex, type SearchScratch } from './search-index';
import type { QueryTerm } from './query';
import { wordTrigramKeys } from './words';

/** Postings read per query at most: keeps a keystroke well inside one frame on a library of 100,000 passages. */
export const POSTINGS_BUDGET = 500_000;
/** Postings read in full before common trigrams only add to passages already found. */
export const FULL_SCAN_BUDGET = 120_000;

/** The passages kept by the first stage, best first, with their trigram scores. */
export interface Candidates {
  docs: number[];
  scores: number[];
  /** Per query term, the mean inverse document frequency of its trigrams that the library knows (rarity). */
  termRarity: number[];
}

interface QueryTrigram {
  tid: number;
  df: number;
  weight: number;
}

/** Trigram ids of the query with their weights (a trigram typed twice counts once, at its best weight). */
function queryTrigrams(
  index: SearchIndex,
  terms: QueryTerm[],
  phraseBoost: number,
): { list: QueryTrigram[]; rarity: number[] } {
  const n = Math.max(1, index.docs.length);
  const byTid = new Map<number, QueryTrigram>();
  const rarity: number[] = [];
  const keys: number[] = [];
  for (const term of terms) {
    keys.length = 0;
    wordTrigramKeys(term.text, term.partial, keys);
    const termWeight = (term.stop ? 0.25 : 1) * (term.phrase >= 0 ? phraseBoost : 1);
    let idfSum = 0;
    let known = 0;
    for (const key of keys) {
      const tid = index.trigramIds.get(key);
      if (tid === undefined) continue;
      const df = (index.trigramStart[tid + 1] as number) - (index.trigramStart[tid] as number);
      if (df === 0) continue;
      const idf = Math.log(1 + n / df);
      idfSum += idf;
      known++;
      const weight = idf * termWeight;
      const had = byTid.get(tid);
      if (!had) byTid.set(tid, { tid, df, weight });
      else had.weight = Math.max(had.weight, weight);
    }
    rarity.push(known ? idfSum / known : Math.log(1 + n));
  }
  const list = [...byTid.values()].sort((a, b) => a.df - b.df);
  return { list, rarity };
}

/**
 * Scores passages by shared trigrams and returns the best `limit` that pass `accept` and are not removed. Trigrams are
 * read rarest first; once POSTINGS_BUDGET postings were read, the remaining (most common) trigrams are skipped.
 */
export function findCandidates(
  index: SearchIndex,
  terms: QueryTerm[],
  accept: ((d: number) => boolean) | null,
  limit: number,
): Candidates {
  const scratch = scratchOf(index);
  const { list, rarity } = queryTrigrams(index, terms, 2);
  const touchedCount = accumulate(index, list, scratch.scores, scratch.touched);
  const heap = select(index, scratch, touchedCount, accept, limit);
  const order = Array.from({ length: heap.size }, (_, i) => i).sort(
    (a, b) => (heap.scores[b] as number) - (heap.scores[a] as number),
  );
  return {
    docs: order.map((i) => heap.docs[i] as number),
    scores: order.map((i) => heap.scores[i] as number),
    termRarity: rarity,
  };
}

/**
 * Adds each trigram's weight to the passages that have it, rarest trigrams first; returns how many were touched.
 * Postings are read in full until FULL_SCAN_BUDGET; after that a common trigram only adds to passages already
 * touched (a galloping search of its postings for each), and once POSTINGS_BUDGET is spent the rest are skipped.
 */
function accumulate(index: SearchIndex, list: QueryTrigram[], scores: Float32Array, touched: Int32Array): number {
  let touchedCount = 0;
  let read = 0;
  let sorted = false;
  const starts = index.trigramStart;
  const postings = index.postings;
  for (let q = 0; q < list.length; q++) {
    const entry = list[q] as QueryTrigram;
    const start = starts[entry.tid] as number;
    const end = starts[entry.tid + 1] as number;
    if (q === 0 || read + entry.df <= FULL_SCAN_BUDGET) {
      read += entry.df;
      touchedCount = scanAll(postings, start, end, entry.weight, scores, touched, touchedCount);
      continue;
    }
    const probes = touchedCount * Math.max(1, Math.log2(entry.df / Math.max(1, touchedCount)) + 2);
    if (probes < entry.df) {
      if (read + probes > POSTINGS_BUDGET) break;
      read += probes;
      if (!sorted) {
        touched.subarray(0, touchedCount).sort();
        sorted = true;
      }
      addToTouched(postings, start, end, entry.weight, scores, touched, touchedCount);
    } else {
      if (read + entry.df > POSTINGS_BUDGET) break;
      read += entry.df;
      const before = touchedCount;
      touchedCount = scanAll(postings, start, end, entry.weight, scores, touched, touchedCount);
      if (touchedCount !== before) sorted = false;
    }
  }
  return touchedCount;
}

function scanAll(
  postings: Uint32Array,
  start: number,
  end: number,
  weight: number,
  scores: Float32Array,
  touched: Int32Array,
  count: number,
): number {
  for (let k = start; k < end; k++) {
    const d = postings[k] as number;
    const s = scores[d] as number;
    if (s === 0) touched[count++] = d;
    scores[d] = s + weight;
  }
  return count;
}

/** Adds `weight` to each touched passage (ascending) found in postings[start, end), by galloping search. */
function addToTouched(
  postings: Uint32Array,
  start: number,
  end: number,
  weight: number,
  scores: Float32Array,
  touched: Int32Array,
  count: number,
): void {
  let p = start;
  for (let t = 0; t < count && p < end; t++) {
    const d = touched[t] as number;
    if ((postings[p] as number) < d) {
      let step = 1;
      let hi = p + 1;
      while (hi < end && (postings[hi] as number) < d) {
        p = hi;
        step *= 2;
        hi = p + step;
      }
      if (hi > end) hi = end;
      let lo = p + 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((postings[mid] as number) < d) lo = mid + 1;
        else hi = mid;
      }
      p = lo;
    }
    if (p < end && postings[p] === d) scores[d] = (scores[d] as number) + weight;
  }
}

interface Heap {
  docs: Int32Array;
  scores: Float64Array;
  size: number;
}

/** Keeps the best `limit` touched passages (length-normalised) that pass `accept`; clears their scores. */
function select(
  index: SearchIndex,
  scratch: SearchScratch,
  touchedCount: number,
  accept: ((d: number) => boolean) | null,
  limit: number,
): Heap {
  const { scores, touched, averageTrigrams } = scratch;
  const heap: Heap = { docs: new Int32Array(limit), scores: new Float64Array(limit), size: 0 };
  const removed = index.removed;
  const lengths = index.docTrigrams;
  for (let t = 0; t < touchedCount; t++) {
    const d = touched[t] as number;
    const raw = scores[d] as number;
    scores[d] = 0;
    if (removed[d] === 1) continue;
    const s = raw / (0.75 + (0.25 * (lengths[d] as number)) / averageTrigrams);
    if (heap.size === limit && s <= (heap.scores[0] as number)) continue;
    if (accept !== null && !accept(d)) continue;
    push(heap, d, s, limit);
  }
  return heap;
}

function push(heap: Heap, d: number, s: number, limit: number): void {
  if (heap.size < limit) {
    heap.docs[heap.size] = d;
    heap.scores[heap.size] = s;
    siftUp(heap.docs, heap.scores, heap.size++);
  } else {
    heap.docs[0] = d;
    heap.scores[0] = s;
    siftDown(heap.docs, heap.scores, heap.size);
  }
}

function swap(docs: Int32Array, scores: Float64Array, a: number, b: number): void {
  const d = docs[a] as number;
  docs[a] = docs[b] as number;
  docs[b] = d;
  const s = scores[a] as number;
  scores[a] = scores[b] as number;
  scores[b] = s;
}

function siftUp(docs: Int32Array, scores: Float64Array, i: number): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if ((scores[parent] as number) <= (scores[i] as number)) return;
    swap(docs, scores, parent, i);
    i = parent;
  }
}

function siftDown(docs: Int32Array, scores: Float64Array, size: number): void {
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < size && (scores[l] as number) < (scores[m] as number)) m = l;
    if (r < size && (scores[r] as number) < (scores[m] as number)) m = r;
    if (m === i) return;
    swap(docs, scores, m, i);
    i = m;
  }
}
