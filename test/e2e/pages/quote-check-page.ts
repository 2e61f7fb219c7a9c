// Page object for the Quote check: the side pane's Quote check region, its summary, filters and quote rows, and the
// Add source dialog fed from text in the test (so the test's sources sit beside its draft).
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { ProjectPage } from './project-page';
import { themeShots } from '../support/theme-shots';

export class QuoteCheckPage extends ProjectPage {
  readonly region: Locator;
  readonly summary: Locator;
  readonly rows: Locator;
  /** The three speaker counts (match, mismatch, unknown) under the summary. */
  readonly speakerCounts: Locator;
  readonly addDialog: Locator;

  constructor(page: Page) {
    super(page);
    this.region = page.getByRole('region', { name: 'Quote check', exact: true });
    this.summary = this.region.getByRole('status', { name: 'Quote check summary' });
    this.rows = this.region.getByRole('list', { name: 'Quotes' }).getByRole('listitem');
    this.speakerCounts = this.region.getByRole('list', { name: 'Speakers' }).getByRole('listitem');
    this.addDialog = page.getByRole('dialog', { name: 'Add source' });
  }

  /** The row of the n-th quote in draft order (named "Quote <n>: <verdict>"). */
  row(n: number): Locator {
    return this.region.getByRole('listitem', { name: new RegExp(`^Quote ${n}: `) });
  }

  /** The speaker count of one outcome ("3 match", "1 mismatch", "1 unknown"). */
  speakerCount(outcome: 'match' | 'mismatch' | 'unknown'): Locator {
    return this.speakerCounts.filter({ hasText: new RegExp(`^\\d+ ${outcome}$`) });
  }

  /** A row's speaker check: its outcome and the reason ("Speaker unknown · The draft names no speaker ..."). */
  speakerLine(row: Locator): Locator {
    return row.locator('.qc-speaker');
  }

  /** A filter button above the list ("All", "Needs attention", "Fine"). */
  filter(name: string): Locator {
    return this.region
      .getByRole('group', { name: 'Show quotes' })
      .getByRole('button', { name: new RegExp(`^${name}\\b`) });
  }

  /** Adds a source through the Add source dialog, answering its file chooser with `text` as a file named `fileName`. */
  async addTextSource(fileName: string, text: string, title: string): Promise<void> {
    await this.runCommand('Add source');
    await expect(this.addDialog).toBeVisible();
    const chooser = this.page.waitForEvent('filechooser');
    await this.addDialog.getByRole('button', { name: 'Choose files...' }).click();
    await (await chooser).setFiles({ name: fileName, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
    await expect(this.addDialog.getByText(/passages? found/)).toBeVisible();
    await this.addDialog.getByLabel('Title', { exact: true }).fill(title);
    await this.addDialog.getByRole('button', { name: 'Add source', exact: true }).click();
    await expect(this.addDialog).toBeHidden();
  }

  /** Takes the three screenshots of a view: 1280x800 light and dark, and 1024x640. */
  shots(name: string, shoot: (name: string) => Promise<void>): Promise<void> {
    return themeShots(this.page, name, shoot);
  }
}
