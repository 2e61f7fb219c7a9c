// Sign-off fingerprints: a sign-off records what it covered, so it lapses, visibly, when a claim's words or sources
// change afterwards (or, for the story, when any claim or its status does).
import { canonicalJson } from '../log/canonical-json';
import { sha256 } from '../log/sha256';
import type { Claim } from './claim';

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

/** Whether a claim is signed off, and whether that sign-off still covers it. */
export function claimSignOffState(claim: Claim): SignOffState {
  if (!claim.signOff) return 'none';
  return claim.signOff.fingerprint === claimFingerprint(claim) ? 'current' : 'lapsed';
}
