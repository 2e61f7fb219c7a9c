// The one place the window says how a shared story syncs: "Synced", "Syncing 3 changes", "Offline since 10:42",
// "Signed out", with ", conflict on 2 claims" when claims need review and ", 1 file not synced" when a source file did
// not travel (the sentence saying which and why is in its title and read out to screen readers). Nothing for a project
// nobody shares.
import type { SyncStatusView } from '../../../shared/api/sync';
import { describeSyncState } from '../../../shared/sync/sync-state';
import { formatWhen } from '../../../shared/text/format-when';

export function SyncStateLine({ status }: { status: SyncStatusView | null }) {
  if (!status?.shared || !status.state) return null;
  const state = status.state;
  const words = describeSyncState(state, (iso) => formatWhen(iso, { compact: true }));
  const files = state.files ?? [];
  const online = state.phase === 'synced' || state.phase === 'syncing';
  const tone = state.conflicts > 0 ? 'conflict' : online && files.length > 0 ? 'files' : state.phase;
  return (
    <div
      role="status"
      aria-label="Sync state"
      className={`sync-state sync-${tone}`}
      title={[state.message, ...files, status.serverUrl ? `Story server: ${status.serverUrl}` : null]
        .filter(Boolean)
        .join(' ')}
    >
      <span className="save-dot" aria-hidden="true" />
      <span className="save-text">{words}</span>
      {files.length > 0 ? <span className="visually-hidden">{` ${files.join(' ')}`}</span> : null}
    </div>
  );
}
