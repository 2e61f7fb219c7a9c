// @vitest-environment happy-dom
// The newsroom section of Preferences over the real handlers (no server: nothing listens on the port tried): a field
// left wrong is named before anything is sent, Test connection says what is wrong in one sentence, Save writes the
// settings file without the password, the window that cannot keep a password says where it comes from, and
// Disconnect forgets the settings.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NewsroomSection } from '../../../../../renderer/features/preferences/NewsroomSection';
import { realBridge, renderWithApi, value } from '../../project-fixture';

describe('NewsroomSection', () => {
  it('tests, saves without the password, and disconnects', async () => {
    const { bridge, handlers, dir } = await realBridge();
    const { user } = renderWithApi(bridge, <NewsroomSection />);
    const section = screen.getByRole('region', { name: 'Newsroom library' });
    // The harness and the CLI take the password from the environment, and say so.
    expect(await within(section).findByText(/the password comes from the environment/)).toBeTruthy();

    await user.click(within(section).getByRole('button', { name: 'Test connection' }));
    expect((await within(section).findByRole('alert')).textContent).toMatch(/Enter the server/);

    await user.type(within(section).getByLabelText('Server'), '127.0.0.1');
    const port = within(section).getByLabelText('Port');
    await user.clear(port);
    await user.type(port, '1');
    await user.type(within(section).getByLabelText('User name'), 'ana');
    await user.click(within(section).getByRole('radio', { name: 'Off' }));
    await user.type(within(section).getByLabelText('Password'), 'hunter2-secret');
    await user.click(within(section).getByRole('button', { name: 'Test connection' }));
    const problem = await within(section).findByText(/cannot be reached/, {}, { timeout: 10_000 });
    expect(problem.textContent).toBe(
      'The newsroom library at 127.0.0.1:1/factdesk cannot be reached: nothing answers on that port.',
    );

    await user.click(within(section).getByRole('button', { name: 'Save connection' }));
    expect(
      await within(section).findByText(/Saved\. Searches now ask the newsroom library at 127\.0\.0\.1:1/),
    ).toBeTruthy();
    const file = await readFile(join(dir, 'data', 'settings.json'), 'utf8');
    expect(JSON.parse(file).newsroom).toEqual({
      host: '127.0.0.1',
      port: 1,
      database: 'factdesk',
      user: 'ana',
      tls: 'off',
      caFile: null,
    });
    expect(file).not.toContain('hunter2');

    await user.click(within(section).getByRole('button', { name: 'Disconnect' }));
    expect(await within(section).findByText(/Disconnected/)).toBeTruthy();
    expect(value(await handlers.getNewsroomSettings({})).settings).toBeNull();
  });

  it('asks for the CA certificate file when TLS is Verify', async () => {
    const { bridge } = await realBridge();
    const { user } = renderWithApi(bridge, <NewsroomSection />);
    const section = screen.getByRole('region', { name: 'Newsroom library' });
    await user.type(within(section).getByLabelText('Server'), 'db.newsroom.example');
    await user.type(within(section).getByLabelText('User name'), 'ana');
    await user.click(within(section).getByRole('radio', { name: 'Verify' }));
    await user.click(within(section).getByRole('button', { name: 'Save connection' }));
    expect((await within(section).findByRole('alert')).textContent).toMatch(/CA certificate file/);
    expect(document.activeElement).toBe(within(section).getByLabelText('CA certificate file'));
  });
});
