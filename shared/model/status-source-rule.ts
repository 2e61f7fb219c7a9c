// Whether a claim may get a status while no source is attached to it: fine, worth a question ("Verified with no
// source?"), or refused by the newsroom's rule in the status vocabulary ("Verified needs a source").
import type { Claim } from './claim';
import { findStatus } from './status';
import type { StatusDef } from './status';

/** Statuses that say the claim was checked against something: setting one with no source asks first. */
export const CONFIRMING_STATUS_IDS: ReadonlySet<string> = new Set(['verified', 'partially-verified', 'corrected']);

export type SourceRuleOutcome =
  { kind: 'ok' } | { kind: 'ask'; question: string } | { kind: 'refuse'; message: string };

/**
 * What happens when `claim` is given the status `statusId`: 'ok' when a source is attached or the status does not
 * speak for a check; 'refuse' (with the sentence saying why and what to do) when the status needs a source and the
 * claim has none; 'ask' when the status says the claim was checked but nothing is attached.
 */
export function sourceRuleFor(
  statuses: readonly StatusDef[],
  statusId: string,
  claim: Pick<Claim, 'status' | 'links'>,
): SourceRuleOutcome {
  if (claim.links.length > 0 || claim.status === statusId) return { kind: 'ok' };
  const status = findStatus(statuses, statusId);
  if (status.needsSource === true) {
    return {
      kind: 'refuse',
      message: `"${status.label}" needs a source: attach one to this claim first (your newsroom's rule, in Statuses).`,
    };
  }
  if (CONFIRMING_STATUS_IDS.has(status.id)) {
    return { kind: 'ask', question: `No source is attached to this claim. Mark it "${status.label}" anyway?` };
  }
  return { kind: 'ok' };
}

/**
 * The question to ask before giving `statusId` to `claims` when some have no source and the status says they were
 * checked (one claim: sourceRuleFor's question), or null when there is nothing to ask.
 */
export function sourceRuleQuestion(
  statuses: readonly StatusDef[],
  statusId: string,
  claims: readonly Pick<Claim, 'status' | 'links'>[],
): string | null {
  const asked = claims.map((c) => sourceRuleFor(statuses, statusId, c)).filter((r) => r.kind === 'ask');
  const [first] = asked;
  if (!first) return null;
  const count = claims.length;
  if (count === 1) return first.question;
  const label = findStatus(statuses, statusId).label;
  return asked.length === count
    ? `None of the ${count} selected claims has a source attached. Mark them "${label}" anyway?`
    : `${asked.length} of the ${count} selected claims ${asked.length === 1 ? 'has' : 'have'} no source attached. Mark all ${count} "${label}" anyway?`;
}

/**
 * The sentence refusing to give `statusId` to some of `claims` (those without a source, when the status needs
 * one), or null when every claim may have it.
 */
export function sourceRuleRefusal(
  statuses: readonly StatusDef[],
  statusId: string,
  claims: readonly Pick<Claim, 'status' | 'links'>[],
): string | null {
  const refused = claims.filter((c) => sourceRuleFor(statuses, statusId, c).kind === 'refuse');
  if (refused.length === 0) return null;
  const label = findStatus(statuses, statusId).label;
  return refused.length === 1 && claims.length === 1
    ? `"${label}" needs a source: attach one to this claim first (your newsroom's rule, in Statuses).`
    : `"${label}" needs a source, and ${refused.length === 1 ? 'one claim has' : `${refused.length} claims have`} none: attach a source to ${refused.length === 1 ? 'it' : 'each'} first (your newsroom's rule, in Statuses).`;
}
