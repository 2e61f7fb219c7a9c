// Exported appendices come back to the user in the browser harness: Download saves the file through the harness's
// server (read back here), Open shows it in a tab; a ClaimReview with no rated claim says why it is empty.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DeskPage } from './pages/desk-page';
import { WelcomePage } from './pages/welcome-page';
import { expect, expectOnlyLocalRequests, test } from './support/fixtures';
import { FIRST_CLAIM, readSampleDraft } from './support/slice-steps';

test('an exported appendix downloads and opens from the export dialog', async ({ page, harness, requests }) => {
  const welcome = new WelcomePage(page);
  await welcome.createProject('Harbour bridge', path.join(harness.projectsDir, 'harbour-bridge'));
  const desk = new DeskPage(page);
  await desk.useDraft(await readSampleDraft());
  await desk.markWithButton(FIRST_CLAIM);
  await expect(desk.claimItems).toHaveCount(1);

  await page.keyboard.press('ControlOrMeta+Shift+E');
  await expect(desk.exportDialog).toBeVisible();
  const exportButton = desk.exportDialog.getByRole('button', { name: 'Export', exact: true });
  const done = desk.exportDialog.getByRole('status').filter({ hasText: 'Exported to' });

  // ClaimReview with an unchecked claim: the dialog says why the file will be empty and what to do.
  await desk.exportDialog.getByLabel('ClaimReview', { exact: true }).check();
  const empty = desk.exportDialog.getByRole('status').filter({ hasText: 'holds an empty list ([])' });
  await expect(empty).toContainText('give the claims you checked a status with a public verdict (Verified,');
  await exportButton.click();
  await expect(done).toBeVisible();
  // The keyboard goes on to the file just written, not to the page.
  await expect(done.getByRole('link', { name: /^Open/ })).toBeFocused();
  await expect(empty).toBeVisible();
  const [reviews] = await Promise.all([
    page.waitForEvent('download'),
    done.getByRole('link', { name: 'Download' }).click(),
  ]);
  expect(reviews.suggestedFilename()).toMatch(/^harbour-bridge-appendix-v1\.jsonld$/);
  expect(JSON.parse(await readFile((await reviews.path()) ?? '', 'utf8'))).toEqual([]);

  // Markdown: Download gives the same bytes as the file on disk; Open shows it in a new tab.
  await desk.exportDialog.getByLabel('Markdown', { exact: true }).check();
  await expect(empty).toBeHidden();
  await exportButton.click();
  await expect(done).toBeVisible();
  const onDisk = await readFile((await done.locator('.export-path').textContent()) ?? '', 'utf8');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    done.getByRole('link', { name: 'Download' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('harbour-bridge-appendix-v1.md');
  const downloaded = await readFile((await download.path()) ?? '', 'utf8');
  expect(downloaded).toBe(onDisk);
  expect(downloaded).toContain(FIRST_CLAIM);
  const [tab] = await Promise.all([
    page.context().waitForEvent('page'),
    done.getByRole('link', { name: /^Open/ }).click(),
  ]);
  await expect(tab.locator('body')).toContainText(FIRST_CLAIM);
  await tab.close();

  // Only files in the project's exports folder are handed out, and only with the token.
  const href = (await done.getByRole('link', { name: 'Download' }).getAttribute('href')) ?? '';
  const projectFile = new URL(href, harness.origin);
  projectFile.searchParams.set('path', path.join(harness.projectsDir, 'harbour-bridge', 'project.factdesk'));
  expect((await page.request.get(projectFile.toString())).status()).toBe(403);
  const noToken = new URL(href, harness.origin);
  noToken.searchParams.delete('token');
  expect((await page.request.get(noToken.toString())).status()).toBe(401);

  expectOnlyLocalRequests(requests);
});
