// @vitest-environment happy-dom
// The Backups dialog over the real handlers: a project's backups each with a Restore button, and in a shared story
// (where the handlers list each backup with why it cannot be restored, as test/servers/story-devices.test.ts shows
// against a story server) the reason said up front, in the refusal's words, with every Restore button turned off.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../../../shared/api/views';
import { BackupsDialog } from '../../../../../renderer/features/project/BackupsDialog';
import { renderWithApi, tempProject } from '../../project-fixture';
import { value } from '../../../result-value';

const BACKUPS: BackupInfo[] = [
  { name: 'project-2026-12-06T10-40-00Z.factdesk', createdAt: '2026-12-06T10:40:00.000Z', bytes: 48_000 },
  { name: 'project-2026-12-06T09-10-00Z.factdesk', createdAt: '2026-12-06T09:10:00.000Z', bytes: 40_000 },
];

async function dialogWith(backups: BackupInfo[]) {
  const { bridge, handlers, projectId } = await tempProject('The harbour took 40 ships a day.');
  const view = value(await handlers.getProject({ projectId }));
  const api = { ...handlers, listBackups: async () => ({ ok: true as const, value: backups }) };
  return renderWithApi({ ...bridge, api }, <BackupsDialog view={view} onRestored={() => {}} onClose={() => {}} />);
}

describe('BackupsDialog', () => {
  it('offers to restore each backup of a project nobody shares', async () => {
    const { user } = await dialogWith(BACKUPS);
    const list = await screen.findByRole('list', { name: 'Backups' });
    const buttons = within(list).getAllByRole('button', { name: /^Restore the backup from / });
    expect(buttons).toHaveLength(2);
    expect(buttons.every((b) => !(b as HTMLButtonElement).disabled)).toBe(true);
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.getByText(/Restoring one first backs up the project as it is now/)).toBeTruthy();
    await user.click(buttons[0]!);
    expect(within(list).getByRole('button', { name: 'Restore this backup' })).toBeTruthy();
  });

  it('says up front why no backup restores in a shared story, with the Restore buttons turned off', async () => {
    const reason =
      "/stories/harbour holds a shared story, and going back to a backup would leave it disagreeing with the team's copies and break this computer's chain of its activity log; change back what you need in the story itself, where every change reaches the team.";
    await dialogWith(BACKUPS.map((b) => ({ ...b, restoreRefused: reason })));
    const list = await screen.findByRole('list', { name: 'Backups' });
    const note = screen.getByRole('note');
    expect(note.textContent).toBe(`Restoring is turned off in a shared story. ${reason}`);
    // Nothing promises a restore that can be undone.
    expect(screen.queryByText(/Restoring one first backs up/)).toBeNull();
    const buttons = within(list).getAllByRole('button', { name: /^Restore the backup from / });
    expect(buttons).toHaveLength(2);
    for (const button of buttons) {
      expect((button as HTMLButtonElement).disabled).toBe(true);
      expect(button.getAttribute('aria-describedby')).toBe(note.id);
    }
  });
});
