// Where a run of words may stand in a longer text: each word bigram of the run (and, when asked, each rare word)
// votes for a diagonal, the text position where the run's first word would be, and the best-voted diagonals become
// windows in which the caller aligns the run word by word. Quote verification (a quote in a library of sources,
// shared/verify/place-quote.ts) and claim re-anchoring (a claim in a new draft, shared/anchoring/place-claim.ts) both
// locate this way; LOCATE holds the numbers of both, side by side, with why they differ.

/** The numbers of locating, for a quote in a library and for a claim in a new draft. */
export const LOCATE = {
  quote: {
    /** Bigrams with more places than this ("of the") cast no votes. The count is of a hashed bucket over a whole
     *  library, collisions included. */
    commonBigram: 500,
    /** When no bigram votes under commonBigram, the votes are cast again with this limit. */
    commonFallback: 20_000,
    /** A library is large and a quote may be reworded, so bigrams weigh double and rare words vote too. */
    bigramWeight: 2,
    /** Words found at most this often in the sources cast votes of their own (helps reworded quotes and
     *  paraphrases). */
    rareWord: 40,
    /** Diagonals are pooled in buckets of this many positions, each remembering its first voter's position. */
    bucket: 16,
    /** A bucket whose votes (plus half its neighbours') are under 1/topShare of the best one's is dropped. */
    topShare: 4,
    /** Candidate places compared in full per quote (twice this many buckets are taken), and extra words of source
     *  on each side of a candidate. */
    maxCandidates: 8,
    windowSlack: 12,
    /** Sources a quote is aligned against, and windows per source. */
    sourcesTried: 3,
    windowsPerSource: 4,
  },
  claim: {
    /** Bigrams seen more often than this add no votes. Here the count is exact and of one draft, and nothing is
     *  cast again when nothing votes; the re-anchoring cases are tuned to this number. */
    commonBigram: 400,
    /** Bigram votes only, each worth 1. */
    bigramWeight: 1,
    /** Candidate regions aligned per claim. */
    maxCandidates: 4,
    /** A region reaches this many words (or half the claim's, when more) past each end of its diagonal, and
     *  chosen diagonals stand more than twice that apart. */
    minSlack: 3,
  },
} as const;

/** The text the run is placed in, as word ids, and where its bigrams and words occur. */
export interface VoteText {
  /** Word id of each text position. */
  ids: ArrayLike<number>;
  /** Positions of the first word of bigram (a, b). A hashed table may also list other bigrams' positions: only
   *  those where the text really has a then b vote, but all of them count towards `commonBigram`. */
  bigramPlaces(a: number, b: number): ArrayLike<number> | undefined;
  /** Positions of word `id`: only needed with `rareWord`. */
  wordPlaces?(id: number): ArrayLike<number>;
}

/** The constants of a vote (from LOCATE) and where each run word stands in the run. */
export interface VoteOptions {
  /** Bigrams with more places than this cast no votes: they say nothing about where the run is. */
  commonBigram: number;
  /** What one bigram place adds to its diagonal. */
  bigramWeight: number;
  /** Words with at most this many places vote on their own with weight 1 (leave out for bigram votes only). */
  rareWord?: number;
  /** The run position of run word k (a diagonal is a text position minus it). */
  offset(k: number): number;
}

/**
 * Casts the votes of the run `run` (word ids; -1 for words the text lacks and for items that are no word, which
 * break bigrams) on `text`, calling `vote(diagonal, position, weight)` for each, in run order.
 */
export function castBigramVotes(
  run: ArrayLike<number>,
  text: VoteText,
  options: VoteOptions,
  vote: (diagonal: number, pos: number, weight: number) => void,
): void {
  const { commonBigram, bigramWeight, rareWord, offset } = options;
  for (let k = 0; k < run.length; k++) {
    const a = run[k] as number;
    if (a < 0) continue;
    const at = offset(k);
    const b = k + 1 < run.length ? (run[k + 1] as number) : -1;
    if (b >= 0) {
      const places = text.bigramPlaces(a, b);
      if (places && places.length <= commonBigram) {
        for (let x = 0; x < places.length; x++) {
          const p = places[x] as number;
          if (text.ids[p] === a && text.ids[p + 1] === b) vote(p - at, p, bigramWeight);
        }
      }
    }
    if (rareWord !== undefined && text.wordPlaces) {
      const places = text.wordPlaces(a);
      if (places.length <= rareWord)
        for (let x = 0; x < places.length; x++) vote((places[x] as number) - at, places[x] as number, 1);
    }
  }
}

