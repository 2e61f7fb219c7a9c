// createHandlers(deps): the plain-Node implementation of the Api. The app (IPC), the browser harness (HTTP), the CLI
// and the tests all call this same table.
import { realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FactdeskError, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { failureOf } from './validated-call';
import type { Api, MethodName } from '../../shared/api/contract';
import type { AppInfo } from '../../shared/api/views';
import { RESTORE_ACTION, headOf } from '../../shared/log/log-head';
import { isSafeExternalUrl } from '../security/external-url';
import { createProjectFolder } from '../storage/create-project';
import { listFolders, suggestProjectFolder } from '../storage/project-folders';
import { resolveProjectPath } from '../storage/project-paths';
import { recoverFromBackup } from '../storage/recover';
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
import { HandlerContext, valueOf } from './handler-context';
import { checkShowInFolder } from './show-in-folder';
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

/** Wraps a throwing implementation so every reply is a Result and nothing is thrown across a transport. */
function asResults<K extends MethodName>(impl: Impl<K>): Pick<Api, K> {
  const api = {} as Record<MethodName, (input: never) => Promise<Result<unknown>>>;
  for (const name of Object.keys(impl) as K[]) {
    api[name] = async (input: never) => {
      try {
        return ok(await (impl[name] as (i: never) => Promise<unknown>)(input));
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
      recent: s.recent,
      capabilities: deps.capabilities,
      dataDir: deps.dataDir,
    };
  }

  async function open(pathInput: string, options: { readOnly?: boolean; takeOverStaleLock?: boolean }) {
    const paths = valueOf(await resolveProjectPath(pathInput));
    const real = await realpath(paths.folder).catch(() => paths.folder);
    for (const [id, s] of sessions) {
      if ((await realpath(s.paths.folder).catch(() => s.paths.folder)) === real) return view(id);
    }
    const projectId = deps.newId();
    const s = await ProjectSession.open(
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
    sessions.set(projectId, s);
    if (s.tookOver) {
      const { from, reason } = s.tookOver;
      await ctx.record(projectId, 'lock.taken-over', {
        reason,
        user: from.user,
        host: from.host,
        pid: from.pid,
        since: from.acquiredAt,
        lastSeen: from.heartbeatAt,
      });
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

  const impl: Impl<Exclude<MethodName, keyof NewsroomApi>> = {
    getAppInfo: async () => appInfo(),
    updatePreferences: async (input) => {
      const store = await settings();
      await store.update((s) => ({
        ...s,
        ...(input.userName !== undefined ? { userName: input.userName } : {}),
        ...(input.theme !== undefined ? { theme: input.theme } : {}),
        ...(input.suggestionShare !== undefined ? { suggestionShare: input.suggestionShare } : {}),
      }));
      return appInfo();
    },
    removeRecent: async ({ path }) => {
      const store = await settings();
      await store.update((s) => ({ ...s, recent: s.recent.filter((r) => r.path !== path) }));
      return appInfo();
    },
    pickFolder: async ({ purpose }) => {
      if (!deps.dialogs) {
        throw new FactdeskError(
          'no-native-dialog',
          'This window cannot show a folder picker: type the folder path instead.',
        );
      }
      // The native picker starts in Documents/Factdesk, or in Documents before the first project made that folder.
      const start = existsSync(projectsFolder()) ? projectsFolder() : dirname(projectsFolder());
      const picked = await deps.dialogs.pickFolder(purpose, purpose === 'new' ? start : undefined);
      if (!picked) throw new FactdeskError('cancelled', 'No folder was chosen.');
      return { path: picked };
    },
    suggestProjectFolder: async ({ title, parent }) => ({
      path: valueOf(await suggestProjectFolder(parent ?? projectsFolder(), title)),
    }),
    listFolders: async ({ path }) => valueOf(await listFolders(path ?? homeDir(), homeDir())),
    createProject: async ({ folder, title }) => {
      const paths = valueOf(await createProjectFolder(folder, { id: deps.newId(), title, now: deps.now() }));
      return open(paths.folder, {});
    },
    openProject: async ({ path, readOnly, takeOverStaleLock }) => open(path, { readOnly, takeOverStaleLock }),
    closeProject: async ({ projectId }) => {
      const s = sessions.get(projectId);
      if (!s) return null;
      await sync.stop(projectId);
      const state = await s.close();
      sessions.delete(projectId);
      if (state.state === 'error') {
        throw new FactdeskError(
          'io-error',
          `The project was closed, but its last changes could not be saved: ${state.message}`,
        );
      }
      return null;
    },
    getProject: async ({ projectId }) => view(projectId),
    markClaim: async ({ projectId, start, end, kind, status }) => {
      const by = await userName();
      let claimId = '';
      session(projectId).update((doc) => {
        const result = valueOf(applyMark(doc, { start, end, kind, status, by, now: deps.now(), id: deps.newId() }));
        claimId = result.claimId;
        return result.doc;
      });
      await ctx.record(projectId, 'claim.created', { kind: kind ?? 'other', start, end }, claimId);
      const v = changed(projectId);
      const claim = v.claims.find((c) => c.id === claimId);
      if (!claim) throw new FactdeskError('internal', 'The new claim could not be found after marking it.');
      return { view: v, claim };
    },
    updateClaim: async ({ projectId, claimId, patch }) => {
      const by = await userName();
      session(projectId).update((doc) => valueOf(applyClaimChange(doc, claimId, patch, by, deps.now())));
      await ctx.record(projectId, 'claim.changed', { ...patch }, claimId);
      return changed(projectId);
    },
    deleteClaim: async ({ projectId, claimId }) => {
      const text = session(projectId).doc.claims.find((c) => c.id === claimId)?.anchor.exact ?? '';
      session(projectId).update((doc) => valueOf(deleteClaimFrom(doc, claimId)));
      await ctx.record(projectId, 'claim.deleted', { text }, claimId);
      return changed(projectId);
    },
    ...draftMethods(ctx),
    ...sourceMethods(ctx, catalog, indexes),
    ...linkMethods(ctx, catalog),
    ...searchMethods(ctx, indexes, () => newsroom.current()),
    ...quoteChecks,
    ...deskMethods(ctx),
    ...exportMethods(ctx, quoteChecks.checkQuotes),
    ...sync.methods,
    resolveConflict: async ({ projectId, choice }) => {
      await session(projectId).resolveConflict(choice);
      return changed(projectId);
    },
    listBackups: async (input) =>
      'path' in input
        ? listBackups(valueOf(await resolveProjectPath(input.path)).folder)
        : session(input.projectId).listBackups(),
    recoverProject: async ({ path, name }) => {
      const paths = valueOf(await resolveProjectPath(path));
      const recovery = valueOf(await recoverFromBackup(paths, deps.identity, deps.now(), name));
      const opened = await open(paths.folder, {});
      const s = session(opened.projectId);
      await ctx.record(opened.projectId, RESTORE_ACTION, {
        backup: recovery.restoredFrom.name,
        keptAs: recovery.keptAs,
        replacedUnreadableFile: true,
      });
      s.notices.push(
        `Restored the backup from ${recovery.restoredFrom.createdAt.slice(0, 16).replace('T', ' ')} UTC.` +
          (recovery.keptAs ? ` The damaged file was kept as ${recovery.keptAs}.` : ''),
      );
      return { view: view(opened.projectId), ...recovery };
    },
    restoreBackup: async ({ projectId, name }) => {
      const replaced = headOf(session(projectId).doc.activityLog);
      await session(projectId).restoreBackup(name);
      // The log now goes back to the backup's; this entry says so, so verify-log does not take it for a rollback.
      await ctx.record(projectId, RESTORE_ACTION, {
        backup: name,
        replacedCount: replaced.count,
        replacedHash: replaced.lastHash,
      });
      return changed(projectId);
    },
    showInFolder: async ({ path }) => {
      if (!deps.shell) throw new FactdeskError('no-native-dialog', 'This window cannot open the file manager.');
      const folders = [...sessions.values()].map((s) => s.paths.folder);
      deps.shell.showInFolder(valueOf(await checkShowInFolder(path, folders, ctx.exported)));
      return null;
    },
    openExternal: async ({ url }) => {
      if (!isSafeExternalUrl(url)) {
        throw new FactdeskError(
          'invalid-input',
          `Factdesk opens only https:// links in your browser; ${url.slice(0, 200)} was not opened.`,
        );
      }
      if (!deps.shell) throw new FactdeskError('no-native-dialog', 'This window cannot open links in your browser.');
      await deps.shell.openExternal(url);
      return null;
    },
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
      if (!source?.recording) return null;
      const { file, mediaType } = source.recording;
      return { folder: catalog.folderFor(projectId, library), file, mediaType };
    },
    sessionOf: (projectId) => sessions.get(projectId) ?? null,
    bridgeOf: (projectId) => sync.bridgeOf(projectId),
  };
}
