// Starting the real Electron app for the _electron specs: where its binary is, whether a display exists, and a
// launch with the test's own data folder (one person on one computer).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { _electron } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { REPO_ROOT } from './fixtures';
import type { TestFolders } from './fixtures';

/** The Electron executable named by node_modules/electron/path.txt, or null when it was never downloaded. */
export function electronBinary(): string | null {
  const packageDir = path.join(REPO_ROOT, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Linux with neither X nor Wayland: Electron cannot open a window here. */
export const headlessLinux = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

/** Whether dist/electron/main.cjs, what the app starts, was built. */
export const mainBuilt = existsSync(path.join(REPO_ROOT, 'dist', 'electron', 'main.cjs'));

/** Starts the app (dist/electron/main.cjs) with FACTDESK_DATA_DIR in `folders`. */
export function launchApp(folders: TestFolders): Promise<ElectronApplication> {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const binary = electronBinary();
  return _electron.launch({
    executablePath: binary ?? undefined,
    args: [...(asRoot ? ['--no-sandbox'] : []), '.'],
    cwd: REPO_ROOT,
    env: { ...process.env, FACTDESK_DATA_DIR: folders.dataDir } as Record<string, string>,
  });
}

/** The app's first window, at 1280x800. */
export async function firstWindow(app: ElectronApplication): Promise<Page> {
  const window = await app.firstWindow();
  await window.setViewportSize({ width: 1280, height: 800 });
  return window;
}
