// A claim whose status two people changed apart (a shared story, one of them offline) "needs review": the fold keeps
// every side on the claim, and until someone decides, the claim keeps the story from publication whatever status it
// shows. This is the one place that says so, for the publish gate, the sign-off and the header.
import { z } from 'zod';
import { findStatus } from './status';
import type { StatusDef } from './status';
import { formatInstantUtc } from '../text/format-when';

export const reviewEntrySchema = z.object({
  eventId: z.string(),
  status: z.string(),
  by: z.string(),
  at: z.string(),
  device: z.string(),
});

export const claimReviewSchema = z.object({ events: z.array(reviewEntrySchema) });
export type ClaimReviewView = z.infer<typeof claimReviewSchema>;

/** The part of a claim this reads: its status and, on a shared story, its review. */
export interface Reviewable {
  status: string;
  review?: ClaimReviewView | undefined;
}

/** Whether the claim is under review (two or more sides wait for a decision). */
export function needsReview(claim: Reviewable): boolean {
  return (claim.review?.events.length ?? 0) > 1;
}

/** Whether the claim keeps the story from publication: a blocking status, or a status changed apart. */
export function blocksPublication(claim: Reviewable, statuses: readonly StatusDef[]): boolean {
  return needsReview(claim) || findStatus(statuses, claim.status).blocksPublication;
}

/**
 * The review in one sentence naming every side: 'Needs review: Ana set it to “Verified” (2026-12-06 10:42 UTC, on
 * laptop-ana) and Bob set it to “Disputed” (2026-12-06 10:43 UTC, on laptop-bob) without seeing each other's change;
 * it blocks publication until someone decides.'
 */
export function reviewSentence(
  review: ClaimReviewView,
  statuses: readonly StatusDef[],
  time: (iso: string) => string = formatInstantUtc,
): string {
  const sides = review.events.map(
    (e) => `${e.by} set it to “${findStatus(statuses, e.status).label}” (${time(e.at)}, on ${e.device})`,
  );
  const listed = sides.length <= 2 ? sides.join(' and ') : `${sides.slice(0, -1).join(', ')} and ${sides.at(-1)}`;
  return `Needs review: ${listed} without seeing each other's change; it blocks publication until someone decides.`;
}

/** Why a claim blocks publication, in one sentence: its review when it has one, else its blocking status. */
export function blockingReason(claim: Reviewable, statuses: readonly StatusDef[]): string {
  if (claim.review && needsReview(claim)) return reviewSentence(claim.review, statuses);
  return `Its status, “${findStatus(statuses, claim.status).label}”, blocks publication.`;
}
