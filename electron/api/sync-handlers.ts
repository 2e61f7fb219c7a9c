// Handlers for shared stories (issue 16): share an open project on the newsroom's story server, list and open the
// stories shared there, the sync state, deciding a claim that needs review, and stopping. The bridge and replica do
// the syncing (electron/sync); this is the door the window, the harness and the command line share. Where a project
// is shared from is kept in its folder (sync/share.json: server, person, database), so it resumes with the kept
// session cookie when the window opens it again (resumeSync; reading the state never starts anything); the password is used once to sign in and forgotten. The story server and the replica
// answer Result values (electron/sync words what fetch and PouchDB throw), so every refusal here is passed on as it is.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { SyncStateView, SyncStatusView, SharedStoryView } from '../../shared/api/sync';
import type { ProjectView } from '../../shared/api/views';
import type { SourceStory } from './source-handlers';
import type { NewsroomCa } from '../sync/story-fetch';
import { createProjectFolder } from '../storage/create-project';
import type { StoryBridge } from '../sync/bridge';
import type { ProjectSession } from '../storage/project-session';
import type { CouchSession } from '../sync/couch-session';
import { serverName } from '../sync/couch-session';
import { storyServer } from '../sync/story-server';
import { MemoryCookieStore } from '../sync/cookie-store';
import { shareProject } from '../sync/share';
import { readStoryLog } from '../sync/story-log';
import type { StoredEntry } from '../../shared/log/device-chains';
import { storedEntries } from '../../shared/sync/device-log';
import { missingDocuments } from '../../shared/sync/first-pull';
import { storyDatabaseName } from '../sync/story-database';
import { folderDevice, readFolderDevice } from '../sync/device-id';
import type { HandlerContext, Impl } from './handler-context';
import { folderRestoreRefusal, shareFile, sharedStoryRefusal } from '../sync/rebuild';

type SyncMethods =
  | 'shareProject'
  | 'listSharedStories'
  | 'openSharedStory'
  | 'getSyncState'
  | 'resumeSync'
  | 'decideReview'
  | 'stopSharing';

const STORY_PREFIX = 'factdesk-story-';
/** How long opening a shared story waits for its first full pull before it gives up with a sentence. */
const FIRST_PULL_MS = 180_000;

const shareFileSchema = z.object({ serverUrl: z.string(), user: z.string(), database: z.string() });
type ShareConfig = z.infer<typeof shareFileSchema>;

interface Running {
  bridge: StoryBridge;
  couch: CouchSession;
  config: ShareConfig;
}

async function readShare(folder: string): Promise<ShareConfig | null> {
  try {
    return shareFileSchema.parse(JSON.parse(await readFile(shareFile(folder), 'utf8')));
  } catch {
    return null;
  }
}

/** The newsroom's CA file for the story server: the one chosen in Preferences, else FACTDESK_SYNC_CA's. */
const caOf = (chosen: string | null, fromEnv: string | null | undefined): NewsroomCa | null =>
  chosen ? { file: chosen, from: 'Preferences' } : fromEnv ? { file: fromEnv, from: 'FACTDESK_SYNC_CA' } : null;

