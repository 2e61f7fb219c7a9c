// The numbers behind every quote verdict, in one place. Shares are of the quote's words (brackets and ellipses not
// counted); alignment scores are in points per word.

/** A quote counts as taken from a passage (exact, punctuation, altered or stitched) when the words it keeps make at
 *  least this share of its words plus the source words it leaves out (without an ellipsis), each word weighted by
 *  its rarity in the sources (log N/frequency), so that keeping "of the United States" says less than keeping
 *  "Nicaragua". On the labelled set, altered quotes score 0.61 and up, paraphrases and absent quotes 0.48 and down.
 *  Below it the passage is at most the source of a paraphrase. */
export const MIN_SIMILARITY = 0.55;

/** ... and at least this many words (or every word, for shorter quotes). */
export const MIN_MATCHED_WORDS = 2;

/** Source words a quote may leave out, in one run and without an ellipsis, and still be "altered" (words missing).
 *  A longer run, or parts out of order or from another passage far away, make the quote "stitched". */
export const MAX_DROPPED_RUN = 4;

/** A paraphrase: the best passage holds at least this share of the quote's content words, weighted by how rare
 *  each word is in the sources (so "Nicaragua" counts for more than "people")... */
export const PARAPHRASE_MIN_SHARE = 0.35;

/** ... and at least this many of them, all within a stretch of PARAPHRASE_SPAN times the quote's length (at least
 *  PARAPHRASE_MIN_SPAN words). Otherwise the quote is "not found". */
export const PARAPHRASE_MIN_WORDS = 3;
export const PARAPHRASE_SPAN = 1.5;
export const PARAPHRASE_MIN_SPAN = 12;

/** A part of a stitched quote found out of order must have at least this many words, this share of them found. */
export const MIN_PART_WORDS = 4;
export const MIN_PART_SHARE = 0.8;

/** Alignment points: a word matched, a word changed, a word only in the quote, a source word left out, and a
 *  jump over several source words (which makes two parts of one quote: two matched words pay for it). */
export const SCORE = { match: 2, change: -1, added: -1, dropped: -1, jump: -4 } as const;

/** Source words one [bracketed insertion] may stand in for ("[the mayor]" for "she"). */
export const MAX_BRACKET_REPLACES = 4;

// Where a quote may stand (bigram votes, rare words, windows): LOCATE.quote in shared/text/locate.ts.
