// Pure edits of the project document: set the draft, mark, change and delete claims. Time, ids and the person are
// arguments; each function returns a new document.
import { FactdeskError } from '../api/result';
import { createAnchor } from '../anchoring/text-quote';
import { relocateAnchors } from '../anchoring/relocate';
import { createClaim, updateClaim } from './claim';
import type { ClaimKind, ClaimPatch } from './claim';
import { currentDraft } from './project';
import type { ProjectDoc } from './project';
import { DEFAULT_STATUS_ID } from './status';

/** Sets the draft: the first text becomes version 1; later texts become new versions and claims are re-anchored. */
export function applyDraftText(
  doc: ProjectDoc,
  input: { text: string; origin: string; by: string; now: string; newId: () => string },
): ProjectDoc {
  const previous = currentDraft(doc);
  if (previous && previous.text === input.text) return doc;
  const id = input.newId();
  const number = doc.drafts.reduce((n, d) => Math.max(n, d.number), 0) + 1;
  const version = { id, number, text: input.text, importedAt: input.now, importedBy: input.by, origin: input.origin };
  const claims = previous
    ? relocateAnchors(previous.text, input.text, doc.claims, id, input.by, input.now)
    : doc.claims;
  return { ...doc, drafts: [...doc.drafts, version], currentDraftId: id, claims };
}

/** Marks text[start, end) of the current draft as a claim. */
export function applyMark(
  doc: ProjectDoc,
  input: { start: number; end: number; kind?: ClaimKind; status?: string; by: string; now: string; id: string },
): { doc: ProjectDoc; claimId: string } {
  const draft = currentDraft(doc);
  if (!draft) throw new FactdeskError('no-draft', 'This project has no draft yet: paste or import the draft first.');
  const { start, end } = input;
  if (end <= start || end > draft.text.length) {
    throw new FactdeskError('invalid-input', `The selection ${start}-${end} is outside the draft (it has ${draft.text.length} characters).`);
  }
  if (draft.text.slice(start, end).trim() === '') {
    throw new FactdeskError('invalid-input', 'The selection holds only spaces: select the words of the claim.');
  }
  const status = input.status ?? DEFAULT_STATUS_ID;
  if (!doc.settings.statuses.some((s) => s.id === status)) {
    throw new FactdeskError('invalid-input', `"${status}" is not a status of this project.`);
  }
  const claim = createClaim({
    id: input.id,
    anchor: createAnchor(draft.text, start, end, draft.id),
    kind: input.kind ?? 'other',
    status,
    by: input.by,
    now: input.now,
  });
  return { doc: { ...doc, claims: [...doc.claims, claim] }, claimId: claim.id };
}

/** Changes a claim's status, kind, assignee or notes, with history entries. */
export function applyClaimChange(doc: ProjectDoc, claimId: string, patch: ClaimPatch, by: string, now: string): ProjectDoc {
  const claim = doc.claims.find((c) => c.id === claimId);
  if (!claim) throw new FactdeskError('not-found', 'That claim no longer exists in this project.');
  if (patch.status !== undefined && !doc.settings.statuses.some((s) => s.id === patch.status)) {
    throw new FactdeskError('invalid-input', `"${patch.status}" is not a status of this project.`);
  }
  const next = updateClaim(claim, patch, by, now);
  if (next === claim) return doc;
  return { ...doc, claims: doc.claims.map((c) => (c.id === claimId ? next : c)) };
}

/** Removes a claim. */
export function deleteClaimFrom(doc: ProjectDoc, claimId: string): ProjectDoc {
  if (!doc.claims.some((c) => c.id === claimId)) {
    throw new FactdeskError('not-found', 'That claim no longer exists in this project.');
  }
  return { ...doc, claims: doc.claims.filter((c) => c.id !== claimId) };
}
