// The one line the window will show for a shared story's sync.
import { describe, expect, it } from 'vitest';
import { INITIAL_SYNC_STATE, describeSyncState } from '../../../../shared/sync/sync-state';

const hhmm = (iso: string) => iso.slice(11, 16);

describe('the sync state in words', () => {
  it.each([
    [{ phase: 'synced' }, 'Synced'],
    [{ phase: 'syncing', pending: 0 }, 'Syncing'],
    [{ phase: 'syncing', pending: 1 }, 'Syncing 1 change'],
    [{ phase: 'syncing', pending: 12 }, 'Syncing 12 changes'],
    [{ phase: 'offline', offlineSince: '2026-03-02T10:42:05.000Z' }, 'Offline since 10:42'],
    [{ phase: 'synced', conflicts: 2 }, 'Synced, conflict on 2 claims'],
    [
      { phase: 'offline', offlineSince: '2026-03-02T10:42:05.000Z', conflicts: 1 },
      'Offline since 10:42, conflict on 1 claim',
    ],
    [{ phase: 'signed-out' }, 'Signed out: sign in to sync'],
  ] as const)('%j reads "%s"', (patch, words) => {
    expect(describeSyncState({ ...INITIAL_SYNC_STATE, ...patch }, hhmm)).toBe(words);
  });
});
