// A check-worthiness model: one weight per feature, a bias, and the score percentiles of the sentences fact-checkers
// chose, which turn a raw score into a 0-to-1 score a reporter can read ("more check-worthy than 70% of the sentences
// fact-checkers chose to check").
// Pure: the app, the training script and the bench all score through scoreFeatures and toScore.

/** A linear model as stored in model.json. */
export interface CheckworthyModel {
  /** What the model is and where it was learned from (kept in the file for anyone who opens it). */
  about: string;
  bias: number;
  /** Feature name (see sentenceFeatures) -> weight. Features not listed weigh 0. */
  weights: Record<string, number>;
  /** 101 raw scores: the 0th, 1st, ..., 100th percentile of the check-worthy training sentences' raw scores. */
  percentiles: number[];
}

/**
 * The raw score of a sentence from its feature names (repeats count again): the bias plus the weights of its
 * features, scaled by 1/sqrt(number of features). Training measures with this; the app scores with compileModel,
 * which gives the same number.
 */
export function scoreFeatures(model: CheckworthyModel, features: readonly string[]): number {
  if (features.length === 0) return model.bias;
  let sum = 0;
  for (const f of features) sum += model.weights[f] ?? 0;
  return model.bias + sum / Math.sqrt(features.length);
}

/**
 * Turns a raw score into [0, 1]: the share of the check-worthy training sentences that scored lower, interpolated
 * between the stored percentiles. Monotone, so ranking by it is ranking by the raw score.
 */
export function toScore(model: CheckworthyModel, raw: number): number {
  const p = model.percentiles;
  const n = p.length - 1;
  if (n < 1) return 0.5;
  if (raw <= (p[0] ?? 0)) return 0;
  if (raw >= (p[n] ?? 0)) return 1;
  let lo = 0;
  let hi = n;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((p[mid] ?? 0) <= raw) lo = mid;
    else hi = mid;
  }
  const a = p[lo] ?? 0;
  const b = p[hi] ?? 0;
  const within = b > a ? (raw - a) / (b - a) : 0;
  return Math.min(1, Math.max(0, (lo + within) / n));
}
