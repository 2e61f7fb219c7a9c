// Sharing a story with the newsroom in the browser harness, against the test's own story server (pouchdb-server, or
// COUCHDB_URL's CouchDB: test/servers/support/couch-server.ts): the reporter's harness and a second harness with its
// own data folder for the editor on another computer, each in its own browser context. The steps are shared with the
// Electron variant (support/share-steps.ts).
import { startCouch } from '../servers/support/couch-server';
import type { CouchServer } from '../servers/support/couch-server';
import { expect, expectOnlyLocalRequests, startHarness, test } from './support/fixtures';
import type { RunningHarness } from './support/fixtures';
import {
  makeStoryUsers,
  runEditorOpens,
  runReporterShares,
  runStatusReachesReporter,
  runRestoreRefused,
  runTwoDevicesVerify,
} from './support/share-steps';
import { screenshots } from './support/slice-steps';

let couch: CouchServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  couch = await startCouch();
  await makeStoryUsers(couch);
});

test.afterAll(async () => {
  await couch?.stop();
});

test('a reporter shares a story, an editor opens it elsewhere, a status reaches the reporter, both are devices whose chains verify, and no backup is restored into it', async ({
  page,
  harness,
  requests,
  browser,
}) => {
  let editorHarness: RunningHarness | null = null;
  const editorContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const editorRequests: string[] = [];
  editorContext.on('request', (request) => editorRequests.push(request.url()));
  try {
    const storyId = await runReporterShares(
      { page, projectsDir: harness.projectsDir },
      couch,
      screenshots(page, 'share-'),
    );

    editorHarness = await startHarness('factdesk-e2e-editor-');
    const editorPage = await editorContext.newPage();
    await editorPage.goto(editorHarness.harness.url);
    const editor = { page: editorPage, projectsDir: editorHarness.harness.projectsDir };
    await runEditorOpens(editor, couch, storyId, screenshots(editorPage, 'share-'));
    await runStatusReachesReporter({ page, projectsDir: harness.projectsDir }, editor, screenshots(page, 'share-'));
    await runTwoDevicesVerify({ page, projectsDir: harness.projectsDir }, editor, screenshots(page, 'share-'));
    await runRestoreRefused({ page, projectsDir: harness.projectsDir }, screenshots(page, 'share-'));

    expect(requests.length).toBeGreaterThan(0);
    expectOnlyLocalRequests(requests);
    expectOnlyLocalRequests(editorRequests);
    await editorContext.close();
    await editorHarness.stop();
  } finally {
    await editorContext.close();
    await editorHarness?.dispose();
  }
});
