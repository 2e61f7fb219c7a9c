// The New project dialog: a story title and the folder to create the project in.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';

export interface NewProjectDialogProps {
  nativeDialogs: boolean;
  busy: boolean;
  error: string | null;
  onCreate: (folder: string, title: string) => void;
  onBrowse: () => Promise<string | null>;
  onClose: () => void;
}

/** Asks for "Story title" and "Project folder"; Browse... appears only where native dialogs exist. */
export function NewProjectDialog({ nativeDialogs, busy, error, onCreate, onBrowse, onClose }: NewProjectDialogProps) {
  const [title, setTitle] = useState('');
  const [folder, setFolder] = useState('');
  const [tried, setTried] = useState(false);
  const missing = !title.trim()
    ? 'Give the story a title.'
    : !folder.trim()
      ? 'Choose a folder for the project.'
      : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (missing || busy) return;
    onCreate(folder.trim(), title.trim());
  }

  async function browse() {
    const picked = await onBrowse();
    if (picked) setFolder(picked);
  }

  return (
    <Dialog title="New project" onClose={onClose}>
      <form className="dialog-body" onSubmit={submit} noValidate>
        <p className="dialog-lead">
          Factdesk keeps the draft, claims and sources of one story in a project folder on this computer.
        </p>
        <div className="field">
          <label htmlFor="new-title">Story title</label>
          <input
            id="new-title"
            data-autofocus
            value={title}
            maxLength={300}
            autoComplete="off"
            onChange={(e) => setTitle(e.target.value)}
            placeholder="For example: City council budget vote"
          />
        </div>
        <div className="field">
          <label htmlFor="new-folder">Project folder</label>
          <div className="field-row">
            <input
              id="new-folder"
              value={folder}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setFolder(e.target.value)}
              aria-describedby="new-folder-help"
            />
            {nativeDialogs && (
              <button type="button" className="button" onClick={() => void browse()}>
                Browse...
              </button>
            )}
          </div>
          <p id="new-folder-help" className="field-help">
            A new, empty folder, or one that does not exist yet.
          </p>
        </div>
        {tried && missing && !error && <p className="field-error">{missing}</p>}
        <ErrorAlert message={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Creating...' : 'Create project'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
