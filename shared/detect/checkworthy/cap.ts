// The list a reporter sees: suggestions ranked by check-worthiness score, limited by default to the most check-worthy
// 15% of the draft's sentences. The quote check never goes through here: it always gets every direct quote.
import { SentenceIndex } from '../text';

/** By default at most this share of a draft's sentences is flagged. */
export const DEFAULT_SHARE = 0.15;

/** What rankAndCap returns: the suggestions shown (best first) and what the limit left out. */
export interface CappedSuggestions<T> {
  shown: T[];
  /** Suggestions left out by the limit. */
  hidden: number;
  /** Sentences in the draft. */
  sentences: number;
  /** Sentences with a suggestion that are shown. */
  flaggedSentences: number;
}

/** Orders suggestions best first: by score, then in draft order (earlier start, then longer span). */
export function rankByScore<T extends { start: number; end: number; score: number }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => b.score - a.score || a.start - b.start || b.end - a.end);
}

/**
 * Ranks suggestions by score and keeps those in the best-scoring sentences, at most `share` (0 to 1) of the draft's
 * sentences and always at least one sentence; `share` null keeps every suggestion. A sentence is counted once however
 * many suggestions it holds; a suggestion belongs to the sentence it starts in.
 */
export function rankAndCap<T extends { start: number; end: number; score: number }>(
  text: string,
  suggestions: readonly T[],
  share: number | null = DEFAULT_SHARE,
): CappedSuggestions<T> {
  const index = new SentenceIndex(text);
  const sentences = text.trim() ? index.starts.length : 0;
  const ranked = rankByScore(suggestions);
  const limit = share === null ? Infinity : Math.max(1, Math.floor(Math.max(0, share) * sentences + 1e-9));
  const kept = new Set<number>();
  const shown: T[] = [];
  for (const s of ranked) {
    const sentence = index.sentenceAt(s.start).start;
    if (!kept.has(sentence)) {
      if (kept.size >= limit) continue;
      kept.add(sentence);
    }
    shown.push(s);
  }
  return { shown, hidden: suggestions.length - shown.length, sentences, flaggedSentences: kept.size };
}
