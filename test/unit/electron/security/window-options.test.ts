// The main window's options: every security setting explicit.
import { describe, expect, it } from 'vitest';
import {
  BACKGROUND,
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  windowOptions,
} from '../../../../electron/security/window-options';

describe('windowOptions', () => {
  const options = windowOptions('/app/dist/electron/preload.cjs', { x: 10, y: 20, width: 1200, height: 800 });

  it('isolates and sandboxes the renderer with no Node and no webviews', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('stays hidden until ready, with a minimum size and the theme background', () => {
    expect(options).toMatchObject({ show: false, x: 10, y: 20, width: 1200, height: 800 });
    expect(options.minWidth).toBe(MIN_WINDOW_WIDTH);
    expect(options.minHeight).toBe(MIN_WINDOW_HEIGHT);
    expect(options.backgroundColor).toBe(BACKGROUND.light);
    expect(windowOptions('/p', { width: 1200, height: 800 }, { dark: true }).backgroundColor).toBe(BACKGROUND.dark);
  });

  it('never goes below the minimum size and leaves placement to the system without a position', () => {
    const small = windowOptions('/p', { width: 300, height: 200 });
    expect(small.width).toBe(MIN_WINDOW_WIDTH);
    expect(small.height).toBe(MIN_WINDOW_HEIGHT);
    expect(small).not.toHaveProperty('x');
  });
});
