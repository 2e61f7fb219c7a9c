// Pure edits of the project document: set the draft, mark, change and delete claims. Time, ids and the person are
// arguments; each function returns a new document, and an edit that can be refused returns a Result whose error
// names the refusal (a code from the narrow union below and a sentence for the reporter) instead of throwing.
import { fail, ok } from '../api/result';
import type { Result } from '../api/result';
import { sourceRuleRefusal } from '../model/status-source-rule';
import { createAnchor } from '../anchoring/text-quote';
import { reanchorClaims } from '../anchoring/reanchor';
import { findDates } from '../detect/dates';
import { findNumbers } from '../detect/numbers';
import { suggestClaims } from '../detect/suggest';
import { reanchorOutcomeToClaim, reattachClaim } from '../anchoring/reanchor-claim';
import { createClaim, updateClaim } from '../model/claim';
import type { ClaimKind, ClaimPatch } from '../model/claim';
import { currentDraft } from '../model/project';
import type { ProjectDoc } from '../model/project';
import { DEFAULT_STATUS_ID } from '../model/status';

/** What an edit of a claim can be refused with: no draft yet, the claim is gone, or the request does not fit. */
export type EditRefusal = 'no-draft' | 'not-found' | 'invalid-input';

/** The result of an edit that can be refused. */
export type EditResult<T> = Result<T, EditRefusal>;

const NO_DRAFT = 'This project has no draft yet: paste or import the draft first.';
const CLAIM_GONE = 'That claim no longer exists in this project.';

/** How the claims fared when a new draft version was set: re-anchored exactly, changed, or orphaned. */
export interface ReanchorCounts {
  exact: number;
  changed: number;
  orphaned: number;
}

export interface DraftInput {
  text: string;
  origin: string;
  format?: string;
  blocks?: { kind: 'heading' | 'paragraph'; level?: number; start: number; end: number }[];
  by: string;
  now: string;
  newId: () => string;
}

/**
 * Sets the draft: the first text becomes version 1; a later text becomes a new version and every claim is
 * re-anchored (exact, changed with the old words kept for a diff, or orphaned). Returns how the claims fared.
 */
export function applyDraftText(doc: ProjectDoc, input: DraftInput): { doc: ProjectDoc; counts: ReanchorCounts | null } {
  const previous = currentDraft(doc);
  if (previous && previous.text === input.text) return { doc, counts: countStates(doc) };
  const id = input.newId();
  const number = doc.drafts.reduce((n, d) => Math.max(n, d.number), 0) + 1;
  const version = {
    id,
    number,
    text: input.text,
    importedAt: input.now,
    importedBy: input.by,
    origin: input.origin,
    ...(input.format ? { format: input.format } : {}),
    ...(input.blocks ? { blocks: input.blocks } : {}),
  };
  let claims = doc.claims;
  if (previous) {
    const outcomes = reanchorClaims(
      previous.text,
      input.text,
      claims.map((c) => c.anchor),
      id,
    );
    claims = claims.map((claim, i) => {
      const outcome = outcomes[i]!;
      const next = reanchorOutcomeToClaim(claim, outcome, input.by, input.now);
      if (next.anchor.state !== 'changed') return next;
      return { ...next, anchor: { ...next.anchor, previousExact: claim.anchor.exact, score: outcome.score } };
    });
  }
  const next = { ...doc, drafts: [...doc.drafts, version], currentDraftId: id, claims };
  return { doc: next, counts: previous ? countStates(next) : null };
}

function countStates(doc: ProjectDoc): ReanchorCounts {
  const counts: ReanchorCounts = { exact: 0, changed: 0, orphaned: 0 };
  for (const c of doc.claims) counts[c.anchor.state]++;
  return counts;
}

/**
 * Re-attaches a claim to text[start, end) of the current draft (how an orphan gets a place again). Refused when
 * there is no draft, the claim is gone, or the selection is empty or outside the draft.
 */
export function applyReattach(
  doc: ProjectDoc,
  input: { claimId: string; start: number; end: number; by: string; now: string },
): EditResult<ProjectDoc> {
  const draft = currentDraft(doc);
  if (!draft) return fail('no-draft', NO_DRAFT);
  const claim = doc.claims.find((c) => c.id === input.claimId);
  if (!claim) return fail('not-found', CLAIM_GONE);
  if (
    !(input.end > input.start && input.end <= draft.text.length) ||
    draft.text.slice(input.start, input.end).trim() === ''
  ) {
    return fail('invalid-input', 'Select the words in the draft that the claim should be attached to.');
  }
  const next = reattachClaim(claim, draft.text, input.start, input.end, draft.id, input.by, input.now);
  return ok({ ...doc, claims: doc.claims.map((c) => (c.id === claim.id ? next : c)) });
}

