// Every action the activity log records, as one typed list: the handlers write only these, and the activity view
// words each one. A file written by a newer Factdesk may hold others; readers check with isLogAction.
export const LOG_ACTIONS = [
  'claim.created',
  'claim.changed',
  'claim.deleted',
  'claim.reattached',
  'claim.linked',
  'claim.link-changed',
  'claim.unlinked',
  'claims.bulk-change',
  'signoff.claim',
  'signoff.claim-withdrawn',
  'signoff.story',
  'signoff.story-withdrawn',
  'statuses.changed',
  'draft.version',
  'suggestions.accepted',
  'suggestions.dismissed',
  'export.appendix',
  'backup.restored',
  'lock.taken-over',
  'source.saved',
  'log.checkpoint',
] as const;

/** One action of the activity log ("claim.created", "export.appendix", ...). */
export type LogAction = (typeof LOG_ACTIONS)[number];

const KNOWN: ReadonlySet<string> = new Set(LOG_ACTIONS);

/** Whether an entry read from a file is an action this version of Factdesk knows. */
export function isLogAction(action: string): action is LogAction {
  return KNOWN.has(action);
}

/**
 * Every action a claim's own history records, as one typed list beside the log's: the edits and handlers write only
 * these (through `historyEntry` in shared/model/claim.ts), and the claim inspector words them. Files from older or
 * newer versions may hold others ('re-anchored'), so the schema still reads any string.
 */
export const CLAIM_HISTORY_ACTIONS = [
  'created',
  'changed',
  'migrated',
  'reanchored',
  'orphaned',
  'reattached',
  'linked',
  'unlinked',
  'signed-off',
  'sign-off withdrawn',
] as const;

/** One action of a claim's history ("created", "changed", "linked", ...). */
export type ClaimHistoryAction = (typeof CLAIM_HISTORY_ACTIONS)[number];

const KNOWN_HISTORY: ReadonlySet<string> = new Set(CLAIM_HISTORY_ACTIONS);

/** Whether a history entry read from a file is an action this version of Factdesk knows. */
export function isClaimHistoryAction(action: string): action is ClaimHistoryAction {
  return KNOWN_HISTORY.has(action);
}
