// The status vocabulary editor's working copy as pure functions over shared/appendix/status-vocabulary.ts: every
// edit returns the new list or the sentence saying why not, and the list is checked whole before it is saved.
import type { Result } from '../../../shared/api/result';
import { publicVerdictFor } from '../../../shared/appendix/public-verdict';
import {
  addStatus,
  checkVocabulary,
  moveStatus,
  recolourStatus,
  removeStatus,
  renameStatus,
  setStatusBlocking,
  setStatusNeedsSource,
  setStatusVerdict,
} from '../../../shared/appendix/status-vocabulary';
import type { Claim } from '../../../shared/model/claim';
import type { StatusDef } from '../../../shared/model/status';

export type VocabularyEdit =
  | { type: 'add'; label: string; color: string; blocksPublication: boolean }
  | { type: 'rename'; id: string; label: string }
  | { type: 'recolour'; id: string; color: string }
  | { type: 'blocking'; id: string; on: boolean }
  | { type: 'needs-source'; id: string; on: boolean }
  | { type: 'verdict'; id: string; rating: number | null; name: string }
  | { type: 'move'; id: string; by: number }
  | { type: 'remove'; id: string };

/** The usual words for each rating, offered when a status gets a verdict. */
export const RATING_NAMES: Record<number, string> = {
  1: 'False',
  2: 'Mostly false',
  3: 'Half true',
  4: 'Mostly true',
  5: 'True',
};

/** How many claims have each status. */
export function statusUse(claims: readonly Claim[]): Map<string, number> {
  const use = new Map<string, number>();
  for (const c of claims) use.set(c.status, (use.get(c.status) ?? 0) + 1);
  return use;
}

/** Applies one edit to the working list. `use` is how many claims have each status (removing a used one is refused). */
export function applyEdit(
  list: readonly StatusDef[],
  edit: VocabularyEdit,
  use: ReadonlyMap<string, number>,
): Result<StatusDef[]> {
  switch (edit.type) {
    case 'add':
      return addStatus(list, { label: edit.label, color: edit.color, blocksPublication: edit.blocksPublication });
    case 'rename':
      return renameStatus(list, edit.id, edit.label);
    case 'recolour':
      return recolourStatus(list, edit.id, edit.color);
    case 'blocking':
      return setStatusBlocking(list, edit.id, edit.on);
    case 'needs-source':
      return setStatusNeedsSource(list, edit.id, edit.on);
    case 'verdict':
      return setStatusVerdict(
        list,
        edit.id,
        edit.rating === null
          ? null
          : { ratingValue: edit.rating, alternateName: edit.name.trim() || (RATING_NAMES[edit.rating] ?? 'Rated') },
      );
    case 'move': {
      const at = list.findIndex((s) => s.id === edit.id);
      return moveStatus(list, edit.id, at + edit.by);
    }
    case 'remove':
      return removeStatus(list, edit.id, use.get(edit.id) ?? 0);
  }
}

/** The verdict a status publishes now (its own, or Factdesk's default for its id). */
export function verdictOf(status: StatusDef): { rating: number | null; name: string } {
  const verdict = publicVerdictFor(status);
  return verdict ? { rating: verdict.ratingValue, name: verdict.alternateName } : { rating: null, name: '' };
}

/** True when the working list differs from the saved one. */
export function isChanged(saved: readonly StatusDef[], working: readonly StatusDef[]): boolean {
  return JSON.stringify(saved) !== JSON.stringify(working);
}

/** The whole list's check before saving: null when it can be saved, or the sentence. */
export function saveProblem(working: readonly StatusDef[]): string | null {
  const checked = checkVocabulary(working);
  return checked.ok ? null : checked.error.message;
}
