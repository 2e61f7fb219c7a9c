// Keyboard only: a reporter marks a claim by typing its words (Mod+Shift+M) and sets its status with the number keys.
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { ProjectPage } from './pages/project-page';
import { WelcomePage } from './pages/welcome-page';

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
  await expect(project.statusSelect(1).locator('option:checked')).toHaveText('Verified');
});
