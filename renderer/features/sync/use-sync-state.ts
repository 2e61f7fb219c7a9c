// The sync state of the open project. The window opening a project resumes syncing a shared one with its kept
// session (resumeSync, which answers the state), then the syncState event keeps it current. Null until known, and
// for a project nobody shares.
import { useEffect, useState } from 'react';
import type { Api } from '../../../shared/api/contract';
import type { SyncStatusView } from '../../../shared/api/sync';
import { useApiEvent } from '../../app/ApiProvider';

export function useSyncState(api: Api, projectId: string): SyncStatusView | null {
  const [status, setStatus] = useState<SyncStatusView | null>(null);
  useEffect(() => {
    let live = true;
    void api.resumeSync({ projectId }).then((r) => {
      if (live && r.ok) setStatus(r.value);
    });
    return () => {
      live = false;
    };
  }, [api, projectId]);
  useApiEvent('syncState', (next) => {
    if (next.projectId === projectId) setStatus(next);
  });
  // A state of the project shown before is never shown for the next one.
  return status?.projectId === projectId ? status : null;
}
