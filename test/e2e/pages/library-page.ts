// Page object for the quote library: the Sources tab (search, filters, results, source list), the Add source dialog
// with its column mapping, the attach dialog, the source viewer and the claim inspector's sources.
import path from 'node:path';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { REPO_ROOT } from '../support/fixtures';
import { themeShots } from '../support/theme-shots';
import { DraftsPage } from './drafts-page';

export class LibraryPage extends DraftsPage {
  readonly library: Locator;
  readonly searchBox: Locator;
  readonly results: Locator;
  readonly addDialog: Locator;
  readonly attachDialogs: Locator;

  constructor(page: Page) {
    super(page);
    this.library = page.getByRole('region', { name: 'Library', exact: true });
    this.searchBox = page.getByRole('searchbox', { name: 'Search the library' });
    this.results = this.library.getByRole('list', { name: 'Search results' });
    this.addDialog = page.getByRole('dialog', { name: 'Add source' });
    this.attachDialogs = page.getByRole('dialog', { name: /^Attach to claim \d+$/ });
  }

  /** Opens Add source from the command palette and answers the file chooser with a fixture of test/fixtures/e2e. */
  async chooseSourceFile(name: string): Promise<void> {
    await this.runCommand('Add source');
    await expect(this.addDialog).toBeVisible();
    const chooser = this.page.waitForEvent('filechooser');
    await this.addDialog.getByRole('button', { name: 'Choose files...' }).click();
    await (await chooser).setFiles(path.join(REPO_ROOT, 'test', 'fixtures', 'e2e', name));
    await expect(this.addDialog.getByText(/passages? found/)).toBeVisible();
  }

  /** Sets a field of the Source details. */
  async setDetail(label: string, value: string): Promise<void> {
    await this.addDialog.getByLabel(label, { exact: true }).fill(value);
  }

  /** Presses Add source and waits for the dialog to close. */
  async confirmAdd(): Promise<void> {
    await this.addDialog.getByRole('button', { name: 'Add source', exact: true }).click();
    await expect(this.addDialog).toBeHidden();
  }

  /** Shows the Sources tab. */
  async showSources(): Promise<void> {
    await this.tab('Sources').click();
    await expect(this.library).toBeVisible();
  }

  /** Types a search, as a reporter would, key by key. */
  async search(query: string): Promise<void> {
    await this.searchBox.fill('');
    await this.searchBox.pressSequentially(query);
  }

  /** The result items (passages) whose text holds `text`. */
  hit(text: string | RegExp): Locator {
    return this.results.locator('li.hit-item').filter({ has: this.page.locator('.hit-text', { hasText: text }) });
  }

  /** The source-count badge after a claim's highlight. */
  badge(claimId: string): Locator {
    return this.draft.locator(`sup.source-badge[data-badge-for="${claimId}"]`);
  }

  /** The viewer of a source, a dialog named by its title. */
  viewer(title: string): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  /** Takes the three screenshots of a view: 1280x800 light and dark, and 1024x640. */
  shots(name: string, shoot: (name: string) => Promise<void>): Promise<void> {
    return themeShots(this.page, name, shoot);
  }
}
