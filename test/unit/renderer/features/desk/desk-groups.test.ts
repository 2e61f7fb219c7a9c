// Grouping the desk table and selecting rows in it: toggle, shift-click ranges, select all visible, pruning.
import { describe, expect, it } from 'vitest';
import {
  EMPTY_SELECTION,
  groupRows,
  pruneSelection,
  selectRange,
  toggleAllVisible,
  toggleSelected,
  visibleIds,
  visibleSelectionState,
} from '../../../../../renderer/features/desk/desk-groups';
import { buildRows } from '../../../../../renderer/features/desk/desk-rows';
import { STATUSES, makeClaim } from './claims-fixture';

const rows = buildRows(
  [
    makeClaim({ id: 'a', start: 0, text: 'one', status: 'verified', assignee: 'Ben' }),
    makeClaim({ id: 'b', start: 10, text: 'two', status: 'unchecked' }),
    makeClaim({ id: 'c', start: 20, text: 'three', status: 'unchecked', assignee: 'Ada' }),
    makeClaim({ id: 'd', start: 30, text: 'four', status: 'disputed', assignee: 'Ben' }),
  ],
  STATUSES,
);

describe('groupRows', () => {
  it('lists the rows as they are without grouping', () => {
    expect(visibleIds(groupRows(rows, 'none', STATUSES, new Set()))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('groups by status in vocabulary order, with counts and colours', () => {
    const items = groupRows(rows, 'status', STATUSES, new Set());
    const groups = items.filter((i) => i.type === 'group');
    expect(groups.map((g) => [g.label, g.count, g.color])).toEqual([
      ['Unchecked', 2, '#8a8f98'],
      ['Verified', 1, '#1f8a4c'],
      ['Disputed', 1, '#c2410c'],
    ]);
    expect(visibleIds(items)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('groups by assignee alphabetically with the unassigned last', () => {
    const items = groupRows(rows, 'assignee', STATUSES, new Set());
    expect(items.filter((i) => i.type === 'group').map((g) => `${g.label} ${g.count}`)).toEqual([
      'Ada 1',
      'Ben 2',
      'Unassigned 1',
    ]);
  });

  it('hides the rows of a collapsed group but keeps its header and count', () => {
    const items = groupRows(rows, 'status', STATUSES, new Set(['status:unchecked']));
    expect(items[0]).toMatchObject({ type: 'group', label: 'Unchecked', count: 2, collapsed: true });
    expect(visibleIds(items)).toEqual(['a', 'd']);
  });
});

describe('selection', () => {
  const visible = ['a', 'b', 'c', 'd'];

  it('toggles one row and makes it the anchor', () => {
    const once = toggleSelected(EMPTY_SELECTION, 'b');
    expect([...once.ids]).toEqual(['b']);
    expect(once.anchor).toBe('b');
    expect([...toggleSelected(once, 'b').ids]).toEqual([]);
  });

  it('shift-click ticks the range from the anchor, in either direction', () => {
    const anchored = toggleSelected(EMPTY_SELECTION, 'b');
    expect([...selectRange(anchored, 'd', visible).ids].sort()).toEqual(['b', 'c', 'd']);
    const fromC = toggleSelected(EMPTY_SELECTION, 'c');
    expect([...selectRange(fromC, 'a', visible).ids].sort()).toEqual(['a', 'b', 'c']);
  });

  it('shift-click from an unticked anchor unticks the range', () => {
    let s = toggleAllVisible(EMPTY_SELECTION, visible);
    s = toggleSelected(s, 'a');
    expect([...selectRange(s, 'c', visible).ids]).toEqual(['d']);
  });

  it('without a visible anchor a shift-click is a plain toggle', () => {
    expect([...selectRange(EMPTY_SELECTION, 'c', visible).ids]).toEqual(['c']);
    const hidden = toggleSelected(EMPTY_SELECTION, 'x');
    expect([...selectRange(hidden, 'c', visible).ids].sort()).toEqual(['c', 'x']);
  });

  it('select all visible ticks only the visible rows and unticks them when all are ticked', () => {
    const hidden = toggleSelected(EMPTY_SELECTION, 'x');
    const all = toggleAllVisible(hidden, ['a', 'b']);
    expect([...all.ids].sort()).toEqual(['a', 'b', 'x']);
    expect(visibleSelectionState(all, ['a', 'b'])).toBe('all');
    expect(visibleSelectionState(all, ['a', 'b', 'c'])).toBe('some');
    expect(visibleSelectionState(EMPTY_SELECTION, ['a'])).toBe('none');
    expect([...toggleAllVisible(all, ['a', 'b']).ids]).toEqual(['x']);
  });

  it('drops claims that are gone and keeps the same object when none went', () => {
    const s = toggleSelected(toggleSelected(EMPTY_SELECTION, 'a'), 'b');
    expect(pruneSelection(s, new Set(['a', 'b', 'c']))).toBe(s);
    const pruned = pruneSelection(s, new Set(['a']));
    expect([...pruned.ids]).toEqual(['a']);
    expect(pruned.anchor).toBeNull();
  });
});
