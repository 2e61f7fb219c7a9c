// File > Export appendix: choose a format and what to include (confidential sources only after a warning and a
// second yes), see a live preview, export (asking before an existing file is replaced), then "Exported to <path>" with
// Show in folder and ClaimReview's warnings (or, when no claim is rated, why its file is empty and what to do).
import { useEffect, useRef } from 'react';
import type { ProjectView } from '../../../shared/api/views';
import { useApi } from '../../app/ApiProvider';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { emptyClaimReviewReason } from '../../../shared/appendix/claim-review';
import { verdictStatusLabels } from '../../../shared/appendix/public-verdict';
import { AppendixPreview } from './AppendixPreview';
import { FORMAT_CHOICES, exportBlocker, formatBytes } from './export-state';
import { useExport } from './use-export';
import { ExportedFileActions } from './ExportedFileActions';

/** The two ClaimReview fields: the page the review is published on and who publishes it. */
const CLAIM_REVIEW_FIELDS = [
  { key: 'pageUrl', label: 'Page URL', type: 'url', placeholder: 'https://news.example/story' },
  { key: 'publisher', label: 'Publisher', type: 'text', placeholder: "The newsroom's name" },
] as const;

export interface ExportDialogProps {
  view: ProjectView;
  nativeDialogs: boolean;
  canShowInFolder: boolean;
  onClose: () => void;
}

