// @vitest-environment happy-dom
// The project view as the app shows it, over the real handlers: opened from the welcome screen's recent list, it
// shows the project's title, its draft with the claim highlighted and the Claims list; a status set there is saved,
// and Close project returns to the welcome screen with the lock released.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppShell } from '../../../../../renderer/app/AppShell';
import { renderWithApi, tempProject, value } from '../../project-fixture';

const DRAFT = 'Rent rose 12 percent, the mayor said. The bridge cost 40 million euros.';

describe('ProjectScreen', () => {
  it('opens from the recent list with the draft and its claims, saves a status and closes', async () => {
    const { bridge, handlers, projectId, reload } = await tempProject(DRAFT, ['40 million euros']);
    const file = (await reload()).file;
    value(await handlers.closeProject({ projectId }));
    const { user } = renderWithApi(bridge, <AppShell />);

    const recent = await screen.findByRole('list', { name: 'Recent projects' });
    await user.click(within(recent).getByRole('button', { name: 'Council vote' }));

    expect(await screen.findByRole('heading', { name: 'Council vote' }, { timeout: 10_000 })).toBeTruthy();
    const article = screen.getByRole('document', { name: 'Article text' });
    expect(article.textContent).toContain(DRAFT);
    const claims = screen.getByRole('region', { name: 'Claims' });
    expect(within(claims).getByRole('listitem').textContent).toContain('40 million euros');
    const status = within(claims).getByLabelText('Status of claim 1') as HTMLSelectElement;
    await user.selectOptions(status, 'In progress');
    await waitFor(() => expect(status.value).toBe('in-progress'));

    await user.click(screen.getByRole('button', { name: 'Close project' }));
    expect(await screen.findByRole('button', { name: 'New project' })).toBeTruthy();
    const reopened = value(await handlers.openProject({ path: file }));
    expect(reopened.readOnly).toBe(false);
    expect(reopened.claims[0]?.status).toBe('in-progress');
  });
});
