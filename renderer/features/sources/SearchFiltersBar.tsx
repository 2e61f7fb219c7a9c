// The search filters of the Library area: speaker, source type, a date range, library and tag. Speakers and tags
// offer the values the libraries hold; a date that is not YYYY, YYYY-MM or YYYY-MM-DD is flagged and not applied.
import { useId } from 'react';
import { SOURCE_TYPES, SOURCE_TYPE_LABELS } from '../../../shared/model/source';
import type { SourceType } from '../../../shared/model/source';
import type { LibraryName } from '../../../shared/api/views';
import { EMPTY_FILTERS, cleanDate, countFilters } from './library-state';
import type { FilterForm } from './library-state';

export interface SearchFiltersBarProps {
  form: FilterForm;
  speakers: string[];
  tags: string[];
  onChange: (form: FilterForm) => void;
}

/** A group labelled "Search filters". */
export function SearchFiltersBar({ form, speakers, tags, onChange }: SearchFiltersBarProps) {
  const id = useId();
  const set = (patch: Partial<FilterForm>) => onChange({ ...form, ...patch });
  const badFrom = form.from.trim() !== '' && !cleanDate(form.from);
  const badTo = form.to.trim() !== '' && !cleanDate(form.to);
  return (
    <div className="library-filters" role="group" aria-label="Search filters">
      <label className="filter-field">
        <span>Speaker</span>
        <input
          value={form.speaker}
          list={`${id}-speakers`}
          placeholder="Anyone"
          onChange={(e) => set({ speaker: e.target.value })}
        />
        <datalist id={`${id}-speakers`}>
          {speakers.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </label>
      <label className="filter-field">
        <span>Type</span>
        <select className="select" value={form.type} onChange={(e) => set({ type: e.target.value as SourceType | '' })}>
          <option value="">Any type</option>
          {SOURCE_TYPES.map((t) => (
            <option key={t} value={t}>
              {SOURCE_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span>From</span>
        <input
          value={form.from}
          placeholder="YYYY-MM-DD"
          aria-invalid={badFrom}
          onChange={(e) => set({ from: e.target.value })}
        />
      </label>
      <label className="filter-field">
        <span>To</span>
        <input
          value={form.to}
          placeholder="YYYY-MM-DD"
          aria-invalid={badTo}
          onChange={(e) => set({ to: e.target.value })}
        />
      </label>
      <label className="filter-field">
        <span>Library</span>
        <select
          className="select"
          value={form.library}
          onChange={(e) => set({ library: e.target.value as LibraryName | '' })}
        >
          <option value="">Both libraries</option>
          <option value="project">This project</option>
          <option value="personal">Personal library</option>
        </select>
      </label>
      <label className="filter-field">
        <span>Tag</span>
        <input
          value={form.tag}
          list={`${id}-tags`}
          placeholder="Any tag"
          onChange={(e) => set({ tag: e.target.value })}
        />
        <datalist id={`${id}-tags`}>
          {tags.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
      </label>
      {(badFrom || badTo) && (
        <p className="field-error filter-wide">
          Write dates as a year, a year and month, or a full date: 2024, 2024-03, 2024-03-05.
        </p>
      )}
      {countFilters(form) > 0 && (
        <button type="button" className="link-button filter-wide" onClick={() => onChange(EMPTY_FILTERS)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
