// The one value the window shows for a shared story: synced, syncing n changes, offline since a time, signed out,
// with the number of claims that need review beside it. Listeners hear every change of it.
export type SyncPhase = 'synced' | 'syncing' | 'offline' | 'signed-out';

export interface SyncState {
  phase: SyncPhase;
  /** Changes made here that the server does not have yet. */
  pending: number;
  /** When the connection was lost (ISO time), while offline. */
  offlineSince: string | null;
  /** Claims marked "needs review". */
  conflicts: number;
  /** Why, when offline or signed out: one sentence. */
  message: string | null;
}

export const INITIAL_SYNC_STATE: SyncState = {
  phase: 'syncing',
  pending: 0,
  offlineSince: null,
  conflicts: 0,
  message: null,
};

/** The state in words, as the window's status line says it. */
export function describeSyncState(state: SyncState, time: (iso: string) => string): string {
  const phase =
    state.phase === 'synced'
      ? 'Synced'
      : state.phase === 'syncing'
        ? state.pending > 0
          ? `Syncing ${state.pending} ${state.pending === 1 ? 'change' : 'changes'}`
          : 'Syncing'
        : state.phase === 'offline'
          ? `Offline since ${state.offlineSince ? time(state.offlineSince) : 'now'}`
          : 'Signed out: sign in to sync';
  const conflicts =
    state.conflicts > 0 ? `, conflict on ${state.conflicts} ${state.conflicts === 1 ? 'claim' : 'claims'}` : '';
  return phase + conflicts;
}
