// The Open project dialog: the project folder or its project.factdesk file.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Dialog, FormActions } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';

export interface OpenProjectDialogProps {
  nativeDialogs: boolean;
  busy: boolean;
  error: string | null;
  /** Offered when the project file could not be read: restore its newest good backup. */
  onRecover?: (() => void) | null;
  onOpen: (path: string) => void;
  onBrowse: () => Promise<string | null>;
  onClose: () => void;
}

/** Asks for "Project folder or file"; Browse... appears only where native dialogs exist. */
export function OpenProjectDialog({
  nativeDialogs,
  busy,
  error,
  onRecover,
  onOpen,
  onBrowse,
  onClose,
}: OpenProjectDialogProps) {
  const [path, setPath] = useState('');
  const [tried, setTried] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!path.trim() || busy) return;
    onOpen(path.trim());
  }

  async function browse() {
    const picked = await onBrowse();
    if (picked) setPath(picked);
  }

  return (
    <Dialog title="Open project" onClose={onClose}>
      <form className="dialog-body" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="open-path">Project folder or file</label>
          <div className="field-row">
            <input
              id="open-path"
              data-autofocus
              value={path}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setPath(e.target.value)}
              aria-describedby="open-path-help"
            />
            {nativeDialogs && (
              <button type="button" className="button" onClick={() => void browse()}>
                Browse...
              </button>
            )}
          </div>
          <p id="open-path-help" className="field-help">
            The project folder, or the project.factdesk file inside it.
          </p>
        </div>
        {tried && !path.trim() && !error && <p className="field-error">Enter the folder or file to open.</p>}
        <ErrorAlert
          message={error}
          action={onRecover ? { label: 'Restore the newest backup', run: onRecover } : null}
        />
        <FormActions onCancel={onClose} submitLabel={busy ? 'Opening...' : 'Open'} disabled={busy} />
      </form>
    </Dialog>
  );
}
