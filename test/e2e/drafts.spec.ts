// Drafts and claims end to end through the browser harness: importing every format by drop and by command, the
// encoding question, suggestions, marking by selection, keyboard moves, a re-imported version with exact, changed
// and orphaned claims, re-attaching an orphan, comparing versions; screenshots of each view in both themes.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectOnlyLocalRequests, test } from './support/fixtures';
import { expectScreenFinished } from './support/screen-checks';
import { screenshots } from './support/slice-steps';
import { DraftsPage } from './pages/drafts-page';
import { WelcomePage } from './pages/welcome-page';

const LIBRARY_HEADING = 'Library budget cut splits the council';

async function newProject(page: Page, projectsDir: string, title: string): Promise<DraftsPage> {
  const welcome = new WelcomePage(page);
  await welcome.expectVisible();
  await welcome.createProject(title, path.join(projectsDir, title.toLowerCase().replace(/\W+/g, '-')));
  const drafts = new DraftsPage(page);
  await expect(drafts.heading(title)).toBeVisible();
  return drafts;
}

test.describe('drafts and claims', () => {
  test('every format imports by drop and by the Import draft command, with headings and a summary', async ({
    page,
    harness,
    requests,
  }) => {
    const drafts = await newProject(page, harness.projectsDir, 'Library budget');
    const formats = ['library-budget.docx', 'library-budget.md', 'library-budget.html'];
    await drafts.dropFile(formats[0] as string);
    await drafts.expectSummary('Version 1 imported from library-budget.docx');
    await expect(drafts.draft.getByRole('heading', { name: LIBRARY_HEADING })).toBeVisible();
    await expect(drafts.draft).toContainText('balance the books');
    await drafts.dropFile('library-budget.md');
    await drafts.expectSummary('Version 2: 0 exact, 0 changed, 0 orphaned');
    await expect(drafts.draft.getByRole('heading', { name: LIBRARY_HEADING })).toBeVisible();
    await drafts.dropFile('library-budget.html');
    await drafts.expectSummary('Version 3: 0 exact, 0 changed, 0 orphaned');
    await expect(drafts.draft.getByRole('heading', { name: LIBRARY_HEADING })).toBeVisible();
    await drafts.dropFile('tram-line-v1.txt', 'text/plain');
    await drafts.expectSummary('Version 4: 0 exact, 0 changed, 0 orphaned');
    await expect(drafts.draft).toContainText('Riverside tram line');

    for (const [i, name] of [...formats, 'tram-line-v2.txt'].entries()) {
      if (i % 2 === 0) await drafts.importWithShortcut(name);
      else await drafts.importWithPalette(name);
      await drafts.expectSummary(`Version ${5 + i}:`);
    }
    await expect(drafts.draft).toContainText('Single tickets will cost the same');
    await drafts.dropFile('tram-line-v2.txt', 'text/plain');
    await drafts.expectSummary('No new version: Tram-line-v2.txt has the same text as version 8.');
    await drafts.tab('Versions').click();
    await expect(drafts.versions.getByRole('listitem')).toHaveCount(8);
    await expect(drafts.versions.getByRole('listitem').first()).toContainText('tram-line-v2.txt');
    await drafts.expectSaved();
    expectOnlyLocalRequests(requests);
  });

  test('a Windows-1252 text file asks for its encoding; cancel keeps the project as it was', async ({
    page,
    harness,
  }) => {
    const shot = screenshots(page, 'drafts-');
    const drafts = await newProject(page, harness.projectsDir, 'Cafe parking');
    await drafts.dropFile('cafe-parking-1252.txt', 'text/plain');
    await expect(drafts.encodingDialog).toBeVisible();
    await expect(drafts.encodingDialog.getByRole('radio', { name: /Windows-1252/ })).toBeChecked();
    await shot('encoding-dialog');
    await drafts.encodingDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(drafts.encodingDialog).toBeHidden();
    await expect(drafts.draftTextbox).toBeVisible();

    await drafts.importWithShortcut('cafe-parking-1252.txt');
    await expect(drafts.encodingDialog).toBeVisible();
    await drafts.encodingDialog.getByRole('button', { name: 'Import' }).click();
    await drafts.expectSummary('Version 1 imported from cafe-parking-1252.txt');
    await expect(drafts.draft).toContainText('Café owners on Mill Lane say the new parking fees – €4 an hour');
    await expect(drafts.draft).toContainText('“It’s the quietest winter we’ve had,” said owner Renée Marsh.');
  });

  test('suggestions are ranked and limited, accepted with one key and by kind, and dismissed with D', async ({
    page,
    harness,
  }) => {
    const drafts = await newProject(page, harness.projectsDir, 'Tram suggestions');
    await drafts.dropFile('tram-line-v1.txt', 'text/plain');
    await drafts.expectSummary('Version 1');
    await drafts.tab('Suggestions').click();
    await expect(drafts.suggestionItems.first()).toBeVisible();
    // By default only the most check-worthy 15% of the sentences are listed: here one, the least there can be.
    const coverage = drafts.suggestions.getByRole('status');
    await expect(coverage).toContainText(/from the 1 most check-worthy of \d+ sentences; \d+ more/);
    await expect(drafts.suggestionItems.first()).toHaveAccessibleName(/check-worthiness \(score \d\.\d\d of 1\)/);
    await expect(drafts.suggestionItems.first().locator('.score-chip')).toHaveText(/^(High|Medium|Low)/);
    const limited = await drafts.suggestionItems.count();
    const cover = drafts.suggestions.getByLabel('Sentences');
    await expect(cover).toHaveValue('2');
    await cover.focus();
    await cover.selectOption({ label: 'All' });
    await expect(coverage).toContainText('most check-worthy first');
    await expect.poll(() => drafts.suggestionItems.count()).toBeGreaterThan(limited);
    const before = await drafts.suggestionItems.count();
    expect(before).toBeGreaterThan(2);

    await drafts.suggestionItems.first().focus();
    await page.keyboard.press('a');
    await expect(drafts.suggestionItems).toHaveCount(before - 1);
    await expect(page.getByText('Suggestion accepted as a claim.')).toBeAttached();
    await expect(drafts.tab('Claims')).toContainText('1');

    await expect(drafts.suggestionItems.first()).toBeFocused();
    await page.keyboard.press('d');
    await expect(drafts.suggestionItems).toHaveCount(before - 2);
    await expect(drafts.tab('Claims')).toContainText('1');

    const filter = drafts.suggestions.getByLabel('Show');
    const numberOption = filter.locator('option', { hasText: /^Number \(\d+\)$/ });
    if ((await numberOption.count()) > 0) {
      await filter.selectOption({ label: (await numberOption.textContent()) ?? '' });
      const numbers = await drafts.suggestionItems.count();
      await drafts.suggestions.getByRole('button', { name: 'Accept all numbers' }).click();
      await expect(drafts.tab('Claims')).toContainText(String(1 + numbers));
    }
    await drafts.tab('Claims').click();
    await expect(drafts.marks.first()).toBeVisible();
    await drafts.expectSaved();
  });

  test('a re-imported version keeps exact claims, shows changed ones with a diff and lists orphans to re-attach', async ({
    page,
    harness,
  }) => {
    const shot = screenshots(page, 'drafts-');
    const drafts = await newProject(page, harness.projectsDir, 'Tram line');
    await drafts.importWithShortcut('tram-line-v1.txt');
    await drafts.expectSummary('Version 1 imported from tram-line-v1.txt');
    await drafts.markWithShortcut('212 million euros');
    await drafts.markWithShortcut('the testing is going well');
    await drafts.markWithButton('cut their takings by half during 2024');
    await expect(drafts.claimItems).toHaveCount(3);
    // The new claim is selected once the mark's reply arrives (the list may update first, from the change event).
    await expect(drafts.markFor('cut their takings by half during 2024')).toHaveClass(/is-selected/);

    // Keys: J and K move between claims, 4 sets the fourth status (Verified), Enter opens the inspector.
    // The claim marked last is selected; K goes back through the draft, J forward.
    await drafts.draft.getByRole('document', { name: 'Article text' }).focus();
    await page.keyboard.press('k');
    await expect(drafts.markFor('the testing is going well')).toHaveClass(/is-selected/);
    await page.keyboard.press('4');
    // Verified with no source attached asks first; the keyboard answers, then goes on in the draft.
    const ask = page.getByRole('alertdialog', { name: 'No source attached' });
    await ask.getByRole('button', { name: 'Mark Verified' }).press('Enter');
    await expect(ask).toBeHidden();
    await expect(drafts.statusSelect(2).locator('option:checked')).toHaveText('Verified');
    await drafts.draft.getByRole('document', { name: 'Article text' }).focus();
    await page.keyboard.press('k');
    await expect(drafts.markFor('212 million euros')).toHaveClass(/is-selected/);
    await page.keyboard.press('j');
    await expect(drafts.markFor('the testing is going well')).toHaveClass(/is-selected/);
    await page.keyboard.press('k');
    await page.keyboard.press('Enter');
    await expect(drafts.inspector).toBeFocused();

    // People: added in Project settings, then assigned in the inspector.
    await drafts.runCommand('Project settings');
    await drafts.settingsDialog.getByRole('textbox', { name: 'Add a person who checks claims' }).fill('Ana Ruiz');
    await drafts.settingsDialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(drafts.settingsDialog.getByRole('button', { name: 'Remove Ana Ruiz' })).toBeVisible();
    await shot('project-settings');
    await drafts.settingsDialog.getByRole('button', { name: 'Save' }).click();
    await expect(drafts.settingsDialog).toBeHidden();
    await drafts.inspector.getByLabel('Assignee of claim 1').selectOption('Ana Ruiz');
    await expect(drafts.inspector.getByRole('list', { name: 'History of claim 1' })).toContainText(
      'assigned it to Ana Ruiz',
    );

    await drafts.dropFile('tram-line-v2.txt', 'text/plain');
    await drafts.expectSummary('Version 2: 1 exact, 1 changed, 1 orphaned');
    await shot('import-summary');
    await expect(drafts.markFor('the safety testing is going very well')).toHaveAttribute('data-status', 're-check');
    await drafts.markFor('the safety testing is going very well').click();
    await expect(drafts.inspector.locator('ins')).toContainText(['safety', 'very']);
    await expect(drafts.inspector.getByRole('term')).toHaveText(['Previous version', 'This version']);
    await expect(drafts.inspector.getByRole('definition')).toHaveText([
      'the testing is going well',
      'the safety testing is going very well',
    ]);
    await expect(drafts.inspector).toContainText('changed status from Verified to Re-check');
    await shot('claim-inspector-changed');

    await drafts.summary.getByRole('button', { name: 'Show orphaned claims' }).click();
    await expect(drafts.orphans.getByRole('listitem').filter({ hasText: 'cut their takings' })).toBeVisible();
    await shot('orphans');
    await drafts.selectInDraft('Single tickets will cost the same as on the city');
    await drafts.orphans.getByRole('button', { name: 'Re-attach claim 3 to selection' }).click();
    await expect(drafts.orphans).toContainText('No orphaned claims');
    await expect(drafts.markFor('Single tickets will cost the same as on the city')).toHaveCount(1);
    await expect(page.getByText('Claim re-attached to the selected text.')).toBeAttached();

    await drafts.tab('Versions').click();
    await shot('versions');
    await drafts.versions.getByRole('button', { name: 'Compare version 1 with version 2' }).click();
    await expect(drafts.compareDialog).toBeVisible();
    await expect(drafts.compareDialog.getByRole('status')).toHaveText(/\d+ words added, \d+ words removed/);
    await expect(drafts.compareDialog.locator('del').filter({ hasText: 'Canal Road' })).toHaveCount(1);
    await expect(drafts.compareDialog.locator('ins').filter({ hasText: 'Single tickets' })).toHaveCount(1);
    await shot('compare');
    await page.keyboard.press('Escape');
    await expect(drafts.compareDialog).toBeHidden();
    await drafts.expectSaved();
  });

  test('the new views in light and dark, at 1280x800 and the project view at 1024x640', async ({ page, harness }) => {
    const drafts = await newProject(page, harness.projectsDir, 'Tram screenshots');
    await drafts.dropFile('tram-line-v1.txt', 'text/plain');
    await drafts.expectSummary('Version 1');
    await drafts.markWithShortcut('the testing is going well');
    await drafts.markWithShortcut('212 million euros');
    await drafts.dropFile('tram-line-v2.txt', 'text/plain');
    await drafts.expectSummary('Version 2: 1 exact, 1 changed, 0 orphaned');
    for (const theme of ['Light', 'Dark'] as const) {
      const shot = screenshots(page, `drafts-${theme.toLowerCase()}-`);
      await drafts.setTheme(theme);
      await drafts.tab('Suggestions').click();
      await expect(drafts.suggestionItems.first()).toBeVisible();
      await page.getByLabel('Underline suggestions').check();
      await drafts.suggestionItems.first().focus();
      await expectScreenFinished(page, [drafts.suggestions, drafts.suggestionItems.first(), drafts.draft]);
      await shot('suggestions');
      await page.setViewportSize({ width: 1024, height: 640 });
      await expectScreenFinished(page, [drafts.suggestions, drafts.suggestionItems.first()]);
      await shot('suggestions-1024x640');
      await page.setViewportSize({ width: 1280, height: 800 });
      await drafts.tab('Claims').click();
      await drafts.markFor('the safety testing is going very well').click();
      await expectScreenFinished(page, [drafts.inspector, drafts.claims, drafts.draft]);
      await shot('claims-inspector');
      await drafts.tab('Versions').click();
      await expectScreenFinished(page, [
        drafts.versions.getByRole('heading', { name: 'Version 2' }),
        drafts.versions.getByRole('heading', { name: 'Version 1' }),
        drafts.versions.getByRole('button', { name: 'Compare version 1 with version 2' }),
      ]);
      await shot('versions');
      await drafts.runCommand('Show orphaned claims');
      await expectScreenFinished(page, [drafts.orphans]);
      await shot('orphans-empty');
      await drafts.runCommand('Compare draft versions');
      await expect(drafts.compareDialog.getByRole('status')).toHaveText(/words added/);
      await expectScreenFinished(page, [
        drafts.compareDialog.locator('ins').first(),
        drafts.compareDialog.locator('del').first(),
      ]);
      await shot('compare');
      await page.keyboard.press('Escape');
      await drafts.tab('Claims').click();
      await page.setViewportSize({ width: 1024, height: 640 });
      await expectScreenFinished(page, [drafts.draft, drafts.claims, drafts.closeButton]);
      await expect(drafts.claimItems).toHaveCount(2);
      await shot('project-1024x640');
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByLabel('Underline suggestions').uncheck();
    }
  });
});
