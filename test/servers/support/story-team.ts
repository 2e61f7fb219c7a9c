// What the shared-story server tests have in common: each person's own handlers (their own data folder, user name
// and device), and waiting for a state that replication brings, however long a loaded machine takes.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../../electron/api/handlers';
import type { Handlers } from '../../../electron/api/handlers';
import type { HandlerDeps } from '../../../electron/api/deps';
import { deviceFile } from '../../../electron/sync/device-id';
import { prepareStoryDatabase, storyDatabaseName } from '../../../electron/sync/story-database';
import { value } from '../../unit/result-value';
import { startCouch, type CouchServer } from './couch-server.js';

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting until ${what}`);
}

/** Ids count on across every person's handlers in a test file, so a second story never takes the first one's id. */
let n = 0;

/**
 * The handlers of one person of a story's team, as the harness makes them: data in `root`/data-<user>, on the
 * computer laptop-<user> (or `extra.host`), quick saves; `extra` adds an event listener or the sync settings.
 */
export function teamHandlers(
  root: string,
  user: string,
  extra: Pick<Partial<HandlerDeps>, 'emit' | 'sync'> & { host?: string } = {},
): Handlers {
  return createHandlers(
    {
      now: () => new Date().toISOString(),
      newId: () => `${user}-${++n}`,
      dataDir: join(root, `data-${user}`),
      appVersion: '1.2.3',
      capabilities: { transport: 'http', nativeDialogs: false, showInFolder: false },
      identity: { user, host: extra.host ?? `laptop-${user}`, pid: process.pid },
      emit: extra.emit ?? (() => undefined),
      rememberRecent: false,
      ...(extra.sync ? { sync: extra.sync } : {}),
    },
    { saveDelayMs: 10 },
  );
}

/** The device a project folder syncs as, as it kept it in sync/device.json when it first shared or opened a story. */
export async function folderDeviceId(folder: string): Promise<string> {
  return (JSON.parse(await readFile(deviceFile(folder), 'utf8')) as { device: string }).device;
}

/** A story server and a scratch folder for one test file: started with `people` (name: password) signed up. */
export async function startStoryServer(
  prefix: string,
  people: Record<string, string>,
): Promise<{ couch: CouchServer; root: string }> {
  const couch = await startCouch();
  const root = await mkdtemp(join(tmpdir(), prefix));
  for (const [name, password] of Object.entries(people)) await couch.createUser(name, password);
  return { couch, root };
}

/** Stops what startStoryServer started and removes the scratch folder. */
export async function stopStoryServer(couch: CouchServer | undefined, root: string | undefined): Promise<void> {
  await couch?.stop();
  if (root) await rm(root, { recursive: true, force: true });
}

/** Whether a shared project has sent and received everything (synced, nothing pending). */
export async function isSynced(h: Handlers, projectId: string): Promise<boolean> {
  const s = value(await h.getSyncState({ projectId })).state;
  return s?.phase === 'synced' && s.pending === 0;
}

/**
 * Ann shares her project with the team (ann and bob, passwords ann-pw and bob-pw) and, once all of it is on the
 * server, Bob opens it in `bobFolder` (sharing answers once the story is on its way, not once it has arrived).
 */
export async function shareWithBob(
  couch: CouchServer,
  ann: Handlers,
  projectId: string,
  bob: Handlers,
  bobFolder: string,
): Promise<{ storyId: string; bobId: string }> {
  const storyId = ann.sessionOf(projectId)!.doc.id;
  value(await prepareStoryDatabase(couch.adminFetch, storyDatabaseName(storyId), ['ann', 'bob']));
  value(await ann.shareProject({ projectId, serverUrl: couch.url, user: 'ann', password: 'ann-pw' }));
  await until('the story is on the server', () => isSynced(ann, projectId));
  const opened = await bob.openSharedStory({
    serverUrl: couch.url,
    user: 'bob',
    password: 'bob-pw',
    storyId,
    folder: bobFolder,
  });
  return { storyId, bobId: value(opened).projectId };
}
