// Backups end to end: a project whose file was damaged is restored from its newest backup from the error itself
// (the damaged file is kept), and File > Restore from backup lists the backups of an open project.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, expectOnlyLocalRequests, test } from './support/fixtures';
import { ProjectPage } from './pages/project-page';
import { WelcomePage } from './pages/welcome-page';
import { screenshots } from './support/slice-steps';

test('a damaged project is restored from its newest backup, keeping the damaged file', async ({
  page,
  harness,
  requests,
}) => {
  const shot = screenshots(page, 'backups-');
  const title = 'Pier inquiry';
  const folder = path.join(harness.projectsDir, 'pier');
  const welcome = new WelcomePage(page);
  const project = new ProjectPage(page);
  await welcome.expectVisible();
  await welcome.createProject(title, folder);
  await project.useDraft('The pier will reopen in May, the harbour master said on Friday.');
  await project.markWithButton('The pier will reopen in May');
  await project.expectSaved();
  await project.closeButton.click();
  await welcome.expectVisible();

  const file = path.join(folder, 'project.factdesk');
  const damaged = '{"schemaVersion": 2, "title": "Pier inq';
  await writeFile(file, damaged);
  await welcome.recentProject(title).click();
  const alert = page.getByRole('alert').filter({ hasText: 'not complete JSON' });
  await expect(alert).toBeVisible();
  await shot('damaged');
  await alert.getByRole('button', { name: 'Restore the newest backup' }).click();

  await expect(project.heading(title)).toBeVisible();
  await expect(project.markFor('The pier will reopen in May')).toHaveCount(1);
  await expect(
    page.getByText(/Restored the backup from .* The damaged file was kept as project\.factdesk\.damaged-/),
  ).toBeVisible();
  const kept = (await readdir(folder)).find((name) => name.startsWith('project.factdesk.damaged-'));
  expect(kept).toBeDefined();
  expect(await readFile(path.join(folder, kept!), 'utf8')).toBe(damaged);

  await page.keyboard.press('ControlOrMeta+K');
  await page.getByRole('combobox', { name: 'Type a command' }).fill('Restore from backup');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(dialog.getByRole('list', { name: 'Backups' }).getByRole('listitem').first()).toBeVisible();
  await shot('dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expectOnlyLocalRequests(requests);
});
