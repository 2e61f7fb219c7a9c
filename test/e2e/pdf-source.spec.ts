// A PDF as a source, end to end through the browser harness: a reporter adds a two-column PDF through the Add source
// dialog (its preview shows page-and-line pinpoints), finds a passage with a misspelt search, attaches it to a claim
// with its pinpoint, runs the quote check (a quote from the second column and one across a hyphenated line end are
// found, with "p. 1, l. N" shown) and exports the appendix, which cites the page.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { expect, expectOnlyLocalRequests, REPO_ROOT, test } from './support/fixtures';
import { screenshots } from './support/slice-steps';
import { LibraryPage } from './pages/library-page';
import { QuoteCheckPage } from './pages/quote-check-page';
import { WelcomePage } from './pages/welcome-page';

const PDF = path.join(REPO_ROOT, 'test', 'fixtures', 'sources', 'pdf', 'two-column.pdf');
const QUOTE = 'with malice toward none, with charity for all';
const PIN = 'p. 1, l. 83';

const DRAFT = `Lincoln looks back

The address asks the nation to act "${QUOTE}."

"Little that is new could be presented," the address says of the four years since.
`;

test('add a two-column PDF, search it, attach a passage, check the quotes and export the page', async ({
  page,
  harness,
  requests,
}) => {
  // Nine screenshots, a PDF read twice and an export on a shared machine: more than the default minute.
  test.setTimeout(300_000);
  const shot = screenshots(page, 'pdf-');
  const welcome = new WelcomePage(page);
  const lib = new LibraryPage(page);
  const qc = new QuoteCheckPage(page);
  await welcome.expectVisible();
  await welcome.createProject('Lincoln looks back', path.join(harness.projectsDir, 'lincoln'));
  await lib.useDraft(DRAFT);
  await lib.markWithShortcut(QUOTE);
  await expect(lib.markFor(QUOTE)).toHaveCount(1);

  // The empty Sources tab names PDFs among the documents it takes.
  await lib.showSources();
  await expect(lib.library).toContainText('documents (PDF, DOCX, HTML, Markdown)');
  await lib.shots('sources-empty', shot);

  // The Add source dialog's file chooser takes the PDF; the preview shows what was read, pinpointed by page and line.
  await lib.runCommand('Add source');
  await expect(lib.addDialog).toBeVisible();
  await expect(lib.addDialog).toContainText('documents (PDF, DOCX, HTML, Markdown)');
  const chooser = page.waitForEvent('filechooser');
  await lib.addDialog.getByRole('button', { name: 'Choose files...' }).click();
  await (await chooser).setFiles(PDF);
  await expect(lib.addDialog.getByText('7 passages found')).toBeVisible({ timeout: 60_000 });
  const sample = lib.addDialog.getByRole('list', { name: 'Sample passages' });
  await expect(sample).toContainText('p. 1, l. 1');
  await expect(lib.addDialog.getByLabel('Title', { exact: true })).toHaveValue('Second Inaugural Address');
  await lib.shots('add-source', shot);
  await lib.confirmAdd();

  // Search with a typo; the passage from the second column shows its page and line; attach it with that pinpoint.
  await lib.showSources();
  await expect(lib.library.getByRole('list', { name: 'Sources in this project' })).toContainText(
    'Second Inaugural Address',
  );
  await lib.search('malise toward none');
  const hit = lib.hit('With malice toward none');
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText(PIN);
  await hit.getByRole('button', { name: 'Attach...' }).click();
  await expect(lib.attachDialogs).toHaveAccessibleName('Attach to claim 1');
  await expect(lib.attachDialogs.getByLabel('Pinpoint')).toHaveValue(PIN);
  await lib.attachDialogs.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(lib.attachDialogs).toBeHidden();
  const claimId = (await lib.markFor(QUOTE).getAttribute('data-claim-id')) as string;
  await expect(lib.badge(claimId)).toHaveText('1');

  // The quote check finds both quotes in the PDF and names the page and line of each.
  await page.keyboard.press('ControlOrMeta+Shift+U');
  await expect(qc.region).toBeVisible();
  await expect(qc.summary).toHaveText('2 quotes: 2 exact', { timeout: 60_000 });
  const malice = qc.row(1);
  await expect(malice).toHaveAccessibleName('Quote 1: Exact');
  await expect(malice).toContainText('Second Inaugural Address');
  await expect(malice).toContainText(PIN);
  // Across the line end "pres-" / "ented" in the left column.
  const hyphenated = qc.row(2);
  await expect(hyphenated).toHaveAccessibleName('Quote 2: Exact');
  await expect(hyphenated).toContainText('p. 1, l. 3');
  await qc.expectSaved();
  await qc.shots('quote-check', shot);

  // The exported appendix cites the page of the attached passage.
  await page.keyboard.press('ControlOrMeta+Shift+E');
  const exportDialog = page.getByRole('dialog', { name: 'Export appendix' });
  await expect(exportDialog).toBeVisible();
  await exportDialog.getByLabel('Markdown', { exact: true }).check();
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  const done = exportDialog.getByRole('status').filter({ hasText: 'Exported to' });
  await expect(done).toBeVisible({ timeout: 60_000 });
  const appendix = await readFile((await done.locator('.export-path').textContent()) ?? '', 'utf8');
  expect(appendix).toContain(QUOTE);
  expect(appendix).toContain('Second Inaugural Address');
  expect(appendix).toContain(`at ${PIN}`);

  expectOnlyLocalRequests(requests);
});
