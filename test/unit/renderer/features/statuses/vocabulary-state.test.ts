// The status vocabulary editor's edits on its working copy, through the shared vocabulary functions.
import { describe, expect, it } from 'vitest';
import {
  applyEdit,
  isChanged,
  saveProblem,
  statusUse,
  verdictOf,
} from '../../../../../renderer/features/statuses/vocabulary-state';
import { DEFAULT_STATUSES } from '../../../../../shared/model/status';
import type { StatusDef } from '../../../../../shared/model/status';
import { makeClaim } from '../desk/claims-fixture';

const start = [...DEFAULT_STATUSES];
const use = statusUse([
  makeClaim({ id: 'a', start: 0, text: 'a', status: 'verified' }),
  makeClaim({ id: 'b', start: 5, text: 'b', status: 'verified' }),
  makeClaim({ id: 'c', start: 9, text: 'c', status: 'unchecked' }),
]);

function value(result: ReturnType<typeof applyEdit>): StatusDef[] {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('vocabulary edits', () => {
  it('counts the claims of each status', () => {
    expect(use.get('verified')).toBe(2);
    expect(use.get('disputed')).toBeUndefined();
  });

  it('adds, renames, recolours and marks blocking', () => {
    let list = value(
      applyEdit(start, { type: 'add', label: 'Needs lawyer', color: '#123456', blocksPublication: true }, use),
    );
    expect(list.at(-1)).toEqual({
      id: 'needs-lawyer',
      label: 'Needs lawyer',
      color: '#123456',
      blocksPublication: true,
    });
    list = value(applyEdit(list, { type: 'rename', id: 'needs-lawyer', label: 'Legal review ' }, use));
    list = value(applyEdit(list, { type: 'recolour', id: 'needs-lawyer', color: '#abcdef' }, use));
    list = value(applyEdit(list, { type: 'blocking', id: 'needs-lawyer', on: false }, use));
    expect(list.at(-1)).toMatchObject({
      id: 'needs-lawyer',
      label: 'Legal review',
      color: '#abcdef',
      blocksPublication: false,
    });
    expect(isChanged(start, list)).toBe(true);
    expect(isChanged(start, [...start])).toBe(false);
  });

  it('refuses a duplicate name with the sentence', () => {
    const result = applyEdit(start, { type: 'rename', id: 'cut', label: 'verified' }, use);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toBe('Two statuses are called "verified": give each a different name.');
  });

  it('moves a status up and down and refuses to move past the ends', () => {
    const down = value(applyEdit(start, { type: 'move', id: 'unchecked', by: 1 }, use));
    expect(down.slice(0, 2).map((s) => s.id)).toEqual(['in-progress', 'unchecked']);
    expect(applyEdit(start, { type: 'move', id: 'unchecked', by: -1 }, use).ok).toBe(false);
  });

  it('sets a public verdict with a rating and a name, or none', () => {
    let list = value(applyEdit(start, { type: 'verdict', id: 'cannot-verify', rating: 3, name: '' }, use));
    expect(verdictOf(list.find((s) => s.id === 'cannot-verify')!)).toEqual({ rating: 3, name: 'Half true' });
    list = value(applyEdit(list, { type: 'verdict', id: 'cannot-verify', rating: 2, name: 'Unproven' }, use));
    expect(verdictOf(list.find((s) => s.id === 'cannot-verify')!)).toEqual({ rating: 2, name: 'Unproven' });
    list = value(applyEdit(list, { type: 'verdict', id: 'verified', rating: null, name: '' }, use));
    expect(verdictOf(list.find((s) => s.id === 'verified')!)).toEqual({ rating: null, name: '' });
    // Factdesk's defaults show for built-in statuses that set none.
    expect(verdictOf(start.find((s) => s.id === 'incorrect')!)).toEqual({ rating: 1, name: 'False' });
  });

  it('removes an unused status and refuses one in use with the sentence', () => {
    expect(value(applyEdit(start, { type: 'remove', id: 'cut' }, use)).some((s) => s.id === 'cut')).toBe(false);
    const refused = applyEdit(start, { type: 'remove', id: 'verified' }, use);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error.message).toBe(
        '2 claims have the status "Verified": give them another status before removing it.',
      );
  });

  it('checks the whole list before saving', () => {
    expect(saveProblem(start)).toBeNull();
    expect(saveProblem([])).toBe('A project needs at least one status.');
  });
});

describe('needs a source', () => {
  it('turns the rule on and off for one status', () => {
    const on = applyEdit(DEFAULT_STATUSES, { type: 'needs-source', id: 'verified', on: true }, new Map());
    if (!on.ok) throw new Error(on.error.message);
    expect(on.value.find((s) => s.id === 'verified')?.needsSource).toBe(true);
    expect(on.value.filter((s) => s.needsSource).map((s) => s.id)).toEqual(['verified']);
    const off = applyEdit(on.value, { type: 'needs-source', id: 'verified', on: false }, new Map());
    expect(off.ok && off.value.find((s) => s.id === 'verified')?.needsSource).toBe(false);
  });
});
