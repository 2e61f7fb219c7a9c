// The quote library end to end through the browser harness: add a transcript and a quote list (with the column
// mapping), search with a typo, see matched words and pinpoints, attach passages to claims, open the source viewer at
// the passage, find in it, close and reopen the project and find the links and the badges again; screenshots.
import path from 'node:path';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { expect, expectOnlyLocalRequests, test } from './support/fixtures';
import { readSampleDraft, screenshots } from './support/slice-steps';
import { LibraryPage } from './pages/library-page';
import { WelcomePage } from './pages/welcome-page';

const TITLE = 'Harbour bridge repairs';
const REOPEN_CLAIM = 'the bridge will reopen to all traffic by the first week of September';
const BILL_CLAIM = 'the final bill would pass £10 million';

test('add a transcript and a quote list, search with a typo, attach, reopen and see the links', async ({
  page,
  harness,
  requests,
}) => {
  const shot = screenshots(page, 'library-');
  const welcome = new WelcomePage(page);
  const lib = new LibraryPage(page);
  const folder = path.join(harness.projectsDir, 'harbour-bridge');
  await welcome.expectVisible();
  await welcome.createProject(TITLE, folder);
  await lib.useDraft(await readSampleDraft());
  await lib.markWithShortcut(BILL_CLAIM);
  await expect(lib.markFor(BILL_CLAIM)).toHaveCount(1);
  await lib.markWithShortcut(REOPEN_CLAIM);
  await expect(lib.markFor(REOPEN_CLAIM)).toHaveCount(1);

  // A transcript with speaker labels and timestamps, into the project, marked confidential.
  await lib.chooseSourceFile('okafor-interview.txt');
  await expect(lib.addDialog.getByRole('list', { name: 'Sample passages' })).toContainText('00:00:09');
  await lib.setDetail('Title', 'Okafor interview');
  await lib.addDialog.getByLabel('Confidential source').check();
  await lib.confirmAdd();

  // A quote list whose columns need mapping, into the personal library.
  await lib.chooseSourceFile('bridge-quotes.csv');
  const mapping = lib.addDialog.getByRole('group', { name: 'Columns' });
  await expect(mapping).toBeVisible();
  const columns: Array<[string, string]> = [
    ['Quote text', 'quote'],
    ['Speaker', 'person'],
    ['Date', 'when'],
    ['Source', 'outlet'],
    ['URL', 'link'],
    ['Tags', 'topics'],
  ];
  await lib.setDetail('Title', 'Bridge quotes');
  await lib.addDialog.getByRole('radio', { name: /Personal library/ }).check();
  for (const [field, column] of columns) await mapping.getByLabel(`Column for ${field}`).selectOption(column);
  await lib.addDialog.getByText(/passages? found/).scrollIntoViewIfNeeded();
  await lib.shots('add-source-mapping', shot);
  await lib.confirmAdd();

  await lib.showSources();
  const projectList = lib.library.getByRole('list', { name: 'Sources in this project' });
  const personalList = lib.library.getByRole('list', { name: 'Sources in your personal library' });
  await expect(projectList.getByRole('listitem').filter({ hasText: 'Okafor interview' })).toContainText('Confidential');
  await expect(projectList).toContainText('Interview transcript');
  await expect(personalList.getByRole('listitem').filter({ hasText: 'Bridge quotes' })).toContainText('4 passages');
  await expect(lib.library).toContainText('Attaching to claim 1');
  await expect(page).toHaveTitle(/^(?!.*Okafor interview)/);

  // Search with typos; matched words marked; pinpoint, speaker and library shown.
  await lib.search('reopne septmber');
  const reopen = lib.hit('reopen to all traffic');
  await expect(reopen).toHaveCount(1);
  await expect(reopen.locator('mark.hit').first()).toBeVisible();
  await expect(reopen.locator('mark.hit', { hasText: /reopen/i })).toHaveCount(1);
  await expect(reopen).toContainText('00:00:09');
  await expect(reopen).toContainText('Ruth Okafor');
  await expect(reopen).toContainText('Project');
  await lib.shots('search', shot);

  await reopen.getByRole('button', { name: 'Attach...' }).click();
  const attach = lib.attachDialogs;
  await expect(attach).toHaveAccessibleName('Attach to claim 1');
  await expect(attach.getByLabel('Pinpoint')).toHaveValue('00:00:09');
  await attach.getByLabel('Note').fill('Said on tape, word for word.');
  await attach.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(attach).toBeHidden();

  // A personal-library entry attached to the other claim, as contradicting it.
  await lib.markFor(BILL_CLAIM).click();
  await expect(lib.library).toContainText('Attaching to claim 2');
  await lib.search('haskel ten milion');
  const haskell = lib.hit('ten million pounds');
  await expect(haskell).toContainText('Personal library');
  await haskell.getByRole('button', { name: 'Attach...' }).click();
  await attach.getByRole('radio', { name: 'Contradicts' }).check();
  await attach.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(attach).toBeHidden();

  const claimIds = async () => ({
    bill: (await lib.markFor(BILL_CLAIM).getAttribute('data-claim-id')) as string,
    reopen: (await lib.markFor(REOPEN_CLAIM).getAttribute('data-claim-id')) as string,
  });
  const ids = await claimIds();
  await expect(lib.badge(ids.reopen)).toHaveText('1');
  await expect(lib.badge(ids.bill)).toHaveText('1');
  await expect(lib.markFor(REOPEN_CLAIM)).toHaveAttribute('title', /1 source: Okafor interview/);

  // The inspector lists the link; "Open source at passage" opens the viewer there; find in source.
  await lib.tab('Claims').click();
  await lib.markFor(REOPEN_CLAIM).click();
  const links = lib.inspector.getByRole('list', { name: 'Sources of claim 1' });
  const link = links.getByRole('listitem', { name: 'Okafor interview' });
  await expect(link).toContainText('Supports');
  await expect(link).toContainText('00:00:09');
  await expect(link).toContainText('Said on tape, word for word.');
  await expect(link).toContainText('The bridge will reopen to all traffic');
  await lib.shots('inspector-links', shot);
  await link.getByRole('button', { name: 'Open source at passage' }).click();
  const viewer = lib.viewer('Okafor interview');
  await expect(viewer).toBeVisible();
  await expect(viewer.locator('.viewer-passage.is-target')).toContainText('reopen to all traffic');
  await viewer.getByRole('searchbox', { name: 'Find in source' }).fill('bridge');
  await expect(viewer.getByRole('status', { name: 'Matches' })).toHaveText('1 of 2');
  await viewer.getByRole('button', { name: 'Next' }).click();
  await expect(viewer.getByRole('status', { name: 'Matches' })).toHaveText('2 of 2');
  await expect(viewer.locator('mark.find-hit.is-current')).toHaveText(/bridge/i);
  await lib.shots('source-viewer', shot);
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  await lib.expectSaved();

  const stored = JSON.parse(await readFile(path.join(folder, 'project.factdesk'), 'utf8')) as {
    claims: Array<{ links: Array<{ relation: string; pinpoint: string }> }>;
    sources: Array<{ title: string; fromLibrary?: string | null }>;
  };
  const storedLinks = stored.claims.flatMap((c) => c.links);
  expect(storedLinks.map((l) => l.relation).sort()).toEqual(['contradicts', 'supports']);
  expect(storedLinks.find((l) => l.relation === 'supports')?.pinpoint).toBe('00:00:09');
  expect(stored.sources.map((s) => s.title).sort()).toEqual(['Bridge quotes', 'Okafor interview']);

  // Close and reopen: the links, the badges and the inspector are all still there.
  await lib.closeButton.click();
  await welcome.expectVisible();
  await welcome.recentProject(TITLE).click();
  await expect(lib.heading(TITLE)).toBeVisible();
  const again = await claimIds();
  await expect(lib.badge(again.reopen)).toHaveText('1');
  await expect(lib.badge(again.bill)).toHaveText('1');
  await lib.markFor(REOPEN_CLAIM).click();
  await expect(lib.inspector.getByRole('listitem', { name: 'Okafor interview' })).toContainText('00:00:09');
  await lib.showSources();
  await expect(lib.library.getByRole('list', { name: 'Sources in this project' })).toContainText('Okafor interview');
  await lib.search('reopne');
  await expect(lib.hit('reopen to all traffic')).toHaveCount(1);
  await lib.search('');
  await lib.shots('library', shot);
  // The search ran in the Web Worker (built to its own file, allowed by the strict CSP), not in the main process.
  expect(requests.some((url) => /\/assets\/search-worker-[\w-]+\.js$/.test(url))).toBe(true);
  expect(requests.filter((url) => url.includes('/api/searchLibrary'))).toEqual([]);
  expectOnlyLocalRequests(requests);
});

