// The Open a shared story dialog: signs in to the newsroom's story server, lists the stories this person may open
// (title and claim count, chosen with the arrow keys as a radio group) or, where the server does not list them, takes
// the story's id, and opens the chosen story into a new project folder on this computer. The password lives only in
// its field: it is read when List stories or Open is pressed and never kept in React state. Focus follows the next
// step: the chosen story once listed, the story id when asked for it, the password after a sign-in refusal.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { SharedStoryView } from '../../../shared/api/sync';
import type { FolderListing, ProjectView } from '../../../shared/api/views';
import { useApi } from '../../app/ApiProvider';
import { Dialog, FormActions } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StoryServerFields } from '../sync/StoryServerFields';
import { FolderBrowser, parentOf } from './FolderBrowser';

export interface OpenSharedDialogProps {
  nativeDialogs: boolean;
  /** The system folder picker (only where native dialogs exist); resolves to the chosen folder or null. */
  onBrowse: () => Promise<string | null>;
  /** The folder a project titled `title` goes in, inside `parent` or Documents/Factdesk. */
  suggestFolder: (title: string, parent?: string) => Promise<string | null>;
  listFolders: (path?: string) => Promise<FolderListing | { error: string }>;
  /** The story was opened: the window shows it as any project opened from the welcome screen. */
  onOpened: (view: ProjectView) => void;
  onClose: () => void;
}

/** How a listed story reads: its title (or its id before its first document arrived) and its claims. */
export function storyLabel(story: SharedStoryView): string {
  const claims = story.claims === 1 ? '1 claim' : `${story.claims} claims`;
  return `${story.title || `Story ${story.storyId}`} (${claims})`;
}

