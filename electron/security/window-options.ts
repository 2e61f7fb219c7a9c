// The BrowserWindow settings Factdesk always uses: isolated, sandboxed, no Node, no webviews, no spellcheck download.
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export const MIN_WINDOW_WIDTH = 900;
export const MIN_WINDOW_HEIGHT = 600;

/** Matches the renderer's background so no white flash shows before the first paint. */
export const BACKGROUND = { light: '#f7f7f5', dark: '#1c1d20' } as const;

export interface WindowLook {
  dark?: boolean;
  /** Developer tools (on in development builds). */
  devTools?: boolean;
}

/** The options for Factdesk's main window: every security setting explicit, hidden until ready to show. */
export function windowOptions(
  preloadPath: string,
  bounds: WindowBounds,
  look: WindowLook = {},
): BrowserWindowConstructorOptions {
  return {
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: Math.max(bounds.width, MIN_WINDOW_WIDTH),
    height: Math.max(bounds.height, MIN_WINDOW_HEIGHT),
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    title: 'Factdesk',
    show: false,
    backgroundColor: look.dark ? BACKGROUND.dark : BACKGROUND.light,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      autoplayPolicy: 'document-user-activation-required',
      devTools: look.devTools ?? false,
    },
  };
}
