// Placing a reworded claim in the new draft: a word-bigram index of the draft, the best-voted diagonals
// (shared/text/locate.ts) as candidate regions, and a word alignment in each region for the best span.
import { bestClaimDiagonals, claimSlack } from '../text/locate';
import { tokenizeWords, type WordToken } from '../text/tokenize';

const PAIR_BASE = 2 ** 21;

/** The new draft's normalised words, indexed by word and by word bigram. */
export interface WordIndex {
  tokens: WordToken[];
  ids: Int32Array;
  vocabulary: Map<string, number>;
  bigrams: Map<number, number[]>;
  /** Where each word occurs: positions[starts[id] .. starts[id + 1]) in token order. */
  starts: Int32Array;
  positions: Int32Array;
  /** How much a word says about a place: log of its rarity in the draft (words it lacks count most). */
  weights: Float64Array;
  unknownWeight: number;
}

/** A new-draft word paired with a claim word: the same word (`match`) or a substitute. */
export interface PairedWord {
  /** Index in the claim's words. */
  i: number;
  /** Index in WordIndex.tokens. */
  j: number;
  match: boolean;
}

/** The new-draft words a claim aligns with, in order; the span runs from the first to the last. */
export interface AlignedSpan {
  paired: PairedWord[];
  /** Claim words matched exactly. */
  matches: number;
}

/** Indexes the words of a normalised text. */
export function buildWordIndex(normalized: string): WordIndex {
  const tokens = tokenizeWords(normalized);
  const vocabulary = new Map<string, number>();
  const ids = new Int32Array(tokens.length);
  tokens.forEach((t, k) => {
    let id = vocabulary.get(t.word);
    if (id === undefined) vocabulary.set(t.word, (id = vocabulary.size));
    ids[k] = id;
  });
  const bigrams = new Map<number, number[]>();
  for (let k = 0; k + 1 < ids.length; k++) {
    const key = (ids[k] as number) * PAIR_BASE + (ids[k + 1] as number);
    const list = bigrams.get(key);
    if (list) list.push(k);
    else bigrams.set(key, [k]);
  }
  const size = vocabulary.size;
  const starts = new Int32Array(size + 1);
  for (const id of ids) starts[id + 1] = (starts[id + 1] as number) + 1;
  for (let k = 0; k < size; k++) starts[k + 1] = (starts[k + 1] as number) + (starts[k] as number);
  const fill = starts.slice(0, size);
  const positions = new Int32Array(ids.length);
  ids.forEach((id, k) => {
    positions[fill[id] as number] = k;
    fill[id] = (fill[id] as number) + 1;
  });
  const weights = new Float64Array(size);
  for (let k = 0; k < size; k++)
    weights[k] = Math.log((ids.length + 1) / ((starts[k + 1] as number) - (starts[k] as number)));
  return { tokens, ids, vocabulary, bigrams, starts, positions, weights, unknownWeight: Math.log(ids.length + 1) };
}

/** The weight of a word id (see WordIndex.weights). */
export function wordWeight(index: WordIndex, id: number): number {
  return id < 0 ? index.unknownWeight : (index.weights[id] as number);
}

/** Token positions where the word `id` occurs. */
export function occurrences(index: WordIndex, id: number): Int32Array {
  return index.positions.subarray(index.starts[id] as number, index.starts[id + 1] as number);
}

/** Word ids of `words` in the index's vocabulary, -1 for words the new draft does not have. */
export function lookUpWords(index: WordIndex, words: string[]): number[] {
  return words.map((w) => index.vocabulary.get(w) ?? -1);
}

/**
 * Candidate spans for a claim of `claim` word ids, best first. `before` and `after` are the ids of the word just
 * before and just after the claim in the old draft (or -1), so that one- and two-word claims get votes too.
 */
export function locateCandidates(index: WordIndex, claim: number[], before: number, after: number): AlignedSpan[] {
  const n = claim.length;
  if (n === 0) return [];
  const seq = [before, ...claim, after];
  const text = { ids: index.ids, bigramPlaces: (a: number, b: number) => index.bigrams.get(a * PAIR_BASE + b) };
  const slack = claimSlack(n);
  const spans: AlignedSpan[] = [];
  // seq[0] is the word before the claim, so seq[k] stands at claim position k - 1.
  for (const diagonal of bestClaimDiagonals(seq, text, (k) => k - 1, slack)) {
    const lo = Math.max(0, diagonal - slack);
    const hi = Math.min(index.ids.length, diagonal + n + slack);
    const span = alignInWindow(claim, index.ids, lo, hi, before, after);
    if (span) spans.push(span);
  }
  return spans;
}

const MATCH = 2;
const MISMATCH = -1;
const GAP = -1;
const FROM_DIAGONAL = 1;
const FROM_UP = 2; // a claim word with no counterpart
const FROM_LEFT = 3; // a new word inside the claim

/** Aligns all claim words against window[lo, hi) with free ends in the window; returns the aligned span. */
function alignInWindow(
  claim: number[],
  ids: Int32Array,
  lo: number,
  hi: number,
  before: number,
  after: number,
): AlignedSpan | null {
  const n = claim.length;
  const m = hi - lo;
  if (m <= 0) return null;
  const width = m + 1;
  const score = new Int32Array((n + 1) * width);
  const from = new Uint8Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    score[i * width] = i * GAP;
    from[i * width] = FROM_UP;
  }
  for (let i = 1; i <= n; i++) {
    const word = claim[i - 1];
    for (let j = 1; j <= m; j++) {
      const here = i * width + j;
      const diag = (score[here - width - 1] as number) + (ids[lo + j - 1] === word ? MATCH : MISMATCH);
      const up = (score[here - width] as number) + GAP;
      const left = (score[here - 1] as number) + GAP;
      if (diag >= up && diag >= left) {
        score[here] = diag;
        from[here] = FROM_DIAGONAL;
      } else if (up >= left) {
        score[here] = up;
        from[here] = FROM_UP;
      } else {
        score[here] = left;
        from[here] = FROM_LEFT;
      }
    }
  }
  let bestJ = 0;
  for (let j = 1; j <= m; j++) if ((score[n * width + j] as number) >= (score[n * width + bestJ] as number)) bestJ = j;
  // Walk back, noting the new words paired with claim words (matched or substituted).
  const paired: PairedWord[] = [];
  let i = n;
  let j = bestJ;
  while (i > 0 && j > 0) {
    const step = from[i * width + j];
    if (step === FROM_DIAGONAL) {
      paired.push({ i: i - 1, j: lo + j - 1, match: ids[lo + j - 1] === claim[i - 1] });
      i--;
      j--;
    } else if (step === FROM_UP) i--;
    else j--;
  }
  paired.reverse();
  // A substituted word at either end that is really the old neighbour belongs outside the claim.
  while (paired.length && !paired[0]?.match && ids[paired[0]?.j as number] === before) paired.shift();
  while (paired.length && !paired[paired.length - 1]?.match && ids[paired[paired.length - 1]?.j as number] === after) {
    paired.pop();
  }
  const matches = paired.filter((p) => p.match).length;
  return matches === 0 ? null : { paired, matches };
}