export function OpenSharedDialog({
  nativeDialogs,
  onBrowse,
  suggestFolder,
  listFolders,
  onOpened,
  onClose,
}: OpenSharedDialogProps) {
  const api = useApi();
  const [serverUrl, setServerUrl] = useState('');
  const [user, setUser] = useState('');
  const password = useRef<HTMLInputElement>(null);
  /** The stories listed, null before List stories; `byId` when the server does not list them to this person. */
  const [stories, setStories] = useState<SharedStoryView[] | null>(null);
  const [byId, setById] = useState(false);
  const [storyId, setStoryId] = useState('');
  const [folder, setFolder] = useState('');
  const [browsing, setBrowsing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const storyList = useRef<HTMLFieldSetElement>(null);
  const storyIdField = useRef<HTMLInputElement>(null);

  // List stories is off while asking, so focus goes where the next step is: the chosen story, or the story id.
  useEffect(() => {
    const list = storyList.current;
    (list?.querySelector<HTMLInputElement>('input:checked') ?? list?.querySelector<HTMLInputElement>('input'))?.focus();
  }, [stories]);
  useEffect(() => {
    if (byId) storyIdField.current?.focus();
  }, [byId]);

  /** The password as typed now, or nothing (the kept session, if any, is used then). */
  function secret(): { password?: string } {
    const typed = password.current?.value ?? '';
    return typed ? { password: typed } : {};
  }

  async function list() {
    if (busy) return;
    setBusy(true);
    setError(null);
    const r = await api.listSharedStories({ serverUrl, user, ...secret() });
    setBusy(false);
    if (r.ok) {
      setStories(r.value.stories);
      setById(false);
      const first = r.value.stories[0];
      if (first) void choose(first.storyId, first.title);
    } else if (r.error.code === 'needs-server-admin') {
      setStories(null);
      setById(true);
      setError(r.error.message);
    } else {
      setError(r.error.message);
      if (r.error.code === 'sign-in-refused') password.current?.focus();
    }
  }

  /** Picks a story and, while the folder is empty or still a suggestion, suggests one named after it. */
  async function choose(id: string, title: string) {
    setStoryId(id);
    if (folder.trim() && !suggested.current) return;
    const path = await suggestFolder(title || `Shared story ${id}`);
    if (path) {
      suggested.current = true;
      setFolder(path);
    }
  }
  const suggested = useRef(false);

  async function open(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!storyId.trim()) {
      setError(byId ? 'Give the story id a server admin gave you.' : 'List the stories and choose one to open.');
      return;
    }
    if (!folder.trim()) {
      setError('Choose a folder for the story on this computer.');
      return;
    }
    const sent = secret();
    if (password.current) password.current.value = '';
    setBusy(true);
    setError(null);
    const r = await api.openSharedStory({ serverUrl, user, ...sent, storyId: storyId.trim(), folder: folder.trim() });
    setBusy(false);
    if (r.ok) onOpened(r.value);
    else {
      setError(r.error.message);
      if (r.error.code === 'sign-in-refused') password.current?.focus();
    }
  }

  async function browse() {
    if (!nativeDialogs) {
      setBrowsing(true);
      return;
    }
    const picked = await onBrowse();
    if (picked) chooseFolder(picked);
  }

  function chooseFolder(path: string) {
    suggested.current = false;
    setFolder(path);
    setBrowsing(false);
  }

  return (
    <Dialog title="Open a shared story" onClose={onClose} className="dialog-wide">
      <form className="dialog-body" onSubmit={(e) => void open(e)} noValidate>
        <p className="dialog-lead">
          Open a story colleagues share on the newsroom&apos;s story server. Factdesk keeps a copy in a new project
          folder here and keeps it in step with the others.
        </p>
        <StoryServerFields
          idPrefix="shared"
          serverUrl={serverUrl}
          user={user}
          onServerUrl={setServerUrl}
          onUser={setUser}
        />
        <div className="field">
          <label htmlFor="shared-password">Password</label>
          <div className="field-row">
            <input id="shared-password" ref={password} type="password" autoComplete="current-password" />
            <button type="button" className="button" onClick={() => void list()} disabled={busy}>
              List stories
            </button>
          </div>
        </div>
        {stories && stories.length === 0 && (
          <p className="field-help">There is no story on this server that {user.trim()} may open.</p>
        )}
        {stories && stories.length > 0 && (
          <fieldset className="welcome-stories" ref={storyList}>
            <legend>Stories on the server</legend>
            {stories.map((story) => (
              <label key={story.storyId} className="welcome-story">
                <input
                  type="radio"
                  name="shared-story"
                  value={story.storyId}
                  checked={storyId === story.storyId}
                  onChange={() => void choose(story.storyId, story.title)}
                />
                <span>{storyLabel(story)}</span>
              </label>
            ))}
          </fieldset>
        )}
        {byId && (
          <div className="field">
            <label htmlFor="shared-id">Story id</label>
            <input
              id="shared-id"
              ref={storyIdField}
              value={storyId}
              autoComplete="off"
              spellCheck={false}
              aria-describedby="shared-id-help"
              onChange={(e) => setStoryId(e.target.value)}
            />
            <p id="shared-id-help" className="field-help">
              The id a server admin gave you (the story database&apos;s name without factdesk-story-).
            </p>
          </div>
        )}
        <div className="field">
          <label htmlFor="shared-folder">Project folder</label>
          <div className="field-row">
            <input
              id="shared-folder"
              value={folder}
              autoComplete="off"
              spellCheck={false}
              aria-describedby="shared-folder-help"
              onChange={(e) => {
                suggested.current = false;
                setFolder(e.target.value);
              }}
            />
            <button
              type="button"
              className="button"
              aria-expanded={nativeDialogs ? undefined : browsing}
              onClick={() => void browse()}
            >
              Choose...
            </button>
          </div>
          <p id="shared-folder-help" className="field-help">
            A new folder on this computer for the story; Factdesk makes it.
          </p>
        </div>
        {browsing && (
          <FolderBrowser
            start={folder ? parentOf(folder) : undefined}
            listFolders={listFolders}
            onChoose={(place) => {
              setBrowsing(false);
              void suggestFolder(
                stories?.find((s) => s.storyId === storyId)?.title || `Shared story ${storyId}`,
                place,
              ).then((path) => chooseFolder(path ?? place));
            }}
            onCancel={() => setBrowsing(false)}
          />
        )}
        <ErrorAlert message={error} />
        <FormActions onCancel={onClose} submitLabel={busy ? 'Opening...' : 'Open'} disabled={busy} />
      </form>
    </Dialog>
  );
}
