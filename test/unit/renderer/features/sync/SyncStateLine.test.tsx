// @vitest-environment happy-dom
// The sync state line of a shared story: the sync state's words in one labelled status, the conflicts, the source files
// still arriving and those that did not travel beside them (a button opening a popover that lists each file with its
// sentence, by keyboard or mouse, closing with Escape and giving focus back), and nothing for a project nobody shares.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
    expect(line.closest('.sync-state')!.className).toContain('sync-conflict');
    rerender(
      <SyncStateLine
        status={shared({
          phase: 'offline',
          pending: 1,
          offlineSince: '2026-12-06T10:42:00.000Z',
          conflicts: 0,
          message:
            "The newsroom's story server at stories.example.org could not be reached (fetch failed: connect ECONNREFUSED).",
        })}
      />,
    );
    const offline = screen.getByRole('status', { name: 'Sync state' });
    expect(offline.textContent).toMatch(/^Offline since /);
    expect(offline.getAttribute('title')).toMatch(
      /^Offline since .+\. The newsroom's story server at stories.example.org could not be reached/,
    );
  });

  it("says when this person is no longer on the story's team, with why in the title", () => {
    const why =
      "ann is no longer on this story's team on stories.example.org, so syncing stopped. What is changed here stays in this folder; once a server admin has added them again, opening the story again syncs it.";
    render(
      <SyncStateLine
        status={shared({ phase: 'no-access', pending: 2, offlineSince: null, conflicts: 0, message: why })}
      />,
    );
    const line = screen.getByRole('status', { name: 'Sync state' });
    expect(line.textContent).toBe("Not on the story's team: sync stopped");
    expect(line.getAttribute('title')).toBe(
      `Not on the story's team: sync stopped. ${why} Story server: https://stories.example.org`,
    );
    expect(line.closest('.sync-state')!.className).toContain('sync-no-access');
  });

  it('counts the source files still arriving beside the state, in its usual colours', () => {
    render(
      <SyncStateLine
        status={shared({ phase: 'synced', pending: 0, offlineSince: null, conflicts: 0, message: null, arriving: 2 })}
      />,
    );
    const line = screen.getByRole('status', { name: 'Sync state' });
    expect(line.textContent).toBe('Synced, 2 files arriving');
    expect(line.closest('.sync-state')!.className).toContain('sync-synced');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('counts the source files that did not travel with a button that lists each with its sentence', async () => {
    const user = userEvent.setup();
    const sentence =
      'The recording of "Briefing" (ab12.wav) is 1.4 GB, larger than the 1 GB a shared story carries, so it stays on this computer.';
    const refused =
      'The original file of "Minutes" (cd34.pdf) from the story server was refused and not written: its bytes do not match its name.';
    render(
      <>
        <button type="button">Before</button>
        <SyncStateLine
          status={shared({
            phase: 'synced',
            pending: 0,
            offlineSince: null,
            conflicts: 0,
            message: null,
            files: [sentence, refused],
          })}
        />
      </>,
    );
    const line = screen.getByRole('status', { name: 'Sync state' });
    expect(line.textContent).toBe('Synced, 2 files not synced');
    expect(line.closest('.sync-state')!.className).toContain('sync-files');
    const button = screen.getByRole('button', { name: '2 files not synced' });
    expect(button.getAttribute('aria-expanded')).toBe('false');

    // Reached with the keyboard, opened with Enter: the popover takes focus and lists each file's sentence.
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(button);
    await user.keyboard('{Enter}');
    const popover = screen.getByRole('dialog', { name: '2 source files did not sync' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(popover.contains(document.activeElement)).toBe(true);
    expect(
      within(popover)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([sentence, refused]);

    // Escape closes it and gives focus back to the button.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);

    // With the mouse: a click opens it, its Close button closes it, and a click elsewhere does too.
    await user.click(button);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    expect(screen.queryByRole('dialog')).toBeNull();
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
