// Handlers for shared stories (issue 16): share an open project on the newsroom's story server, list and open the
// stories shared there, the sync state, deciding a claim that needs review, and stopping. The bridge and replica do
// the syncing (electron/sync); this is the door the window, the harness and the command line share. Where a project
// is shared from is kept in its folder (sync/share.json: server, person, database), so it resumes when opened again
// with the kept session cookie; the password is used once to sign in and forgotten.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { FactdeskError, valueOf } from '../../shared/api/result';
import type { SyncStatusView, SharedStoryView } from '../../shared/api/sync';
import type { ProjectView } from '../../shared/api/views';
import { createProjectFolder } from '../storage/create-project';
import type { StoryBridge } from '../sync/bridge';
import { CouchSession, CouchSignInError, serverName, signIn } from '../sync/couch-session';
import { MemoryCookieStore } from '../sync/cookie-store';
import { shareProject } from '../sync/share';
import { prepareStoryDatabase, storyDatabaseName } from '../sync/story-database';
import type { HandlerContext, Impl } from './handler-context';

type SyncMethods =
  'shareProject' | 'listSharedStories' | 'openSharedStory' | 'getSyncState' | 'decideReview' | 'stopSharing';

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

function shareFile(folder: string): string {
  return join(folder, 'sync', 'share.json');
}

async function readShare(folder: string): Promise<ShareConfig | null> {
  try {
    return shareFileSchema.parse(JSON.parse(await readFile(shareFile(folder), 'utf8')));
  } catch {
    return null;
  }
}

