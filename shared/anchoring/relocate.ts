// Moving claims to a new draft version. This first pass keeps claims whose exact text is still in the draft
// (preferring the occurrence whose context matches) and marks the rest orphaned.
import type { Claim } from '../model/claim';
import { createAnchor } from './text-quote';

function contextScore(text: string, at: number, claim: Claim): number {
  const { exact, prefix, suffix } = claim.anchor;
  let score = 0;
  const before = text.slice(Math.max(0, at - prefix.length), at);
  const after = text.slice(at + exact.length, at + exact.length + suffix.length);
  for (let i = 1; i <= Math.min(before.length, prefix.length) && before[before.length - i] === prefix[prefix.length - i]; i++) score++;
  for (let i = 0; i < Math.min(after.length, suffix.length) && after[i] === suffix[i]; i++) score++;
  return score;
}

/** Re-anchors every claim in `newText`; a claim whose text is gone is kept as orphaned, with a history entry. */
export function relocateAnchors(
  _oldText: string,
  newText: string,
  claims: readonly Claim[],
  draftId: string,
  by: string,
  now: string,
): Claim[] {
  return claims.map((claim) => {
    const { exact, start } = claim.anchor;
    let best = -1;
    let bestScore = -1;
    for (let at = exact ? newText.indexOf(exact) : -1; at >= 0; at = newText.indexOf(exact, at + 1)) {
      const score = contextScore(newText, at, claim) * 1_000_000 - Math.abs(at - start);
      if (score > bestScore) {
        best = at;
        bestScore = score;
      }
    }
    if (best >= 0) {
      return { ...claim, anchor: createAnchor(newText, best, best + exact.length, draftId) };
    }
    if (claim.anchor.state === 'orphaned') return { ...claim, anchor: { ...claim.anchor, draftId } };
    return {
      ...claim,
      anchor: { ...claim.anchor, draftId, state: 'orphaned' as const },
      updatedAt: now,
      updatedBy: by,
      history: [...claim.history, { at: now, by, action: 'orphaned', field: 'anchor', from: exact, to: null }],
    };
  });
}
