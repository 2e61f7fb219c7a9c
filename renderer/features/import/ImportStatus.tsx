// The import's progress while it runs and its summary afterwards: the version, how the claims fared, the
// importer's warnings and a way to the Orphans view.
import type { ImportState } from './import-state';
import { Icon } from '../../components/Icon';

export interface ImportStatusProps {
  state: ImportState;
  onShowOrphans: () => void;
  onDismiss: () => void;
}

/** A progress banner, then a summary banner; nothing when idle. */
export function ImportStatus({ state, onShowOrphans, onDismiss }: ImportStatusProps) {
  if (state.busy) {
    const { fileName, step } = state.busy;
    const text = step === 'reading' ? `Reading ${fileName}...` : `Importing ${fileName}...`;
    return (
      <div className="banner banner-info import-progress">
        <Icon name="doc" className="banner-icon" />
        <p className="banner-text">{text}</p>
        <progress className="import-bar" aria-label={text} />
      </div>
    );
  }
  const summary = state.summary;
  if (!summary) return null;
  return (
    <section className="banner banner-info import-summary" aria-label="Import summary">
      <Icon name="info" className="banner-icon" />
      <div className="banner-text">
        <p className="import-title">{summary.title}</p>
        {summary.warnings.length > 0 && (
          <ul className="import-warnings" aria-label="Import warnings">
            {summary.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="banner-actions">
        {summary.orphaned > 0 && (
          <button type="button" className="button" onClick={onShowOrphans}>
            Show orphaned claims
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
