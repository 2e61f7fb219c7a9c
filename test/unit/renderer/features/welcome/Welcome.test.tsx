// @vitest-environment happy-dom
// The welcome screen over the real handlers: the recent list comes from the settings file, opening and removing go
// through the Api.
import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RecentProject } from '../../../../../shared/api/views';
import { useApi } from '../../../../../renderer/app/ApiProvider';
import { Welcome } from '../../../../../renderer/features/welcome/Welcome';
import { renderWithApi, tempProject, value } from '../../project-fixture';

/** Welcome with the state the app keeps around it: the recent list and what was opened. */
function WelcomeHost({ initial }: { initial: RecentProject[] }) {
  const api = useApi();
  const [recent, setRecent] = useState(initial);
  const [opened, setOpened] = useState<string | null>(null);
  return (
    <>
      <Welcome
        version="1.2.3"
        recent={recent}
        busy={false}
        error={null}
        onDismissError={() => undefined}
        onNew={() => undefined}
        onOpen={() => undefined}
        onOpenShared={() => undefined}
        onOpenRecent={async (path) => {
          const view = value(await api.openProject({ path }));
          setOpened(view.title);
        }}
        onRemoveRecent={async (project) => setRecent(value(await api.removeRecent({ path: project.path })).recent)}
        onPreferences={() => undefined}
        shortcutHint="Ctrl+K"
      />
      {opened && <p role="status">Opened {opened}</p>}
    </>
  );
}

describe('Welcome', () => {
  it('lists the recent project and opens it from the list', async () => {
    const { bridge, handlers, projectId } = await tempProject('Rent rose 12 percent.');
    value(await handlers.closeProject({ projectId }));
    const { recent } = value(await handlers.getAppInfo({}));
    const { user } = renderWithApi(bridge, <WelcomeHost initial={recent} />);

    expect(screen.getByRole('heading', { name: 'Factdesk' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New project' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Recent projects' });
    await user.click(within(list).getByRole('button', { name: 'Council vote' }));
    expect((await screen.findByRole('status')).textContent).toBe('Opened Council vote');
  });

  it('removes a project from the recent list and says the list is empty', async () => {
    const { bridge, handlers, projectId } = await tempProject('Rent rose 12 percent.');
    value(await handlers.closeProject({ projectId }));
    const { recent } = value(await handlers.getAppInfo({}));
    const { user } = renderWithApi(bridge, <WelcomeHost initial={recent} />);

    await user.click(screen.getByRole('button', { name: 'Remove Council vote from recent projects' }));
    expect(await screen.findByText(/No recent projects yet/)).toBeTruthy();
    expect(value(await handlers.getAppInfo({})).recent).toEqual([]);
  });
});
