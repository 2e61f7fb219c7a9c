// Web pages by address end to end through the browser harness, against a web server on 127.0.0.1: the reporter adds
// a page by its address from the Add source dialog (fetching shown, Cancel fetching adds nothing), searches a phrase
// of it, attaches the passage to a claim, runs the Quote check on a draft quoting the page, and exports an appendix
// whose Markdown and HTML cite the address, the snapshot's time and its SHA-256. A PDF given as a page is refused
// with a sentence and nothing added; reopening the project and viewing the page asks the web server for nothing.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectOnlyLocalRequests, REPO_ROOT, test } from './support/fixtures';
import { screenshots } from './support/slice-steps';
import { startWebPagesServer } from './support/web-pages-server';
import type { WebPagesServer } from './support/web-pages-server';
import { LibraryPage } from './pages/library-page';
import { QuoteCheckPage } from './pages/quote-check-page';
import { WelcomePage } from './pages/welcome-page';

const DRAFT = `Washington's doubts, in his own words

In his first inaugural address George Washington said that "no event could have filled me with greater anxieties" than the news of his election.

He took the oath in New York on April 30, 1789.
`;
const CLAIM = 'He took the oath in New York on April 30, 1789';

let web: WebPagesServer;
test.beforeEach(async () => {
  web = await startWebPagesServer();
});
test.afterEach(async () => {
  await web.close();
});