/** A bucket of diagonals with its votes and the text position of its first voter. */
export interface RankedBucket {
  bucket: number;
  weight: number;
  pos: number;
}

/**
 * A quote's buckets, best first: votes pooled in buckets of LOCATE.quote.bucket diagonals, each bucket's weight
 * with half of its neighbours' added, those under a quarter of the best left out. Cast with
 * LOCATE.quote.commonBigram first, and with commonFallback when nothing votes.
 */
export function rankQuoteBuckets(
  run: ArrayLike<number>,
  text: VoteText,
  offset: (k: number) => number,
): RankedBucket[] {
  const { commonBigram, commonFallback, bigramWeight, rareWord, bucket: size, topShare } = LOCATE.quote;
  const tally = (limit: number) => {
    const votes = new Map<number, { weight: number; pos: number }>();
    castBigramVotes(run, text, { commonBigram: limit, bigramWeight, rareWord, offset }, (diagonal, pos, weight) => {
      const bucket = Math.floor(diagonal / size);
      const v = votes.get(bucket);
      if (v) v.weight += weight;
      else votes.set(bucket, { weight, pos });
    });
    return votes;
  };
  let votes = tally(commonBigram);
  if (votes.size === 0) votes = tally(commonFallback);
  let top = 0;
  for (const v of votes.values()) top = Math.max(top, v.weight);
  const ranked: RankedBucket[] = [];
  for (const [bucket, v] of votes) {
    const weight = v.weight + 0.5 * ((votes.get(bucket - 1)?.weight ?? 0) + (votes.get(bucket + 1)?.weight ?? 0));
    if (weight * topShare >= top) ranked.push({ bucket, weight, pos: v.pos });
  }
  return ranked.sort((x, y) => y.weight - x.weight || x.bucket - y.bucket);
}

/** How far a claim's regions reach past its diagonal on each side (see LOCATE.claim.minSlack). */
export function claimSlack(words: number): number {
  return Math.max(LOCATE.claim.minSlack, Math.ceil(words / 2));
}

/**
 * A claim's diagonals, best first: those with the most bigram votes within ±slack, more than 2·slack apart, at most
 * LOCATE.claim.maxCandidates of them. `offset` as in VoteOptions.
 */
export function bestClaimDiagonals(
  run: ArrayLike<number>,
  text: VoteText,
  offset: (k: number) => number,
  slack: number,
): number[] {
  const { commonBigram, bigramWeight, maxCandidates } = LOCATE.claim;
  const votes = new Map<number, number>();
  castBigramVotes(run, text, { commonBigram, bigramWeight, offset }, (diagonal, _pos, weight) =>
    votes.set(diagonal, (votes.get(diagonal) ?? 0) + weight),
  );
  const entries = [...votes.entries()].sort((x, y) => x[0] - y[0]);
  const sums = new Array<number>(entries.length).fill(0);
  let lo = 0;
  let hi = 0;
  let sum = 0;
  for (let k = 0; k < entries.length; k++) {
    const d = (entries[k] as [number, number])[0];
    while (hi < entries.length && (entries[hi] as [number, number])[0] <= d + slack)
      sum += (entries[hi++] as [number, number])[1];
    while ((entries[lo] as [number, number])[0] < d - slack) sum -= (entries[lo++] as [number, number])[1];
    sums[k] = sum;
  }
  const order = entries.map((_, k) => k).sort((x, y) => (sums[y] as number) - (sums[x] as number));
  const chosen: number[] = [];
  for (const k of order) {
    const d = (entries[k] as [number, number])[0];
    if (chosen.some((c) => Math.abs(c - d) <= 2 * slack)) continue;
    chosen.push(d);
    if (chosen.length === maxCandidates) break;
  }
  return chosen;
}
