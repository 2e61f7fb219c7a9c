// The words a reporter reads for a score: High, Medium or Low, by thirds of the sentences fact-checkers chose.

/** How check-worthy a suggestion looks, in words. */
export type ScoreLevel = 'High' | 'Medium' | 'Low';

/**
 * High from 0.67 (looks like the top third of the sentences fact-checkers chose to check), Medium from 0.33, else
 * Low.
 */
export function scoreLevel(score: number): ScoreLevel {
  if (score >= 0.67) return 'High';
  if (score >= 0.33) return 'Medium';
  return 'Low';
}

/** The score as a reporter reads it: "High (0.82)". */
export function describeScore(score: number): string {
  return `${scoreLevel(score)} (${score.toFixed(2)})`;
}
