// @vitest-environment happy-dom
// Preferences over the real handlers: the name, theme and story server CA file a user saves land in the settings file
// (a CA file that is not one is refused beside the field, nothing saved). The window has one footer (Close, Save); the
// newsroom library's buttons sit inside its own section.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useApi } from '../../../../../renderer/app/ApiProvider';
import { PreferencesDialog } from '../../../../../renderer/features/preferences/PreferencesDialog';
import { realBridge, renderWithApi, value } from '../../project-fixture';

/** The dialog as the app opens it: saving goes to updatePreferences, closing removes it. */
function PreferencesHost() {
  const api = useApi();
  const [open, setOpen] = useState(true);
  return open ? (
    <PreferencesDialog
      userName="Ana Reporter"
      theme="system"
      storyServerCa={null}
      onSave={async (patch) => {
        const reply = await api.updatePreferences(patch);
        return reply.ok ? null : reply.error.message;
      }}
      onClose={() => setOpen(false)}
    />
  ) : (
    <p>Preferences closed</p>
  );
}

describe('PreferencesDialog', () => {
  it('saves the name and theme the user picks', async () => {
    const { bridge, handlers } = await realBridge();
    const { user } = renderWithApi(bridge, <PreferencesHost />);

    expect(screen.getByRole('heading', { name: 'Preferences' })).toBeTruthy();
    const name = screen.getByLabelText('Your name');
    expect((name as HTMLInputElement).value).toBe('Ana Reporter');
    expect((screen.getByRole('radio', { name: 'Same as the system' }) as HTMLInputElement).checked).toBe(true);
    await user.clear(name);
    await user.type(name, 'Bo Editor');
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Preferences closed')).toBeTruthy();
    const info = value(await handlers.getAppInfo({}));
    expect(info.userName).toBe('Bo Editor');
    expect(info.theme).toBe('dark');
  });

  it('refuses an empty name with a sentence saying why, and saves nothing', async () => {
    const { bridge, handlers } = await realBridge();
    const { user } = renderWithApi(bridge, <PreferencesHost />);

    await user.clear(screen.getByLabelText('Your name'));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect((await screen.findByRole('alert')).textContent).toMatch(/Enter your name/);
    expect(value(await handlers.getAppInfo({})).theme).toBe('system');
  });

  it('has one footer for the window, and keeps the newsroom library buttons inside their section', async () => {
    const { bridge } = await realBridge();
    renderWithApi(bridge, <PreferencesHost />);

    const dialog = screen.getByRole('dialog', { name: 'Preferences' });
    const section = within(dialog).getByRole('region', { name: 'Newsroom library' });
    const general = within(dialog).getByRole('region', { name: 'General' });
    expect(within(general).getByLabelText('Your name')).toBeTruthy();
    for (const name of ['Test connection', 'Save connection']) {
      expect(within(section).getByRole('button', { name })).toBeTruthy();
    }
    // Close and Save are the dialog's own, outside both sections, and come last in the tab order.
    const buttons = within(dialog).getAllByRole('button');
    expect(buttons.slice(-2).map((button) => button.textContent)).toEqual(['Close', 'Save']);
    for (const button of buttons.slice(-2)) {
      expect(section.contains(button) || general.contains(button)).toBe(false);
    }
  });

  it("saves the story server's CA certificate file, and refuses one that is not a certificate beside it", async () => {
    const { bridge, handlers } = await realBridge();
    const { user } = renderWithApi(bridge, <PreferencesHost />);
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-prefs-ca-'));
    try {
      const notes = join(dir, 'notes.txt');
      await writeFile(notes, 'not a certificate\n');

      const story = screen.getByRole('region', { name: 'Story server' });
      const field = within(story).getByLabelText('Newsroom CA certificate file');
      await user.type(field, notes);
      await user.click(screen.getByRole('button', { name: 'Save' }));
      expect((await within(story).findByRole('alert')).textContent).toBe(
        `${notes} is not a CA certificate in PEM form (a text file starting with -----BEGIN CERTIFICATE-----).`,
      );
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(value(await handlers.getAppInfo({})).storyServerCa).toBeNull();

      const ca = join(dir, 'newsroom-ca.crt');
      await writeFile(ca, '-----BEGIN CERTIFICATE-----\nMIIBnewsroom\n-----END CERTIFICATE-----\n');
      await user.clear(field);
      await user.type(field, `${ca}{Enter}`);
      expect(await screen.findByText('Preferences closed')).toBeTruthy();
      expect(value(await handlers.getAppInfo({})).storyServerCa).toBe(ca);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('saves with Enter in the name', async () => {
    const { bridge, handlers } = await realBridge();
    const { user } = renderWithApi(bridge, <PreferencesHost />);

    const name = screen.getByLabelText('Your name');
    await user.clear(name);
    await user.type(name, 'Cy Checker{Enter}');
    expect(await screen.findByText('Preferences closed')).toBeTruthy();
    expect(value(await handlers.getAppInfo({})).userName).toBe('Cy Checker');
  });

  it('closes without saving the name and theme', async () => {
    const { bridge, handlers } = await realBridge();
    const { user } = renderWithApi(bridge, <PreferencesHost />);
    const before = value(await handlers.getAppInfo({}));

    await user.type(screen.getByLabelText('Your name'), ' Junior');
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    // The footer's Close (the title bar's × is named Close too).
    await user.click(screen.getAllByRole('button', { name: 'Close' }).at(-1)!);

    expect(await screen.findByText('Preferences closed')).toBeTruthy();
    const after = value(await handlers.getAppInfo({}));
    expect(after.userName).toBe(before.userName);
    expect(after.theme).toBe(before.theme);
  });
});
