// The same first slice inside the real Electron app, through Playwright's _electron driver (dist/electron/main.cjs).
// Runs only where the Electron binary is installed (and, on Linux, a display exists); elsewhere it is skipped, said so.
import { rm } from 'node:fs/promises';
import { test as base } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { electronBinary, firstWindow, headlessLinux, launchApp, mainBuilt } from './support/electron-app';
import { expectOnlyLocalRequests, makeTestFolders } from './support/fixtures';
import type { TestFolders } from './support/fixtures';
import {
  runBrokenFileCheck,
  runDarkThemeCheck,
  runFirstSlice,
  runHostileDraftCheck,
  runLockdownCheck,
  screenshots,
} from './support/slice-steps';

const binary = electronBinary();

const test = base.extend<{ folders: TestFolders; app: ElectronApplication; window: Page; requests: string[] }>({
  // Playwright reads a fixture's dependencies from its first parameter, so the empty pattern is needed.
  // eslint-disable-next-line no-empty-pattern
  folders: async ({}, use) => {
    const folders = await makeTestFolders('factdesk-e2e-electron-');
    await use(folders);
    await rm(folders.root, { recursive: true, force: true });
  },
  app: async ({ folders }, use) => {
    const app = await launchApp(folders);
    await use(app);
    await app.close();
  },
  window: async ({ app }, use) => {
    await use(await firstWindow(app));
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
  test.skip(!mainBuilt, 'dist/electron/main.cjs is missing: run "npm run build" first');

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
