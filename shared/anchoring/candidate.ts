// A place in the new draft where a claim may be, and its score: the shapes shared by the exact and the changed-claim
// searches of re-anchoring. All offsets are in the normalised new draft.
import type { NormalizedText } from '../text/normalize';
import { MAX_WORDS_GONE, MIN_SCORE, combineScore, contextSimilarity, positionSimilarity } from './anchor-score';
import { isOldNeighbour } from './context-bounds';
import type { WordIndex } from './place-claim';

/** The new draft, normalised and indexed. */
export interface NewDraft {
  text: string;
  norm: NormalizedText;
  index: WordIndex;
}

/** A claim's quote and context in normalised form. */
export interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
  words: string[];
  /** Non-word characters at the start and end of the quote ('"', '(', '%', ...). */
  lead: string;
  trail: string;
  /** The quote starts (ends) inside a word of the old draft, so no word boundary is required there. */
  midWordStart: boolean;
  midWordEnd: boolean;
}

export interface Candidate {
  start: number;
  end: number;
  /** The raw score (see combineScore); MIN_SCORE is the threshold. */
  score: number;
  /** Share of the claim's words found at this place (the same word or another spelling of it). */
  kept: number;
  /** How well the context fits on its worse side, 0..1 (see contextSimilarity). */
  context: number;
  /** Nearness to where the claim was expected (see positionSimilarity). */
  position: number;
  /** The same text with its context intact on both sides: no reworded version elsewhere can fit better. */
  settled: boolean;
}

/** Context at least this similar on both sides counts as intact. */
export const SETTLED_CONTEXT = 0.9;

/** Scores text[start, end) as the place of `quote`, given the quote's similarity to it and the share of its words kept. */
export function scoreCandidate(
  draft: NewDraft,
  quote: Quote,
  start: number,
  end: number,
  similarity: number,
  kept: number,
  expected: number,
): Candidate {
  const text = draft.norm.text;
  const prefix = contextSimilarity(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start), 'before');
  const suffix = contextSimilarity(quote.suffix, text.slice(end, end + quote.suffix.length), 'after');
  const position = positionSimilarity(start, expected, text.length);
  const total = combineScore({ quote: similarity, prefix, suffix, position }, quote.words.length);
  const settled = similarity === 1 && prefix >= SETTLED_CONTEXT && suffix >= SETTLED_CONTEXT;
  return { start, end, score: total, kept, context: Math.min(prefix, suffix), position, settled };
}

/**
 * The best-scoring candidate, or null. A place that is the claim's old neighbouring text (what is left where a deleted
 * claim was) is passed over for the next best.
 */
export function bestOf(draft: NewDraft, quote: Quote, candidates: Candidate[]): Candidate | null {
  const ranked = [...candidates].sort((a, b) => b.score - a.score);
  return ranked.find((c) => !isOldNeighbour(draft.norm.text, c.start, c.end, quote.prefix, quote.suffix)) ?? null;
}

/** A candidate good enough to attach the claim to: above MIN_SCORE with no more than MAX_WORDS_GONE of its words lost. */
export function attachable(candidate: Candidate | null): boolean {
  return candidate !== null && candidate.score >= MIN_SCORE && 1 - candidate.kept <= MAX_WORDS_GONE;
}

/** Of two candidates, the one to keep: an attachable one over one that is not, then the higher score; `a` on a tie. */
export function preferred(a: Candidate | null, b: Candidate | null): Candidate | null {
  if (!a || !b) return a ?? b;
  const ok = attachable(a);
  if (ok !== attachable(b)) return ok ? a : b;
  return b.score > a.score ? b : a;
}
