// Restore from backup: the project's verified backups, newest first; restoring one first backs up the current state,
// so a restore can itself be undone from this list. In a shared story no backup restores (the handler refuses it): the
// dialog says why up front, in the refusal's words, with every Restore button turned off.
import { useEffect, useId, useState } from 'react';
import { useApi } from '../../app/ApiProvider';
import type { BackupInfo, ProjectView } from '../../../shared/api/views';
import { Dialog, CloseActions } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatWhen } from '../../../shared/text/format-when';

export interface BackupsDialogProps {
  view: ProjectView;
  onRestored: (view: ProjectView) => void;
  onClose: () => void;
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Lists the backups and restores the one chosen, after a confirmation. */
export function BackupsDialog({ view, onRestored, onClose }: BackupsDialogProps) {
  const api = useApi();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const refusedId = useId();

  useEffect(() => {
    let live = true;
    void api.listBackups({ projectId: view.projectId }).then((r) => {
      if (!live) return;
      if (r.ok) setBackups(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, view.projectId]);

  // Every backup of a shared story gives the same reason; it is shown once, beside the list.
  const refused = backups?.find((b) => b.restoreRefused !== undefined)?.restoreRefused ?? null;

  async function restore(backup: BackupInfo) {
    setBusy(true);
    const result = await api.restoreBackup({ projectId: view.projectId, name: backup.name });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onRestored(result.value);
    onClose();
  }

  return (
    <Dialog title="Restore from backup" onClose={onClose} className="dialog-wide">
      <div className="dialog-body">
        <p className="dialog-lead">
          Factdesk keeps verified copies of {view.title}: at most one every ten minutes of work and one each time you
          close it.
          {refused
            ? ' They stay on this computer for the record.'
            : ' Restoring one first backs up the project as it is now, so you can undo the restore from this list.'}
        </p>
        <ErrorAlert message={error} />
        {backups === null && !error && <p className="dialog-lead">Reading the backups...</p>}
        {backups?.length === 0 && (
          <p className="dialog-lead">No backups yet: the first is made after your first change.</p>
        )}
        {refused && (
          <p id={refusedId} className="backup-refused" role="note">
            <strong>Restoring is turned off in a shared story.</strong> {refused}
          </p>
        )}
        {backups && backups.length > 0 && (
          <ul className="backup-list" aria-label="Backups">
            {backups.map((b) => (
              <li key={b.name} className="backup-item">
                <span className="backup-when">{formatWhen(b.createdAt)}</span>
                <span className="backup-size">
                  {size(b.bytes)}
                  {b.name.includes('before-restore') ? ' · before a restore' : ''}
                  {b.name.includes('before-migration') ? ' · before an upgrade' : ''}
                </span>
                {confirming?.name === b.name ? (
                  <span className="backup-confirm">
                    <button
                      type="button"
                      className="button button-primary"
                      disabled={busy}
                      onClick={() => void restore(b)}
                    >
                      Restore this backup
                    </button>
                    <button type="button" className="button" onClick={() => setConfirming(null)}>
                      Keep the current state
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button"
                    disabled={view.readOnly || b.restoreRefused !== undefined}
                    aria-label={`Restore the backup from ${formatWhen(b.createdAt)}`}
                    aria-describedby={b.restoreRefused !== undefined ? refusedId : undefined}
                    onClick={() => setConfirming(b)}
                  >
                    Restore...
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <CloseActions onClose={onClose} label="Close" quiet />
    </Dialog>
  );
}
