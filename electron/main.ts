// Composition root of the Electron app: single-instance lock, data folder, handlers bound to IPC, the app://
// protocol, the hardened window and menu, file association, and a quit that waits for pending saves.
import { app, ipcMain, nativeTheme, session } from 'electron';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ProjectView } from '../shared/api/views';
import { bindIpc, sendEvent } from './api/bind-ipc';
import { createHandlers } from './api/handlers';
import { createSafeCookieStore } from './desktop/safe-cookie-store';
import { newsroomFromEnv } from './storage/newsroom-library';
import { projectPathFromArgv } from './desktop/argv';
import { createDialogs, showOpenError, showStartupError } from './desktop/dialogs';
import { hardenWebContents, lockDownSession } from './desktop/hardening';
import { installMenu } from './desktop/menu';
import { observeApi } from './desktop/observe-api';
import { registerAppScheme, serveRenderer } from './desktop/protocol';
import { printHtmlToPdf } from './desktop/print-pdf';
import { createShell } from './desktop/shell';
import { createSafeStorageSecrets } from './desktop/safe-storage';
import { createMainWindow } from './desktop/window';
import type { MainWindow } from './desktop/window';
import { isTrustedSender } from './security/app-url';
import { isSafeExternalUrl } from './security/external-url';
import { processIdentity } from './storage/identity';

const rendererDir = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

// Same settings folder in development and in the installed app; FACTDESK_DATA_DIR (tests, portable use) wins.
app.setName('Factdesk');
const dataDir = path.resolve(process.env.FACTDESK_DATA_DIR || path.join(app.getPath('appData'), 'Factdesk'));
app.setPath('userData', dataDir);
app.setPath('sessionData', path.join(dataDir, 'session'));

registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.exit(0);
} else {
  start();
}

function start(): void {
  let main: MainWindow | null = null;
  let ready = false;
  const pendingOpens: string[] = [];
  const openProjects = new Set<string>();
  // The window's recording player (View > Recording is enabled only while one is on screen).
  let recordingPlayer = false;
  const shell = createShell();

  const handlers = createHandlers({
    now: () => new Date().toISOString(),
    newId: () => randomUUID(),
    dataDir,
    homeDir: app.getPath('home'),
    documentsDir: app.getPath('documents'),
    appVersion: app.getVersion(),
    capabilities: { transport: 'ipc', nativeDialogs: true, showInFolder: true },
    identity: processIdentity(),
    dialogs: createDialogs(() => main?.window ?? null),
    renderPdf: printHtmlToPdf,
    shell,
    newsroom: newsroomFromEnv(process.env),
    // The newsroom password saved in Preferences: encrypted with the system keyring (safeStorage), in the data folder.
    secrets: createSafeStorageSecrets(dataDir),
    // The newsroom's own CA for a story server whose certificate it signs itself, as for the command line.
    sync: { cookies: createSafeCookieStore(dataDir), caFile: process.env['FACTDESK_SYNC_CA'] || null },
    emit: (event, payload) => sendEvent(main?.window.webContents, event, payload),
  });

  const refreshMenu = async () => {
    const info = await handlers.getAppInfo({});
    if (!info.ok) return;
    nativeTheme.themeSource = info.value.theme;
    installMenu({
      isMac: process.platform === 'darwin',
      recent: info.value.recent,
      projectOpen: openProjects.size > 0,
      recordingPlayer,
      theme: info.value.theme,
      developer: !app.isPackaged,
      send: (command) => void sendCommand(command),
      openRecent: (folder) => void openFromOutside(folder),
    });
  };

  // The menu is rebuilt only when the player comes or goes (the window says so on every load too).
  const showPlayer = (shown: boolean) => {
    if (shown === recordingPlayer) return;
    recordingPlayer = shown;
    void refreshMenu();
  };

  const track = (view: ProjectView) => openProjects.add(view.projectId);
  const api = observeApi(handlers, (method, input, result) => {
    if (!result.ok) return;
    if (method === 'openProject' || method === 'createProject') track(result.value as ProjectView);
    if (method === 'closeProject') openProjects.delete((input as { projectId: string }).projectId);
    if (method === 'setMenuState') {
      showPlayer((input as { recordingPlayer: boolean }).recordingPlayer);
      return;
    }
    if (['openProject', 'createProject', 'closeProject', 'removeRecent', 'updatePreferences'].includes(method)) {
      void refreshMenu();
    }
  });

  const ensureWindow = async (): Promise<MainWindow> => {
    if (main && !main.window.isDestroyed()) return main;
    const created = await createMainWindow({ preloadPath, dataDir, devTools: !app.isPackaged });
    main = created;
    created.window.on('closed', () => {
      if (main === created) main = null;
      showPlayer(false);
    });
    // A window whose page is gone shows no player, and says so again once it is loaded anew.
    created.window.webContents.on('render-process-gone', () => showPlayer(false));
    await created.loaded;
    return created;
  };

  async function sendCommand(command: string): Promise<void> {
    const target = await ensureWindow();
    sendEvent(target.window.webContents, 'menuCommand', { command });
  }

  async function openFromOutside(projectPath: string): Promise<void> {
    if (!ready) {
      pendingOpens.push(projectPath);
      return;
    }
    const target = await ensureWindow();
    if (target.window.isMinimized()) target.window.restore();
    target.window.focus();
    const result = await api.openProject({ path: projectPath });
    if (result.ok) sendEvent(target.window.webContents, 'projectOpened', { view: result.value });
    else await showOpenError(target.window, result.error.message);
  }

  // macOS delivers double-clicked files through open-file, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void openFromOutside(file);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const projectPath = projectPathFromArgv(argv, workingDirectory);
    if (projectPath) void openFromOutside(projectPath);
    else if (main) {
      if (main.window.isMinimized()) main.window.restore();
      main.window.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url).catch(() => undefined);
    });
  });

  let quitting: 'no' | 'closing' | 'done' = 'no';
  app.on('before-quit', (event) => {
    if (quitting === 'done') return;
    event.preventDefault();
    if (quitting === 'closing') return;
    quitting = 'closing';
    void Promise.allSettled([handlers.closeAll(), main?.saveState()]).finally(() => {
      quitting = 'done';
      app.exit(0);
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform === 'darwin') void handlers.closeAll().finally(() => openProjects.clear());
    else app.quit();
  });
  app.on('activate', () => {
    if (ready && !main) void ensureWindow();
  });

  void app.whenReady().then(async () => {
    if (!existsSync(path.join(rendererDir, 'index.html'))) {
      showStartupError(
        'Factdesk cannot start',
        `Factdesk could not find its window files in ${rendererDir}. Build them with "npm run build" and start again.`,
      );
      app.exit(1);
      return;
    }
    lockDownSession(session.defaultSession);
    serveRenderer(session.defaultSession, rendererDir, (address) => handlers.recordingOf(address));
    bindIpc(ipcMain, api, isTrustedSender, {
      onUnexpectedError: (method, error) => console.error(`Factdesk: ${method} failed unexpectedly`, error),
    });
    await refreshMenu();
    await ensureWindow();
    ready = true;
    const fromArgv = projectPathFromArgv(process.argv, process.cwd());
    for (const projectPath of [...(fromArgv ? [fromArgv] : []), ...pendingOpens.splice(0)]) {
      await openFromOutside(projectPath);
    }
  });
}
