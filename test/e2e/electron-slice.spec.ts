// The same first slice inside the real Electron app, through Playwright's _electron driver (dist/electron/main.cjs).
// Runs only where the Electron binary is installed (and, on Linux, a display exists); elsewhere it is skipped, said so.
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { _electron, test as base } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { REPO_ROOT, expectOnlyLocalRequests, makeTestFolders } from './support/fixtures';
import type { TestFolders } from './support/fixtures';
import {
  runBrokenFileCheck,
  runDarkThemeCheck,
  runFirstSlice,
  runHostileDraftCheck,
  runLockdownCheck,
  screenshots,
} from './support/slice-steps';

/** The Electron executable named by node_modules/electron/path.txt, or null when it was never downloaded. */
function electronBinary(): string | null {
  const packageDir = path.join(REPO_ROOT, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const headlessLinux = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const test = base.extend<{ folders: TestFolders; app: ElectronApplication; window: Page; requests: string[] }>({
  // Playwright reads a fixture's dependencies from its first parameter, so the empty pattern is needed.
  // eslint-disable-next-line no-empty-pattern
  folders: async ({}, use) => {
    const folders = await makeTestFolders('factdesk-e2e-electron-');
    await use(folders);
    await rm(folders.root, { recursive: true, force: true });
  },
  app: async ({ folders }, use) => {
    const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const app = await _electron.launch({
      executablePath: binary ?? undefined,
      args: [...(asRoot ? ['--no-sandbox'] : []), '.'],
      cwd: REPO_ROOT,
      env: { ...process.env, FACTDESK_DATA_DIR: folders.dataDir } as Record<string, string>,
    });
    await use(app);
    await app.close();
  },
  window: async ({ app }, use) => {
    const window = await app.firstWindow();
    await window.setViewportSize({ width: 1280, height: 800 });
    await use(window);
  },
  requests: async ({ window }, use) => {
    const urls: string[] = [];
    window.context().on('request', (request) => urls.push(request.url()));
    await use(urls);
  },
});

test.describe('first slice in the Electron app', () => {
  test.skip(!binary, 'Electron binary not installed here: the _electron variant of the slice was skipped');
  test.skip(
    headlessLinux,
    'No display here (set DISPLAY or run under xvfb-run): the _electron variant of the slice was skipped',
  );
  test.skip(
    !existsSync(path.join(REPO_ROOT, 'dist', 'electron', 'main.cjs')),
    'dist/electron/main.cjs is missing: run "npm run build" first',
  );

  test('a reporter creates a project, marks claims, sets a status and finds it all again', async ({
    window,
    folders,
    requests,
  }) => {
    await runFirstSlice(window, folders.projectsDir, screenshots(window, 'electron-'));
    expectOnlyLocalRequests(requests);
  });

  test('a project.factdesk holding null is refused with a sentence naming it and left untouched', async ({
    window,
    folders,
  }) => {
    await runBrokenFileCheck(window, folders.projectsDir, screenshots(window, 'electron-'));
  });

  test('the command palette switches to the dark theme and back', async ({ window }) => {
    await runDarkThemeCheck(window, screenshots(window, 'electron-'));
  });

  test('the window has no Node, blocks inline script and shows hostile draft text as text', async ({
    window,
    folders,
    requests,
  }) => {
    await runLockdownCheck(window);
    await runHostileDraftCheck(window, folders.projectsDir);
    expectOnlyLocalRequests(requests);
  });
});
