// The editor's desk end to end through the browser harness: filter, bulk status, sign-off and its lapse, the publish
// gate, the activity log, the status vocabulary and exports (Markdown and Word) read back from disk, asking before an
// export replaces a file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DeskPage } from './pages/desk-page';
import { WelcomePage } from './pages/welcome-page';
import { expect, expectOnlyLocalRequests, test } from './support/fixtures';
import { expectScreenFinished } from './support/screen-checks';
import { FIRST_CLAIM, SECOND_CLAIM, readSampleDraft, screenshots } from './support/slice-steps';

const THIRD_CLAIM = 'about 18,000 vehicles crossed the bridge each day';
const FOURTH_CLAIM = 'the final bill would pass £10 million';

/** A project with the sample draft and four claims, claim 1 verified. */
async function deskProject(page: Page, projectsDir: string): Promise<DeskPage> {
  const welcome = new WelcomePage(page);
  await welcome.createProject('Harbour bridge', path.join(projectsDir, 'harbour-bridge'));
  const desk = new DeskPage(page);
  await desk.useDraft(await readSampleDraft());
  for (const phrase of [FIRST_CLAIM, SECOND_CLAIM, THIRD_CLAIM, FOURTH_CLAIM]) await desk.markWithButton(phrase);
  await expect(desk.claimItems).toHaveCount(4);
  await desk.statusSelect(1).selectOption({ label: 'Verified' });
  await desk.page
    .getByRole('alertdialog', { name: 'No source attached' })
    .getByRole('button', { name: 'Mark Verified' })
    .click();
  await expect(desk.page.getByText('1 of 4 claims cleared')).toBeVisible();
  return desk;
}

