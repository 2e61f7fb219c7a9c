// @vitest-environment happy-dom
// The sync state line of a shared story: the sync state's words in one labelled status, the conflicts and the source
// files that did not travel beside them, the reasons in its title, and nothing at all for a project nobody shares.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SyncStatusView } from '../../../../../shared/api/sync';
import { SyncStateLine } from '../../../../../renderer/features/sync/SyncStateLine';

const shared = (state: SyncStatusView['state']): SyncStatusView => ({
  projectId: 'p1',
  shared: true,
  serverUrl: 'https://stories.example.org',
  user: 'ann',
  database: 'factdesk-story-p1',
  state,
});

describe('SyncStateLine', () => {
  it('says synced, syncing n changes, or offline with the reason, and counts the claims that need review', () => {
    const { rerender } = render(
      <SyncStateLine
        status={shared({ phase: 'synced', pending: 0, offlineSince: null, conflicts: 0, message: null })}
      />,
    );
    expect(screen.getByRole('status', { name: 'Sync state' }).textContent).toBe('Synced');
    rerender(
      <SyncStateLine
        status={shared({ phase: 'syncing', pending: 3, offlineSince: null, conflicts: 2, message: null })}
      />,
    );
    const line = screen.getByRole('status', { name: 'Sync state' });
    expect(line.textContent).toBe('Syncing 3 changes, conflict on 2 claims');
    expect(line.className).toContain('sync-conflict');
    rerender(
      <SyncStateLine
        status={shared({
          phase: 'offline',
          pending: 1,
          offlineSince: '2026-12-06T10:42:00.000Z',
          conflicts: 0,
          message: 'The story server cannot be reached (connect ECONNREFUSED).',
        })}
      />,
    );
    const offline = screen.getByRole('status', { name: 'Sync state' });
    expect(offline.textContent).toMatch(/^Offline since /);
    expect(offline.getAttribute('title')).toContain('cannot be reached');
  });

  it('counts the source files that did not travel and says which and why in its title and to screen readers', () => {
    const sentence =
      'The recording of "Briefing" (ab12.wav) is 1.4 GB, larger than the 1 GB a shared story carries, so it stays on this computer.';
    render(
      <SyncStateLine
        status={shared({
          phase: 'synced',
          pending: 0,
          offlineSince: null,
          conflicts: 0,
          message: null,
          files: [sentence],
        })}
      />,
    );
    const line = screen.getByRole('status', { name: 'Sync state' });
    expect(line.querySelector('.save-text')!.textContent).toBe('Synced, 1 file not synced');
    expect(line.className).toContain('sync-files');
    expect(line.getAttribute('title')).toContain(sentence);
    expect(line.querySelector('.visually-hidden')!.textContent).toContain(sentence);
  });

  it('shows nothing for a project nobody shares', () => {
    const { container } = render(
      <SyncStateLine
        status={{ projectId: 'p1', shared: false, serverUrl: null, user: null, database: null, state: null }}
      />,
    );
    expect(container.textContent).toBe('');
  });
});
