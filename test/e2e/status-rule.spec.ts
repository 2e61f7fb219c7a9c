// Verified with no source attached: the app asks in its own dialog (never window.confirm), and once the newsroom
// makes "Verified needs a source" a rule in Statuses, the status is refused with the reason.
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { ProjectPage } from './pages/project-page';
import { WelcomePage } from './pages/welcome-page';

test('Verified with no source asks first, and the newsroom rule refuses it with the reason', async ({
  page,
  harness,
}) => {
  const nativeDialogs: string[] = [];
  page.on('dialog', (dialog) => {
    nativeDialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const welcome = new WelcomePage(page);
  await welcome.expectVisible();
  await welcome.createProject('Rent story', path.join(harness.projectsDir, 'rent-story'));
  const project = new ProjectPage(page);
  await project.useDraft('Rent rose 12 percent last year, the mayor said.');
  await project.markWithButton('Rent rose 12 percent');
  const status = project.statusSelect(1);

  const question = page.getByRole('alertdialog', { name: 'No source attached' });
  await status.selectOption('verified');
  await expect(question).toBeVisible();
  await expect(question).toContainText('No source is attached to this claim. Mark it "Verified" anyway?');
  await expect(question.getByRole('button', { name: 'Keep the status' })).toBeFocused();
  await question.getByRole('button', { name: 'Keep the status' }).click();
  await expect(question).toBeHidden();
  await expect(status).toHaveValue('unchecked');

  await status.selectOption('verified');
  await question.getByRole('button', { name: 'Mark Verified' }).click();
  await expect(status).toHaveValue('verified');
  await status.selectOption('unchecked');
  await expect(status).toHaveValue('unchecked');

  await project.runCommand('Statuses...');
  const statuses = page.getByRole('dialog', { name: 'Statuses' });
  await statuses.getByRole('checkbox', { name: 'Verified needs a source', exact: true }).check();
  await statuses.getByRole('button', { name: 'Save statuses' }).click();
  await expect(statuses).toBeHidden();

  await status.selectOption('verified');
  await expect(page.getByRole('alert').filter({ hasText: '"Verified" needs a source' })).toContainText(
    '"Verified" needs a source: attach one to this claim first',
  );
  await expect(question).toBeHidden();
  await expect(status).toHaveValue('unchecked');
  await project.expectSaved();
  expect(nativeDialogs).toEqual([]);
});
