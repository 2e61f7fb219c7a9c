// New project without typing a path: the folder follows the title (Documents/Factdesk/<title>), and Choose... in
// the harness browses the folders of the home folder to put the project somewhere else.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ProjectPage } from './pages/project-page';
import { WelcomePage } from './pages/welcome-page';
import { expect, expectOnlyLocalRequests, test } from './support/fixtures';

test.describe('new project folder', () => {
  test('a reporter creates a project in the suggested folder without typing a path', async ({
    page,
    harness,
    requests,
  }) => {
    const welcome = new WelcomePage(page);
    await welcome.expectVisible();
    const dialog = await welcome.openNewProjectDialog();
    const folder = dialog.getByRole('textbox', { name: 'Project folder' });

    // Nothing typed in the folder field: it follows the title, without the characters a folder name cannot hold.
    await dialog.getByRole('textbox', { name: 'Story title' }).fill('City council: budget vote?');
    await expect(folder).toHaveValue(path.join(harness.root, 'Documents', 'Factdesk', 'City council budget vote'));
    await dialog.getByRole('button', { name: 'Create project' }).click();

    await expect(new ProjectPage(page).heading('City council: budget vote?')).toBeVisible();
    // The dialog is gone and the keyboard is where the work starts: the box to paste the draft into.
    await expect(page.locator('#draft-text')).toBeFocused();
    const created = path.join(harness.root, 'Documents', 'Factdesk', 'City council budget vote', 'project.factdesk');
    expect(existsSync(created)).toBe(true);
    expectOnlyLocalRequests(requests);
  });

  test('Choose... browses the home folder and puts the project in the folder chosen, named after the story', async ({
    page,
    harness,
  }) => {
    await mkdir(path.join(harness.root, 'Stories', '2026'), { recursive: true });
    await mkdir(path.join(harness.root, '.hidden'), { recursive: true });
    await mkdir(path.join(harness.root, 'Documents', 'Factdesk', 'Rent report'), { recursive: true });
    await writeFile(path.join(harness.root, 'Documents', 'Factdesk', 'Rent report', 'notes.txt'), 'taken');

    const welcome = new WelcomePage(page);
    const dialog = await welcome.openNewProjectDialog();
    const folder = dialog.getByRole('textbox', { name: 'Project folder' });
    await dialog.getByRole('textbox', { name: 'Story title' }).fill('Rent report');
    // The folder of that name already holds files, so the suggestion is numbered.
    await expect(folder).toHaveValue(path.join(harness.root, 'Documents', 'Factdesk', 'Rent report 2'));

    // Escape in the folder list goes back to the form, with the title kept and focus on Choose..., not out of the dialog.
    const choose = dialog.getByRole('button', { name: 'Choose...' });
    await choose.click();
    const browser = dialog.getByRole('group', { name: 'Choose where to put the project' });
    const folders = browser.getByRole('list', { name: 'Folders' });
    await folders.getByRole('button', { name: 'Rent report', exact: true }).focus();
    await page.keyboard.press('Escape');
    await expect(browser).toBeHidden();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Story title' })).toHaveValue('Rent report');
    await expect(choose).toBeFocused();

    await choose.click();
    // It starts in Documents/Factdesk; one level up is Documents, then the home folder.
    await expect(folders.getByRole('button', { name: 'Rent report', exact: true })).toBeVisible();
    await folders.getByRole('button', { name: '.. (up one folder)' }).click();
    await expect(folders.getByRole('button', { name: 'Factdesk', exact: true })).toBeVisible();
    await folders.getByRole('button', { name: '.. (up one folder)' }).click();
    await expect(folders.getByRole('button', { name: 'Stories', exact: true })).toBeVisible();
    await expect(folders.getByRole('button', { name: '.hidden' })).toHaveCount(0);
    await expect(folders.getByRole('button', { name: '.. (up one folder)' })).toHaveCount(0);
    await folders.getByRole('button', { name: 'Stories', exact: true }).click();
    await expect(folders.getByRole('button', { name: '2026', exact: true })).toBeVisible();
    await browser.getByRole('button', { name: 'Put the project here' }).click();

    await expect(browser).toBeHidden();
    await expect(folder).toHaveValue(path.join(harness.root, 'Stories', 'Rent report'));
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await expect(new ProjectPage(page).heading('Rent report')).toBeVisible();
    expect(existsSync(path.join(harness.root, 'Stories', 'Rent report', 'project.factdesk'))).toBe(true);
  });
});