/** The dialog at 1280x800 and 1024x640, light and dark (the screenshot record of the web-page form). */
async function dialogShots(page: Page, shoot: (name: string) => Promise<void>, name: string): Promise<void> {
  const html = page.locator('html');
  const theme = (await html.getAttribute('data-theme')) ?? 'light';
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 640 },
  ]) {
    await page.setViewportSize(size);
    for (const t of ['light', 'dark']) {
      await html.evaluate((el, value) => el.setAttribute('data-theme', value), t);
      await shoot(`${name}-${size.width}x${size.height}-${t}`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await html.evaluate((el, value) => el.setAttribute('data-theme', value), theme);
  await page.emulateMedia({ reducedMotion: null });
}

test('add a web page by address, search and attach it, find a quote in it and cite its snapshot in the appendix', async ({
  page,
  harness,
  requests,
}) => {
  test.setTimeout(300_000);
  const shot = screenshots(page, 'web-pages-');
  const welcome = new WelcomePage(page);
  const lib = new LibraryPage(page);
  const qc = new QuoteCheckPage(page);
  const folder = path.join(harness.projectsDir, 'washington');
  await welcome.expectVisible();
  await welcome.createProject('Washington in 1789', folder);
  await lib.useDraft(DRAFT);
  await lib.markWithButton(CLAIM);
  await expect(lib.markFor(CLAIM)).toHaveCount(1);

  // The dialog: a Web page part with an address and an optional title.
  await lib.runCommand('Add source');
  await expect(lib.addDialog).toBeVisible();
  const form = lib.addDialog.getByRole('form', { name: 'Web page by address' });
  const address = form.getByLabel('Address');
  const addPage = form.getByRole('button', { name: 'Add page' });
  await expect(form.getByLabel('Title (optional)')).toBeVisible();

  // A page that keeps the server waiting: the steps show, the rest of the dialog waits, Cancel fetching adds nothing.
  await address.fill(`${web.origin}/waiting`);
  await addPage.click();
  const progress = form.getByRole('status', { name: 'Fetching progress' });
  await expect(progress).toContainText(`Fetching ${web.origin}/waiting...`, { timeout: 60_000 });
  await expect(addPage).toBeDisabled();
  await expect(lib.addDialog.getByRole('button', { name: 'Choose files...' })).toBeDisabled();
  await dialogShots(page, shot, 'fetching');
  await form.getByRole('button', { name: 'Cancel fetching' }).click();
  await expect(form.getByRole('alert')).toHaveText(`Adding ${web.origin}/waiting was cancelled; nothing was added.`, {
    timeout: 60_000,
  });
  web.release();

  // A PDF where a page was expected: the handler's sentence, nothing added, the address kept to correct.
  await address.fill(`${web.origin}/reports/annual.pdf`);
  await addPage.click();
  await expect(form.getByRole('alert')).toHaveText(
    `${web.origin}/reports/annual.pdf is an application/pdf file, not a web page; Factdesk adds HTML pages and plain text by address (download other files and add them as files).`,
    { timeout: 60_000 },
  );
  await expect(address).toHaveValue(`${web.origin}/reports/annual.pdf`);
  await dialogShots(page, shot, 'refused');

  // The page itself, through a redirect, with the title left to the page.
  await address.fill(`${web.origin}/inaugural`);
  await dialogShots(page, shot, 'address');
  await addPage.click();
  await expect(lib.addDialog).toBeHidden({ timeout: 60_000 });
  await lib.showSources();
  const projectList = lib.library.getByRole('list', { name: 'Sources in this project' });
  await expect(projectList.getByRole('listitem')).toHaveCount(1);
  await expect(projectList).toContainText('First Inaugural Address | Presidential Speeches');
  await expect(projectList).toContainText('Web page');

  const article = await readFile(path.join(REPO_ROOT, 'test', 'fixtures', 'web', 'article.html'));
  const sha = createHash('sha256').update(article).digest('hex');
  type Stored = {
    sources: Array<{ url: string; snapshot: { finalUrl: string; fetchedAt: string; sha256: string } }>;
  };
  const readStored = async () => JSON.parse(await readFile(path.join(folder, 'project.factdesk'), 'utf8')) as Stored;
  // The window shows the source once it is added; the project file follows with the next save.
  await expect.poll(async () => (await readStored()).sources.length, { timeout: 60_000 }).toBe(1);
  const stored = await readStored();
  const snapshot = stored.sources[0]!.snapshot;
  expect(snapshot).toMatchObject({ finalUrl: `${web.origin}/speeches/first-inaugural`, sha256: sha });
  expect((await readdir(path.join(folder, 'sources'))).sort()).toContain(`${sha}.html`);

  // Search a phrase of the page and attach the passage to the claim.
  await expect(lib.library).toContainText('Attaching to claim 1');
  await lib.search('vicissitudes incident to life');
  const hit = lib.hit('vicissitudes incident to life');
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText('¶');
  await hit.getByRole('button', { name: 'Attach...' }).click();
  await expect(lib.attachDialogs).toHaveAccessibleName('Attach to claim 1');
  await lib.attachDialogs.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(lib.attachDialogs).toBeHidden();
  const claimId = (await lib.markFor(CLAIM).getAttribute('data-claim-id')) as string;
  await expect(lib.badge(claimId)).toHaveText('1');

  // The Quote check finds the quote in the page.
  await page.keyboard.press('ControlOrMeta+Shift+U');
  await expect(qc.region).toBeVisible();
  await expect(qc.summary).toHaveText(/^1 quote: 1 exact/, { timeout: 60_000 });
  await expect(qc.row(1)).toHaveAccessibleName('Quote 1: Exact');
  await expect(qc.row(1)).toContainText('First Inaugural Address');

  // The appendix cites the address, the snapshot's time and its hash, in Markdown and in HTML.
  await page.keyboard.press('ControlOrMeta+Shift+E');
  const exportDialog = page.getByRole('dialog', { name: 'Export appendix' });
  await expect(exportDialog).toBeVisible();
  const done = exportDialog.getByRole('status').filter({ hasText: 'Exported to' });
  for (const format of ['Markdown', 'HTML']) {
    await exportDialog.getByLabel(format, { exact: true }).check();
    await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
    // The line of the export before may still show: wait for this format's file.
    const written = done.locator('.export-path');
    await expect(written).toHaveText(format === 'Markdown' ? /\.md$/ : /\.html$/, { timeout: 60_000 });
    const file = (await written.textContent()) ?? '';
    const text = await readFile(file, 'utf8');
    expect(text, format).toContain(`${web.origin}/inaugural`);
    expect(text, format).toContain(snapshot.fetchedAt);
    expect(text, format).toContain(sha);
    expect(text, format).toContain(CLAIM);
  }
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();
  await lib.expectSaved();
  const afterAdding = web.requests.length;

  // Close and reopen: the viewer shows the snapshot from the project; nothing is fetched again.
  await lib.closeButton.click();
  await welcome.expectVisible();
  await welcome.recentProject('Washington in 1789').click();
  await lib.showSources();
  await projectList
    .getByRole('button', { name: /First Inaugural Address/ })
    .first()
    .click();
  const viewer = lib.viewer('First Inaugural Address | Presidential Speeches');
  await expect(viewer).toBeVisible();
  const facts = viewer.getByLabel('Web page snapshot');
  // A local http address is never opened from Factdesk: it is shown as text to copy.
  await expect(facts.getByRole('link')).toHaveCount(0);
  await expect(facts).toContainText(`${web.origin}/inaugural (Factdesk opens only https addresses of public sites`);
  await expect(facts).toContainText(`${web.origin}/speeches/first-inaugural`);
  await expect(facts).toContainText(sha);
  await expect(facts.locator('time')).toHaveAttribute('datetime', snapshot.fetchedAt);
  await expect(viewer.getByRole('list', { name: 'Passages' })).toContainText('vicissitudes incident to life');
  await lib.shots('viewer', shot);
  expect(web.requests.length).toBe(afterAdding);
  expect(web.requests).toEqual(['/waiting', '/reports/annual.pdf', '/inaugural', '/speeches/first-inaugural']);
  // The window itself asked only the harness for anything.
  expectOnlyLocalRequests(requests);
  expect(requests.filter((url) => url.startsWith(web.origin))).toEqual([]);
});
