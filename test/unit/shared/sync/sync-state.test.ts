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
    [{ phase: 'no-access' }, "Not on the story's team: sync stopped"],
    [{ phase: 'synced', arriving: 1 }, 'Synced, 1 file arriving'],
    [{ phase: 'synced', arriving: 2 }, 'Synced, 2 files arriving'],
    [
      { phase: 'syncing', pending: 3, conflicts: 1, arriving: 2, files: ['One file is too large.'] },
      'Syncing 3 changes, conflict on 1 claim, 2 files arriving, 1 file not synced',
    ],
  ] as const)('%j reads "%s"', (patch, words) => {
    expect(describeSyncState({ ...INITIAL_SYNC_STATE, ...patch }, hhmm)).toBe(words);
  });
});
