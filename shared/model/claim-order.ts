// Claim order and claim numbers: the one rule the app, the appendix and the CLI all number claims by.
import type { Claim } from './claim';

type Ordered = Pick<Claim, 'id' | 'createdAt' | 'anchor'>;

function placed(claim: Ordered): boolean {
  return claim.anchor.state !== 'orphaned';
}

function byCreation(a: Ordered, b: Ordered): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/**
 * Compares two claims in draft order. Claims with a place in the current draft come first, by where they start;
 * at the same start the longer one (which contains the other) comes first; at the same span the one made first.
 * Orphaned claims (their text is no longer in the draft) come last, in the order they were made. Ties end on the
 * id, so the order never depends on how a list happened to be stored.
 */
export function compareDraftOrder(a: Ordered, b: Ordered): number {
  const ap = placed(a);
  const bp = placed(b);
  if (ap !== bp) return ap ? -1 : 1;
  if (ap) {
    const byPlace = a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end;
    if (byPlace !== 0) return byPlace;
  }
  return byCreation(a, b);
}

/** Claims in draft order (see compareDraftOrder); the list given is left as it is. */
export function claimsInDraftOrder<C extends Ordered>(claims: readonly C[]): C[] {
  return [...claims].sort(compareDraftOrder);
}

/** Each claim's number as the reporter sees it everywhere: its 1-based place in draft order, by claim id. */
export function claimNumbers(claims: readonly Ordered[]): Map<string, number> {
  return new Map(claimsInDraftOrder(claims).map((c, i) => [c.id, i + 1]));
}
