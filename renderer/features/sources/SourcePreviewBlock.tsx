// What the Add source dialog learned from the file: format, passages found, warnings, the first passages with
// their pinpoints, and for quote lists the column-mapping step (a select per field, text required).
import type { SourcePreview } from '../../../shared/api/views';
import { MAPPING_FIELDS, MAPPING_LABELS } from './add-source-state';
import type { ColumnMapping, MappingField } from './add-source-state';
import { displayLabel } from '../../../shared/people';

export interface SourcePreviewBlockProps {
  fileName: string;
  preview: SourcePreview;
  mapping: ColumnMapping;
  disabled: boolean;
  onMap: (field: MappingField, column: string) => void;
}

/** The preview's facts and sample, then the column selects for a quote list. */
export function SourcePreviewBlock({ fileName, preview, mapping, disabled, onMap }: SourcePreviewBlockProps) {
  const columns = preview.columns ?? [];
  return (
    <div className="source-preview">
      <p className="preview-facts">
        <strong>{fileName}</strong>
        <span aria-hidden="true"> · </span>
        {preview.format}
        <span aria-hidden="true"> · </span>
        {preview.passageCount.toLocaleString('en')} {preview.passageCount === 1 ? 'passage' : 'passages'} found
      </p>
      {preview.warnings.length > 0 && (
        <ul className="banner banner-warning preview-warnings" aria-label="Warnings">
          {preview.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {columns.length > 0 && (
        <fieldset className="fieldset mapping" disabled={disabled}>
          <legend>Columns</legend>
          <p className="field-help mapping-help">
            Which column holds what. Only the quote text is needed; the sample below uses the suggested columns.
          </p>
          <div className="mapping-grid">
            {MAPPING_FIELDS.map((field) => (
              <label key={field} className="mapping-field">
                <span>
                  {MAPPING_LABELS[field]}
                  {field === 'text' ? ' (required)' : ''}
                </span>
                <select
                  className="select"
                  aria-label={`Column for ${MAPPING_LABELS[field]}`}
                  value={mapping[field] ?? ''}
                  required={field === 'text'}
                  onChange={(e) => onMap(field, e.target.value)}
                >
                  <option value="">{field === 'text' ? 'Choose a column' : 'Not in this file'}</option>
                  {columns.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {preview.sample.length > 0 && (
        <div>
          <h3 className="subsection-title">First passages</h3>
          <ol className="preview-sample" aria-label="Sample passages">
            {preview.sample.map((p) => (
              <li key={p.index} className="sample-item">
                <span className="sample-meta">
                  {p.pinpoint.label && <span className="pinpoint-chip">{p.pinpoint.label}</span>}
                  {p.speaker && <span className="hit-speaker">{displayLabel(p.speaker)}</span>}
                </span>
                <span className="sample-text">{p.text}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