/** The sync part of the handlers; `open` opens a project folder as openProject does and gives its view. */
export function syncMethods(ctx: HandlerContext, open: (folder: string) => Promise<Result<ProjectView>>) {
  const running = new Map<string, Running>();
  /** Why a shared project could not resume (offline, signed out): what getSyncState says until it does. */
  const unresumed = new Map<string, SyncStateView>();
  const { sessionFor, get, ensureDatabase, storyDocIds } = storyServer(
    ctx.deps.sync?.cookies ?? new MemoryCookieStore(),
    ctx.deps.capabilities.transport,
    async () => caOf((await ctx.settings()).get().storyServerCa, ctx.deps.sync?.caFile),
  );

  function statusOf(projectId: string, config: ShareConfig | null = null): SyncStatusView {
    const r = running.get(projectId);
    const c = r?.config ?? config;
    return {
      projectId,
      shared: c !== null,
      serverUrl: c?.serverUrl ?? null,
      user: c?.user ?? null,
      database: c?.database ?? null,
      state: r?.bridge.state ?? null,
    };
  }

  async function start(
    projectId: string,
    session: ProjectSession,
    couch: CouchSession,
    config: ShareConfig,
    joining: boolean,
  ): Promise<Result<null>> {
    const device = await folderDevice(session.paths.folder, ctx.deps.identity.host);
    if (!device.ok) return device;
    const name = await ctx.userName();
    const started = await shareProject({
      session,
      couch,
      device: device.value,
      user: () => name,
      now: ctx.deps.now,
      joining,
      ...(ctx.deps.sync?.retryMs !== undefined ? { retryMs: ctx.deps.sync.retryMs } : {}),
      ...(ctx.deps.sync?.files ? { fileLimits: ctx.deps.sync.files } : {}),
    });
    if (!started.ok) return started;
    const bridge = started.value;
    running.set(projectId, { bridge, couch, config });
    bridge.events.on('state', () => ctx.deps.emit('syncState', statusOf(projectId)));
    // Folded changes from the others reach the window as any other change does, once each: the bridge says when
    // the fold changed the project, not each time it saves its own bookkeeping (the handlers announce their changes).
    bridge.events.on('changed', () => {
      if (running.get(projectId)?.bridge !== bridge) return;
      const view = ctx.view(projectId);
      if (view.ok) ctx.deps.emit('projectChanged', { view: view.value });
    });
    await mkdir(join(session.paths.folder, 'sync'), { recursive: true });
    await writeFile(shareFile(session.paths.folder), JSON.stringify(config, null, 2));
    return ok(null);
  }

  function sharedOrRefuse(projectId: string): Result<Running> {
    const session = ctx.session(projectId);
    if (!session.ok) return session;
    const r = running.get(projectId);
    if (!r)
      return fail(
        'not-shared',
        'This project is not syncing with the newsroom: share it, or open it again to sign in.',
      );
    return ok(r);
  }

  async function stop(projectId: string): Promise<void> {
    unresumed.delete(projectId);
    const r = running.get(projectId);
    if (!r) return;
    running.delete(projectId);
    await r.bridge.stop();
  }

  /**
   * Waits until the bridge holds every document the server held when the story was opened (`expected`, by id: the
   * entries this device writes to its own log meanwhile are no stand-in for the story's title or claims) and says
   * it is synced, then folds them in, so the story opens whole, with its title; refuses with the state's words when
   * signed out or out of time.
   */
  async function firstPull(bridge: StoryBridge, expected: readonly string[]): Promise<Result<null>> {
    const end = Date.now() + FIRST_PULL_MS;
    for (;;) {
      const s = bridge.state;
      if (s.phase === 'signed-out') return fail('sign-in-refused', s.message ?? 'Signed out.');
      if (s.phase === 'synced' && missingDocuments(expected, bridge.documents()).length === 0) break;
      if (Date.now() > end) {
        return fail('server-unreachable', s.message ?? 'The story did not arrive in time; try again.');
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    await bridge.settle();
    return ok(null);
  }

  const methods: Impl<SyncMethods> = {
    shareProject: async ({ projectId, serverUrl, user, password, members }) => {
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      if (session.value.readOnly) {
        return fail('read-only', 'This project is open read-only here, so it cannot be shared from here.');
      }
      if (running.has(projectId)) return ok(statusOf(projectId));
      const couch = await sessionFor(serverUrl, user, password);
      if (!couch.ok) return couch;
      const database = storyDatabaseName(session.value.doc.id);
      const ready = await ensureDatabase(couch.value, database, [couch.value.name, ...(members ?? [])]);
      if (!ready.ok) return ready;
      const config = { serverUrl: couch.value.serverUrl, user: couch.value.name, database };
      const started = await start(projectId, session.value, couch.value, config, false);
      if (!started.ok) return started;
      // The window's sync line shows the state from now on, whether or not the bridge has moved yet.
      ctx.deps.emit('syncState', statusOf(projectId));
      return ok(statusOf(projectId));
    },
    listSharedStories: async ({ serverUrl, user, password }) => {
      const signedIn = await sessionFor(serverUrl, user, password);
      if (!signedIn.ok) return signedIn;
      const couch = signedIn.value;
      const all = await get(couch, '/_all_dbs');
      if (!all.ok) return all;
      if (!all.value.ok) {
        return fail(
          'needs-server-admin',
          `The story server at ${serverName(couch.serverUrl)} does not list its databases to ${couch.name}: ask a server admin for the story's id and open it by that.`,
        );
      }
      const listed = Array.isArray(all.value.body) ? (all.value.body as unknown[]) : [];
      const names = listed.filter((n): n is string => typeof n === 'string' && n.startsWith(STORY_PREFIX));
      const stories: SharedStoryView[] = [];
      for (const database of names) {
        const project = await get(couch, `/${database}/project`);
        if (!project.ok) return project;
        // Databases this person is not a member of are not theirs to open.
        if (project.value.status === 401 || project.value.status === 403) continue;
        const title = project.value.ok ? ((project.value.body as { title?: string } | null)?.title ?? '') : '';
        const info = await get(couch, `/${database}/_all_docs?startkey=%22claim%3A%22&endkey=%22claim%3A%EF%BF%B0%22`);
        if (!info.ok) return info;
        const claims = info.value.ok ? ((info.value.body as { rows?: unknown[] } | null)?.rows?.length ?? 0) : 0;
        stories.push({ storyId: database.slice(STORY_PREFIX.length), database, title, claims });
      }
      stories.sort((a, b) => a.title.localeCompare(b.title) || a.storyId.localeCompare(b.storyId));
      return ok({ stories });
    },
    openSharedStory: async ({ serverUrl, user, password, storyId, folder }) => {
      const signedIn = await sessionFor(serverUrl, user, password);
      if (!signedIn.ok) return signedIn;
      const couch = signedIn.value;
      const database = storyDatabaseName(storyId);
      const reply = await get(couch, `/${database}`);
      if (!reply.ok) return reply;
      if (reply.value.status === 404) {
        return fail(
          'not-found',
          `There is no shared story ${storyId} on the story server at ${serverName(couch.serverUrl)}.`,
        );
      }
      if (!reply.value.ok) {
        return fail(
          'needs-server-admin',
          `${couch.name} is not a member of the story ${storyId} on ${serverName(couch.serverUrl)}: a server admin must add them.`,
        );
      }
      const expected = await storyDocIds(couch, database);
      if (!expected.ok) return expected;
      const paths = await createProjectFolder(folder, { id: storyId, title: '', now: ctx.deps.now() });
      if (!paths.ok) return paths;
      const opened = await open(paths.value.folder);
      if (!opened.ok) return opened;
      const { projectId } = opened.value;
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      const config = { serverUrl: couch.serverUrl, user: couch.name, database };
      const started = await start(projectId, session.value, couch, config, true);
      if (!started.ok) return started;
      const pulled = await firstPull(running.get(projectId)!.bridge, expected.value);
      if (!pulled.ok) return pulled;
      return ctx.changed(projectId);
    },
    getSyncState: async ({ projectId }) => {
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      if (running.has(projectId)) return ok(statusOf(projectId));
      const config = await readShare(session.value.paths.folder);
      const status = statusOf(projectId, config);
      const left = unresumed.get(projectId);
      return ok(config && left ? { ...status, state: left } : status);
    },
    resumeSync: async ({ projectId }) => {
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      // Syncing that stopped because the person was off the story's team starts again: they may be back on it.
      const current = running.get(projectId);
      if (current && current.bridge.state.phase !== 'no-access') return ok(statusOf(projectId));
      if (current) await stop(projectId);
      const config = await readShare(session.value.paths.folder);
      if (!config || session.value.readOnly) return ok(statusOf(projectId, config));
      // A shared project opened again: it resumes with the kept cookie (or the process's password).
      const couch = await sessionFor(config.serverUrl, config.user, undefined);
      if (couch.ok) {
        const started = await start(projectId, session.value, couch.value, config, false);
        if (!started.ok) return started;
        unresumed.delete(projectId);
        return ok(statusOf(projectId));
      }
      const offline = couch.error.code === 'server-unreachable';
      const state: SyncStateView = {
        phase: offline ? 'offline' : 'signed-out',
        pending: 0,
        offlineSince: offline ? ctx.deps.now() : null,
        conflicts: session.value.doc.claims.filter((c) => (c.review?.events.length ?? 0) > 1).length,
        message: couch.error.message,
        files: [],
        arriving: 0,
      };
      unresumed.set(projectId, state);
      return ok({ ...statusOf(projectId, config), state });
    },
    decideReview: async ({ projectId, claimId, status }) => {
      const r = sharedOrRefuse(projectId);
      if (!r.ok) return r;
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      const doc = session.value.doc;
      const claim = doc.claims.find((c) => c.id === claimId);
      if (!claim) return fail('not-found', 'That claim is no longer in the story.');
      if ((claim.review?.events.length ?? 0) < 2) {
        return fail('invalid-input', 'That claim does not need review: someone has already decided it.');
      }
      if (!doc.settings.statuses.some((s) => s.id === status)) {
        return fail('invalid-input', `"${status}" is not a status of this project.`);
      }
      const decided = r.value.bridge.decide(claimId, status);
      if (!decided.ok) return decided;
      await r.value.bridge.settle();
      const recorded = await ctx.record(projectId, 'claim.changed', { status, decided: true }, claimId);
      if (!recorded.ok) return recorded;
      return ctx.changed(projectId);
    },
    stopSharing: async ({ projectId }) => {
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      await stop(projectId);
      await rm(shareFile(session.value.paths.folder), { force: true });
      ctx.deps.emit('syncState', statusOf(projectId, null));
      return ok(statusOf(projectId, null));
    },
  };

  return {
    methods,
    /** Stops syncing a project before it closes. */
    stop,
    async stopAll(): Promise<void> {
      await Promise.allSettled([...running.keys()].map((id) => stop(id)));
    },
    /**
     * Every device's log entries of a shared project as its replica holds them, or null when the project is not
     * shared here: read from the running bridge, else from the replica in the folder (refused when another
     * Factdesk has it open).
     */
    async storyLog(projectId: string): Promise<Result<StoredEntry[] | null>> {
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      const r = running.get(projectId);
      if (r) return ok(storedEntries(r.bridge.documents()));
      if (!(await readShare(session.value.paths.folder))) return ok(null);
      return readStoryLog(session.value.paths.folder);
    },
    /**
     * The device this project folder syncs its story as (device-id.ts): the running bridge's, else the one kept in the
     * folder, else (never synced, or its device file unreadable) the computer's name.
     */
    async deviceOf(projectId: string): Promise<string> {
      const host = ctx.deps.identity.host;
      const r = running.get(projectId);
      if (r) return r.bridge.device;
      const session = ctx.session(projectId);
      if (!session.ok) return host;
      const kept = await readFolderDevice(session.value.paths.folder, host);
      return kept.ok && kept.value !== null ? kept.value : host;
    },
    /**
     * Refuses to restore a backup in a folder that syncs a shared story (it holds the story's replica, shared now or
     * before): the fold of the story's documents would undo the restore at once, and the backup's older activity log
     * would fork this device's chain, which the others and the server already hold.
     */
    restoreRefusal(projectId: string, backup: string): Result<null> {
      const session = ctx.session(projectId);
      if (!session.ok) return session;
      const reason = this.restoreRefusalReason(projectId);
      return reason === null ? ok(null) : fail('shared-story', `${backup} was not restored: ${reason}`);
    },
    /**
     * Why no backup restores in this project's folder, in the words restoreRefusal answers after "<backup> was not
     * restored: " (the Backups dialog shows it before anyone tries); null where a backup may be restored.
     */
    restoreRefusalReason(projectId: string): string | null {
      const session = ctx.session(projectId);
      if (!session.ok) return null;
      return running.has(projectId)
        ? sharedStoryRefusal(session.value.paths.folder)
        : folderRestoreRefusal(session.value.paths.folder);
    },
    /** What the source handlers ask of a project's story: its files still arriving, and whether it is shared. */
    sourceStory: {
      arriving: (projectId, names) =>
        names.length > 0 ? (running.get(projectId)?.bridge.files.arrivingSentences(names) ?? []) : [],
      shared: (projectId) => {
        const session = ctx.session(projectId);
        return session.ok && (running.has(projectId) || folderRestoreRefusal(session.value.paths.folder) !== null);
      },
    } satisfies SourceStory,
    /** The bridge of a shared project (tests wait on it). */
    bridgeOf: (projectId: string): StoryBridge | null => running.get(projectId)?.bridge ?? null,
  };
}
