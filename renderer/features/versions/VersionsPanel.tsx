// The Draft versions region: every imported version, newest first, with when, by whom, where from and its length,
// and a way to compare any two of them word by word.
import type { DraftVersionMeta } from '../../../shared/api/views';
import { formatWhen } from '../../../shared/text/format-when';

export interface VersionsPanelProps {
  versions: DraftVersionMeta[];
  currentId: string | null;
  onCompare: (fromId: string, toId: string) => void;
}

/** A region named "Draft versions". */
export function VersionsPanel({ versions, currentId, onCompare }: VersionsPanelProps) {
  const newestFirst = [...versions].sort((a, b) => b.number - a.number);
  const current = versions.find((v) => v.id === currentId) ?? newestFirst[0];
  return (
    <section className="claims-pane-body" aria-label="Draft versions">
      <div className="claims-scroll">
        {newestFirst.length === 0 ? (
          <div className="empty-state claims-empty">
            <p className="empty-title">No draft yet</p>
            <p>Paste or import the draft; each later import becomes a new version here.</p>
          </div>
        ) : (
          <ol className="pane-list version-list">
            {newestFirst.map((v) => {
              const isCurrent = v.id === current?.id;
              return (
                <li key={v.id} className={`version-item${isCurrent ? ' is-current' : ''}`}>
                  <div className="version-head">
                    <h3 className="version-title">Version {v.number}</h3>
                    {isCurrent && <span className="version-badge">Current</span>}
                  </div>
                  <dl className="version-facts">
                    <dt>Imported</dt>
                    <dd>
                      <time dateTime={v.importedAt}>{formatWhen(v.importedAt)}</time> by {v.importedBy}
                    </dd>
                    <dt>From</dt>
                    <dd className="version-origin">{v.origin === 'paste' ? 'Pasted text' : v.origin}</dd>
                    <dt>Length</dt>
                    <dd>{v.words.toLocaleString('en')} words</dd>
                  </dl>
                  {!isCurrent && current && (
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => onCompare(v.id, current.id)}
                      aria-label={`Compare version ${v.number} with version ${current.number}`}
                    >
                      Compare with version {current.number}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </section>
  );
}
