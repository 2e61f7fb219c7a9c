// What re-anchoring does to a claim: its new anchor, a history entry when its text changed or was lost, and
// "Verified" turning into "Re-check" when the verified words changed. Also re-attaching an orphan by hand.
import type { Claim, NewHistoryEntry } from '../model/claim';
import type { ReanchorOutcome } from './reanchor';
import { snapRangeToGraphemes } from '../text/graphemes';
import { createAnchor } from './text-quote';

/** The status a verified claim gets when its text changed in a new draft version. */
export const RECHECK_STATUS = 're-check';
const VERIFIED_STATUS = 'verified';

/**
 * Applies one re-anchoring outcome to its claim and returns the updated claim (the input is not changed).
 * exact: the new anchor only, no history (the same words at perhaps a new place).
 * changed: a 'reanchored' history entry from the old words to the new; a verified claim also goes to 'Re-check'
 * with its own status entry.
 * orphaned: an 'orphaned' history entry; the claim keeps its status and its old words for the Orphans view.
 */
export function reanchorOutcomeToClaim(claim: Claim, outcome: ReanchorOutcome, by: string, now: string): Claim {
  const anchor = outcome.anchor;
  if (anchor.state === 'exact') return { ...claim, anchor };
  const entries: NewHistoryEntry[] = [];
  let status = claim.status;
  if (anchor.state === 'changed') {
    entries.push({ at: now, by, action: 'reanchored', field: 'anchor', from: claim.anchor.exact, to: anchor.exact });
    if (claim.status === VERIFIED_STATUS) {
      status = RECHECK_STATUS;
      entries.push({ at: now, by, action: 'changed', field: 'status', from: claim.status, to: status });
    }
  } else if (claim.anchor.state !== 'orphaned') {
    entries.push({ at: now, by, action: 'orphaned', field: 'anchor', from: claim.anchor.exact, to: null });
  }
  if (entries.length === 0) return { ...claim, anchor };
  return { ...claim, anchor, status, updatedAt: now, updatedBy: by, history: [...claim.history, ...entries] };
}

/**
 * Re-attaches a claim (usually an orphan) to text the user selected, [start, end) of the draft `draftId`, with a
 * 'reattached' history entry. Returns the claim unchanged when the selection is empty or out of range.
 */
export function reattachClaim(
  claim: Claim,
  text: string,
  start: number,
  end: number,
  draftId: string,
  by: string,
  now: string,
): Claim {
  if (!(start >= 0 && end > start && end <= text.length)) return claim;
  const range = snapRangeToGraphemes(text, start, end);
  const anchor = createAnchor(text, range.start, range.end, draftId);
  const entry: NewHistoryEntry = {
    at: now,
    by,
    action: 'reattached',
    field: 'anchor',
    from: claim.anchor.exact,
    to: anchor.exact,
  };
  return { ...claim, anchor, updatedAt: now, updatedBy: by, history: [...claim.history, entry] };
}
