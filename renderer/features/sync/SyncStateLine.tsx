// The one place the window says how a shared story syncs: "Synced", "Syncing 3 changes", "Offline since 10:42",
// "Signed out", with ", conflict on 2 claims" when claims need review. Nothing for a project nobody shares.
import type { SyncStatusView } from '../../../shared/api/sync';
import { describeSyncState } from '../../../shared/sync/sync-state';
import { formatWhen } from '../../../shared/text/format-when';

export function SyncStateLine({ status }: { status: SyncStatusView | null }) {
  if (!status?.shared || !status.state) return null;
  const state = status.state;
  const words = describeSyncState(state, (iso) => formatWhen(iso, { compact: true }));
  const tone = state.conflicts > 0 ? 'conflict' : state.phase;
  return (
    <div
      role="status"
      aria-label="Sync state"
      className={`sync-state sync-${tone}`}
      title={[state.message, status.serverUrl ? `Story server: ${status.serverUrl}` : null].filter(Boolean).join(' ')}
    >
      <span className="save-dot" aria-hidden="true" />
      <span className="save-text">{words}</span>
    </div>
  );
}
