// @vitest-environment happy-dom
// The command palette over the real handlers: the app's bound command table, filtered as the user types; the
// command run from it reaches the Api.
import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../../shared/api/contract';
import { useApi } from '../../../../../renderer/app/ApiProvider';
import { bindCommands } from '../../../../../renderer/app/commands';
import type { CommandActions } from '../../../../../renderer/app/commands';
import { CommandPalette } from '../../../../../renderer/features/palette/CommandPalette';
import { realBridge, renderWithApi, value } from '../../project-fixture';

/** Actions as the app wires them for a window with no project: themes go to the Api, the rest are not needed here. */
function actionsFor(api: Api): CommandActions {
  const none = () => undefined;
  return {
    newProject: none,
    openProject: none,
    closeProject: none,
    showInFolder: none,
    importDraft: none,
    pasteDraft: none,
    addSource: none,
    searchLibrary: none,
    projectSettings: none,
    restoreBackup: none,
    markText: none,
    markClaim: none,
    nextClaim: none,
    previousClaim: none,
    showPanel: none,
    compareVersions: none,
    openPalette: none,
    setTheme: (theme) => void api.updatePreferences({ theme }),
    about: none,
    keyboardShortcuts: none,
    preferences: none,
    showWorkspace: none,
    signOffStory: none,
    exportAppendix: none,
    statusVocabulary: none,
    shareStory: none,
    recording: none,
  };
}

function PaletteHost() {
  const api = useApi();
  const [open, setOpen] = useState(true);
  const commands = bindCommands(actionsFor(api), {
    hasProject: false,
    hasDraft: false,
    readOnly: false,
    canShowInFolder: false,
  });
  return open ? (
    <CommandPalette commands={commands} isMac={false} onClose={() => setOpen(false)} />
  ) : (
    <p>Palette closed</p>
  );
}

describe('CommandPalette', () => {
  it('filters commands as the user types and runs the chosen one with Enter', async () => {
    const { bridge, handlers } = await realBridge();
    const { user } = renderWithApi(bridge, <PaletteHost />);

    const input = screen.getByRole('combobox', { name: 'Type a command' });
    const list = screen.getByRole('listbox', { name: 'Commands' });
    const labels = within(list)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(labels).toContain('New projectCtrl+N');
    expect(labels.some((label) => label?.startsWith('Mark as claim'))).toBe(false);

    await user.type(input, 'theme dark');
    const options = within(list).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Theme: Dark']);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');

    expect(await screen.findByText('Palette closed')).toBeTruthy();
    await waitFor(async () => expect(value(await handlers.getAppInfo({})).theme).toBe('dark'));
  });

  it('says when no command matches', async () => {
    const { bridge } = await realBridge();
    const { user } = renderWithApi(bridge, <PaletteHost />);

    await user.type(screen.getByRole('combobox', { name: 'Type a command' }), 'zzzz');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText('No command matches “zzzz”.')).toBeTruthy();
  });
});
