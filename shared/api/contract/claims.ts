// Claims on the desk: marking, editing, bulk changes, sign-offs, the status vocabulary and the activity log.
import { z } from 'zod';
import { CLAIM_KINDS } from '../../model/claim';
import { statusDefSchema } from '../../model/status';
import type { Claim } from '../../model/claim';
import type { ActivityLogView, ProjectView } from '../views';
import { id, projectId } from './fields';

const signOffTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('claims'), claimIds: z.array(id).min(1).max(10_000) }),
  z.strictObject({ kind: z.literal('story') }),
]);

export const claimValidators = {
  markClaim: z.strictObject({
    projectId,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    kind: z.enum(CLAIM_KINDS).optional(),
    status: id.optional(),
  }),
  updateClaim: z.strictObject({
    projectId,
    claimId: id,
    patch: z.strictObject({
      status: id.optional(),
      kind: z.enum(CLAIM_KINDS).optional(),
      assignee: z.string().max(120).nullable().optional(),
      notes: z.string().max(100_000).optional(),
    }),
  }),
  deleteClaim: z.strictObject({ projectId, claimId: id }),
  updateClaims: z.strictObject({
    projectId,
    claimIds: z.array(id).min(1).max(10_000),
    patch: z.strictObject({ status: id.optional(), assignee: z.string().max(120).nullable().optional() }),
  }),
  signOff: z.strictObject({ projectId, target: signOffTarget }),
  revokeSignOff: z.strictObject({ projectId, target: signOffTarget }),
  updateStatuses: z.strictObject({ projectId, statuses: z.array(statusDefSchema).min(1).max(100) }),
  getActivityLog: z.strictObject({ projectId, claimId: id.optional(), againstBackups: z.boolean().optional() }),
};

/** What the claims methods reply with, inside a Result. */
export interface ClaimReplies {
  /** Makes text[start, end) of the current draft a claim. */
  markClaim: { view: ProjectView; claim: Claim };
  /** Changes status, kind, assignee or notes; each change is appended to the claim's history. */
  updateClaim: ProjectView;
  /** Removes a claim. */
  deleteClaim: ProjectView;
  /** Sets the status or assignee of many claims at once (one history entry each). */
  updateClaims: ProjectView;
  /** Signs off claims or the whole story in the editor's name; a sign-off lapses when what it covered changes. */
  signOff: ProjectView;
  /** Withdraws a sign-off. */
  revokeSignOff: ProjectView;
  /** Replaces the project's status vocabulary (add, rename, recolour, reorder, blocking, public verdicts). */
  updateStatuses: ProjectView;
  /** The activity log (or one claim's entries) and whether its hash chain is intact. */
  getActivityLog: ActivityLogView;
}