test('a large quote list shows its progress while it is added, and Cancel adding leaves the library as it was', async ({
  page,
  harness,
}) => {
  test.setTimeout(300_000);
  const shot = screenshots(page, 'library-import-');
  const welcome = new WelcomePage(page);
  const lib = new LibraryPage(page);
  await welcome.expectVisible();
  await welcome.createProject('Large import', path.join(harness.projectsDir, 'large-import'));
  // About 15 MB: large enough to be read in the import thread with many progress steps, small enough to pick here.
  const rows = Array.from(
    { length: 190_000 },
    (_, i) => `"Harbour statement ${i}, on the bridge and the pier",Ana Reyes,2024-03-05`,
  );
  const csvPath = path.join(harness.projectsDir, 'statements.csv');
  await writeFile(csvPath, `quote,speaker,date\n${rows.join('\n')}\n`);
  await lib.runCommand('Add source');
  await expect(lib.addDialog).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await lib.addDialog.getByRole('button', { name: 'Choose files...' }).click();
  await (await chooser).setFiles(csvPath, { timeout: 60_000 });
  await expect(lib.addDialog.getByText(/190,000 passages? found/)).toBeVisible({ timeout: 120_000 });
  await lib.setDetail('Title', 'Statements');
  await lib.addDialog.getByRole('button', { name: 'Add source', exact: true }).click({ timeout: 60_000 });
  const status = lib.addDialog.getByRole('status', { name: 'Adding progress' });
  await expect(status).toContainText(/Reading Statements: \d+%/, { timeout: 120_000 });
  const cancel = lib.addDialog.getByRole('button', { name: 'Cancel adding' });
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 640 },
  ]) {
    await page.setViewportSize(size);
    await status.scrollIntoViewIfNeeded();
    await shot(`progress-${size.width}`);
  }
  await cancel.focus();
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(lib.addDialog.getByText('Cancelled: nothing was added.')).toBeVisible({ timeout: 60_000 });
  await shot('cancelled');
  await lib.addDialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(lib.addDialog).toBeHidden();
  const project = JSON.parse(
    await readFile(path.join(harness.projectsDir, 'large-import', 'project.factdesk'), 'utf8'),
  );
  expect(project.sources).toEqual([]);
  await expect(readdir(path.join(harness.projectsDir, 'large-import', 'sources')).catch(() => [])).resolves.toEqual([]);
});

test('the keyboard follows the Add source dialog: to the title once the file is read, back to Add source after', async ({
  page,
  harness,
}) => {
  const welcome = new WelcomePage(page);
  const lib = new LibraryPage(page);
  await welcome.expectVisible();
  await welcome.createProject('Harbour focus', path.join(harness.projectsDir, 'harbour-focus'));
  await lib.useDraft(await readSampleDraft());
  await lib.showSources();
  await page.getByRole('button', { name: 'Add source...' }).click();
  await expect(lib.addDialog).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await lib.addDialog.getByRole('button', { name: 'Choose files...' }).click();
  await (await chooser).setFiles(path.join('test', 'fixtures', 'e2e', 'okafor-interview.txt'));
  await expect(lib.addDialog.getByText(/passages? found/)).toBeVisible();
  // The button that chose the file is gone: the first detail to check has the keyboard.
  await expect(lib.addDialog.getByLabel('Title')).toBeFocused();
  await lib.confirmAdd();
  // The empty list's "Add source..." is now the list's own: focus goes there, not to the page.
  await expect(page.getByRole('button', { name: 'Add source...' })).toBeFocused();
});
