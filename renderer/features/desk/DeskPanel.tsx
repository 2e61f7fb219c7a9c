// The Desk: every claim of the story in one table to sort, filter, group, search, select and change in bulk.
// Opening a row shows the claim in the draft.
import { useMemo, useState } from 'react';
import type { ProjectView } from '../../../shared/api/views';
import type { Claim } from '../../../shared/model/claim';
import { findStatus } from '../../../shared/model/status';
import { sourceRuleQuestion } from '../../../shared/model/status-source-rule';
import { StatusQuestionDialog } from '../statuses/StatusQuestionDialog';
import { BulkBar } from './BulkBar';
import { DeskFilters, GroupBy } from './DeskFilters';
import { DeskTable, itemKey } from './DeskTable';
import {
  EMPTY_SELECTION,
  groupRows,
  selectRange,
  toggleAllVisible,
  toggleSelected,
  visibleIds,
  visibleSelectionState,
} from './desk-groups';
import { buildRows, filterRows, isFiltered, nextSort, sortRows } from './desk-rows';
import type { Desk } from './use-desk';

export interface DeskPanelProps {
  view: ProjectView;
  /** Claims in draft order. */
  ordered: readonly Claim[];
  desk: Desk;
  userName: string;
}

/** The Desk workspace. */
export function DeskPanel({ view, ordered, desk, userName }: DeskPanelProps) {
  const { table, updateTable } = desk;
  const rows = useMemo(() => buildRows(ordered, view.statuses), [ordered, view.statuses]);
  const filtered = useMemo(
    () => sortRows(filterRows(rows, table.filter), table.sort),
    [rows, table.filter, table.sort],
  );
  const items = useMemo(
    () => groupRows(filtered, table.grouping, view.statuses, table.collapsed),
    [filtered, table.grouping, view.statuses, table.collapsed],
  );
  const visible = useMemo(() => visibleIds(items), [items]);
  const people = useMemo(() => {
    const names = new Set(view.people);
    for (const c of view.claims) if (c.assignee) names.add(c.assignee);
    return [...names].sort((a, b) => a.localeCompare(b));
  }, [view.people, view.claims]);
  // Bulk actions apply only to ticked claims the editor can see: filtering or collapsing a group hides them from
  // the action, so nothing changes out of sight.
  const shown = new Set(visible);
  const selectedIds = [...table.selection.ids].filter((id) => shown.has(id));
  const count = selectedIds.length;
  const signedIds = view.claims.filter((c) => c.signOff && selectedIds.includes(c.id)).map((c) => c.id);

  // A status that says the claims were checked, given to claims with no source, is asked about first, as for one claim.
  const [question, setQuestion] = useState<{ status: string; claimIds: string[]; text: string } | null>(null);

  function setStatus(status: string) {
    const chosen = view.claims.filter((c) => selectedIds.includes(c.id));
    const text = sourceRuleQuestion(view.statuses, status, chosen);
    if (text === null) return void bulk(selectedIds, { status });
    setQuestion({ status, claimIds: selectedIds, text });
  }

  async function bulk(claimIds: string[], patch: { status?: string; assignee?: string | null }) {
    const n = claimIds.length;
    const label = patch.status !== undefined ? view.statuses.find((s) => s.id === patch.status)?.label : undefined;
    const what =
      patch.status !== undefined
        ? `set to ${label ?? patch.status}`
        : patch.assignee
          ? `assigned to ${patch.assignee}`
          : 'unassigned';
    await desk.setMany(claimIds, patch, `${n} ${n === 1 ? 'claim' : 'claims'} ${what}.`);
  }

  return (
    <main className="desk" aria-labelledby="desk-title" tabIndex={-1}>
      <div className="desk-top">
        <div className="desk-heading">
          <h2 id="desk-title" className="desk-title">
            Desk
          </h2>
          <p className="desk-count" aria-live="polite">
            {isFiltered(table.filter)
              ? `Showing ${filtered.length} of ${rows.length} ${rows.length === 1 ? 'claim' : 'claims'}`
              : `${rows.length} ${rows.length === 1 ? 'claim' : 'claims'}`}
          </p>
          <GroupBy
            grouping={table.grouping}
            onGroup={(grouping) => updateTable((t) => ({ ...t, grouping, collapsed: new Set() }))}
          />
        </div>
        <DeskFilters
          filter={table.filter}
          statuses={view.statuses}
          people={people}
          onFilter={(filter) => updateTable((t) => ({ ...t, filter }))}
        />
      </div>
      {count > 0 && (
        <BulkBar
          count={count}
          statuses={view.statuses}
          people={people}
          userName={userName}
          readOnly={view.readOnly}
          busy={desk.busy}
          onSetStatus={setStatus}
          onSetAssignee={(assignee) => void bulk(selectedIds, { assignee })}
          onSignOff={() => void desk.signOff({ kind: 'claims', claimIds: selectedIds })}
          canRevoke={signedIds.length > 0}
          onRevoke={() => void desk.revokeSignOff({ kind: 'claims', claimIds: signedIds })}
          onClear={() => updateTable((t) => ({ ...t, selection: EMPTY_SELECTION }))}
        />
      )}
      {rows.length === 0 ? (
        <div className="empty-state desk-empty">
          <p className="empty-title">No claims yet</p>
          <p>
            Mark claims in the draft or accept suggestions: they all appear here, ready to sort, assign and sign off.
          </p>
        </div>
      ) : (
        <>
          <DeskTable
            items={items}
            sort={table.sort}
            selected={table.selection.ids}
            allState={visibleSelectionState(table.selection, visible)}
            focusKey={table.focusId ?? (items[0] ? itemKey(items[0]) : null)}
            onSort={(key) => updateTable((t) => ({ ...t, sort: nextSort(t.sort, key) }))}
            onToggle={(id, shift) =>
              updateTable((t) => ({
                ...t,
                selection: shift ? selectRange(t.selection, id, visible) : toggleSelected(t.selection, id),
              }))
            }
            onToggleAll={() => updateTable((t) => ({ ...t, selection: toggleAllVisible(t.selection, visible) }))}
            onToggleGroup={(key) =>
              updateTable((t) => {
                const collapsed = new Set(t.collapsed);
                if (collapsed.has(key)) collapsed.delete(key);
                else collapsed.add(key);
                return { ...t, collapsed };
              })
            }
            onFocusKey={(key) => updateTable((t) => ({ ...t, focusId: key }))}
            onOpen={desk.openClaim}
          />
          {items.length === 0 && (
            <p className="desk-none" role="status">
              No claim matches these filters.
            </p>
          )}
        </>
      )}
      <p className="desk-keys">
        <kbd className="kbd">↑</kbd> <kbd className="kbd">↓</kbd> move · <kbd className="kbd">Space</kbd> select ·{' '}
        <kbd className="kbd">Shift</kbd>-click a range · <kbd className="kbd">Enter</kbd> open in the draft
      </p>
      {question && (
        <StatusQuestionDialog
          question={question.text}
          statusLabel={findStatus(view.statuses, question.status).label}
          keepLabel={question.claimIds.length === 1 ? 'Keep the status' : 'Keep their statuses'}
          onAnswer={(yes) => {
            setQuestion(null);
            if (yes) void bulk(question.claimIds, { status: question.status });
          }}
        />
      )}
    </main>
  );
}
