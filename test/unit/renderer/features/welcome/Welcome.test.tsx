// @vitest-environment happy-dom
// The welcome screen as the app draws it, over the real handlers: it reads the shell, so it is rendered inside the
// whole AppShell. The recent list comes from the settings file, opening and removing go through the Api, and its
// buttons open the welcome dialogs and Preferences.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppShell } from '../../../../../renderer/app/AppShell';
import { realBridge, renderWithApi, tempProject, value } from '../../project-fixture';

/** A project in a temp folder, closed again so that it is only on the recent list. */
async function recentProject() {
  const project = await tempProject('Rent rose 12 percent.');
  value(await project.handlers.closeProject({ projectId: project.projectId }));
  return project;
}

describe('Welcome', () => {
  it('lists the recent project and opens it from the list', async () => {
    const { bridge } = await recentProject();
    const { user } = renderWithApi(bridge, <AppShell />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Factdesk' })).toBeTruthy();
    expect(screen.getByText(/^Version \d/)).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Recent projects' });
    await user.click(within(list).getByRole('button', { name: 'Council vote' }));
    expect(await screen.findByRole('heading', { name: 'Council vote' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Recent projects' })).toBeNull();
  });

  it('removes a project from the recent list and says the list is empty', async () => {
    const { bridge, handlers } = await recentProject();
    const { user } = renderWithApi(bridge, <AppShell />);

    await user.click(await screen.findByRole('button', { name: 'Remove Council vote from recent projects' }));
    expect(await screen.findByText(/No recent projects yet/)).toBeTruthy();
    expect(value(await handlers.getAppInfo({})).recent).toEqual([]);
  });

  it('opens New project, Open a shared story and Preferences, each closing back to the screen', async () => {
    const { bridge } = await realBridge();
    const { user } = renderWithApi(bridge, <AppShell />);

    await user.click(await screen.findByRole('button', { name: 'New project' }));
    const create = screen.getByRole('dialog', { name: 'New project' });
    await user.click(within(create).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'New project' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Open a shared story...' }));
    expect(screen.getByRole('dialog', { name: 'Open a shared story' })).toBeTruthy();
    await user.click(
      within(screen.getByRole('dialog', { name: 'Open a shared story' })).getAllByRole('button', { name: 'Close' })[0]!,
    );
    expect(screen.queryByRole('dialog', { name: 'Open a shared story' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Preferences' }));
    const prefs = screen.getByRole('dialog', { name: 'Preferences' });
    expect((within(prefs).getByLabelText('Your name') as HTMLInputElement).value).not.toBe('');
    await user.click(within(prefs).getAllByRole('button', { name: 'Close' }).at(-1)!);
    expect(screen.queryByRole('dialog', { name: 'Preferences' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Factdesk' })).toBeTruthy();
  });

  it('says on the screen when a recent project is gone, and the sentence can be dismissed', async () => {
    const { bridge, dir } = await recentProject();
    await rm(join(dir, 'story'), { recursive: true, force: true });
    const { user } = renderWithApi(bridge, <AppShell />);

    const list = await screen.findByRole('list', { name: 'Recent projects' });
    await user.click(within(list).getByRole('button', { name: 'Council vote' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/story/);
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