/** The export dialog. */
export function ExportDialog({ view, nativeDialogs, canShowInFolder, onClose }: ExportDialogProps) {
  const api = useApi();
  const { state, dispatch, preview, previewError, run, answerReplace } = useExport(api, view, nativeDialogs);
  const blocker = exportBlocker(state);
  const running = state.phase === 'picking' || state.phase === 'exporting';
  const choice = FORMAT_CHOICES.find((c) => c.format === state.format);
  // The Export button is off while it runs, which leaves the keyboard on the page: once the file is written, it goes
  // to what comes next, opening the file (or Export again where there is nothing to open).
  const done = useRef<HTMLDivElement>(null);
  const exported = state.phase === 'done' ? state.outcome : null;
  useEffect(() => {
    if (!exported) return;
    const next =
      done.current?.querySelector<HTMLElement>('a, button') ??
      done.current?.closest('form')?.querySelector<HTMLElement>('button[type="submit"]');
    next?.focus();
  }, [exported]);
  // A ClaimReview file with no rated claim is an empty list: say so before and after the export, with what to do.
  const emptyReviews =
    state.format !== 'claimreview'
      ? null
      : (state.outcome?.empty ??
        (preview ? emptyClaimReviewReason(preview, verdictStatusLabels(view.statuses)) : null));
  return (
    <Dialog title="Export appendix" onClose={onClose} className="dialog-wide export-dialog">
      <div className="dialog-body export-body">
        <form
          className="export-form"
          onSubmit={(event) => {
            event.preventDefault();
            void run();
          }}
        >
          <fieldset className="fieldset">
            <legend>Format</legend>
            <div className="export-formats">
              {FORMAT_CHOICES.map((c) => (
                <label key={c.format} className={`export-format${state.format === c.format ? ' is-on' : ''}`}>
                  <input
                    type="radio"
                    name="export-format"
                    value={c.format}
                    checked={state.format === c.format}
                    onChange={() => dispatch({ type: 'format', format: c.format })}
                  />
                  {c.label}
                </label>
              ))}
            </div>
            {choice && <p className="field-help">{choice.hint}</p>}
          </fieldset>
          {state.format === 'claimreview' && (
            <fieldset className="fieldset export-claimreview">
              <legend>ClaimReview</legend>
              {CLAIM_REVIEW_FIELDS.map((field) => (
                <label key={field.key} className="field">
                  <span>{field.label}</span>
                  <input
                    type={field.type}
                    value={state[field.key]}
                    placeholder={field.placeholder}
                    onChange={(e) => dispatch({ type: 'claimReview', [field.key]: e.target.value })}
                  />
                </label>
              ))}
            </fieldset>
          )}
          <fieldset className="fieldset">
            <legend>Include</legend>
            <label className="check-row">
              <input
                type="checkbox"
                className="checkbox"
                checked={state.includeNotes}
                onChange={(e) => dispatch({ type: 'notes', on: e.target.checked })}
              />
              Include notes
            </label>
            <label className="check-row">
              <input
                type="checkbox"
                className="checkbox"
                checked={state.includeConfidential}
                onChange={(e) => dispatch({ type: 'confidential', on: e.target.checked })}
                aria-describedby={state.includeConfidential ? 'confidential-warning' : undefined}
              />
              Include confidential sources
            </label>
            {state.includeConfidential && (
              <div className="banner banner-warning export-warning" id="confidential-warning">
                <p>
                  <strong>Confidential sources will be in this file.</strong> Their names, titles, URLs and the words
                  quoted from them are written out in full. Anyone who receives the file can read them.
                </p>
                <label className="check-row">
                  <input
                    type="checkbox"
                    className="checkbox"
                    checked={state.confidentialConfirmed}
                    onChange={(e) => dispatch({ type: 'confirmConfidential', on: e.target.checked })}
                  />
                  I understand: name the confidential sources in this export
                </label>
              </div>
            )}
          </fieldset>
          <ErrorAlert message={state.error} />
          {emptyReviews && (
            <div className="banner banner-warning export-claimreview-empty" role="status">
              <p>{emptyReviews}</p>
            </div>
          )}
          {state.phase === 'done' && state.outcome && (
            <div ref={done} role="status" className="banner banner-ok export-done">
              <p>
                Exported to <span className="export-path">{state.outcome.path}</span> (
                {formatBytes(state.outcome.bytes)})
              </p>
              <ExportedFileActions
                projectId={view.projectId}
                path={state.outcome.path}
                canShowInFolder={canShowInFolder}
              />
            </div>
          )}
          {state.phase === 'done' && state.outcome && state.outcome.warnings.length > 0 && (
            <div className="banner banner-warning export-claimreview-warnings">
              <p>ClaimReview needs more for some claims:</p>
              <ul className="export-warnings" aria-label="ClaimReview warnings">
                {state.outcome.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          )}
          {running && (
            <p role="status" className="export-progress">
              <progress aria-label="Exporting" />
              {state.phase === 'picking' ? 'Choose where to save...' : 'Exporting...'}
            </p>
          )}
          {blocker && !running && <p className="field-help">{blocker}</p>}
          {state.phase === 'confirm-replace' && state.replacePath && (
            <ReplaceFileDialog path={state.replacePath} onAnswer={(replace) => void answerReplace(replace)} />
          )}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              {state.phase === 'done' ? 'Close' : 'Cancel'}
            </button>
            <button type="submit" className="button button-primary" disabled={blocker !== null}>
              {state.phase === 'done' ? 'Export again' : nativeDialogs ? 'Export...' : 'Export'}
            </button>
          </div>
        </form>
        <div className="export-preview">
          <p className="export-preview-label">Preview</p>
          {previewError ? (
            <ErrorAlert message={previewError} />
          ) : preview ? (
            <AppendixPreview appendix={preview} />
          ) : (
            <p className="field-help">Building the preview...</p>
          )}
        </div>
      </div>
    </Dialog>
  );
}

/** "<path> already exists. Replace it with this appendix?" Keeping the file is the first and safe choice. */
function ReplaceFileDialog({ path, onAnswer }: { path: string; onAnswer: (replace: boolean) => void }) {
  return (
    <Dialog
      title="Replace the existing file?"
      role="alertdialog"
      describedBy="export-replace-question"
      onClose={() => onAnswer(false)}
    >
      <div className="dialog-body">
        <p id="export-replace-question" className="dialog-lead">
          <span className="export-path">{path}</span> already exists. Replace it with this appendix?
        </p>
        <p className="field-help">Replacing writes over the file; keeping it exports nothing.</p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => onAnswer(false)}>
            Keep the existing file
          </button>
          <button type="button" className="button button-danger" onClick={() => onAnswer(true)}>
            Replace
          </button>
        </div>
      </div>
    </Dialog>
  );
}
