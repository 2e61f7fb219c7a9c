// The Share with the newsroom dialog: signs in to the newsroom's story server (address, user name, password, and who
// else may open the story) and shares the open project there; for a project already shared it says where (server,
// database, person) and offers to stop sharing it on this computer. The password lives only in its field: it is read
// once when Share is pressed, sent, and the field emptied, never kept in React state; after a refusal it has focus.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { SyncStatusView } from '../../../shared/api/sync';
import { useApi } from '../../app/ApiProvider';
import { CloseActions, Dialog, FormActions } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StoryServerFields } from './StoryServerFields';

export interface ShareDialogProps {
  projectId: string;
  /** The project is open read-only here: nothing can be shared from this computer. */
  readOnly: boolean;
  onClose: () => void;
}

/** Team members as typed ("bob, cleo"): trimmed server user names, empty entries dropped. */
export function parseMembers(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

export function ShareDialog({ projectId, readOnly, onClose }: ShareDialogProps) {
  const api = useApi();
  const [status, setStatus] = useState<SyncStatusView | null>(null);
  const [serverUrl, setServerUrl] = useState('');
  const [user, setUser] = useState('');
  const [members, setMembers] = useState('');
  const password = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.getSyncState({ projectId }).then((r) => {
      if (!live) return;
      if (r.ok) setStatus(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, projectId]);

  async function share(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const field = password.current;
    const secret = field?.value ?? '';
    if (field) field.value = '';
    const names = parseMembers(members);
    setBusy(true);
    setError(null);
    const r = await api.shareProject({
      projectId,
      serverUrl,
      user,
      ...(secret ? { password: secret } : {}),
      ...(names.length > 0 ? { members: names } : {}),
    });
    setBusy(false);
    if (r.ok) onClose();
    else {
      setError(r.error.message);
      // The field was emptied and the Share button was off while sending: the password is what a retry needs.
      field?.focus();
    }
  }

  async function stop() {
    setBusy(true);
    setError(null);
    const r = await api.stopSharing({ projectId });
    setBusy(false);
    if (r.ok) setStatus(r.value);
    else setError(r.error.message);
  }

  if (status?.shared) {
    return (
      <Dialog title="Share with the newsroom" onClose={onClose}>
        <div className="dialog-body">
          <p className="dialog-lead">This story is shared with the newsroom from this computer.</p>
          <dl className="facts">
            <dt>Story server</dt>
            <dd>{status.serverUrl}</dd>
            <dt>Database</dt>
            <dd>{status.database}</dd>
            <dt>Signed in as</dt>
            <dd>{status.user}</dd>
          </dl>
          <p className="field-help">
            Stopping keeps the project and its copy of the story in its folder, and the story stays on the server for
            the others.
          </p>
          <ErrorAlert message={error} />
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => void stop()} disabled={busy}>
              {busy ? 'Stopping...' : 'Stop sharing on this computer'}
            </button>
            <button type="button" className="button button-primary" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      </Dialog>
    );
  }

  if (readOnly) {
    return (
      <Dialog title="Share with the newsroom" onClose={onClose}>
        <div className="dialog-body">
          <p className="dialog-lead">
            This project is open read-only here, so it cannot be shared from this computer. Open it where it is not
            read-only to share it.
          </p>
          <CloseActions onClose={onClose} label="Close" />
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="Share with the newsroom" onClose={onClose}>
      <form className="dialog-body" onSubmit={(e) => void share(e)} noValidate>
        <p className="dialog-lead">
          Put this story on the newsroom&apos;s story server so colleagues check it from their own computers. Every
          change is saved here first and sent when the server can be reached.
        </p>
        <StoryServerFields
          idPrefix="share"
          serverUrl={serverUrl}
          user={user}
          onServerUrl={setServerUrl}
          onUser={setUser}
        />
        <div className="field">
          <label htmlFor="share-password">Password</label>
          <input id="share-password" ref={password} type="password" autoComplete="current-password" />
          <p className="field-help">Sent once to sign in; Factdesk keeps only the server&apos;s session.</p>
        </div>
        <div className="field">
          <label htmlFor="share-members">Team members (optional)</label>
          <input
            id="share-members"
            value={members}
            autoComplete="off"
            spellCheck={false}
            placeholder="bob, cleo"
            aria-describedby="share-members-help"
            onChange={(e) => setMembers(e.target.value)}
          />
          <p id="share-members-help" className="field-help">
            Their user names on the story server, separated by commas: they may open the story too.
          </p>
        </div>
        <ErrorAlert message={error} />
        <FormActions onCancel={onClose} submitLabel={busy ? 'Sharing...' : 'Share'} disabled={busy} />
      </form>
    </Dialog>
  );
}
