// How well a place in the new draft fits a claim's anchor: quote, prefix, suffix and position, as the W3C
// TextQuoteSelector and Hypothesis's anchoring weigh them, plus the explicit threshold below which a claim is orphaned.

/**
 * The lowest score at which a claim is attached to a place in the new draft. Scores run from 0 to 1:
 *   quote     up to 0.65: similarity of the words (1 for the same text; rare words count more than "the"), in full
 *             only for quotes of 8 or more words: a short quote alone says little about where it belongs
 *             (weight 0.2 + 0.45 x min(1, words / 8)).
 *   prefix    up to 0.15: how well the ~32 characters before the place match those the claim had before it,
 *             squared, so that half-matching context counts for little.
 *   suffix    up to 0.15: the same after it.
 *   position  up to 0.05: how near it is to where the claim was, scaled by the change in length.
 * So a long claim is found again on its own words anywhere in the draft (0.65), a long reworded one needs most of its
 * words or some of its context, and a short one (a number, a name, one character) needs its context on one side
 * intact and the other mostly so: "42%" found elsewhere among other words scores about 0.3 and is orphaned rather
 * than attached to the wrong passage.
 */
export const MIN_SCORE = 0.5;

/** A claim is orphaned when more than this share of its words is gone, whatever else matches. */
export const MAX_WORDS_GONE = 0.5;

/** Words at which a quote counts as fully distinctive on its own. */
const DISTINCTIVE_WORDS = 8;

export interface ScoreParts {
  /** Quote similarity, 0..1 (1 for the same words). */
  quote: number;
  prefix: number;
  suffix: number;
  position: number;
}

/** Combines the parts into one score in 0..1 (see MIN_SCORE for the weights). */
export function combineScore(parts: ScoreParts, quoteWords: number): number {
  const info = Math.min(1, Math.max(1, quoteWords) / DISTINCTIVE_WORDS);
  return (
    parts.quote * (0.2 + 0.45 * info) +
    0.15 * parts.prefix * parts.prefix +
    0.15 * parts.suffix * parts.suffix +
    0.05 * parts.position
  );
}

/**
 * The score Factdesk reports: the raw score below MIN_SCORE (why a claim was orphaned), and above it stretched so
 * that the best fit a quote of its length can have at that place (its own words, both contexts intact) is 1. So the
 * same words with the same context score 1, a three-word claim as much as a paragraph, wherever the text moved, and
 * the threshold stays MIN_SCORE for every length.
 */
export function reportedScore(raw: number, quoteWords: number, position: number): number {
  if (raw < MIN_SCORE) return raw;
  const top = combineScore({ quote: 1, prefix: 1, suffix: 1, position }, quoteWords);
  if (top <= MIN_SCORE) return 1;
  return Math.min(1, MIN_SCORE + ((1 - MIN_SCORE) * (raw - MIN_SCORE)) / (top - MIN_SCORE));
}

/** 1 at the expected place, falling to 0 a whole draft length away. */
export function positionSimilarity(at: number, expected: number, textLength: number): number {
  return Math.max(0, 1 - Math.abs(at - expected) / Math.max(1, textLength));
}

/**
 * Similarity of the context a claim had (`was`) with the context at a candidate place (`now`), both normalised.
 * `side` says which end touches the claim: 'before' compares the ends of the strings, 'after' their starts.
 * Half is the share that matches exactly from the claim outwards, half the overlap of character trigrams, so a
 * window that merely overlaps the old one a few words further on does not pass for the claim's own context.
 */
export function contextSimilarity(was: string, now: string, side: 'before' | 'after'): number {
  if (!was) return now ? 0.5 : 1;
  if (!now) return 0;
  const common = side === 'before' ? commonSuffix(was, now) : commonPrefix(was, now);
  const exactShare = common / was.length;
  if (exactShare >= 1) return 1;
  return 0.5 * exactShare + 0.5 * trigramDice(was, now);
}

function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let k = 0;
  while (k < max && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k;
}

function commonSuffix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let k = 0;
  while (k < max && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}

function trigrams(text: string): number[] {
  const out: number[] = [];
  for (let k = 0; k + 2 < text.length; k++) {
    out.push(text.charCodeAt(k) * 4294967296 + text.charCodeAt(k + 1) * 65536 + text.charCodeAt(k + 2));
  }
  return out.sort((x, y) => x - y);
}

// The old context is compared with many places in turn: its trigrams are kept for the last two strings asked for.
const recent: { text: string; grams: number[] }[] = [];

function rememberedTrigrams(text: string): number[] {
  const hit = recent.find((r) => r.text === text);
  if (hit) return hit.grams;
  const grams = trigrams(text);
  recent.unshift({ text, grams });
  if (recent.length > 2) recent.pop();
  return grams;
}

/** Dice coefficient of the character trigrams of two short strings (`a` is usually the same many times in a row). */
export function trigramDice(a: string, b: string): number {
  const ta = rememberedTrigrams(a);
  const tb = trigrams(b);
  if (ta.length === 0 || tb.length === 0) return a === b ? 1 : 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < ta.length && j < tb.length) {
    const x = ta[i] as number;
    const y = tb[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * shared) / (ta.length + tb.length);
}
