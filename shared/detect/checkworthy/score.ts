// Scores suggestions with the committed check-worthiness model: each sentence that holds a suggestion is scored once
// from its words and the kinds of span found in it; a suggestion takes the highest score of the sentences it covers.
import type { ClaimKind } from '../../model/claim';
import type { SentenceIndex } from '../text';
import { compileModel, type CompiledModel } from './compiled';
import modelFile from './model.json';
import { toScore, type CheckworthyModel } from './model';

/** The model learned by scripts/train-checkworthy.ts (see NOTICE beside it). */
export const CHECKWORTHY_MODEL: CheckworthyModel = modelFile;

const compiled = new WeakMap<CheckworthyModel, CompiledModel>();

/** The model compiled for scoring, once per model. */
function compiledOf(model: CheckworthyModel): CompiledModel {
  let c = compiled.get(model);
  if (!c) {
    c = compileModel(model);
    compiled.set(model, c);
  }
  return c;
}

/** The index of the sentence holding position `i` (binary search over the sentence starts). */
function sentenceIndexAt(starts: readonly number[], i: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The score in [0, 1] of one sentence, given the kinds of span the detectors found in it. */
export function scoreSentence(
  sentence: string,
  kinds: Iterable<ClaimKind>,
  model: CheckworthyModel = CHECKWORTHY_MODEL,
): number {
  return Math.round(toScore(model, compiledOf(model).raw(sentence, kinds)) * 1000) / 1000;
}

/**
 * Gives each span its check-worthiness score in [0, 1] (three decimals): the highest score of the sentences it
 * overlaps. Sentences are scored only when they hold a span, so the cost follows the suggestions, not the draft.
 */
export function scoreSpans<T extends { start: number; end: number; kind: ClaimKind }>(
  text: string,
  sentences: SentenceIndex,
  spans: readonly T[],
  model: CheckworthyModel = CHECKWORTHY_MODEL,
): Array<T & { score: number }> {
  const starts = sentences.starts;
  const covered = spans.map((s) => {
    const first = sentenceIndexAt(starts, s.start);
    const last = Math.max(first, sentenceIndexAt(starts, Math.max(s.start, s.end - 1)));
    return { first, last };
  });
  const kinds = new Map<number, Set<ClaimKind>>();
  spans.forEach((s, k) => {
    const c = covered[k];
    if (!c) return;
    for (let i = c.first; i <= c.last; i++) {
      const set = kinds.get(i) ?? new Set<ClaimKind>();
      set.add(s.kind);
      kinds.set(i, set);
    }
  });
  const scores = new Map<number, number>();
  for (const [i, set] of kinds) {
    const range = sentences.sentenceAt(starts[i] ?? 0);
    scores.set(i, scoreSentence(text.slice(range.start, range.end), set, model));
  }
  return spans.map((s, k) => {
    const c = covered[k] ?? { first: 0, last: -1 };
    let score = 0;
    for (let i = c.first; i <= c.last; i++) score = Math.max(score, scores.get(i) ?? 0);
    return { ...s, score };
  });
}
