// The details of a source as form fields: title, type, speakers, date, URL, tags, notes and the confidential flag
// with what it does. Used by the Add source dialog and by Edit details.
import { SOURCE_TYPES, SOURCE_TYPE_LABELS } from '../../../shared/model/source';
import type { SourceType } from '../../../shared/model/source';
import type { MetaForm } from './source-meta';

export interface SourceMetaFieldsProps {
  idPrefix: string;
  meta: MetaForm;
  problems: Partial<Record<keyof MetaForm, string>>;
  disabled?: boolean;
  onChange: (patch: Partial<MetaForm>) => void;
}

function Problem({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p id={id} className="field-error">
      {text}
    </p>
  ) : null;
}

/** A fieldset named "Source details". */
export function SourceMetaFields({ idPrefix: p, meta, problems, disabled, onChange }: SourceMetaFieldsProps) {
  return (
    <fieldset className="fieldset meta-fields" disabled={disabled}>
      <legend>Source details</legend>
      <div className="field meta-wide">
        <label htmlFor={`${p}-title`}>Title</label>
        <input
          id={`${p}-title`}
          value={meta.title}
          maxLength={500}
          aria-invalid={Boolean(problems.title)}
          aria-describedby={problems.title ? `${p}-title-problem` : undefined}
          onChange={(e) => onChange({ title: e.target.value })}
        />
        <Problem id={`${p}-title-problem`} text={problems.title} />
      </div>
      <div className="field">
        <label htmlFor={`${p}-type`}>Type</label>
        <select
          id={`${p}-type`}
          className="select"
          value={meta.type}
          onChange={(e) => onChange({ type: e.target.value as SourceType })}
        >
          {SOURCE_TYPES.map((t) => (
            <option key={t} value={t}>
              {SOURCE_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${p}-date`}>Date</label>
        <input
          id={`${p}-date`}
          value={meta.date}
          placeholder="YYYY-MM-DD"
          aria-invalid={Boolean(problems.date)}
          aria-describedby={problems.date ? `${p}-date-problem` : undefined}
          onChange={(e) => onChange({ date: e.target.value })}
        />
        <Problem id={`${p}-date-problem`} text={problems.date} />
      </div>
      <div className="field meta-wide">
        <label htmlFor={`${p}-speakers`}>Speakers</label>
        <input
          id={`${p}-speakers`}
          value={meta.speakers}
          placeholder="Separate names with commas"
          onChange={(e) => onChange({ speakers: e.target.value })}
        />
      </div>
      <div className="field meta-wide">
        <label htmlFor={`${p}-url`}>URL</label>
        <input
          id={`${p}-url`}
          value={meta.url}
          placeholder="https://"
          inputMode="url"
          aria-invalid={Boolean(problems.url)}
          aria-describedby={problems.url ? `${p}-url-problem` : undefined}
          onChange={(e) => onChange({ url: e.target.value })}
        />
        <Problem id={`${p}-url-problem`} text={problems.url} />
      </div>
      <div className="field meta-wide">
        <label htmlFor={`${p}-tags`}>Tags</label>
        <input
          id={`${p}-tags`}
          value={meta.tags}
          placeholder="Separate tags with commas"
          onChange={(e) => onChange({ tags: e.target.value })}
        />
      </div>
      <div className="field meta-wide">
        <label htmlFor={`${p}-notes`}>Notes</label>
        <textarea
          id={`${p}-notes`}
          rows={2}
          value={meta.notes}
          maxLength={100_000}
          placeholder="Where it came from, conditions agreed with the source..."
          onChange={(e) => onChange({ notes: e.target.value })}
        />
      </div>
      <div className="meta-wide confidential-field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={meta.confidential}
            onChange={(e) => onChange({ confidential: e.target.checked })}
          />
          Confidential source
        </label>
        <p className="field-help">
          Its title never appears in window titles or notifications, and exports leave it out unless you choose to
          include it. Use it for anonymous sources and off-the-record material.
        </p>
      </div>
    </fieldset>
  );
}
