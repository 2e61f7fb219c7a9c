// Where a run of words may stand in a longer text: each word bigram of the run (and, when asked, each rare word)
// votes for a diagonal, the text position where the run's first word would be. Quote verification and claim
// re-anchoring both start from these votes; each then picks its own windows from them.

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

/** The constants of a vote. The callers differ in them on purpose (see each caller). */
export interface VoteOptions {
  /** Bigrams with more places than this ("of the") cast no votes: they say nothing about where the run is. */
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
