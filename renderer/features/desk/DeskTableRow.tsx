// One row of the desk table (a claim) or a group header; fixed height so the table can be virtualised.
import type { CSSProperties, KeyboardEvent, MouseEvent } from 'react';
import { formatWhen } from '../../../shared/text/format-when';
import type { DeskGroupItem } from './desk-groups';
import type { DeskRow } from './desk-rows';
import { SignOffBadge } from './SignOffBadge';

interface CommonProps {
  itemKey: string;
  rowIndex: number;
  top: number;
  focused: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onFocus: () => void;
}

export interface ClaimRowProps extends CommonProps {
  row: DeskRow;
  selected: boolean;
  onToggle: (shift: boolean) => void;
  onOpen: () => void;
}

/** A claim: checkbox, number, excerpt, kind, status chip, assignee, sources, last change and sign-off. */
export function ClaimRow({
  row,
  selected,
  rowIndex,
  top,
  focused,
  itemKey,
  onToggle,
  onOpen,
  onKeyDown,
  onFocus,
}: ClaimRowProps) {
  function onClick(event: MouseEvent<HTMLDivElement>) {
    // A click beside the checkbox (in its cell) ticks the row too; the checkbox handles clicks on itself.
    if (event.target instanceof Element && event.target.closest('.desk-check')) {
      onToggle(event.shiftKey);
      return;
    }
    if (event.shiftKey || event.metaKey || event.ctrlKey) {
      event.preventDefault();
      onToggle(event.shiftKey);
      return;
    }
    onOpen();
  }
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      aria-selected={selected}
      data-item-key={itemKey}
      data-claim-id={row.id}
      tabIndex={focused ? 0 : -1}
      className={`desk-row${selected ? ' is-selected' : ''}${row.orphaned ? ' is-orphaned' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <div role="gridcell" className="desk-cell desk-check">
        <input
          type="checkbox"
          className="checkbox"
          tabIndex={-1}
          checked={selected}
          aria-label={`Select claim ${row.number}`}
          onChange={() => undefined}
          onClick={(event) => {
            event.stopPropagation();
            onToggle(event.shiftKey);
          }}
        />
      </div>
      <div role="gridcell" className="desk-cell desk-num">
        {row.number}
      </div>
      <div role="gridcell" className="desk-cell desk-excerpt" title={row.excerpt}>
        {row.orphaned && <span className="desk-orphan">Orphaned</span>}
        {row.excerpt}
      </div>
      <div role="gridcell" className="desk-cell desk-kind">
        {row.kindLabel}
      </div>
      <div role="gridcell" className="desk-cell">
        <span className="status-chip" style={{ '--chip-color': row.statusColor } as CSSProperties}>
          <span className="status-chip-dot" aria-hidden="true" />
          {row.statusLabel}
        </span>
      </div>
      <div role="gridcell" className={`desk-cell desk-assignee${row.assignee ? '' : ' is-none'}`}>
        {row.assignee ?? 'Unassigned'}
      </div>
      <div role="gridcell" className={`desk-cell desk-sources${row.sources === 0 ? ' is-none' : ''}`}>
        {row.sources === 0 ? 'None' : row.sources}
      </div>
      <div role="gridcell" className="desk-cell desk-changed">
        <span>{formatWhen(row.changedAt, { compact: true })}</span>
        <span className="desk-by">by {row.changedBy}</span>
      </div>
      <div role="gridcell" className="desk-cell">
        <SignOffBadge state={row.signOff} />
      </div>
    </div>
  );
}

export interface GroupRowProps extends CommonProps {
  group: DeskGroupItem;
  onToggleGroup: () => void;
}

/** A group header: its name, colour and count; activating it folds the group away or opens it. */
export function GroupRow({ group, rowIndex, top, focused, itemKey, onToggleGroup, onKeyDown, onFocus }: GroupRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      aria-expanded={!group.collapsed}
      data-item-key={itemKey}
      tabIndex={focused ? 0 : -1}
      className="desk-row desk-group"
      style={{ transform: `translateY(${top}px)` }}
      onClick={onToggleGroup}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <div role="gridcell" className="desk-cell desk-group-cell" aria-colspan={9}>
        <span className={`desk-caret${group.collapsed ? '' : ' is-open'}`} aria-hidden="true">
          ▸
        </span>
        {group.color && (
          <span
            className="status-chip-dot"
            style={{ '--chip-color': group.color } as CSSProperties}
            aria-hidden="true"
          />
        )}
        <span className="desk-group-label">{group.label}</span>
        <span className="count-badge">{group.count}</span>
        <span className="visually-hidden">{group.collapsed ? 'collapsed' : 'expanded'}</span>
      </div>
    </div>
  );
}
