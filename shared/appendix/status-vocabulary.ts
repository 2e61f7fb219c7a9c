// Pure edits of a project's status vocabulary: add, rename, recolour, reorder, mark as blocking publication, set the
// public verdict ClaimReview uses, and remove an unused status. Each returns a Result with the new list or a sentence.
import { fail, ok } from '../api/result';
import type { Result } from '../api/result';
import type { StatusDef } from '../model/status';
import { isPublicVerdict } from './public-verdict';
import type { PublicVerdict } from './types';

const COLOR = /^#[0-9a-fA-F]{6}$/;
const MAX_ID = 64;
const MAX_LABEL = 80;

/** Checks a whole vocabulary: at least one status, unique ids and labels, labels and colours in range. */
export function checkVocabulary(statuses: readonly StatusDef[]): Result<StatusDef[]> {
  if (statuses.length === 0) return fail('invalid-input', 'A project needs at least one status.');
  const ids = new Set<string>();
  const labels = new Set<string>();
  for (const s of statuses) {
    if (!s.id || s.id.length > MAX_ID)
      return fail('invalid-input', `The status id "${s.id}" must have 1 to ${MAX_ID} characters.`);
    if (ids.has(s.id)) return fail('invalid-input', `Two statuses have the id "${s.id}".`);
    ids.add(s.id);
    const label = s.label.trim();
    if (!label || label.length > MAX_LABEL)
      return fail('invalid-input', `A status name must have 1 to ${MAX_LABEL} characters.`);
    const key = label.toLocaleLowerCase();
    if (labels.has(key))
      return fail('invalid-input', `Two statuses are called "${label}": give each a different name.`);
    labels.add(key);
    if (!COLOR.test(s.color))
      return fail('invalid-input', `The colour of "${label}" must be written as #rrggbb, not "${s.color}".`);
    const verdict = (s as Record<string, unknown>).publicVerdict;
    if (verdict !== undefined && verdict !== null && !isPublicVerdict(verdict)) {
      return fail('invalid-input', `The public verdict of "${label}" needs a rating from 1 to 5 and a name.`);
    }
  }
  return ok([...statuses]);
}

/** A status id made from its name: "Needs lawyer" -> "needs-lawyer", made unique with -2, -3 ... */
export function statusIdFor(label: string, taken: readonly string[]): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'status';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

function edit(statuses: readonly StatusDef[], id: string, change: (s: StatusDef) => StatusDef): Result<StatusDef[]> {
  const at = statuses.findIndex((s) => s.id === id);
  if (at < 0) return fail('not-found', `This project has no status "${id}".`);
  return checkVocabulary(statuses.map((s, i) => (i === at ? change(s) : s)));
}

/** Adds a status at the end (or at `index`); its id comes from its name unless given. */
export function addStatus(
  statuses: readonly StatusDef[],
  input: { label: string; color: string; blocksPublication: boolean; id?: string; index?: number },
): Result<StatusDef[]> {
  const id =
    input.id ??
    statusIdFor(
      input.label,
      statuses.map((s) => s.id),
    );
  const added: StatusDef = {
    id,
    label: input.label.trim(),
    color: input.color,
    blocksPublication: input.blocksPublication,
  };
  const next = [...statuses];
  next.splice(Math.max(0, Math.min(input.index ?? next.length, next.length)), 0, added);
  return checkVocabulary(next);
}

/** Renames a status; its id, and so every claim that has it, stays the same. */
export function renameStatus(statuses: readonly StatusDef[], id: string, label: string): Result<StatusDef[]> {
  return edit(statuses, id, (s) => ({ ...s, label: label.trim() }));
}

/** Gives a status a new colour (#rrggbb). */
export function recolourStatus(statuses: readonly StatusDef[], id: string, color: string): Result<StatusDef[]> {
  return edit(statuses, id, (s) => ({ ...s, color }));
}

/** Marks whether claims with this status keep the story from being ready to publish. */
export function setStatusBlocking(
  statuses: readonly StatusDef[],
  id: string,
  blocksPublication: boolean,
): Result<StatusDef[]> {
  return edit(statuses, id, (s) => ({ ...s, blocksPublication }));
}

/** Turns the newsroom's rule on or off that a claim gets this status only once a source is attached to it. */
export function setStatusNeedsSource(
  statuses: readonly StatusDef[],
  id: string,
  needsSource: boolean,
): Result<StatusDef[]> {
  return edit(statuses, id, (s) => ({ ...s, needsSource }));
}

/** Sets the verdict ClaimReview publishes for this status; null means none (the status is not a public verdict). */
export function setStatusVerdict(
  statuses: readonly StatusDef[],
  id: string,
  verdict: PublicVerdict | null,
): Result<StatusDef[]> {
  return edit(statuses, id, (s) => ({
    ...s,
    publicVerdict: verdict === null ? null : { ...verdict, alternateName: verdict.alternateName.trim() },
  }));
}

/** Moves a status to a new place in the list (0 is first); the status menu shows them in this order. */
export function moveStatus(statuses: readonly StatusDef[], id: string, toIndex: number): Result<StatusDef[]> {
  const from = statuses.findIndex((s) => s.id === id);
  if (from < 0) return fail('not-found', `This project has no status "${id}".`);
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= statuses.length) {
    return fail('invalid-input', `A status can move to places 1 to ${statuses.length}.`);
  }
  const next = [...statuses];
  const [moved] = next.splice(from, 1);
  next.splice(toIndex, 0, moved!);
  return ok(next);
}

/** Removes a status no claim has; `claimsUsing` is how many claims have it now. */
export function removeStatus(statuses: readonly StatusDef[], id: string, claimsUsing: number): Result<StatusDef[]> {
  const status = statuses.find((s) => s.id === id);
  if (!status) return fail('not-found', `This project has no status "${id}".`);
  if (claimsUsing > 0) {
    return fail(
      'invalid-input',
      `${claimsUsing === 1 ? 'One claim has' : `${claimsUsing} claims have`} the status "${status.label}": give ${claimsUsing === 1 ? 'it' : 'them'} another status before removing it.`,
    );
  }
  return checkVocabulary(statuses.filter((s) => s.id !== id));
}
