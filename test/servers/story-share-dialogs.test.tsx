// @vitest-environment happy-dom-node-fetch
// The window's two sharing dialogs against the real handlers and a real story server (pouchdb-server): the Share
// with the newsroom dialog shows the refusal while the story's database is not prepared, then shares the project,
// closes, and the sync line shows the state; opened again it says where the story is shared, and stops sharing it
// here. Then the member, on another computer, lists the stories in the Open a shared story dialog (or, where the
// server does not list them to him, gives the story's id), chooses this one with the keyboard and opens it into a
// new folder with its claim.
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatedApi } from '../../electron/api/validated-call';
import { MemoryCookieStore } from '../../electron/sync/cookie-store';
import { prepareStoryDatabase, storyDatabaseName } from '../../electron/sync/story-database';
import type { ProjectView } from '../../shared/api/views';
import { useApi } from '../../renderer/app/ApiProvider';
import { ShareDialog } from '../../renderer/features/sync/ShareDialog';
import { SyncStateLine } from '../../renderer/features/sync/SyncStateLine';
import { useSyncState } from '../../renderer/features/sync/use-sync-state';
import { OpenSharedDialog } from '../../renderer/features/welcome/OpenSharedDialog';
import { realBridge, renderWithApi, tempProject, value } from '../unit/renderer/project-fixture';
import { startCouch, type CouchServer } from './support/couch-server.js';

let couch: CouchServer;

beforeAll(async () => {
  couch = await startCouch();
  await couch.createUser('ann', 'ann-secret-pw');
  await couch.createUser('bob', 'bob-secret-pw');
}, 180_000);

afterAll(async () => {
  await couch?.stop();
});

function ShareHost({ projectId }: { projectId: string }) {
  const api = useApi();
  const status = useSyncState(api, projectId);
  const [open, setOpen] = useState(true);
  return (
    <>
      <SyncStateLine status={status} />
      {open ? (
        <ShareDialog projectId={projectId} readOnly={false} onClose={() => setOpen(false)} />
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          Share again
        </button>
      )}
    </>
  );
}

const sync = () => ({ sync: { cookies: new MemoryCookieStore(), retryMs: 500 } });

describe('sharing a story through the window', () => {
  it('shares a project from its dialog, then lists and opens it elsewhere into a new folder', async () => {
    const ann = await tempProject('Rent rose 12 percent. Wages rose 3 percent.', ['Rent rose 12 percent'], sync());
    // Through the contract's validators, as every door into the handlers calls them.
    const annUi = renderWithApi(
      { ...ann.bridge, api: validatedApi(ann.handlers) },
      <ShareHost projectId={ann.projectId} />,
    );
    const { user } = annUi;
    await user.type(screen.getByLabelText('Story server address'), couch.url);
    await user.type(screen.getByLabelText('User name'), 'ann');
    await user.type(screen.getByLabelText('Password'), 'ann-secret-pw');
    await user.type(screen.getByLabelText('Team members (optional)'), 'bob');
    expect(screen.getByLabelText<HTMLInputElement>('Password').value).toBe('ann-secret-pw');
    await user.click(screen.getByRole('button', { name: 'Share' }));
    // Ann is no server admin and the story's database is not there yet: the handler's sentence, in the dialog.
    const refusal = await screen.findByRole('alert', {}, { timeout: 60_000 });
    expect(refusal.textContent).toMatch(/a server admin must/);
    expect(refusal.textContent).not.toContain('ann-secret-pw');
    expect(screen.getByLabelText<HTMLInputElement>('Password').value).toBe('');

    // Prepared by a server admin for Ann and Bob, she shares it.
    const storyId = ann.handlers.sessionOf(ann.projectId)!.doc.id;
    value(await prepareStoryDatabase(couch.adminFetch, storyDatabaseName(storyId), ['ann', 'bob']));
    await user.type(screen.getByLabelText('Password'), 'ann-secret-pw');
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 90_000 });
    const line = await screen.findByRole('status', { name: 'Sync state' }, { timeout: 90_000 });
    expect(line.textContent).toMatch(/Synced|Syncing/);
    await waitFor(() => expect(line.textContent).toBe('Synced'), { timeout: 90_000 });

    // Opened again, it says where the story is shared.
    await user.click(screen.getByRole('button', { name: 'Share again' }));
    const where = await screen.findByText('Story server');
    expect(where.closest('dl')?.textContent).toContain(`factdesk-story-${storyId}`);
    expect(where.closest('dl')?.textContent).toContain('ann');
    // Stopping here: the dialog offers sharing again and the sync line goes; the story stays on the server.
    await user.click(screen.getByRole('button', { name: 'Stop sharing on this computer' }));
    await screen.findByRole('button', { name: 'Share' });
    await waitFor(() => expect(screen.queryByRole('status', { name: 'Sync state' })).toBeNull());
    expect(value(await ann.handlers.getSyncState({ projectId: ann.projectId })).shared).toBe(false);
    annUi.unmount();

    // Bob, on another computer, opens it.
    const bob = await realBridge(sync());
    let opened: ProjectView | null = null;
    const folder = join(bob.dir, 'bob-story');
    const bobUi = renderWithApi(
      { ...bob.bridge, api: validatedApi(bob.handlers) },
      <OpenSharedDialog
        nativeDialogs={false}
        onBrowse={async () => null}
        suggestFolder={async () => folder}
        listFolders={async () => ({ error: 'not listed here' })}
        onOpened={(view) => (opened = view)}
        onClose={() => undefined}
      />,
    );
    await bobUi.user.type(screen.getByLabelText('Story server address'), couch.url);
    await bobUi.user.type(screen.getByLabelText('User name'), 'bob');
    await bobUi.user.type(screen.getByLabelText('Password'), 'bob-secret-pw');
    await bobUi.user.click(screen.getByRole('button', { name: 'List stories' }));
    const listed = await screen
      .findByRole('group', { name: 'Stories on the server' }, { timeout: 60_000 })
      .catch(() => null);
    if (listed) {
      const story = within(listed).getByRole('radio', { name: 'Council vote (1 claim)' });
      story.focus();
      await bobUi.user.keyboard(' ');
      expect((story as HTMLInputElement).checked).toBe(true);
    } else {
      expect(screen.getByRole('alert').textContent).toMatch(/does not list its databases to bob/);
      await bobUi.user.type(screen.getByLabelText('Story id'), storyId);
      await bobUi.user.type(screen.getByLabelText('Project folder'), folder);
    }
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Project folder').value).toBe(folder));
    await bobUi.user.click(screen.getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(opened).not.toBeNull(), { timeout: 90_000 });
    const view = opened as unknown as ProjectView;
    expect(view.title).toBe('Council vote');
    expect(view.claims.map((c) => c.anchor.exact)).toEqual(['Rent rose 12 percent']);
    expect(value(await bob.handlers.getSyncState({ projectId: view.projectId }))).toMatchObject({
      shared: true,
      user: 'bob',
    });
  }, 240_000);
});
