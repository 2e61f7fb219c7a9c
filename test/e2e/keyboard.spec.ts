// Keyboard only: every shortcut in the command table, the command palette (open, filter, arrows, Enter, Escape), focus
// after a palette command, and marking a claim by typing its words. The shortcut checks are keyed by command id, so a
// shortcut added to the table without a check here does not compile.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { COMMANDS } from '../../shared/commands/commands';
import { expect, test } from './support/fixtures';
import { ProjectPage } from './pages/project-page';
import { WelcomePage } from './pages/welcome-page';

type Shortcut = Extract<(typeof COMMANDS)[number], { keys: string } | { localKeys: readonly string[] }>;

/** Presses the shortcut (once, where the check wants it) and asserts what the user sees, then puts the screen back. */
type Check = (page: Page, project: ProjectPage, press: () => Promise<void>) => Promise<void>;

const DRAFT = 'The tram line will open in 2027, the mayor said.\n\nIt will cost 212 million euros.';

/** 'Mod+Shift+E' as Playwright writes it; single letters lower case, as a user types them. */
function playwrightKeys(keys: string): string {
  const parts = keys.split('+').map((part) => (part === 'Mod' ? 'ControlOrMeta' : part));
  const key = parts.pop() ?? '';
  return [...parts, parts.length === 0 && key.length === 1 ? key.toLowerCase() : key].join('+');
}

