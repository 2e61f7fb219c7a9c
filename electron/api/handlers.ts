// createHandlers(deps): the plain-Node implementation of the Api. The app (IPC), the browser harness (HTTP), the CLI
// and the tests all call this same table.
import { realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { JsonValue } from '../../shared/log/canonical-json';
import type { Result } from '../../shared/api/result';
import { failureOf } from './validated-call';
import type { Api, MethodName } from '../../shared/api/contract';
import type { AppInfo, ProjectView } from '../../shared/api/views';
import { RESTORE_ACTION, headOf } from '../../shared/log/log-head';
import { isSafeExternalUrl } from '../security/external-url';
import { createProjectFolder } from '../storage/create-project';
import { listFolders, suggestProjectFolder } from '../storage/project-folders';
import { resolveProjectPath } from '../storage/project-paths';
import { recoverFromBackup } from '../storage/recover';
import { rebuildFromReplica, syncsStory } from '../sync/rebuild';
import type { ProjectPaths } from '../storage/project-paths';
import { ProjectSession } from '../storage/project-session';
import type { SessionOptions } from '../storage/project-session';
import { addRecent } from '../storage/settings';
import { listBackups } from '../storage/backups';
import type { HandlerDeps } from './deps';
import { applyClaimChange, applyMark, deleteClaimFrom } from '../../shared/edits/project-edits';
import { deskMethods } from './desk-handlers';
import { draftMethods } from './draft-handlers';
import { exportMethods } from './export-handlers';
import { linkMethods } from './link-handlers';
import { quoteCheckMethods } from './quote-check-handlers';
import { LiveIndexes, SearchCorpus, searchMethods } from './search-handlers';
import { SourceCatalog } from './source-catalog';
import { EnvSecretStore } from '../storage/secret-store';
import { NewsroomLink, newsroomMethods } from './newsroom-handlers';
import type { NewsroomApi } from './newsroom-handlers';
import { sourceMethods } from './source-handlers';
import { syncMethods } from './sync-handlers';
import { folderRestoreRefusal } from '../sync/rebuild';
import { HandlerContext } from './handler-context';
import { checkShowInFolder } from './show-in-folder';
import { savePreferences } from './preferences';
import type { Impl } from './handler-context';
import type { RecordingLookup } from './media-range';
import type { StoryBridge } from '../sync/bridge';

export type Handlers = Api & {
  /** Closes every open project (pending saves written, locks released). Used on quit. */
  closeAll(): Promise<void>;
  /** The recording a source of an open project references (for the /media/ server); null when there is none. */
  recordingOf: RecordingLookup;
  /** The session of an open project, or null: a shared story's sync bridge attaches to it (electron/sync). */
  sessionOf(projectId: string): ProjectSession | null;
  /** The sync bridge of a shared project, or null (tests wait on its state). */
  bridgeOf(projectId: string): StoryBridge | null;
};

/**
 * The one catch around the handlers: refusals are already Result values; an unexpected exception (a bug, a failing
 * disk) is answered 'internal' with a sentence naming the method (failureOf), so nothing is thrown across a transport.
 */
function asResults<K extends MethodName>(impl: Impl<K>): Pick<Api, K> {
  const api = {} as Record<MethodName, (input: never) => Promise<Result<unknown>>>;
  for (const name of Object.keys(impl) as K[]) {
    api[name] = async (input: never) => {
      try {
        return await (impl[name] as (i: never) => Promise<Result<unknown>>)(input);
      } catch (error) {
        return failureOf(name, error);
      }
    };
  }
  return api as unknown as Pick<Api, K>;
}

/** Creates the handler table over the given collaborators. */
export function createHandlers(deps: HandlerDeps, sessionTuning: Partial<SessionOptions> = {}): Handlers {
  const ctx = new HandlerContext(deps);
  const catalog = new SourceCatalog(ctx);
  const corpus = new SearchCorpus(ctx, catalog);
  const indexes = new LiveIndexes(ctx, corpus);
  const quoteChecks = quoteCheckMethods(ctx, corpus);
  // The newsroom's shared library, when one is configured (FACTDESK_LIBRARY_URL, else Preferences): searched beside
  // the local one; a short connect timeout keeps an unreachable server from holding a search back for long.
  const newsroom = new NewsroomLink(ctx, deps.secrets ?? new EnvSecretStore({}), deps.newsroom ?? null, {
    connectTimeoutMs: 2000,
    queryTimeoutMs: 10_000,
  });
  const { sessions } = ctx;
  const settings = () => ctx.settings();
  const userName = () => ctx.userName();
  const session = (projectId: string) => ctx.session(projectId);
  const view = (projectId: string) => ctx.view(projectId);
  const changed = (projectId: string) => ctx.changed(projectId);
  const homeDir = () => deps.homeDir ?? homedir();
  const projectsFolder = () => join(deps.documentsDir ?? join(homeDir(), 'Documents'), 'Factdesk');

  const sync = syncMethods(ctx, (folder) => open(folder, {}));

  async function appInfo(): Promise<AppInfo> {
    const s = (await settings()).get();
    return {
      version: deps.appVersion,
      userName: s.userName || deps.identity.user,
      theme: s.theme,
      suggestionShare: s.suggestionShare,
      storyServerCa: s.storyServerCa,
      recent: s.recent,
      capabilities: deps.capabilities,
      dataDir: deps.dataDir,
    };
  }

  async function open(
    pathInput: string,
    options: { readOnly?: boolean; takeOverStaleLock?: boolean },
  ): Promise<Result<ProjectView>> {
    const resolved = await resolveProjectPath(pathInput);
    if (!resolved.ok) return resolved;
    const paths = resolved.value;
    const real = await realpath(paths.folder).catch(() => paths.folder);
    for (const [id, s] of sessions) {
      if ((await realpath(s.paths.folder).catch(() => s.paths.folder)) === real) return view(id);
    }
    const projectId = deps.newId();
    const opened = await ProjectSession.open(
      paths,
      {
        now: deps.now,
        identity: deps.identity,
        ...sessionTuning,
        onSaveState: (saveState) => deps.emit('saveState', { projectId, saveState }),
        onExternalChange: (message) => deps.emit('externalChange', { projectId, message }),
      },
      options,
    );
    if (!opened.ok) return opened;
    const s = opened.value;
    sessions.set(projectId, s);
    if (s.tookOver) {
      const { from, reason } = s.tookOver;
      const recorded = await ctx.record(projectId, 'lock.taken-over', {
        reason,
        user: from.user,
        host: from.host,
        pid: from.pid,
        since: from.acquiredAt,
        lastSeen: from.heartbeatAt,
      });
      if (!recorded.ok) return recorded;
    }
    if (deps.rememberRecent !== false) {
      const store = await settings();
      await store.update((st) => ({
        ...st,
        recent: addRecent(st.recent, { path: paths.folder, title: s.doc.title, openedAt: deps.now() }),
      }));
    }
    return view(projectId);
  }

  /**
   * recoverProject in a folder that syncs a shared story: rebuilt from the replica (sync/rebuild.ts), the
   * way back that keeps what the team has and this device's chain of the log; a backup named here is refused.
   */
  async function recoverSharedStory(
    paths: ProjectPaths,
    name: string | undefined,
  ): Promise<Result<{ view: ProjectView; restoredFrom: null; keptAs: string | null }>> {
    if (name) {
      return fail(
        'shared-story',
        `${name} was not restored: ${paths.folder} holds a shared story, so its project file is rebuilt from the story's replica instead; recover it without naming a backup.`,
      );
    }
    const rebuilt = await rebuildFromReplica(paths, deps.identity, deps.now());
    if (!rebuilt.ok) return rebuilt;
    const { keptAs } = rebuilt.value;
    // Recorded as a restore, so that verify-log takes an entry a backup recorded but the replica never got for a
    // recovery, not a rollback.
    const v = await openRecovered(
      paths.folder,
      { fromStory: true, keptAs },
      "Rebuilt the project from the shared story's copy on this computer; it catches up with the team when it syncs." +
        (keptAs ? ` The damaged file was kept as ${keptAs}.` : ''),
    );
    return v.ok ? ok({ view: v.value, restoredFrom: null, keptAs }) : v;
  }

  /** Opens a project file just put back (from a backup or a story's replica), records how, and says so in the window. */
  async function openRecovered(
    folder: string,
    how: Record<string, JsonValue>,
    notice: string,
  ): Promise<Result<ProjectView>> {
    const opened = await open(folder, {});
    if (!opened.ok) return opened;
    const { projectId } = opened.value;
    const recorded = await ctx.record(projectId, RESTORE_ACTION, { ...how, replacedUnreadableFile: true });
    if (!recorded.ok) return recorded;
    const s = session(projectId);
    if (!s.ok) return s;
    s.value.notices.push(notice);
    return view(projectId);
  }

  const impl: Impl<Exclude<MethodName, keyof NewsroomApi>> = {
    getAppInfo: async () => ok(await appInfo()),
    updatePreferences: async (input) => {
      const saved = await savePreferences(await settings(), input);
      return saved.ok ? ok(await appInfo()) : saved;
    },
    removeRecent: async ({ path }) => {
      const store = await settings();
      await store.update((s) => ({ ...s, recent: s.recent.filter((r) => r.path !== path) }));
      return ok(await appInfo());
    },
    pickFolder: async ({ purpose }) => {
      if (!deps.dialogs) {
        return fail('no-native-dialog', 'This window cannot show a folder picker: type the folder path instead.');
      }
      // The native picker starts in Documents/Factdesk, or in Documents before the first project made that folder.
      const start = existsSync(projectsFolder()) ? projectsFolder() : dirname(projectsFolder());
      const picked = await deps.dialogs.pickFolder(purpose, purpose === 'new' ? start : undefined);
      if (!picked) return fail('cancelled', 'No folder was chosen.');
      return ok({ path: picked });
    },
    suggestProjectFolder: async ({ title, parent }) => {
      const path = await suggestProjectFolder(parent ?? projectsFolder(), title);
      return path.ok ? ok({ path: path.value }) : path;
    },
    listFolders: async ({ path }) => listFolders(path ?? homeDir(), homeDir()),
    createProject: async ({ folder, title }) => {
      const paths = await createProjectFolder(folder, { id: deps.newId(), title, now: deps.now() });
      return paths.ok ? open(paths.value.folder, {}) : paths;
    },
    openProject: async ({ path, readOnly, takeOverStaleLock }) => open(path, { readOnly, takeOverStaleLock }),
    closeProject: async ({ projectId }) => {
      const s = sessions.get(projectId);
      if (!s) return ok(null);
      await sync.stop(projectId);
      const state = await s.close();
      sessions.delete(projectId);
      if (state.state === 'error') {
        return fail('io-error', `The project was closed, but its last changes could not be saved: ${state.message}`);
      }
      return ok(null);
    },
    getProject: async ({ projectId }) => view(projectId),
    markClaim: async ({ projectId, start, end, kind, status }) => {
      const s = session(projectId);
      if (!s.ok) return s;
      const by = await userName();
      let claimId = '';
      const marked = s.value.update((doc) => {
        const result = applyMark(doc, { start, end, kind, status, by, now: deps.now(), id: deps.newId() });
        if (!result.ok) return result;
        claimId = result.value.claimId;
        return ok(result.value.doc);
      });
      if (!marked.ok) return marked;
      const recorded = await ctx.record(projectId, 'claim.created', { kind: kind ?? 'other', start, end }, claimId);
      if (!recorded.ok) return recorded;
      const v = changed(projectId);
      if (!v.ok) return v;
      const claim = v.value.claims.find((c) => c.id === claimId);
      if (!claim) return fail('internal', 'The new claim could not be found after marking it.');
      return ok({ view: v.value, claim });
    },
    updateClaim: async ({ projectId, claimId, patch }) => {
      const by = await userName();
      return ctx.change(projectId, (doc) => applyClaimChange(doc, claimId, patch, by, deps.now()), {
        action: 'claim.changed',
        details: { ...patch },
        claimId,
      });
    },
    deleteClaim: async ({ projectId, claimId }) => {
      const s = session(projectId);
      if (!s.ok) return s;
      const text = s.value.doc.claims.find((c) => c.id === claimId)?.anchor.exact ?? '';
      return ctx.change(projectId, (doc) => deleteClaimFrom(doc, claimId), {
        action: 'claim.deleted',
        details: { text },
        claimId,
      });
    },
    ...draftMethods(ctx),
    ...sourceMethods(ctx, catalog, indexes, sync.sourceStory),
    ...linkMethods(ctx, catalog),
    ...searchMethods(ctx, indexes, () => newsroom.current()),
    ...quoteChecks,
    ...deskMethods(ctx, {
      storyLog: (projectId) => sync.storyLog(projectId),
      deviceOf: (projectId) => sync.deviceOf(projectId),
    }),
    ...exportMethods(ctx, quoteChecks.checkQuotes),
    ...sync.methods,
    resolveConflict: async ({ projectId, choice }) => {
      const s = session(projectId);
      if (!s.ok) return s;
      const resolved = await s.value.resolveConflict(choice);
      return resolved.ok ? changed(projectId) : resolved;
    },
    listBackups: async (input) => {
      if (!('path' in input)) {
        const s = session(input.projectId);
        if (!s.ok) return s;
        const backups = await s.value.listBackups();
        // In a shared story each backup says up front why it will not be restored (restoreBackup still refuses).
        const refused = sync.restoreRefusalReason(input.projectId);
        return ok(refused === null ? backups : backups.map((b) => ({ ...b, restoreRefused: refused })));
      }
      const paths = await resolveProjectPath(input.path);
      if (!paths.ok) return paths;
      const backups = await listBackups(paths.value.folder);
      const refused = folderRestoreRefusal(paths.value.folder);
      return ok(refused === null ? backups : backups.map((b) => ({ ...b, restoreRefused: refused })));
    },
    recoverProject: async ({ path, name }) => {
      const paths = await resolveProjectPath(path);
      if (!paths.ok) return paths;
      if (syncsStory(paths.value.folder)) return recoverSharedStory(paths.value, name);
      const recovery = await recoverFromBackup(paths.value, deps.identity, deps.now(), name);
      if (!recovery.ok) return recovery;
      const { restoredFrom, keptAs } = recovery.value;
      const v = await openRecovered(
        paths.value.folder,
        { backup: restoredFrom.name, keptAs },
        `Restored the backup from ${restoredFrom.createdAt.slice(0, 16).replace('T', ' ')} UTC.` +
          (keptAs ? ` The damaged file was kept as ${keptAs}.` : ''),
      );
      return v.ok ? ok({ view: v.value, restoredFrom, keptAs }) : v;
    },
    restoreBackup: async ({ projectId, name }) => {
      const s = session(projectId);
      if (!s.ok) return s;
      const shared = sync.restoreRefusal(projectId, name);
      if (!shared.ok) return shared;
      const replaced = headOf(s.value.doc.activityLog);
      const restored = await s.value.restoreBackup(name);
      if (!restored.ok) return restored;
      // The log now goes back to the backup's; this entry says so, so verify-log does not take it for a rollback.
      const recorded = await ctx.record(projectId, RESTORE_ACTION, {
        backup: name,
        replacedCount: replaced.count,
        replacedHash: replaced.lastHash,
      });
      return recorded.ok ? changed(projectId) : recorded;
    },
    showInFolder: async ({ path }) => {
      if (!deps.shell) return fail('no-native-dialog', 'This window cannot open the file manager.');
      const folders = [...sessions.values()].map((s) => s.paths.folder);
      const shown = await checkShowInFolder(path, folders, ctx.exported);
      if (!shown.ok) return shown;
      deps.shell.showInFolder(shown.value);
      return ok(null);
    },
    openExternal: async ({ url }) => {
      if (!isSafeExternalUrl(url)) {
        return fail(
          'invalid-input',
          `Factdesk opens only https:// links in your browser; ${url.slice(0, 200)} was not opened.`,
        );
      }
      if (!deps.shell) return fail('no-native-dialog', 'This window cannot open links in your browser.');
      await deps.shell.openExternal(url);
      return ok(null);
    },
    // The desktop app's main process watches this call for its menu (main.ts); nothing is kept here.
    setMenuState: async () => ok(null),
  };

  // The newsroom library's methods answer Results themselves.
  const api: Api = { ...asResults(impl), ...newsroomMethods(ctx, newsroom) };
  return {
    ...api,
    async closeAll() {
      await sync.stopAll();
      const all = [...sessions.entries()];
      sessions.clear();
      await Promise.allSettled([...all.map(([, s]) => s.close()), newsroom.close()]);
    },
    async recordingOf({ projectId, library, sourceId }) {
      if (!sessions.has(projectId)) return null;
      const source = await catalog.find(projectId, library, sourceId).catch(() => null);
      const folder = catalog.folderFor(projectId, library);
      if (!source?.ok || !source.value.recording || !folder.ok) return null;
      const { file, mediaType } = source.value.recording;
      const arriving = library === 'project' ? sync.bridgeOf(projectId)?.files.arrivingSentences([file])[0] : undefined;
      return { folder: folder.value, file, mediaType, ...(arriving ? { arriving: arriving.sentence } : {}) };
    },
    sessionOf: (projectId) => sessions.get(projectId) ?? null,
    bridgeOf: (projectId) => sync.bridgeOf(projectId),
  };
}
