// Grouping and selection for the desk table, as pure functions: the flat list of group headers and rows the
// virtualised table draws, and the selection rules (toggle, shift-click range, select all visible).
import type { StatusDef } from '../../../shared/model/status';
import type { DeskRow } from './desk-rows';

export type DeskGrouping = 'none' | 'status' | 'assignee';

export interface DeskGroupItem {
  type: 'group';
  key: string;
  label: string;
  count: number;
  /** For status groups: the status colour. */
  color?: string;
  collapsed: boolean;
}

export interface DeskRowItem {
  type: 'row';
  row: DeskRow;
}

export type DeskItem = DeskGroupItem | DeskRowItem;

const NOBODY = 'Unassigned';

function groupKey(row: DeskRow, grouping: DeskGrouping): string {
  if (grouping === 'status') return `status:${row.statusId}`;
  return row.assignee === null ? 'assignee:' : `assignee:${row.assignee}`;
}

/**
 * The table's items: the rows as given, or, when grouped, a header per group (status groups in vocabulary order,
 * people in alphabetical order with the unassigned last) followed by its rows unless it is collapsed.
 */
export function groupRows(
  rows: readonly DeskRow[],
  grouping: DeskGrouping,
  statuses: readonly StatusDef[],
  collapsed: ReadonlySet<string>,
): DeskItem[] {
  if (grouping === 'none') return rows.map((row) => ({ type: 'row', row }));
  const groups = new Map<string, DeskRow[]>();
  for (const row of rows) {
    const key = groupKey(row, grouping);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  const keys = [...groups.keys()];
  if (grouping === 'status') {
    const order = new Map(statuses.map((s, i) => [`status:${s.id}`, i]));
    keys.sort((a, b) => (order.get(a) ?? statuses.length) - (order.get(b) ?? statuses.length));
  } else {
    keys.sort((a, b) => (a === 'assignee:' ? 1 : b === 'assignee:' ? -1 : a.localeCompare(b)));
  }
  const items: DeskItem[] = [];
  for (const key of keys) {
    const list = groups.get(key) ?? [];
    const first = list[0];
    if (!first) continue;
    const isCollapsed = collapsed.has(key);
    items.push({
      type: 'group',
      key,
      label: grouping === 'status' ? first.statusLabel : (first.assignee ?? NOBODY),
      count: list.length,
      ...(grouping === 'status' ? { color: first.statusColor } : {}),
      collapsed: isCollapsed,
    });
    if (!isCollapsed) for (const row of list) items.push({ type: 'row', row });
  }
  return items;
}

/** The claim ids of the rows on show (collapsed groups hide theirs), in table order. */
export function visibleIds(items: readonly DeskItem[]): string[] {
  const ids: string[] = [];
  for (const item of items) if (item.type === 'row') ids.push(item.row.id);
  return ids;
}

export interface DeskSelection {
  ids: ReadonlySet<string>;
  /** Where a shift-click range starts: the last row clicked without shift. */
  anchor: string | null;
}

export const EMPTY_SELECTION: DeskSelection = { ids: new Set(), anchor: null };

/** Ticks or unticks one row and makes it the anchor of the next range. */
export function toggleSelected(selection: DeskSelection, id: string): DeskSelection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/**
 * Shift-click: every visible row from the anchor to `id` takes the state the clicked row gets (ticked when the anchor
 * is ticked). Without an anchor on show it is a plain toggle.
 */
export function selectRange(selection: DeskSelection, id: string, visible: readonly string[]): DeskSelection {
  const from = selection.anchor ? visible.indexOf(selection.anchor) : -1;
  const to = visible.indexOf(id);
  if (from < 0 || to < 0) return toggleSelected(selection, id);
  const tick = selection.ids.has(selection.anchor ?? '');
  const ids = new Set(selection.ids);
  for (const rangeId of visible.slice(Math.min(from, to), Math.max(from, to) + 1)) {
    if (tick) ids.add(rangeId);
    else ids.delete(rangeId);
  }
  return { ids, anchor: selection.anchor };
}

/** Whether every, some or none of the visible rows are ticked (for the header checkbox). */
export function visibleSelectionState(selection: DeskSelection, visible: readonly string[]): 'all' | 'some' | 'none' {
  let count = 0;
  for (const id of visible) if (selection.ids.has(id)) count++;
  if (count === 0) return 'none';
  return count === visible.length ? 'all' : 'some';
}

/** The header checkbox: ticks every visible row, or unticks them all when they already are. */
export function toggleAllVisible(selection: DeskSelection, visible: readonly string[]): DeskSelection {
  const ids = new Set(selection.ids);
  if (visibleSelectionState(selection, visible) === 'all') for (const id of visible) ids.delete(id);
  else for (const id of visible) ids.add(id);
  return { ids, anchor: selection.anchor };
}

/** Drops ids of claims that no longer exist (after a delete or a reload). Returns the same object when none went. */
export function pruneSelection(selection: DeskSelection, existing: ReadonlySet<string>): DeskSelection {
  let gone = false;
  for (const id of selection.ids) if (!existing.has(id)) gone = true;
  if (!gone && (!selection.anchor || existing.has(selection.anchor))) return selection;
  return {
    ids: new Set([...selection.ids].filter((id) => existing.has(id))),
    anchor: selection.anchor && existing.has(selection.anchor) ? selection.anchor : null,
  };
}