async function dialogOpens(page: Page, name: string, press: () => Promise<void>): Promise<void> {
  await press();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

async function nothingWithoutPlayer(page: Page, project: ProjectPage, press: () => Promise<void>): Promise<void> {
  await press();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Recording' })).toHaveCount(0);
  await expect(project.draftDocument).toBeFocused();
}

function selectedMark(project: ProjectPage) {
  return project.draft.locator('mark[data-claim-id].is-selected');
}

async function selectClaim(project: ProjectPage, phrase: string): Promise<void> {
  await project.markFor(phrase).click();
  await expect(project.markFor(phrase)).toHaveClass(/is-selected/);
}

const CHECKS: { readonly [K in Shortcut['id']]: Check } = {
  'new-project': (page, _project, press) => dialogOpens(page, 'New project', press),
  'open-project': (page, _project, press) => dialogOpens(page, 'Open project', press),
  'close-project': async (page, project, press) => {
    await press();
    await expect(project.closeButton).toBeHidden();
    await new WelcomePage(page).expectVisible();
    // The keyboard lands on the welcome screen's first choice, not on the page.
    await expect(page.getByRole('button', { name: 'New project' })).toBeFocused();
    await page
      .getByRole('button', { name: /Tram line/ })
      .first()
      .click();
    await expect(project.heading('Tram line')).toBeVisible();
  },
  'import-draft': async (page, _project, press) => {
    const chooser = page.waitForEvent('filechooser');
    await press();
    expect((await chooser).isMultiple()).toBe(false);
  },
  'export-appendix': (page, _project, press) => dialogOpens(page, 'Export appendix', press),
  preferences: (page, _project, press) => dialogOpens(page, 'Preferences', press),
  'mark-claim': async (_page, project, press) => {
    await project.selectInDraft('mayor');
    await press();
    await expect(project.markFor('mayor')).toHaveCount(1);
    await expect(project.claimItems).toHaveCount(3);
  },
  'mark-text': (page, _project, press) => dialogOpens(page, 'Mark text as a claim', press),
  'next-claim': async (_page, project, press) => {
    const marks = await project.marks.allTextContents();
    await selectClaim(project, '2027');
    await project.draftDocument.focus();
    await press();
    await expect(selectedMark(project)).toHaveText(marks[marks.indexOf('2027') + 1] ?? '');
  },
  'previous-claim': async (_page, project, press) => {
    const marks = await project.marks.allTextContents();
    await selectClaim(project, '212 million euros');
    await project.draftDocument.focus();
    await press();
    await expect(selectedMark(project)).toHaveText(marks[marks.indexOf('212 million euros') - 1] ?? '');
  },
  'search-library': async (page, _project, press) => {
    await press();
    await expect(page.getByRole('tab', { name: /^Sources/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#library-search')).toBeFocused();
  },
  'quote-check': async (page, _project, press) => {
    await press();
    await expect(page.getByRole('tab', { name: /^Quotes/ })).toHaveAttribute('aria-selected', 'true');
  },
  'show-desk': async (page, _project, press) => {
    await press();
    await expect(page.getByRole('button', { name: 'Desk', exact: true })).toHaveAttribute('aria-current', 'page');
    await page.getByRole('button', { name: 'Draft', exact: true }).click();
  },
  // The recording keys act on the player of an open source with a recording (recording.spec.ts plays, pauses, goes
  // back and slows down with them); from the draft, with no player shown, they do nothing and take no focus.
  'recording-play': (page, project, press) => nothingWithoutPlayer(page, project, press),
  'recording-back': (page, project, press) => nothingWithoutPlayer(page, project, press),
  'recording-slower': (page, project, press) => nothingWithoutPlayer(page, project, press),
  'command-palette': (page, _project, press) => dialogOpens(page, 'Command palette', press),
  'keyboard-shortcuts': async (page, _project, press) => {
    await press();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    // It opens at the top of its list, which has focus; Done stays in sight.
    const list = dialog.getByRole('region', { name: 'Commands and their shortcuts' });
    await expect(list).toBeFocused();
    await expect(dialog.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInViewport();
    await expect(list.getByRole('row').nth(1)).toBeInViewport();
    await expect(dialog.getByRole('button', { name: 'Done' })).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  },
};

const SHORTCUTS = (COMMANDS as readonly Shortcut[]).flatMap((command) =>
  [...('keys' in command ? [command.keys] : []), ...('localKeys' in command ? command.localKeys : [])].map((keys) => ({
    id: command.id,
    keys,
  })),
);

async function openTramProject(page: Page, projectsDir: string): Promise<ProjectPage> {
  const project = new ProjectPage(page);
  await new WelcomePage(page).createProject('Tram line', path.join(projectsDir, 'tram'));
  await project.useDraft(DRAFT);
  await project.markWithShortcut('2027');
  await project.markWithShortcut('212 million euros');
  await expect(project.claimItems).toHaveCount(2);
  return project;
}

test('every shortcut in the command table does what its command says', async ({ page, harness }) => {
  const project = await openTramProject(page, harness.projectsDir);
  for (const { id, keys } of SHORTCUTS) {
    await test.step(`${keys}: ${id}`, async () => {
      // Each shortcut starts from the draft, with the keyboard in the article text.
      await project.draftDocument.focus();
      await CHECKS[id as Shortcut['id']](page, project, () => page.keyboard.press(playwrightKeys(keys)));
    });
  }
});

test('the palette opens, filters, moves with the arrows, runs with Enter and gives focus back on Escape', async ({
  page,
  harness,
}) => {
  const project = await openTramProject(page, harness.projectsDir);
  await project.draftDocument.focus();
  await page.keyboard.press('ControlOrMeta+K');
  const input = project.palette.getByRole('combobox', { name: 'Type a command' });
  await expect(input).toBeFocused();
  await page.keyboard.type('show');
  const options = project.palette.getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(options.first()).toContainText('Show');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(project.palette).toBeHidden();
  await expect(project.draftDocument).toBeFocused();

  await page.keyboard.press('ControlOrMeta+K');
  await page.keyboard.type('show versions');
  await page.keyboard.press('Enter');
  await expect(project.palette).toBeHidden();
  await expect(page.getByRole('tab', { name: /^Versions/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toBeFocused();
});

test('after a palette command moves to the claims, Enter opens the selected claim, not the tab that had focus', async ({
  page,
  harness,
}) => {
  const project = await openTramProject(page, harness.projectsDir);
  await selectClaim(project, '2027');
  const gateTab = page.getByRole('button', { name: 'Ready to publish?', exact: true });
  await gateTab.click();
  await expect(gateTab).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('ControlOrMeta+K');
  await page.keyboard.type('show claims');
  await page.keyboard.press('Enter');
  await expect(project.palette).toBeHidden();
  await expect(page.getByRole('tab', { name: /^Claims/ })).toHaveAttribute('aria-selected', 'true');
  await expect(project.draftDocument).toBeVisible();
  await expect(page.getByRole('tabpanel')).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Claim inspector' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Draft', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(gateTab).not.toHaveAttribute('aria-current', 'page');
});

test('a claim is marked and given a status without the mouse', async ({ page, harness }) => {
  const welcome = new WelcomePage(page);
  const project = new ProjectPage(page);
  await welcome.expectVisible();
  await welcome.createProject('Tram line', path.join(harness.projectsDir, 'tram'));
  await project.useDraft('The tram line will open in 2027, the mayor said.\n\nIt will cost 212 million euros.');
  await expect(project.draft).toContainText('212 million euros');

  await page.keyboard.press('ControlOrMeta+Shift+M');
  const dialog = page.getByRole('dialog', { name: 'Mark text as a claim' });
  await expect(dialog.getByRole('textbox', { name: 'Words to mark' })).toBeFocused();
  await page.keyboard.type('212   MILLION euros');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(project.markFor('212 million euros')).toHaveCount(1);
  await expect(project.markFor('212 million euros')).toHaveClass(/is-selected/);

  await project.draft.getByRole('document', { name: 'Article text' }).focus();
  await page.keyboard.press('4');
  // Verified with no source attached asks first; the keyboard answers.
  const ask = page.getByRole('alertdialog', { name: 'No source attached' });
  await ask.getByRole('button', { name: 'Mark Verified' }).press('Enter');
  await expect(ask).toBeHidden();
  await expect(project.statusSelect(1).locator('option:checked')).toHaveText('Verified');
});
