// Reading a shared project's sync state starts nothing: getSyncState only reads, and syncing resumes when the window
// opens the project (resumeSync). With no session kept and no password it shows the signed-out state with its
// sentence, which getSyncState then reports; a project nobody shares is left as it is. The real resume, with a
// story server, is in test/servers/story-share-handlers.test.ts.
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/api/handlers';
import { validatedApi } from '../../../../electron/api/validated-call';
import { MemoryCookieStore } from '../../../../electron/sync/cookie-store';
import { handlerDeps, tempDir, value } from '../storage/helpers';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function openProject(shared: boolean) {
  const dir = await tempDir();
  const states: unknown[] = [];
  const handlers = createHandlers(
    handlerDeps(dir, {
      emit: (event, payload) => {
        if (event === 'syncState') states.push(payload);
      },
      sync: { cookies: new MemoryCookieStore(), retryMs: 500 },
    }),
    { saveDelayMs: 5 },
  );
  const folder = join(dir, 'story');
  const { projectId } = value(await handlers.createProject({ folder, title: 'Rent story' }));
  const serverUrl = `http://127.0.0.1:${await closedPort()}`;
  if (shared) {
    await mkdir(join(folder, 'sync'), { recursive: true });
    await writeFile(
      join(folder, 'sync', 'share.json'),
      JSON.stringify({ serverUrl, user: 'ann', database: 'factdesk-story-rent' }),
    );
  }
  return { handlers, api: validatedApi(handlers), projectId, serverUrl, states };
}

describe('the sync state of a shared project opened again', () => {
  it('is only read by getSyncState, and resumeSync is what tries to sync', async () => {
    const { handlers, api, projectId, serverUrl } = await openProject(true);
    try {
      // Read as often as you like: nothing starts, nothing is asked of the story server.
      for (let i = 0; i < 3; i++) {
        expect(value(await api.getSyncState({ projectId }))).toEqual({
          projectId,
          shared: true,
          serverUrl,
          user: 'ann',
          database: 'factdesk-story-rent',
          state: null,
        });
      }
      expect(handlers.bridgeOf(projectId)).toBeNull();

      // The window opening it resumes: no session was kept and no password given, so it says signed out, with the
      // sentence asking for the password.
      const resumed = value(await api.resumeSync({ projectId }));
      expect(resumed.state).toMatchObject({ phase: 'signed-out', pending: 0, offlineSince: null, conflicts: 0 });
      expect(resumed.state?.message).toMatch(/password/);
      expect(handlers.bridgeOf(projectId)).toBeNull();
      // Reading afterwards tells the same, still without trying again.
      expect(value(await api.getSyncState({ projectId }))).toEqual(resumed);
    } finally {
      await handlers.closeAll();
    }
  });

  it('leaves a project nobody shares as it is', async () => {
    const { handlers, api, projectId } = await openProject(false);
    try {
      const none = { projectId, shared: false, serverUrl: null, user: null, database: null, state: null };
      expect(value(await api.resumeSync({ projectId }))).toEqual(none);
      expect(value(await api.getSyncState({ projectId }))).toEqual(none);
    } finally {
      await handlers.closeAll();
    }
  });
});