/** The sync part of the handlers; `open` opens a project folder as openProject does and gives its view. */
export function syncMethods(ctx: HandlerContext, open: (folder: string) => Promise<ProjectView>) {
  const running = new Map<string, Running>();
  const cookies = ctx.deps.sync?.cookies ?? new MemoryCookieStore();

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

  function unreachable(serverUrl: string, error: unknown): FactdeskError {
    return new FactdeskError(
      'server-unreachable',
      `The newsroom's story server at ${serverName(serverUrl)} could not be reached (${(error as Error).message}).`,
    );
  }

  /** A signed-in session: with the password when given, else the kept cookie, else the process's password. */
  async function sessionFor(serverUrl: string, user: string, password: string | undefined): Promise<CouchSession> {
    const url = serverUrl.replace(/\/$/, '');
    let couch: CouchSession | null = null;
    const fresh = async (pw: string) => {
      try {
        return await signIn(url, user, pw);
      } catch (error) {
        if (error instanceof CouchSignInError) {
          throw new FactdeskError(error.code === 'refused' ? 'sign-in-refused' : 'server-unreachable', error.message);
        }
        throw error;
      }
    };
    if (password) couch = await fresh(password);
    else {
      const kept = await cookies.load(url, user);
      if (kept) {
        const candidate = new CouchSession(url, user, kept);
        const valid = await candidate.check().catch((error: unknown) => {
          throw unreachable(url, error);
        });
        if (valid) couch = candidate;
        else await cookies.forget(url, user);
      }
      if (!couch) {
        const fromEnv = cookies.password();
        if (!fromEnv) {
          throw new FactdeskError(
            'sign-in-refused',
            `Sign in to the story server at ${serverName(url)} as ${user} with the password (the command line reads it from FACTDESK_SYNC_PASSWORD).`,
          );
        }
        couch = await fresh(fromEnv);
      }
    }
    const signedIn = couch;
    await cookies.save(url, user, signedIn.cookie);
    signedIn.onRenew((cookie) => void cookies.save(url, user, cookie));
    return signedIn;
  }

  async function get(couch: CouchSession, path: string): Promise<Response> {
    try {
      return await couch.fetch(`${couch.serverUrl}${path}`, { headers: [['accept', 'application/json']] });
    } catch (error) {
      throw unreachable(couch.serverUrl, error);
    }
  }

  async function isAdmin(couch: CouchSession): Promise<boolean> {
    const body = (await (await get(couch, '/_session')).json()) as { userCtx?: { roles?: string[] } };
    return body.userCtx?.roles?.includes('_admin') ?? false;
  }

  /** Makes sure the story's database is there and open to this person: prepared when they are a server admin. */
  async function ensureDatabase(couch: CouchSession, database: string, members: string[]): Promise<void> {
    const host = serverName(couch.serverUrl);
    if (await isAdmin(couch)) {
      const admin = (path: string, init: RequestInit = {}) =>
        couch.fetch(`${couch.serverUrl}${path}`, {
          method: init.method ?? 'GET',
          headers: [
            ['content-type', 'application/json'],
            ['accept', 'application/json'],
          ],
          body: init.body,
        });
      // Members already given access stay members.
      const security = await admin(`/${database}/_security`);
      const existing = security.ok
        ? (((await security.json()) as { members?: { names?: string[] } }).members?.names ?? [])
        : [];
      try {
        await prepareStoryDatabase(admin, database, [...new Set([...existing, ...members])]);
      } catch (error) {
        throw new FactdeskError(
          'io-error',
          `The story database could not be prepared on ${host}: ${(error as Error).message}`,
        );
      }
      return;
    }
    const reply = await get(couch, `/${database}`);
    if (reply.ok) return;
    if (reply.status === 404) {
      throw new FactdeskError(
        'needs-server-admin',
        `The story database ${database} is not on ${host} yet, and ${couch.name} may not create it: a server admin must share this story first, or prepare that database with ${couch.name} as a member.`,
      );
    }
    throw new FactdeskError(
      'needs-server-admin',
      `${couch.name} is not a member of the story database ${database} on ${host}: a server admin must add them.`,
    );
  }

  async function start(projectId: string, couch: CouchSession, config: ShareConfig, joining: boolean) {
    const session = ctx.session(projectId);
    const name = await ctx.userName();
    const bridge = await shareProject({
      session,
      couch,
      device: ctx.deps.identity.host,
      user: () => name,
      now: ctx.deps.now,
      joining,
      ...(ctx.deps.sync?.retryMs !== undefined ? { retryMs: ctx.deps.sync.retryMs } : {}),
    });
    running.set(projectId, { bridge, couch, config });
    bridge.events.on('state', () => ctx.deps.emit('syncState', statusOf(projectId)));
    // Folded changes from the others reach the window as any other change does.
    session.onChange(() => {
      if (running.get(projectId)?.bridge === bridge) ctx.deps.emit('projectChanged', { view: ctx.view(projectId) });
    });
    await mkdir(join(session.paths.folder, 'sync'), { recursive: true });
    await writeFile(shareFile(session.paths.folder), JSON.stringify(config, null, 2));
  }

  function sharedOrRefuse(projectId: string): Running {
    ctx.session(projectId);
    const r = running.get(projectId);
    if (!r) {
      throw new FactdeskError(
        'not-shared',
        'This project is not syncing with the newsroom: share it, or open it again to sign in.',
      );
    }
    return r;
  }

  async function stop(projectId: string): Promise<void> {
    const r = running.get(projectId);
    if (!r) return;
    running.delete(projectId);
    await r.bridge.stop();
  }

  /** How many story documents the server holds (design documents are the server's own, never pulled as story). */
  async function storyDocCount(couch: CouchSession, database: string): Promise<number> {
    const reply = await get(couch, `/${database}/_all_docs`);
    if (!reply.ok) return 0;
    const rows = ((await reply.json()) as { rows?: { id: string }[] }).rows ?? [];
    return rows.filter((r) => !r.id.startsWith('_design/')).length;
  }

  /**
   * Waits until the bridge has pulled at least the `expected` documents the server held when the story was opened
   * and says it is synced, then folds them in; refuses with the state's words when signed out or out of time.
   */
  async function firstPull(bridge: StoryBridge, expected: number): Promise<void> {
    const end = Date.now() + FIRST_PULL_MS;
    for (;;) {
      const s = bridge.state;
      if (s.phase === 'signed-out') throw new FactdeskError('sign-in-refused', s.message ?? 'Signed out.');
      if (s.phase === 'synced' && bridge.documents().length >= expected) break;
      if (Date.now() > end) {
        throw new FactdeskError('server-unreachable', s.message ?? 'The story did not arrive in time; try again.');
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    await bridge.settle();
  }

  const methods: Impl<SyncMethods> = {
    shareProject: async ({ projectId, serverUrl, user, password, members }) => {
      const session = ctx.session(projectId);
      if (session.readOnly) {
        throw new FactdeskError('read-only', 'This project is open read-only here, so it cannot be shared from here.');
      }
      if (running.has(projectId)) return statusOf(projectId);
      const couch = await sessionFor(serverUrl, user, password);
      const database = storyDatabaseName(session.doc.id);
      await ensureDatabase(couch, database, [couch.name, ...(members ?? [])]);
      await start(projectId, couch, { serverUrl: couch.serverUrl, user: couch.name, database }, false);
      return statusOf(projectId);
    },
    listSharedStories: async ({ serverUrl, user, password }) => {
      const couch = await sessionFor(serverUrl, user, password);
      const all = await get(couch, '/_all_dbs');
      if (!all.ok) {
        throw new FactdeskError(
          'needs-server-admin',
          `The story server at ${serverName(couch.serverUrl)} does not list its databases to ${couch.name}: ask a server admin for the story's id and open it by that.`,
        );
      }
      const names = ((await all.json()) as string[]).filter((n) => n.startsWith(STORY_PREFIX));
      const stories: SharedStoryView[] = [];
      for (const database of names) {
        const project = await get(couch, `/${database}/project`);
        // Databases this person is not a member of are not theirs to open.
        if (project.status === 401 || project.status === 403) continue;
        const title = project.ok ? (((await project.json()) as { title?: string }).title ?? '') : '';
        const info = await get(couch, `/${database}/_all_docs?startkey=%22claim%3A%22&endkey=%22claim%3A%EF%BF%B0%22`);
        const claims = info.ok ? (((await info.json()) as { rows?: unknown[] }).rows?.length ?? 0) : 0;
        stories.push({ storyId: database.slice(STORY_PREFIX.length), database, title, claims });
      }
      stories.sort((a, b) => a.title.localeCompare(b.title) || a.storyId.localeCompare(b.storyId));
      return { stories };
    },
    openSharedStory: async ({ serverUrl, user, password, storyId, folder }) => {
      const couch = await sessionFor(serverUrl, user, password);
      const database = storyDatabaseName(storyId);
      const reply = await get(couch, `/${database}`);
      if (reply.status === 404) {
        throw new FactdeskError(
          'not-found',
          `There is no shared story ${storyId} on the story server at ${serverName(couch.serverUrl)}.`,
        );
      }
      if (!reply.ok) {
        throw new FactdeskError(
          'needs-server-admin',
          `${couch.name} is not a member of the story ${storyId} on ${serverName(couch.serverUrl)}: a server admin must add them.`,
        );
      }
      const expected = await storyDocCount(couch, database);
      const paths = valueOf(await createProjectFolder(folder, { id: storyId, title: '', now: ctx.deps.now() }));
      const { projectId } = await open(paths.folder);
      await start(projectId, couch, { serverUrl: couch.serverUrl, user: couch.name, database }, true);
      await firstPull(running.get(projectId)!.bridge, expected);
      return ctx.changed(projectId);
    },
    getSyncState: async ({ projectId }) => {
      const session = ctx.session(projectId);
      if (running.has(projectId)) return statusOf(projectId);
      const config = await readShare(session.paths.folder);
      if (!config || session.readOnly) return statusOf(projectId, config);
      // A shared project opened again: it resumes with the kept cookie (or the process's password).
      try {
        const couch = await sessionFor(config.serverUrl, config.user, undefined);
        await start(projectId, couch, config, false);
        return statusOf(projectId);
      } catch (error) {
        if (!(error instanceof FactdeskError)) throw error;
        return {
          ...statusOf(projectId, config),
          state: {
            phase: error.code === 'server-unreachable' ? 'offline' : 'signed-out',
            pending: 0,
            offlineSince: error.code === 'server-unreachable' ? ctx.deps.now() : null,
            conflicts: session.doc.claims.filter((c) => (c.review?.events.length ?? 0) > 1).length,
            message: error.message,
          },
        };
      }
    },
    decideReview: async ({ projectId, claimId, status }) => {
      const r = sharedOrRefuse(projectId);
      const session = ctx.session(projectId);
      const claim = session.doc.claims.find((c) => c.id === claimId);
      if (!claim) throw new FactdeskError('not-found', 'That claim is no longer in the story.');
      if ((claim.review?.events.length ?? 0) < 2) {
        throw new FactdeskError('invalid-input', 'That claim does not need review: someone has already decided it.');
      }
      if (!session.doc.settings.statuses.some((s) => s.id === status)) {
        throw new FactdeskError('invalid-input', `"${status}" is not a status of this project.`);
      }
      r.bridge.decide(claimId, status);
      await r.bridge.settle();
      await ctx.record(projectId, 'claim.changed', { status, decided: true }, claimId);
      return ctx.changed(projectId);
    },
    stopSharing: async ({ projectId }) => {
      const session = ctx.session(projectId);
      await stop(projectId);
      await rm(shareFile(session.paths.folder), { force: true });
      return statusOf(projectId, null);
    },
  };

  return {
    methods,
    /** Stops syncing a project before it closes. */
    stop,
    async stopAll(): Promise<void> {
      await Promise.allSettled([...running.keys()].map((id) => stop(id)));
    },
    /** The bridge of a shared project (tests wait on it). */
    bridgeOf: (projectId: string): StoryBridge | null => running.get(projectId)?.bridge ?? null,
  };
}
