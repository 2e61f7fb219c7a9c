// Page object for drafts and claims: importing (drop, Import draft command, the encoding question), the import
// summary, the side panels (Claims, Suggestions, Versions, Orphans), the claim inspector and version comparison.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { REPO_ROOT } from '../support/fixtures';
import { ProjectPage } from './project-page';

/** A fixture under test/fixtures/e2e/. */
export function fixturePath(name: string): string {
  return path.join(REPO_ROOT, 'test', 'fixtures', 'e2e', name);
}

export class DraftsPage extends ProjectPage {
  readonly summary: Locator;
  readonly encodingDialog: Locator;
  readonly suggestions: Locator;
  readonly suggestionItems: Locator;
  readonly versions: Locator;
  readonly orphans: Locator;
  readonly inspector: Locator;
  readonly compareDialog: Locator;
  readonly settingsDialog: Locator;

  constructor(page: Page) {
    super(page);
    this.summary = page.getByRole('region', { name: 'Import summary' });
    this.encodingDialog = page.getByRole('dialog', { name: 'Choose the text encoding' });
    this.suggestions = page.getByRole('region', { name: 'Suggestions', exact: true });
    this.suggestionItems = this.suggestions.getByRole('list', { name: 'Suggested claims' }).getByRole('listitem');
    this.versions = page.getByRole('region', { name: 'Draft versions', exact: true });
    this.orphans = page.getByRole('region', { name: 'Orphaned claims', exact: true });
    this.inspector = page.getByRole('region', { name: 'Claim inspector' });
    this.compareDialog = page.getByRole('dialog', { name: 'Compare draft versions' });
    this.settingsDialog = page.getByRole('dialog', { name: 'Project settings' });
  }

  /** The side pane's tab for a panel ("Claims", "Suggestions", "Versions", "Orphans"). */
  tab(name: string): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}\\b`) });
  }

  /** Drops a fixture file onto the window, as dragging it from the file manager would. */
  async dropFile(name: string, mime = 'application/octet-stream'): Promise<void> {
    const bytes = [...(await readFile(fixturePath(name)))];
    await this.page.evaluate(
      ({ bytes, name, mime }) => {
        const file = new File([new Uint8Array(bytes)], name, { type: mime });
        const transfer = new DataTransfer();
        transfer.items.add(file);
        const target = document.querySelector('main') ?? document.body;
        for (const type of ['dragenter', 'dragover', 'drop']) {
          target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
        }
      },
      { bytes, name, mime },
    );
  }

  /** Runs Import draft with Mod+I and answers the file chooser (the harness's file input) with a fixture. */
  async importWithShortcut(name: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.keyboard.press('ControlOrMeta+I');
    await (await chooser).setFiles(fixturePath(name));
  }

  /** Runs Import draft from the command palette and answers the file chooser with a fixture. */
  async importWithPalette(name: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    const palette = await this.openPalette();
    await palette.getByRole('combobox', { name: 'Type a command' }).fill('Import draft');
    await this.page.keyboard.press('Enter');
    await (await chooser).setFiles(fixturePath(name));
  }

  /** Waits for the import summary to say `text`. */
  async expectSummary(text: string | RegExp): Promise<void> {
    await expect(this.summary).toContainText(text);
  }

  /** Switches the theme from the command palette. */
  async setTheme(theme: 'Light' | 'Dark'): Promise<void> {
    await this.runCommand(`Theme: ${theme}`);
    await expect(this.page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
  }
}
