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
] as const;

/** One action of the activity log ("claim.created", "export.appendix", ...). */
export type LogAction = (typeof LOG_ACTIONS)[number];

const KNOWN: ReadonlySet<string> = new Set(LOG_ACTIONS);

/** Whether an entry read from a file is an action this version of Factdesk knows. */
export function isLogAction(action: string): action is LogAction {
  return KNOWN.has(action);
}
