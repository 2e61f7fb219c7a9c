// Which statuses carry a public verdict for schema.org ClaimReview: a status's own `publicVerdict` when the project
// set one, otherwise a default for the built-in status ids. Internal states (unchecked, in progress, cut) have none.
import type { StatusDef } from '../model/status';
import type { PublicVerdict } from './types';

/** The rating scale ClaimReview ratings use: 1 is false, 5 is true. */
export const VERDICT_WORST = 1;
export const VERDICT_BEST = 5;

/**
 * Defaults for the built-in statuses. "Corrected" has none: in Factdesk it means the story's own wording was fixed,
 * which says nothing public about what the speaker claimed. "Cannot verify", "Opinion", "Cut" and the working
 * states are not verdicts either.
 */
const DEFAULT_VERDICTS: Readonly<Record<string, PublicVerdict>> = {
  verified: { ratingValue: 5, alternateName: 'True' },
  'partially-verified': { ratingValue: 3, alternateName: 'Half true' },
  disputed: { ratingValue: 2, alternateName: 'Disputed' },
  incorrect: { ratingValue: 1, alternateName: 'False' },
};

/** The default public verdict for a status id, or null when the status is not a verdict. */
export function defaultPublicVerdict(statusId: string): PublicVerdict | null {
  const verdict = DEFAULT_VERDICTS[statusId];
  return verdict ? { ...verdict } : null;
}

/** Reads a verdict written on a status, or undefined when there is none or it is malformed. `null` means "none". */
export function readStatusVerdict(status: StatusDef): PublicVerdict | null | undefined {
  const raw = (status as Record<string, unknown>).publicVerdict;
  if (raw === null) return null;
  if (!isPublicVerdict(raw)) return undefined;
  return { ratingValue: raw.ratingValue, alternateName: raw.alternateName.trim() };
}

/** True for a well-formed verdict: a rating within the scale and a non-empty name. */
export function isPublicVerdict(value: unknown): value is PublicVerdict {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.ratingValue === 'number' &&
    Number.isFinite(v.ratingValue) &&
    v.ratingValue >= VERDICT_WORST &&
    v.ratingValue <= VERDICT_BEST &&
    typeof v.alternateName === 'string' &&
    v.alternateName.trim().length > 0
  );
}

/**
 * The public verdict of a status: the project's own mapping when it set one on the status (`publicVerdict`, with
 * `null` meaning "no verdict"), otherwise the default for its id.
 */
export function publicVerdictFor(status: StatusDef): PublicVerdict | null {
  const own = readStatusVerdict(status);
  if (own !== undefined) return own;
  return defaultPublicVerdict(status.id);
}

/** The labels of the statuses that carry a public verdict, in the vocabulary's order ("Verified", "Disputed", ...). */
export function verdictStatusLabels(statuses: readonly StatusDef[]): string[] {
  return statuses.filter((s) => publicVerdictFor(s) !== null).map((s) => s.label);
}
