// Page object for the editor's desk: the workspace strip, the claims table, the publish gate, the activity log and
// the export and status dialogs.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { ProjectPage } from './project-page';

export class DeskPage extends ProjectPage {
  readonly grid: Locator;
  readonly bodyRows: Locator;
  readonly exportDialog: Locator;
  readonly statusesDialog: Locator;

  constructor(page: Page) {
    super(page);
    this.grid = page.getByRole('grid', { name: 'Claims on the desk' });
    this.bodyRows = this.grid.locator('.desk-body [role="row"][data-claim-id]');
    this.exportDialog = page.getByRole('dialog', { name: 'Export appendix' });
    this.statusesDialog = page.getByRole('dialog', { name: 'Statuses' });
  }

  /** Switches workspace with the strip under the header. */
  async show(workspace: 'Draft' | 'Desk' | 'Ready to publish?' | 'Activity log'): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Workspace' })
      .getByRole('button', { name: workspace, exact: true })
      .click();
  }

  /** The table row of the claim numbered n. */
  row(n: number): Locator {
    return this.bodyRows.filter({ has: this.page.getByRole('checkbox', { name: `Select claim ${n}`, exact: true }) });
  }

  async expectRowCount(count: number): Promise<void> {
    await expect(this.bodyRows).toHaveCount(count);
  }

  columnHeader(name: string): Locator {
    return this.grid.getByRole('columnheader', { name, exact: true });
  }

  /** Sets a bulk status on the ticked claims. */
  async bulkStatus(label: string): Promise<void> {
    await this.page.getByLabel('New status for the selected claims').selectOption({ label });
    await this.page.getByRole('button', { name: 'Set status', exact: true }).click();
  }
}