test.describe('the editor’s desk', () => {
  test('an editor filters, sets a status in bulk, signs off, sees it lapse, checks the gate and exports', async ({
    page,
    harness,
    requests,
  }) => {
    const shot = screenshots(page, 'desk-');
    const desk = await deskProject(page, harness.projectsDir);
    await expect(page.getByText('1 of 4 claims cleared')).toBeVisible();
    await expect(page.getByRole('button', { name: '3 blocking' })).toBeVisible();
    await expect(page.getByText('Story not signed off')).toBeVisible();

    // The desk table: every claim, sortable.
    await desk.show('Desk');
    await desk.expectRowCount(4);
    await expect(desk.columnHeader('No.')).toHaveAttribute('aria-sort', 'ascending');
    await desk.columnHeader('Status').getByRole('button').click();
    await expect(desk.columnHeader('Status')).toHaveAttribute('aria-sort', 'ascending');
    await expect(desk.bodyRows.first()).toContainText('Unchecked');
    await desk.columnHeader('Status').getByRole('button').click();
    await expect(desk.columnHeader('Status')).toHaveAttribute('aria-sort', 'descending');
    await expect(desk.bodyRows.first()).toContainText('Verified');
    await shot('table');

    // Filter to the unchecked claims, select them all and set them in progress.
    await page.getByLabel('Filter by status').selectOption({ label: 'Unchecked' });
    await desk.expectRowCount(3);
    await expect(page.getByText('Showing 3 of 4 claims')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Select all visible claims' }).check();
    await expect(page.getByText('3 claims selected')).toBeVisible();
    await shot('bulk');
    await desk.bulkStatus('In progress');
    await desk.expectRowCount(0);
    await expect(page.getByText('No claim matches these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await desk.expectRowCount(4);
    await expect(desk.bodyRows.filter({ hasText: 'In progress' })).toHaveCount(3);
    await page.getByRole('button', { name: 'Clear selection' }).click();

    // Group by status: collapsible headers with counts.
    await page.getByLabel('Group by').selectOption('status');
    const group = desk.grid.locator('.desk-group').filter({ hasText: 'In progress' });
    await expect(group).toContainText('3');
    await group.click();
    await expect(group).toHaveAttribute('aria-expanded', 'false');
    await desk.expectRowCount(1);
    await shot('grouped');
    await group.click();
    await page.getByLabel('Group by').selectOption('none');
    await desk.columnHeader('No.').getByRole('button').click();

    // Sign off claim 2 and the story. Claim 2 is still in progress, so signing it off is asked first, as the story is.
    await desk.row(2).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Sign off selected' }).click();
    const claimQuestion = page.getByRole('dialog', { name: 'This claim still blocks publication' });
    await expect(claimQuestion.getByRole('listitem')).toHaveCount(1);
    await expect(claimQuestion.getByRole('listitem')).toContainText(/Claim 2.*“In progress”/);
    await expect(desk.row(2)).not.toContainText('Signed off');
    await claimQuestion.getByRole('button', { name: 'Sign off with 1 open blocker' }).click();
    await expect(claimQuestion).toBeHidden();
    await expect(desk.row(2)).toContainText('Signed off');
    // Claims still block publication, so signing off the story is asked first, in the app's own dialog that lists
    // them. Escape cancels and gives focus back to the button; focus stays inside while it is open.
    const signOffStory = page.getByRole('button', { name: 'Sign off story' });
    await signOffStory.click();
    const question = page.getByRole('dialog', { name: '3 claims still block publication' });
    await expect(question).toBeVisible();
    const blockers = question.getByRole('list', { name: 'Claims that block publication' }).getByRole('listitem');
    await expect(blockers).toHaveCount(3);
    await expect(blockers.first()).toContainText(/Claim 2.*Its status, “In progress”, blocks publication\./);
    await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
    for (let i = 0; i < 4; i += 1) {
      await page.keyboard.press('Tab');
      await expect(question.locator(':focus')).toHaveCount(1);
    }
    await shot('sign-off-question');
    await page.keyboard.press('Escape');
    await expect(question).toBeHidden();
    await expect(signOffStory).toBeFocused();
    await expect(page.getByText('Story not signed off')).toBeVisible();
    await signOffStory.click();
    await question.getByRole('button', { name: 'Sign off with 3 open blockers' }).click();
    await expect(question).toBeHidden();
    // One truthful state in the header: signed off, with the claims that are still open.
    await expect(page.getByRole('button', { name: /^Signed off by .+ with 3 open blockers$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: '3 blocking' })).toBeHidden();

    // A new draft version changes claim 2's words: both sign-offs lapse, visibly.
    await desk.runCommand('Paste a new draft version');
    const sample = await readSampleDraft();
    await page
      .getByLabel('New version text')
      .fill(sample.replace('first week of September', 'second week of September'));
    await page
      .getByRole('dialog', { name: 'Paste a new draft version' })
      .getByRole('button', { name: /Use|Paste|Import/ })
      .last()
      .click();
    await expect(page.getByText('Story sign-off lapsed')).toBeVisible();
    await desk.show('Desk');
    await expect(desk.row(2)).toContainText('Sign-off lapsed');
    await shot('lapsed');

    // Keyboard: focus the first row, move down, Enter opens claim 2 in the draft.
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await desk.row(1).focus();
    await page.keyboard.press('ArrowDown');
    await expect(desk.row(2)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(desk.row(2)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(desk.draft).toBeVisible();
    await expect(desk.draft.locator('mark.is-selected')).toContainText('second week of September');
    await expect(page.getByRole('region', { name: 'Claim inspector' })).toBeFocused();

    // The publish gate lists what stands in the way, and each claim opens in the draft.
    await desk.runCommand('Ready to publish?');
    await expect(page.getByRole('heading', { name: 'Ready to publish?' })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: /Not ready to publish: \d+ things need attention\.$/ }),
    ).toBeVisible();
    const noSource = page.getByRole('region', { name: 'Claims with no source' });
    await expect(noSource.getByRole('button')).toHaveCount(4);
    await expect(page.getByRole('region', { name: 'Sign-off' })).toContainText('claims changed afterwards');
    await shot('gate');
    await noSource.getByRole('button', { name: /Claim 3/ }).click();
    await expect(desk.draft.locator('mark.is-selected')).toContainText('18,000 vehicles');

    // The activity log, with its chain check.
    await desk.show('Activity log');
    await expect(page.getByText(/^Log intact: \d+ entries$/)).toBeVisible();
    await expect(page.getByText('Signed off the whole story (4 claims at the time)')).toBeVisible();
    await shot('log');

    // The status vocabulary: removing a status in use is refused with the sentence; adding one is saved.
    await page.getByRole('button', { name: 'Statuses' }).click();
    await expect(desk.statusesDialog).toBeVisible();
    await desk.statusesDialog.getByRole('button', { name: 'Remove In progress' }).click();
    await expect(desk.statusesDialog.getByRole('alert')).toHaveText(
      '3 claims have the status "In progress": give them another status before removing it.',
    );
    await desk.statusesDialog.getByLabel('New status name').fill('Needs lawyer');
    await desk.statusesDialog.getByRole('button', { name: 'Add status' }).click();
    await desk.statusesDialog.getByRole('button', { name: 'Move Needs lawyer up' }).click();
    await shot('statuses');
    await desk.statusesDialog.getByRole('button', { name: 'Save statuses' }).click();
    await expect(desk.statusesDialog).toBeHidden();
    await desk.show('Desk');
    await expect(page.getByLabel('Filter by status').locator('option', { hasText: 'Needs lawyer' })).toHaveCount(1);

    // Export: the confidential warning needs a second yes; Markdown and Word land on disk.
    await page.keyboard.press('ControlOrMeta+Shift+E');
    await expect(desk.exportDialog).toBeVisible();
    await expect(desk.exportDialog.getByLabel('Preview of the appendix')).toContainText(FIRST_CLAIM);
    await desk.exportDialog.getByLabel('Include confidential sources').check();
    await expect(desk.exportDialog.getByText('Confidential sources will be in this file.')).toBeVisible();
    const exportButton = desk.exportDialog.getByRole('button', { name: 'Export', exact: true });
    await expect(exportButton).toBeDisabled();
    await shot('export-confidential');
    await desk.exportDialog.getByLabel('Include confidential sources').uncheck();
    await expect(exportButton).toBeEnabled();
    await exportButton.click();
    const done = desk.exportDialog.getByRole('status').filter({ hasText: 'Exported to' });
    await expect(done).toBeVisible();
    const mdPath = (await done.locator('.export-path').textContent()) ?? '';
    expect(mdPath).toMatch(/\.md$/);
    const markdown = await readFile(mdPath, 'utf8');
    for (const phrase of [FIRST_CLAIM, THIRD_CLAIM, FOURTH_CLAIM]) expect(markdown).toContain(phrase);
    expect(markdown).toContain('second week of September');
    await shot('export-done');

    await desk.exportDialog.getByLabel('Word', { exact: true }).check();
    await desk.exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(done).toBeVisible();
    const docxPath = (await done.locator('.export-path').textContent()) ?? '';
    expect(docxPath).toMatch(/\.docx$/);
    const docx = await readFile(docxPath);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    // Markdown again goes to the same file: the dialog asks before replacing it, and keeping it writes nothing.
    await desk.exportDialog.getByLabel('Markdown', { exact: true }).check();
    await desk.exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
    const replace = page.getByRole('alertdialog', { name: 'Replace the existing file?' });
    await expect(replace).toBeVisible();
    await expect(replace).toContainText(`${mdPath} already exists. Replace it with this appendix?`);
    await expect(replace.getByRole('button', { name: 'Keep the existing file' })).toBeFocused();
    await shot('export-replace');
    await replace.getByRole('button', { name: 'Keep the existing file' }).click();
    await expect(replace).toBeHidden();
    await expect(done).toBeHidden();
    expect(await readFile(mdPath, 'utf8')).toBe(markdown);
    await desk.exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
    await replace.getByRole('button', { name: 'Replace' }).click();
    await expect(done).toBeVisible();
    expect(await done.locator('.export-path').textContent()).toBe(mdPath);
    // ClaimReview: page URL and publisher, and the warnings about claims it leaves out.
    await desk.exportDialog.getByLabel('ClaimReview', { exact: true }).check();
    await desk.exportDialog.getByLabel('Page URL').fill('https://news.example/harbour-bridge');
    await desk.exportDialog.getByLabel('Publisher').fill('Millbrook Courier');
    await desk.exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(done).toBeVisible();
    const jsonLd = JSON.parse(await readFile((await done.locator('.export-path').textContent()) ?? '', 'utf8'));
    expect(JSON.stringify(jsonLd)).toContain('Millbrook Courier');
    await expect(
      desk.exportDialog.getByRole('list', { name: 'ClaimReview warnings' }).getByRole('listitem').first(),
    ).toBeVisible();
    await shot('export-claimreview');
    await desk.exportDialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await expect(desk.exportDialog).toBeHidden();

    expectOnlyLocalRequests(requests);
  });

  test('the desk views look finished at 1280x800 and 1024x640 in both themes', async ({ page, harness }) => {
    const desk = await deskProject(page, harness.projectsDir);
    for (const theme of ['Light', 'Dark'] as const) {
      await desk.runCommand(`Theme: ${theme}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
      for (const size of [
        { width: 1280, height: 800 },
        { width: 1024, height: 640 },
      ]) {
        await page.setViewportSize(size);
        const shot = screenshots(page, `desk-${theme.toLowerCase()}-${size.width}-`);
        await desk.show('Desk');
        await desk.row(2).getByRole('checkbox').check();
        await expectScreenFinished(page, [
          desk.grid,
          desk.columnHeader('Status'),
          desk.row(1),
          page.getByLabel('New status for the selected claims'),
        ]);
        await expect(desk.bodyRows).toHaveCount(4);
        await shot('table');
        await desk.row(2).getByRole('checkbox').uncheck();
        await desk.show('Ready to publish?');
        await expectScreenFinished(page, [
          page.getByRole('heading', { name: 'Ready to publish?' }),
          page.getByRole('status').filter({ hasText: /Not ready to publish: \d+/ }),
          page.getByRole('region', { name: 'Claims with no source' }),
        ]);
        await shot('gate');
        await desk.show('Activity log');
        await expectScreenFinished(page, [page.getByText(/^Log intact/)]);
        await shot('log');
        await desk.show('Draft');
        await expectScreenFinished(page, [desk.draft, desk.claims]);
        await expect(desk.marks).toHaveCount(4);
        await expect(desk.claimItems).toHaveCount(4);
        await shot('draft');
        await page.keyboard.press('ControlOrMeta+Shift+E');
        await expectScreenFinished(page, [
          desk.exportDialog.getByRole('heading', { name: 'Export appendix' }),
          desk.exportDialog.getByLabel('Preview of the appendix'),
        ]);
        await shot('export');
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Statuses' }).click();
        await expectScreenFinished(page, [
          desk.statusesDialog.getByRole('heading', { name: 'Statuses' }),
          desk.statusesDialog.getByRole('button', { name: 'Save statuses' }),
        ]);
        await shot('statuses');
        await page.keyboard.press('Escape');
        await expect(desk.statusesDialog).toBeHidden();
      }
    }
  });
});
