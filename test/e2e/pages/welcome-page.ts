// Page object for the welcome screen and its New project / Open project dialogs, by the names in the UI contract.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class WelcomePage {
  readonly heading: Locator;
  readonly newProjectButton: Locator;
  readonly openProjectButton: Locator;
  readonly recentList: Locator;
  readonly newProjectDialog: Locator;
  readonly openProjectDialog: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Factdesk', exact: true });
    this.newProjectButton = page.getByRole('button', { name: 'New project', exact: true });
    this.openProjectButton = page.getByRole('button', { name: 'Open project', exact: true });
    this.recentList = page.getByRole('list', { name: 'Recent projects' });
    this.newProjectDialog = page.getByRole('dialog', { name: 'New project' });
    this.openProjectDialog = page.getByRole('dialog', { name: 'Open project' });
    this.alert = page.getByRole('alert');
  }

  /** Waits until the welcome screen is on show. */
  async expectVisible(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.newProjectButton).toBeVisible();
  }

  /** Opens the New project dialog and waits for it. */
  async openNewProjectDialog(): Promise<Locator> {
    await this.newProjectButton.click();
    await expect(this.newProjectDialog).toBeVisible();
    return this.newProjectDialog;
  }

  /** Fills in the New project dialog (opening it if needed) and creates the project. */
  async createProject(title: string, folder: string): Promise<void> {
    if (!(await this.newProjectDialog.isVisible())) await this.openNewProjectDialog();
    await this.newProjectDialog.getByRole('textbox', { name: 'Story title' }).fill(title);
    // Once the folder field has focus the dialog shows what the user types there and nothing the title suggests,
    // even a suggestion answered just before the focus, so one fill is enough.
    const folderBox = this.newProjectDialog.getByRole('textbox', { name: 'Project folder' });
    await folderBox.fill(folder);
    await expect(folderBox).toHaveValue(folder);
    await this.newProjectDialog.getByRole('button', { name: 'Create project' }).click();
  }

  /** Opens a project by typing its folder or file into the Open project dialog. */
  async openByPath(projectPath: string): Promise<void> {
    await this.openProjectButton.click();
    await expect(this.openProjectDialog).toBeVisible();
    await this.openProjectDialog.getByRole('textbox', { name: 'Project folder or file' }).fill(projectPath);
    await this.openProjectDialog.getByRole('button', { name: 'Open', exact: true }).click();
  }

  /** The button that opens a recent project, by its title. */
  recentProject(title: string): Locator {
    return this.recentList.getByRole('button', { name: title, exact: true });
  }
}
