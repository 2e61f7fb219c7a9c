// The first slice end to end in Chromium through the browser harness: real handlers, real files, the strict CSP.
import { expect, expectOnlyLocalRequests, test } from './support/fixtures';
import {
  runBrokenFileCheck,
  runDarkThemeCheck,
  runFirstSlice,
  runHostileDraftCheck,
  runLockdownCheck,
  screenshots,
} from './support/slice-steps';

test.describe('first slice in the browser harness', () => {
  test('a reporter creates a project, marks claims, sets a status and finds it all again', async ({
    page,
    harness,
    requests,
  }) => {
    await runFirstSlice(page, harness.projectsDir, screenshots(page));
    expect(requests.length).toBeGreaterThan(0);
    expectOnlyLocalRequests(requests);
  });

  test('a project.factdesk holding null is refused with a sentence naming it and left untouched', async ({
    page,
    harness,
    requests,
  }) => {
    await runBrokenFileCheck(page, harness.projectsDir, screenshots(page));
    expectOnlyLocalRequests(requests);
  });

  test('the command palette switches to the dark theme and back', async ({ page, requests }) => {
    await runDarkThemeCheck(page, screenshots(page));
    expectOnlyLocalRequests(requests);
  });

  test('the page has no Node, blocks inline script and shows hostile draft text as text', async ({
    page,
    harness,
    requests,
  }) => {
    await runLockdownCheck(page);
    await runHostileDraftCheck(page, harness.projectsDir);
    expectOnlyLocalRequests(requests);
  });

  test('the harness serves the strict CSP and refuses calls without its token', async ({ page, harness }) => {
    const response = await page.request.get(`${harness.origin}/`);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const refused = await page.request.post(`${harness.origin}/api/getAppInfo`, { data: {} });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe('untrusted-sender');
  });
});
