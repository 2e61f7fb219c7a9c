// The screenshot record (`npm run screens`): every screen of the app, from the welcome screen to the export and
// sign-off dialogs, at 1024, 1280 and 1440 px wide in light and dark, saved into docs/screens. docs/screens/README.md
// lists them; rerun this after a visible change and look at every one.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DeskPage } from './pages/desk-page';
import { WelcomePage } from './pages/welcome-page';
import { REPO_ROOT, expect, test } from './support/fixtures';
import { FIRST_CLAIM, SECOND_CLAIM, readSampleDraft } from './support/slice-steps';
import { screenSet } from './support/theme-shots';

const DIR = path.join(REPO_ROOT, 'docs', 'screens');
const THIRD_CLAIM = 'about 18,000 vehicles crossed the bridge each day';
const FOURTH_CLAIM = 'the final bill would pass £10 million';

async function shoot(page: Page, name: string): Promise<void> {
  await screenSet(page, name, DIR);
}

/** Opens a dialog with `open`, photographs it as `name`, closes it with Escape. */
async function dialogShot(page: Page, name: string, dialogName: string | RegExp, open: () => Promise<void>) {
  await open();
  const dialog = page.getByRole('dialog', { name: dialogName }).or(page.getByRole('alertdialog', { name: dialogName }));
  await expect(dialog).toBeVisible();
  await shoot(page, name);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('every screen at 1024, 1280 and 1440 px, light and dark', async ({ page, harness }) => {
  const welcome = new WelcomePage(page);
  await welcome.expectVisible();
  await shoot(page, '01-welcome');
  const dialog = await welcome.openNewProjectDialog();
  await dialog.getByRole('textbox', { name: 'Story title' }).fill('Harbour bridge');
  await shoot(page, '02-new-project');
  await welcome.createProject('Harbour bridge', path.join(harness.projectsDir, 'harbour-bridge'));

  const desk = new DeskPage(page);
  await expect(desk.useDraftButton).toBeVisible();
  await shoot(page, '03-draft-empty');
  await desk.useDraft(await readSampleDraft());
  for (const phrase of [FIRST_CLAIM, SECOND_CLAIM, THIRD_CLAIM, FOURTH_CLAIM]) await desk.markWithButton(phrase);
  await expect(desk.claimItems).toHaveCount(4);
  await desk.statusSelect(1).selectOption({ label: 'Verified' });
  // Verified with no source attached is asked first.
  const noSource = page.getByRole('alertdialog', { name: 'No source attached' });
  await expect(noSource).toBeVisible();
  await shoot(page, '04a-verified-no-source');
  await noSource.getByRole('button', { name: 'Mark Verified' }).click();
  await expect(page.getByText('1 of 4 claims cleared')).toBeVisible();
  await desk.claimItems.nth(1).click();
  await shoot(page, '04-draft-claims');

  const tabs = page.getByRole('tablist');
  for (const [tab, name] of [
    ['Suggestions', '05-pane-suggestions'],
    ['Versions', '06-pane-versions'],
    ['Sources', '08-pane-sources'],
    ['Quotes', '09-pane-quote-check'],
    ['Claims', '10-pane-claims'],
  ] as const) {
    await tabs.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    await expect(tabs.getByRole('tab', { name: new RegExp(`^${tab}`) })).toHaveAttribute('aria-selected', 'true');
    await shoot(page, name);
  }

  await desk.show('Desk');
  await desk.expectRowCount(4);
  await shoot(page, '11-desk');
  await desk.show('Ready to publish?');
  await expect(page.getByRole('heading', { name: 'Ready to publish?' })).toBeVisible();
  await shoot(page, '12-ready-to-publish');
  await desk.show('Activity log');
  await expect(page.getByRole('heading', { name: /Activity log/ })).toBeVisible();
  await shoot(page, '13-activity-log');
  await desk.show('Desk');

  await dialogShot(page, '14-sign-off-question', /still blocks? publication/, () =>
    page.getByRole('button', { name: 'Sign off story' }).click(),
  );
  await dialogShot(page, '15-export', 'Export appendix', () => page.keyboard.press('ControlOrMeta+Shift+E'));
  await page.keyboard.press('ControlOrMeta+Shift+E');
  await desk.exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(desk.exportDialog.getByRole('status').filter({ hasText: 'Exported to' })).toBeVisible();
  await shoot(page, '16-export-done');
  await desk.exportDialog.getByLabel('ClaimReview', { exact: true }).check();
  await shoot(page, '17-export-claimreview');
  await page.keyboard.press('Escape');
  await expect(desk.exportDialog).toBeHidden();

  await dialogShot(page, '18-statuses', 'Statuses', () => desk.runCommand('Statuses...'));
  await dialogShot(page, '19-project-settings', /Project settings/, () => desk.runCommand('Project settings...'));
  await dialogShot(page, '20-add-source', /Add source/, () => desk.runCommand('Add source...'));
  const palette = await desk.openPalette();
  await palette.getByRole('combobox', { name: 'Type a command' }).fill('show');
  await shoot(page, '21-palette');
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await dialogShot(page, '22-preferences', /Preferences/, () => desk.runCommand('Preferences'));
  await dialogShot(page, '23-keyboard-shortcuts', /Keyboard shortcuts/, () => desk.runCommand('Keyboard shortcuts'));
  await dialogShot(page, '24-about', /About Factdesk/, () => desk.runCommand('About Factdesk'));
});
