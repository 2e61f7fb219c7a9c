// @vitest-environment happy-dom
// The Sources tab with a newsroom library on a real PostgreSQL, through the real handlers and the app's useLibrary
// hook: newsroom passages come with a "Newsroom" badge and the same Open and Attach a local passage has (attaching
// copies the passage into the project, marked as from the newsroom library), a cut connection shows "Newsroom library
// offline" beside the search box with the project's results still there, and the next search after the connection is
// back finds the newsroom's passages again and drops the status.
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectView } from '../../shared/api/views';
import { LibraryDialogs } from '../../renderer/features/sources/LibraryDialogs';
import { SourcesPanel } from '../../renderer/features/sources/SourcesPanel';
import { seedNewsroom } from './support/newsroom-seed';
import { LibraryHost } from '../unit/renderer/panel-hosts';
import { addTranscript, renderWithApi, tempProject, value } from '../unit/renderer/project-fixture';
import { startPostgres } from './support/postgres';
import type { TestPostgres } from './support/postgres';
import { startTcpProxy } from './support/tcp-proxy';
import type { TcpProxy } from './support/tcp-proxy';

let server: TestPostgres;
let proxy: TcpProxy;

beforeAll(async () => {
  server = await startPostgres();
  await seedNewsroom(
    server,
    {
      title: 'Harbour commission minutes',
      type: 'document',
      speakers: ['Harbour Commission'],
      date: '1911-05-02',
      url: null,
      tags: [],
      confidential: false,
    },
    [
      'The tunnel under the harbour was first proposed in 1911 and rejected for its cost.',
      'The commission asked the city engineer for a cheaper crossing.',
    ],
  );
  proxy = await startTcpProxy(server.port);
}, 180_000);

afterAll(async () => {
  await proxy?.close();
  await server?.stop();
});

function PanelHost({ initial }: { initial: ProjectView }) {
  return <LibraryHost initial={initial}>{() => <SourcesPanel selectedClaim={null} readOnly={false} />}</LibraryHost>;
}

describe('the Sources tab with a newsroom library', () => {
  it('marks newsroom passages, says when the newsroom is offline, and finds it again by itself', async () => {
    const { bridge, handlers, dir, projectId } = await tempProject('The tunnel is finished, the mayor said.', [], {
      newsroom: { url: `postgres://fd_reader@127.0.0.1:${proxy.port}/factdesk`, password: 'reader-secret' },
    });
    await addTranscript(
      handlers,
      projectId,
      dir,
      'Harbour briefing',
      'KAREN BASS: The tunnel under the harbour is nearly finished, we think by June.\n',
    );
    const view = value(await handlers.getProject({ projectId }));
    const { user } = renderWithApi(bridge, <PanelHost initial={view} />);
    const region = screen.getByRole('region', { name: 'Library' });
    const box = within(region).getByRole('searchbox', { name: 'Search the library' });

    await user.type(box, 'tunel harbour');
    const minutes = await within(region).findByRole(
      'list',
      { name: 'Passages from Harbour commission minutes' },
      { timeout: 15_000 },
    );
    expect(minutes.textContent).toContain('Newsroom');
    // Both passages of the minutes answer (the second through its source's title, as a local source's would).
    expect(within(minutes).getAllByRole('button', { name: 'Attach...' }).length).toBeGreaterThan(0);
    expect(within(minutes).getAllByRole('button', { name: 'Open at passage' }).length).toBeGreaterThan(0);
    const local = within(region).getByRole('list', { name: 'Passages from Harbour briefing' });
    expect(local.textContent).toContain('Project');
    expect(within(local).getByRole('button', { name: 'Attach...' })).toBeTruthy();
    expect(within(region).queryByText('Newsroom library offline')).toBeNull();

    proxy.cut();
    await user.type(box, ' finished');
    const offline = await within(region).findByText('Newsroom library offline', {}, { timeout: 15_000 });
    expect(offline.closest('[role="status"]')?.textContent).toMatch(/cannot be reached/);
    expect(offline.closest('[role="status"]')?.textContent).not.toContain('reader-secret');
    expect(within(region).getByRole('list', { name: 'Passages from Harbour briefing' })).toBeTruthy();
    expect(within(region).queryByRole('list', { name: 'Passages from Harbour commission minutes' })).toBeNull();

    proxy.restore();
    await user.clear(box);
    await user.type(box, 'tunnel proposed');
    await within(region).findByRole('list', { name: 'Passages from Harbour commission minutes' }, { timeout: 15_000 });
    expect(within(region).queryByText('Newsroom library offline')).toBeNull();
  });

  it('opens a newsroom passage and attaches it to the selected claim as a copy in the project', async () => {
    const { bridge, handlers, projectId } = await tempProject('The tunnel was first proposed in 1911.', ['1911'], {
      newsroom: { url: `postgres://fd_reader@127.0.0.1:${proxy.port}/factdesk`, password: 'reader-secret' },
    });
    const view = value(await handlers.getProject({ projectId }));
    const claim = view.claims[0]!;
    const { user } = renderWithApi(
      bridge,
      <LibraryHost initial={view} selectedClaimId={claim.id}>
        {(library, current) => (
          <>
            <SourcesPanel selectedClaim={{ claim, number: 1 }} readOnly={false} />
            <LibraryDialogs
              view={current}
              library={library}
              nativeDialogs={false}
              selectedClaim={{ id: claim.id, number: 1, text: claim.anchor.exact }}
            />
          </>
        )}
      </LibraryHost>,
    );
    const region = screen.getByRole('region', { name: 'Library' });
    await user.type(within(region).getByRole('searchbox', { name: 'Search the library' }), 'tunnel proposed');
    const minutes = await within(region).findByRole(
      'list',
      { name: 'Passages from Harbour commission minutes' },
      { timeout: 15_000 },
    );

    await user.click(within(minutes).getByRole('button', { name: 'Open at passage' }));
    const opened = await screen.findByRole('dialog', { name: 'Harbour commission minutes' });
    // The whole source, read from the server, with the hit's passage marked.
    expect(await within(opened).findByText(/cheaper crossing/)).toBeTruthy();
    expect(opened.textContent).toContain('2 passages');
    const target = within(opened).getByRole('listitem', { current: true });
    expect(target.textContent).toContain('first proposed in 1911');
    await user.click(within(target).getByRole('button', { name: 'Attach the passage at ¶ 1 to the claim' }));
    const attach = await screen.findByRole('dialog', { name: 'Attach to claim 1' });
    expect(attach.textContent).toContain('Newsroom');
    await user.click(within(attach).getByRole('button', { name: 'Attach' }));

    await waitFor(async () => {
      expect(value(await handlers.getProject({ projectId })).claims[0]!.links).toHaveLength(1);
    });
    const sources = value(await handlers.listSources({ projectId })).sources;
    expect(sources.find((s) => s.fromNewsroom)).toMatchObject({
      title: 'Harbour commission minutes',
      library: 'project',
    });
  });
});
