// The one value the window shows for a shared story: synced, syncing n changes, offline since a time, signed out,
// with the number of claims that need review, of source files still arriving and of source files that did not travel
// beside it. Listeners hear every change of it.
/**
 * 'no-access': signed in, but the story server no longer lets this person read or write the story (a server admin
 * took them off its team); syncing stopped until they are added again.
 */
export type SyncPhase = 'synced' | 'syncing' | 'offline' | 'signed-out' | 'no-access';

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
  /**
   * Source files that do not travel with the story, one sentence each: too large to share, or refused on arrival
   * because their bytes do not match their name.
   */
  files: string[];
  /** Source files the story holds whose pieces are still arriving on this computer. */
  arriving: number;
}

export const INITIAL_SYNC_STATE: SyncState = {
  phase: 'syncing',
  pending: 0,
  offlineSince: null,
  conflicts: 0,
  message: null,
  files: [],
  arriving: 0,
};

/** The state in words, as the window's status line says it. */
export function describeSyncState(
  state: Omit<SyncState, 'files' | 'arriving'> & { files?: readonly string[]; arriving?: number },
  time: (iso: string) => string,
): string {
  const phase =
    state.phase === 'synced'
      ? 'Synced'
      : state.phase === 'syncing'
        ? state.pending > 0
          ? `Syncing ${state.pending} ${state.pending === 1 ? 'change' : 'changes'}`
          : 'Syncing'
        : state.phase === 'offline'
          ? `Offline since ${state.offlineSince ? time(state.offlineSince) : 'now'}`
          : state.phase === 'signed-out'
            ? 'Signed out: sign in to sync'
            : "Not on the story's team: sync stopped";
  const conflicts =
    state.conflicts > 0 ? `, conflict on ${state.conflicts} ${state.conflicts === 1 ? 'claim' : 'claims'}` : '';
  const files = state.files?.length ?? 0;
  const unshared = files > 0 ? `, ${files} ${files === 1 ? 'file' : 'files'} not synced` : '';
  const count = state.arriving ?? 0;
  const arriving = count > 0 ? `, ${count} ${count === 1 ? 'file' : 'files'} arriving` : '';
  return phase + conflicts + arriving + unshared;
}
