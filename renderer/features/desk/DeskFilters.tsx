// The desk's filter bar: search, status, kind, assignee, "Changed since" and "No source", each labelled; and the
// grouping control that sits beside the desk's heading.
import type { StatusDef } from '../../../shared/model/status';
import { CLAIM_KINDS, CLAIM_KIND_LABELS } from '../../../shared/model/claim';
import type { ClaimKind } from '../../../shared/model/claim';
import type { DeskGrouping } from './desk-groups';
import { UNASSIGNED, isFiltered } from './desk-rows';
import type { DeskFilter } from './desk-rows';
import { Select, namesAsChoices } from '../../components/Select';
import type { SelectChoice } from '../../components/Select';

const GROUPINGS: readonly SelectChoice<DeskGrouping>[] = [
  { value: 'none', label: 'No grouping' },
  { value: 'status', label: 'Status' },
  { value: 'assignee', label: 'Assignee' },
];

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
        <Select
          value={filter.status}
          onChange={(status) => set({ status })}
          label="Filter by status"
          choices={[{ value: '', label: 'All statuses' }, ...statuses.map((s) => ({ value: s.id, label: s.label }))]}
        />
      </label>
      <label className="desk-filter">
        <span className="desk-filter-label">Kind</span>
        <Select<ClaimKind | ''>
          value={filter.kind}
          onChange={(kind) => set({ kind })}
          label="Filter by kind"
          choices={[
            { value: '', label: 'All kinds' },
            ...CLAIM_KINDS.map((k) => ({ value: k, label: CLAIM_KIND_LABELS[k] })),
          ]}
        />
      </label>
      <label className="desk-filter">
        <span className="desk-filter-label">Assignee</span>
        <Select
          value={filter.assignee}
          onChange={(assignee) => set({ assignee })}
          label="Filter by assignee"
          choices={[
            { value: '', label: 'Everyone' },
            { value: UNASSIGNED, label: 'Unassigned' },
            ...namesAsChoices(people),
          ]}
        />
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
      <Select value={grouping} onChange={onGroup} choices={GROUPINGS} />
    </label>
  );
}
