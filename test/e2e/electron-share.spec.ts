// Sharing a story with the newsroom inside the real Electron app, through Playwright's _electron driver: two apps,
// each with its own data folder (the reporter and, on another computer, the editor), against the test's own story
// server, with the same steps as the harness spec (support/share-steps.ts). Runs only where the Electron binary is
// installed (and, on Linux, a display exists); elsewhere it is skipped, said so.
import { rm } from 'node:fs/promises';
import { test as base } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { startCouch } from '../servers/support/couch-server';
import type { CouchServer } from '../servers/support/couch-server';
import { electronBinary, firstWindow, headlessLinux, launchApp, mainBuilt } from './support/electron-app';
import { makeTestFolders } from './support/fixtures';
import type { TestFolders } from './support/fixtures';
import {
  makeStoryUsers,
  runEditorOpens,
  runReporterShares,
  runRestoreRefused,
  runStatusReachesReporter,
  runTwoDevicesVerify,
} from './support/share-steps';
import { screenshots } from './support/slice-steps';

const binary = electronBinary();

interface Person {
  folders: TestFolders;
  app: ElectronApplication;
  window: Page;
}

const test = base.extend<{ reporter: Person; editor: Person }>({
  // Playwright reads a fixture's dependencies from its first parameter, so the empty pattern is needed.
  // eslint-disable-next-line no-empty-pattern
  reporter: async ({}, use) => {
    const folders = await makeTestFolders('factdesk-e2e-electron-reporter-');
    const app = await launchApp(folders);
    await use({ folders, app, window: await firstWindow(app) });
    await app.close();
    await rm(folders.root, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern
  editor: async ({}, use) => {
    const folders = await makeTestFolders('factdesk-e2e-electron-editor-');
    const app = await launchApp(folders);
    await use({ folders, app, window: await firstWindow(app) });
    await app.close();
    await rm(folders.root, { recursive: true, force: true });
  },
});

let couch: CouchServer | undefined;

test.describe('sharing a story in the Electron app', () => {
  test.skip(!binary, 'Electron binary not installed here: the _electron variant of sharing a story was skipped');
  test.skip(
    headlessLinux,
    'No display here (set DISPLAY or run under xvfb-run): the _electron variant of sharing a story was skipped',
  );
  test.skip(!mainBuilt, 'dist/electron/main.cjs is missing: run "npm run build" first');

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    couch = await startCouch();
    await makeStoryUsers(couch);
  });

  test.afterAll(async () => {
    await couch?.stop();
  });

  test('a reporter shares a story, an editor opens it elsewhere, a status reaches the reporter, both are devices whose chains verify, and no backup is restored into it', async ({
    reporter,
    editor,
  }) => {
    const server = couch!;
    const ann = { page: reporter.window, projectsDir: reporter.folders.projectsDir };
    const bob = { page: editor.window, projectsDir: editor.folders.projectsDir };
    const storyId = await runReporterShares(ann, server, screenshots(reporter.window, 'electron-share-'));
    await runEditorOpens(bob, server, storyId, screenshots(editor.window, 'electron-share-'));
    await runStatusReachesReporter(ann, bob, screenshots(reporter.window, 'electron-share-'));
    await runTwoDevicesVerify(ann, bob, screenshots(reporter.window, 'electron-share-'));
    await runRestoreRefused(ann, screenshots(reporter.window, 'electron-share-'));
  });
});
