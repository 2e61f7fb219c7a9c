// Sign-off fingerprints: a sign-off records what it covered, so it lapses, visibly, when a claim's words or sources
// change afterwards (or, for the story, when any claim or its status does).
import { canonicalJson } from '../log/canonical-json';
import { sha256 } from '../log/sha256';
import type { Claim, SignOff } from './claim';

/** What a claim's sign-off covers: its words and the sources tied to it. */
export function claimFingerprint(claim: Claim): string {
  return sha256(
    canonicalJson({
      exact: claim.anchor.exact,
      links: claim.links.map((l) => [l.sourceId, l.passageId, l.relation, l.quotedText]),
    }),
  );
}

/** What a story sign-off covers: every claim's fingerprint and status. */
export function storyFingerprint(claims: readonly Claim[]): string {
  return sha256(
    canonicalJson(
      [...claims].sort((a, b) => a.id.localeCompare(b.id)).map((c) => [c.id, c.status, claimFingerprint(c)]),
    ),
  );
}

export type SignOffState = 'none' | 'current' | 'lapsed';

/**
 * Whether a sign-off was overtaken by a status change its author had not seen. In a shared story the fold marks it
 * (`lapsedBy`, shared/sync/fold.ts), for a change made on this device or on another alike.
 */
function overtaken(signOff: SignOff): boolean {
  const lapsedBy = (signOff as { lapsedBy?: unknown }).lapsedBy;
  return lapsedBy !== undefined && lapsedBy !== null;
}

/** Whether a claim is signed off, and whether that sign-off still covers it. */
export function claimSignOffState(claim: Claim): SignOffState {
  if (!claim.signOff) return 'none';
  if (overtaken(claim.signOff)) return 'lapsed';
  return claim.signOff.fingerprint === claimFingerprint(claim) ? 'current' : 'lapsed';
}

/** Whether the story is signed off, and whether that sign-off still covers every claim and status. */
export function storySignOffState(signOff: SignOff | null | undefined, claims: readonly Claim[]): SignOffState {
  if (!signOff) return 'none';
  if (overtaken(signOff)) return 'lapsed';
  return signOff.fingerprint === storyFingerprint(claims) ? 'current' : 'lapsed';
}
