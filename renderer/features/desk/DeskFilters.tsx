// The desk's filter bar: search, status, kind, assignee, "Changed since" and "No source", each labelled; and the
// grouping control that sits beside the desk's heading.
import type { StatusDef } from '../../../shared/model/status';
import { CLAIM_KINDS, CLAIM_KIND_LABELS } from '../../../shared/model/claim';
import type { ClaimKind } from '../../../shared/model/claim';
import type { DeskGrouping } from './desk-groups';
import { UNASSIGNED, isFiltered } from './desk-rows';
import type { DeskFilter } from './desk-rows';

export interface DeskFiltersProps {
  filter: DeskFilter;
  statuses: readonly StatusDef[];
  people: readonly string[];
  onFilter: (filter: DeskFilter) => void;
}

/** Controls that narrow and arrange the table; "Clear filters" appears once any is set. */
export function DeskFilters({ filter, statuses, people, onFilter }: DeskFiltersProps) {
  const set = (patch: Partial<DeskFilter>) => onFilter({ ...filter, ...patch });
  return (
    <div className="desk-filters" role="search" aria-label="Filter claims">
      <label className="desk-filter desk-search">
        <span className="desk-filter-label">Search</span>
        <input
          type="search"
          value={filter.query}
          placeholder="Words in the claim, a person..."
          onChange={(e) => set({ query: e.target.value })}
          aria-label="Search claims"
        />
      </label>
      <label className="desk-filter">
        <span className="desk-filter-label">Status</span>
        <select
          className="select"
          value={filter.status}
          onChange={(e) => set({ status: e.target.value })}
          aria-label="Filter by status"
        >
          <option value="">All statuses</option>
          {statuses.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label className="desk-filter">
        <span className="desk-filter-label">Kind</span>
        <select
          className="select"
          value={filter.kind}
          onChange={(e) => set({ kind: e.target.value as ClaimKind | '' })}
          aria-label="Filter by kind"
        >
          <option value="">All kinds</option>
          {CLAIM_KINDS.map((k) => (
            <option key={k} value={k}>
              {CLAIM_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="desk-filter">
        <span className="desk-filter-label">Assignee</span>
        <select
          className="select"
          value={filter.assignee}
          onChange={(e) => set({ assignee: e.target.value })}
          aria-label="Filter by assignee"
        >
          <option value="">Everyone</option>
          <option value={UNASSIGNED}>Unassigned</option>
          {people.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label className="desk-filter">
        <span className="desk-filter-label">Changed since</span>
        <input
          type="date"
          value={filter.changedSince}
          onChange={(e) => set({ changedSince: e.target.value })}
          aria-label="Changed since"
        />
      </label>
      <label className="desk-filter desk-filter-check">
        <input
          type="checkbox"
          className="checkbox"
          checked={filter.noSource}
          onChange={(e) => set({ noSource: e.target.checked })}
        />
        <span>No source</span>
      </label>
      {isFiltered(filter) && (
        <button
          type="button"
          className="button button-quiet button-small desk-clear"
          onClick={() => onFilter({ status: '', kind: '', assignee: '', noSource: false, changedSince: '', query: '' })}
        >
          Clear filters
        </button>
      )}
    </div>
  );
}

/** "Group by": none, status or assignee. */
export function GroupBy({ grouping, onGroup }: { grouping: DeskGrouping; onGroup: (grouping: DeskGrouping) => void }) {
  return (
    <label className="desk-group-by">
      Group by
      <select className="select" value={grouping} onChange={(e) => onGroup(e.target.value as DeskGrouping)}>
        <option value="none">No grouping</option>
        <option value="status">Status</option>
        <option value="assignee">Assignee</option>
      </select>
    </label>
  );
}
