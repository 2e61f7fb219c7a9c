// @vitest-environment happy-dom
// Preferences over the real handlers: the name and theme a user saves land in the settings file.
import { useState } from 'react';
import { screen } from '@testing-library/react';
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
});
