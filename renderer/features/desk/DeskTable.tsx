// The desk table: a virtualised ARIA grid (fixed row height, only the rows in view are in the page) with sortable
// column headers, a select-all checkbox and keyboard use: arrows move, Space selects (Shift+Space a range), Mod+A
// selects all visible rows, Enter opens.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { DeskItem } from './desk-groups';
import type { DeskSort, SortKey } from './desk-rows';
import { ClaimRow, GroupRow } from './DeskTableRow';

/** Height of every row in pixels: the CSS (.desk-row) uses the same number. */
export const ROW_HEIGHT = 44;
const OVERSCAN = 8;

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'number', label: 'No.' },
  { key: 'excerpt', label: 'Claim' },
  { key: 'kind', label: 'Kind' },
  { key: 'status', label: 'Status' },
  { key: 'assignee', label: 'Assignee' },
  { key: 'sources', label: 'Sources' },
  { key: 'changed', label: 'Last change' },
  { key: 'signOff', label: 'Sign-off' },
];

/** The key of an item, as used for focus. */
export function itemKey(item: DeskItem): string {
  return item.type === 'row' ? `row:${item.row.id}` : `group:${item.key}`;
}

export interface DeskTableProps {
  items: DeskItem[];
  sort: DeskSort;
  selected: ReadonlySet<string>;
  allState: 'all' | 'some' | 'none';
  focusKey: string | null;
  onSort: (key: SortKey) => void;
  onToggle: (claimId: string, shift: boolean) => void;
  onToggleAll: () => void;
  onToggleGroup: (key: string) => void;
  onFocusKey: (key: string) => void;
  onOpen: (claimId: string) => void;
}

/** The grid; `focusKey` is the item that takes Tab focus (roving tabindex). */
export function DeskTable(props: DeskTableProps) {
  const { items, sort, selected, focusKey } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const wantFocus = useRef(false);
  const allRef = useRef<HTMLInputElement>(null);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    setHeight(el.clientHeight);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = props.allState === 'some';
  }, [props.allState]);

  const focusIndex = Math.max(
    0,
    items.findIndex((item) => itemKey(item) === focusKey),
  );
  const tabKey = items[focusIndex] ? itemKey(items[focusIndex]) : null;

  // After a keyboard move: bring the focused row into view, then give it focus once it is drawn.
  useEffect(() => {
    if (!wantFocus.current || !tabKey) return;
    const el = scrollRef.current;
    if (!el) return;
    const top = focusIndex * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    const frame = window.requestAnimationFrame(() => {
      wantFocus.current = false;
      el.querySelector<HTMLElement>(`[data-item-key="${CSS.escape(tabKey)}"]`)?.focus({ preventScroll: true });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [tabKey, focusIndex]);

  function moveTo(index: number) {
    const item = items[Math.max(0, Math.min(items.length - 1, index))];
    if (!item) return;
    wantFocus.current = true;
    props.onFocusKey(itemKey(item));
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>, index: number) {
    const item = items[index];
    if (!item || event.altKey) return;
    if (event.metaKey || event.ctrlKey) {
      // Mod+A ticks every visible row (or unticks them all when they already are).
      if (event.key.toLowerCase() === 'a') {
        event.preventDefault();
        props.onToggleAll();
      }
      return;
    }
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (event.key in moves) {
      event.preventDefault();
      const to = index + (moves[event.key] ?? 0);
      if (event.shiftKey && item.type === 'row') {
        const next = items[Math.max(0, Math.min(items.length - 1, to))];
        if (next?.type === 'row' && !selected.has(next.row.id)) props.onToggle(next.row.id, true);
      }
      moveTo(to);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      moveTo(event.key === 'Home' ? 0 : items.length - 1);
    } else if (event.key === ' ') {
      event.preventDefault();
      if (item.type === 'row') props.onToggle(item.row.id, event.shiftKey);
      else props.onToggleGroup(item.key);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (item.type === 'row') props.onOpen(item.row.id);
      else props.onToggleGroup(item.key);
    } else if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && item.type === 'group') {
      event.preventDefault();
      if ((event.key === 'ArrowLeft') !== item.collapsed) props.onToggleGroup(item.key);
    }
  }

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const shown = items.slice(first, last);
  // The focused row stays in the page even when scrolled away, so Tab still lands on it.
  const focusItem = items[focusIndex];
  const extra = focusItem && (focusIndex < first || focusIndex >= last) ? [{ item: focusItem, index: focusIndex }] : [];

  return (
    <div
      role="grid"
      className="desk-grid"
      aria-label="Claims on the desk"
      aria-rowcount={items.length + 1}
      aria-colcount={9}
      aria-multiselectable="true"
    >
      <div role="rowgroup" className="desk-head">
        <div role="row" aria-rowindex={1} className="desk-row desk-head-row">
          <div role="columnheader" className="desk-cell desk-check">
            <input
              ref={allRef}
              type="checkbox"
              className="checkbox"
              checked={props.allState === 'all'}
              disabled={items.length === 0}
              aria-label="Select all visible claims"
              onChange={props.onToggleAll}
            />
          </div>
          {COLUMNS.map((column) => (
            <div
              key={column.key}
              role="columnheader"
              className={`desk-cell desk-col-${column.key}`}
              aria-sort={sort.key === column.key ? sort.direction : 'none'}
            >
              <button type="button" className="desk-sort" onClick={() => props.onSort(column.key)}>
                {column.label}
                <span className={`desk-sort-arrow${sort.key === column.key ? ' is-on' : ''}`} aria-hidden="true">
                  {sort.key === column.key && sort.direction === 'descending' ? '↓' : '↑'}
                </span>
              </button>
            </div>
          ))}
        </div>
      </div>
      <div
        ref={scrollRef}
        role="rowgroup"
        className="desk-body"
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div className="desk-spacer" style={{ height: items.length * ROW_HEIGHT }}>
          {[...extra, ...shown.map((item, i) => ({ item, index: first + i }))].map(({ item, index }) => {
            const key = itemKey(item);
            const common = {
              itemKey: key,
              rowIndex: index + 2,
              top: index * ROW_HEIGHT,
              focused: key === tabKey,
              onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => onKeyDown(event, index),
              onFocus: () => {
                if (key !== focusKey) props.onFocusKey(key);
              },
            };
            return item.type === 'row' ? (
              <ClaimRow
                key={key}
                {...common}
                row={item.row}
                selected={selected.has(item.row.id)}
                onToggle={(shift) => props.onToggle(item.row.id, shift)}
                onOpen={() => props.onOpen(item.row.id)}
              />
            ) : (
              <GroupRow key={key} {...common} group={item} onToggleGroup={() => props.onToggleGroup(item.key)} />
            );
          })}
        </div>
      </div>
    </div>
  );
}
