// The main window: created with the secure options, shown when ready, its size and position remembered in
// window-state.json in the data folder and restored onto a display that is connected now.
import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { Rectangle } from 'electron';
import { APP_ENTRY_URL } from '../security/app-url';
import { windowOptions } from '../security/window-options';
import { clampWindowState, loadWindowState, saveWindowState } from '../security/window-state';
import type { WindowState } from '../security/window-state';

export interface MainWindowOptions {
  preloadPath: string;
  dataDir: string;
  devTools: boolean;
}

export interface MainWindow {
  window: BrowserWindow;
  /** Resolves once the page has loaded (events sent from then on reach the preload). */
  loaded: Promise<void>;
  /** Writes the last known size and position; safe to call after the window is closed. */
  saveState(): Promise<void>;
}

function workAreas(): Rectangle[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

/** Creates, places and loads the main window. */
export async function createMainWindow(options: MainWindowOptions): Promise<MainWindow> {
  const restored = await loadWindowState(options.dataDir, workAreas());
  const window = new BrowserWindow(
    windowOptions(options.preloadPath, restored, { dark: nativeTheme.shouldUseDarkColors, devTools: options.devTools }),
  );
  if (restored.maximized) window.maximize();

  let last: WindowState = restored;
  const remember = () => {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    const bounds = window.isMaximized() ? window.getNormalBounds() : window.getBounds();
    last = { ...bounds, maximized: window.isMaximized() };
  };
  window.on('resize', remember);
  window.on('move', remember);
  window.on('maximize', remember);
  window.on('unmaximize', remember);
  window.on('close', remember);
  window.once('ready-to-show', () => window.show());

  const loaded = window.loadURL(APP_ENTRY_URL);
  return {
    window,
    loaded,
    saveState: () => saveWindowState(options.dataDir, clampWindowState(last, workAreas())),
  };
}
