// The "Web page" part of Add source: the page's address and an optional title; Add page fetches it once, now, in the
// main process, with progress and Cancel; a refused page shows the handler's sentence and nothing is added.
import { useId, useState } from 'react';
import { useApi } from '../../app/ApiProvider';
import type { FormEvent } from 'react';
import type { ProjectView, SourceView } from '../../../shared/api/views';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { percent } from './add-source-state';
import { useAddWebPage } from './use-add-web-page';
import { addressProblem, fetchingLine } from './web-page-state';

export interface WebPageFormProps {
  projectId: string;
  readOnly: boolean;
  onAdded: (source: SourceView, view: ProjectView | null) => void;
  /** Told when fetching starts and ends, so the rest of the dialog can wait. */
  onBusy?: (busy: boolean) => void;
}

/** A form named "Web page by address". */
export function WebPageForm({ projectId, readOnly, onAdded, onBusy }: WebPageFormProps) {
  const api = useApi();
  const [state, actions] = useAddWebPage({ api, projectId, onAdded });
  const [address, setAddress] = useState('');
  const [title, setTitle] = useState('');
  const [tried, setTried] = useState(false);
  const id = useId();
  const fetching = state.step === 'fetching';
  const problem = tried ? addressProblem(address) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (addressProblem(address)) return;
    onBusy?.(true);
    try {
      await actions.add(address, title);
    } finally {
      onBusy?.(false);
    }
  }

  return (
    <form className="web-page-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id={`${id}-heading`} className="web-page-heading">
        <Icon name="globe" />
        Web page by address
      </h3>
      <p className="field-help" id={`${id}-help`}>
        {readOnly
          ? 'This project is read-only, so no web page can be added to it.'
          : 'Factdesk fetches the page once, now, and keeps a snapshot in the project with its final address, the time and a SHA-256 fingerprint. Opening the project later never goes online.'}
      </p>
      {state.step === 'idle' && <ErrorAlert message={state.error} />}
      <fieldset className="fieldset web-page-fields" disabled={fetching || readOnly}>
        <div className="field web-page-address">
          <label htmlFor={`${id}-url`}>Address</label>
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://"
            maxLength={4096}
            value={address}
            aria-invalid={Boolean(problem)}
            aria-describedby={problem ? `${id}-url-problem` : `${id}-help`}
            onChange={(e) => {
              setAddress(e.target.value);
              actions.edited();
            }}
          />
          {problem && (
            <p id={`${id}-url-problem`} className="field-error">
              {problem}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-title`}>
            Title <span className="field-optional">(optional)</span>
          </label>
          <input
            id={`${id}-title`}
            maxLength={500}
            placeholder="The page's own title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
      </fieldset>
      {fetching && (
        <div className="add-progress" role="status" aria-label="Fetching progress">
          <progress
            max={100}
            value={state.progress && state.progress.done > 0 ? percent(state.progress) : undefined}
            aria-label="Fetching the page"
          />
          <span className="web-page-progress-text">{fetchingLine(state)}</span>
        </div>
      )}
      <div className="web-page-actions">
        {fetching && (
          <button type="button" className="button" onClick={actions.cancel}>
            Cancel fetching
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={fetching || readOnly}>
          Add page
        </button>
      </div>
    </form>
  );
}
