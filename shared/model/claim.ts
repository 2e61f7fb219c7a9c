// Claims: a span of the draft with an anchor, a kind, a status and an append-only history.
import { z } from 'zod';
import type { ClaimHistoryAction } from '../log/log-actions';
import { claimReviewSchema } from './review';

export const CLAIM_KINDS = [
  'quote',
  'number',
  'date',
  'attribution',
  'prediction',
  'superlative',
  'name',
  'other',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  quote: 'Direct quote',
  number: 'Number',
  date: 'Date',
  attribution: 'Attribution',
  prediction: 'Prediction',
  superlative: 'Superlative or first',
  name: 'Name or title',
  other: 'Other',
};

export const ANCHOR_STATES = ['exact', 'changed', 'orphaned'] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];

/** W3C TextQuoteSelector (exact, prefix, suffix) plus a TextPositionSelector hint (start, end). */
export const anchorSchema = z.looseObject({
  draftId: z.string(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  state: z.enum(ANCHOR_STATES),
  /** For a changed anchor: the text it had in the previous draft version, to show a word diff. */
  previousExact: z.string().optional(),
  /** How well a changed anchor matched (0-1). */
  score: z.number().optional(),
});
export type Anchor = z.infer<typeof anchorSchema>;

export const historyEntrySchema = z.looseObject({
  at: z.string(),
  by: z.string(),
  action: z.string(),
  field: z.string().optional(),
  from: z.string().nullable().optional(),
  to: z.string().nullable().optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
/**
 * A history entry as Factdesk writes it: its action is one of CLAIM_HISTORY_ACTIONS (shared/log/log-actions.ts).
 * Entries read from a file are plain HistoryEntry, whose action may be any string.
 */
export type NewHistoryEntry = HistoryEntry & { action: ClaimHistoryAction };

export const LINK_RELATIONS = ['supports', 'contradicts', 'context'] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

/** A claim's tie to a source (or one passage of it), with the passage's words copied in so the project stands alone. */
export const sourceLinkSchema = z.looseObject({
  id: z.string().min(1),
  sourceId: z.string().min(1),
  passageId: z.string().nullable(),
  relation: z.enum(LINK_RELATIONS),
  /** "00:01:02", "p. 4", "¶ 12": the passage's own pinpoint unless the user wrote another. */
  pinpoint: z.string(),
  note: z.string(),
  /** The passage text at the time it was attached (empty for a whole source). */
  quotedText: z.string(),
  addedAt: z.string(),
  addedBy: z.string(),
});
export type SourceLink = z.infer<typeof sourceLinkSchema>;

export const signOffSchema = z.looseObject({
  by: z.string(),
  at: z.string(),
  /** What was signed off: the fingerprint of the claim (or story) at that moment. */
  fingerprint: z.string(),
});
export type SignOff = z.infer<typeof signOffSchema>;

export const claimSchema = z.looseObject({
  id: z.string().min(1),
  anchor: anchorSchema,
  kind: z.enum(CLAIM_KINDS),
  status: z.string().min(1),
  assignee: z.string().nullable(),
  notes: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  history: z.array(historyEntrySchema),
  /** Sources tied to the claim. */
  links: z.array(sourceLinkSchema).default([]),
  /** An editor's sign-off; it lapses when the claim's words or sources change (see shared/model/sign-off.ts). */
  signOff: signOffSchema.nullable().optional(),
  /** On a shared story: the statuses set apart that wait for a decision (see shared/model/review.ts). */
  review: claimReviewSchema.optional(),
});
export type Claim = z.infer<typeof claimSchema>;

export interface ClaimPatch {
  status?: string;
  kind?: ClaimKind;
  assignee?: string | null;
  notes?: string;
}

/** Creates a claim; the caller supplies the id, the person and the time. */
export function createClaim(input: {
  id: string;
  anchor: Anchor;
  kind: ClaimKind;
  status: string;
  by: string;
  now: string;
}): Claim {
  return {
    id: input.id,
    anchor: input.anchor,
    kind: input.kind,
    status: input.status,
    assignee: null,
    notes: '',
    createdAt: input.now,
    createdBy: input.by,
    updatedAt: input.now,
    updatedBy: input.by,
    history: [{ at: input.now, by: input.by, action: 'created', to: input.status } satisfies NewHistoryEntry],
    links: [],
  };
}

/** Applies a patch, appending one history entry per field that really changed. Returns the same claim when nothing did. */
export function updateClaim(claim: Claim, patch: ClaimPatch, by: string, now: string): Claim {
  const entries: NewHistoryEntry[] = [];
  const next: Claim = { ...claim };
  const fields = ['status', 'kind', 'assignee', 'notes'] as const;
  for (const field of fields) {
    if (!(field in patch)) continue;
    const value = patch[field];
    if (value === undefined || value === claim[field]) continue;
    entries.push({ at: now, by, action: 'changed', field, from: claim[field] ?? null, to: value ?? null });
    (next as Record<string, unknown>)[field] = value;
  }
  if (entries.length === 0) return claim;
  return { ...next, updatedAt: now, updatedBy: by, history: [...claim.history, ...entries] };
}

/** Shortcut for the most common change. */
export function setStatus(claim: Claim, status: string, by: string, now: string): Claim {
  return updateClaim(claim, { status }, by, now);
}
