// The New project dialog: a story title and the folder to create the project in, suggested from the title
// (Documents/Factdesk/<title>) and chosen with the system picker in the app or a folder browser in the harness.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { FolderListing } from '../../../shared/api/views';
import { Dialog, FormActions } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FolderBrowser, parentOf } from './FolderBrowser';

export interface NewProjectDialogProps {
  nativeDialogs: boolean;
  busy: boolean;
  error: string | null;
  onCreate: (folder: string, title: string) => void;
  /** The system folder picker (only where native dialogs exist); resolves to the chosen folder or null. */
  onBrowse: () => Promise<string | null>;
  /** The folder a project titled `title` goes in, inside `parent` or Documents/Factdesk. */
  suggestFolder: (title: string, parent?: string) => Promise<string | null>;
  listFolders: (path?: string) => Promise<FolderListing | { error: string }>;
  onClose: () => void;
}

/**
 * Asks for "Story title" and "Project folder". The folder follows the title as it is typed (Documents/Factdesk/<title>)
 * until the user focuses the folder field or types in it, or chooses a place with Choose...: the system picker in the
 * app, a folder browser in the harness; the project then gets its own folder, named after the story, inside it.
 */
export function NewProjectDialog({
  nativeDialogs,
  busy,
  error,
  onCreate,
  onBrowse,
  suggestFolder,
  listFolders,
  onClose,
}: NewProjectDialogProps) {
  const [title, setTitle] = useState('');
  /** The folder the title suggests (Documents/Factdesk/<title>, or inside the place chosen with Choose...). */
  const [suggested, setSuggested] = useState('');
  /** The folder field's text once the user has focused or edited it; null while it follows the title. */
  const [own, setOwn] = useState<string | null>(null);
  /**
   * The guard every suggestion passes: cleared synchronously by the field's focus and by any edit, before React
   * draws anything. A suggestion answered just before the focus may already be on its way to the screen, but the
   * field shows `own` from then on, so it can never land between the field's select-all and the typing.
   */
  const suggesting = useRef(true);
  const folder = own ?? suggested;
  /** The place chosen with Choose... (the project folder goes inside it); null for Documents/Factdesk. */
  const [place, setPlace] = useState<string | null>(null);
  const [browsing, setBrowsing] = useState(false);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const [tried, setTried] = useState(false);
  const latest = useRef(0);
  const following = own === null;

  useEffect(() => {
    if (!following) return;
    const request = ++latest.current;
    void suggestFolder(title, place ?? undefined).then((answer) => {
      if (answer && request === latest.current && suggesting.current) setSuggested(answer);
    });
  }, [title, place, following, suggestFolder]);

  // (A folder that follows the title is asked for at Create: the field may not show it yet.)
  const missing = !title.trim()
    ? 'Give the story a title.'
    : !following && !folder.trim()
      ? 'Choose a folder for the project.'
      : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (missing || busy) return;
    let target = folder.trim();
    if (following) {
      // The folder for the title as it is now: the answer to the last keystroke may still be on its way (typing a
      // title and pressing Enter at once named the folder after half of it).
      const request = ++latest.current;
      const answer = await suggestFolder(title, place ?? undefined);
      // The user took the folder field meanwhile: it is theirs to finish.
      if (!suggesting.current) return;
      if (answer) {
        if (request === latest.current) setSuggested(answer);
        target = answer;
      }
    }
    if (!target) {
      ownFolder('');
      return;
    }
    onCreate(target, title.trim());
  }

  /** The folder is the user's now, as the field shows it: no suggestion, answered or still on its way, changes it. */
  function ownFolder(text: string) {
    suggesting.current = false;
    latest.current += 1;
    setOwn(text);
  }

  /** Choose... hands the folder back to the title: the project gets its own folder inside the chosen place. */
  function choosePlace(chosen: string) {
    suggesting.current = true;
    setSuggested(folder);
    setOwn(null);
    setPlace(chosen);
    setBrowsing(false);
  }

  async function browse() {
    if (!nativeDialogs) {
      setBrowsing(true);
      return;
    }
    const picked = await onBrowse();
    if (picked) choosePlace(picked);
  }

  return (
    <Dialog title="New project" onClose={onClose}>
      <form className="dialog-body" onSubmit={(event) => void submit(event)} noValidate>
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
              onFocus={(e) => {
                if (suggesting.current) ownFolder(e.currentTarget.value);
              }}
              onChange={(e) => ownFolder(e.target.value)}
              aria-describedby="new-folder-help"
            />
            <button
              ref={chooseButton}
              type="button"
              className="button"
              aria-expanded={nativeDialogs ? undefined : browsing}
              onClick={() => void browse()}
            >
              Choose...
            </button>
          </div>
          <p id="new-folder-help" className="field-help">
            Factdesk makes this folder, named after the story. Change it, or choose another place for it.
          </p>
        </div>
        {browsing && (
          <FolderBrowser
            start={folder ? parentOf(folder) : undefined}
            listFolders={listFolders}
            onChoose={choosePlace}
            onCancel={() => {
              setBrowsing(false);
              chooseButton.current?.focus();
            }}
          />
        )}
        {tried && missing && !error && <p className="field-error">{missing}</p>}
        <ErrorAlert message={error} />
        <FormActions onCancel={onClose} submitLabel={busy ? 'Creating...' : 'Create project'} disabled={busy} />
      </form>
    </Dialog>
  );
}