/** Marks text[start, end) of the current draft as a claim; refused without a draft, a valid span or a known status. */
export function applyMark(
  doc: ProjectDoc,
  input: { start: number; end: number; kind?: ClaimKind; status?: string; by: string; now: string; id: string },
): EditResult<{ doc: ProjectDoc; claimId: string }> {
  const draft = currentDraft(doc);
  if (!draft) return fail('no-draft', NO_DRAFT);
  const { start, end } = input;
  if (end <= start || end > draft.text.length) {
    return fail(
      'invalid-input',
      `The selection ${start}-${end} is outside the draft (it has ${draft.text.length} characters).`,
    );
  }
  if (draft.text.slice(start, end).trim() === '') {
    return fail('invalid-input', 'The selection holds only spaces: select the words of the claim.');
  }
  const status = input.status ?? DEFAULT_STATUS_ID;
  const kind = input.kind ?? kindOfSpan(draft.text, start, end);
  if (!doc.settings.statuses.some((s) => s.id === status)) {
    return fail('invalid-input', `"${status}" is not a status of this project.`);
  }
  const claim = createClaim({
    id: input.id,
    anchor: createAnchor(draft.text, start, end, draft.id),
    kind,
    status,
    by: input.by,
    now: input.now,
  });
  return ok({ doc: { ...doc, claims: [...doc.claims, claim] }, claimId: claim.id });
}

/**
 * The kind a marked span most likely has: the kind of the suggestion it matches (a quote marked with or without its
 * quotation marks counts); else, for words a reporter picked by hand, a date or a number they hold ("for two years"),
 * or 'quote' for words inside a direct quote ("double the number of agents"); else 'other'.
 */
export function kindOfSpan(text: string, start: number, end: number): ClaimKind {
  // Only the paragraph around the span is read (bounded), so marking stays quick in a long draft.
  const from = Math.max(0, text.lastIndexOf('\n\n', start) + 1, start - 2000);
  const nextBreak = text.indexOf('\n\n', end);
  const to = Math.min(text.length, nextBreak < 0 ? text.length : nextBreak, end + 2000);
  const slack = (a: number, b: number) => Math.abs(a - b) <= 2;
  const suggested = suggestClaims(text.slice(from, to));
  const match = suggested.find((s) => slack(s.start + from, start) && slack(s.end + from, end));
  if (match) return match.kind;
  const words = text.slice(start, end);
  if (findDates(words).length > 0) return 'date';
  if (findNumbers(words).length > 0) return 'number';
  const inQuote = suggested.some((s) => s.kind === 'quote' && s.start + from <= start && end <= s.end + from);
  return inQuote ? 'quote' : 'other';
}

/**
 * Changes a claim's status, kind, assignee or notes, with history entries; refused when the claim is gone, the
 * status is unknown, or the status needs a source the claim lacks.
 */
export function applyClaimChange(
  doc: ProjectDoc,
  claimId: string,
  patch: ClaimPatch,
  by: string,
  now: string,
): EditResult<ProjectDoc> {
  const claim = doc.claims.find((c) => c.id === claimId);
  if (!claim) return fail('not-found', CLAIM_GONE);
  if (patch.status !== undefined && !doc.settings.statuses.some((s) => s.id === patch.status)) {
    return fail('invalid-input', `"${patch.status}" is not a status of this project.`);
  }
  const refusal = patch.status === undefined ? null : sourceRuleRefusal(doc.settings.statuses, patch.status, [claim]);
  if (refusal) return fail('invalid-input', refusal);
  const next = updateClaim(claim, patch, by, now);
  if (next === claim) return ok(doc);
  return ok({ ...doc, claims: doc.claims.map((c) => (c.id === claimId ? next : c)) });
}

/** Removes a claim; refused with 'not-found' when it is already gone. */
export function deleteClaimFrom(doc: ProjectDoc, claimId: string): EditResult<ProjectDoc> {
  if (!doc.claims.some((c) => c.id === claimId)) return fail('not-found', CLAIM_GONE);
  return ok({ ...doc, claims: doc.claims.filter((c) => c.id !== claimId) });
}
