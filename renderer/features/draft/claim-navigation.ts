// Moving through claims with the keyboard (J/K, Alt+Down/Up) and setting a status by number (1-9). Pure.
import type { Claim } from '../../../shared/model/claim';
import type { StatusDef } from '../../../shared/model/status';

/**
 * The claim after (by = 1) or before (by = -1) the selected one, among claims with a place in the draft, in draft
 * order. With nothing selected, the first (or last) one; at either end, the selection stays where it is.
 */
export function stepClaim(ordered: readonly Claim[], selectedId: string | null, by: 1 | -1): string | null {
  const placed = ordered.filter((c) => c.anchor.state !== 'orphaned');
  if (placed.length === 0) return selectedId;
  const at = selectedId ? placed.findIndex((c) => c.id === selectedId) : -1;
  if (at < 0) return (by === 1 ? placed[0] : placed[placed.length - 1])?.id ?? null;
  const next = Math.max(0, Math.min(placed.length - 1, at + by));
  return placed[next]?.id ?? null;
}

/** The status a digit key (1-9) stands for: the n-th status of the project's vocabulary, or null. */
export function statusForDigit(statuses: readonly StatusDef[], key: string): StatusDef | null {
  if (!/^[1-9]$/.test(key)) return null;
  return statuses[Number(key) - 1] ?? null;
}
