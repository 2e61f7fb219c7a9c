// Page object for the project view: draft, claim highlights, the Claims list, the save state and the palette.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class ProjectPage {
  readonly saveState: Locator;
  readonly draftTextbox: Locator;
  readonly useDraftButton: Locator;
  readonly draft: Locator;
  /** The article text itself (role=document), where single-key shortcuts act. */
  readonly draftDocument: Locator;
  readonly marks: Locator;
  readonly markButton: Locator;
  readonly claims: Locator;
  readonly claimItems: Locator;
  readonly closeButton: Locator;
  readonly palette: Locator;

  constructor(readonly page: Page) {
    this.saveState = page.getByRole('status', { name: 'Save state' });
    this.draftTextbox = page.getByRole('textbox', { name: 'Draft text' });
    this.useDraftButton = page.getByRole('button', { name: 'Use this draft' });
    this.draft = page.getByRole('region', { name: 'Draft', exact: true });
    this.draftDocument = this.draft.getByRole('document', { name: 'Article text' });
    this.marks = this.draft.locator('mark[data-claim-id]');
    this.markButton = page.getByRole('button', { name: 'Mark as claim' });
    this.claims = page.getByRole('region', { name: 'Claims', exact: true });
    // A claim's own list item carries its status select; lists nested inside it (its history) do not count.
    this.claimItems = this.claims
      .getByRole('listitem')
      .filter({ has: page.getByRole('combobox', { name: /^Status of claim \d+$/ }) });
    this.closeButton = page.getByRole('button', { name: 'Close project' });
    this.palette = page.getByRole('dialog', { name: 'Command palette' });
  }

  /** The project's title heading. */
  heading(title: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: title, exact: true });
  }

  /** The status <select> of the n-th claim in draft order (1-based). */
  statusSelect(n: number): Locator {
    return this.page.getByLabel(`Status of claim ${n}`, { exact: true });
  }

  /** Pastes a draft into the empty project and uses it. */
  async useDraft(text: string): Promise<void> {
    await this.draftTextbox.fill(text);
    await this.useDraftButton.click();
    await expect(this.draft).toBeVisible();
  }

  /** Selects the first occurrence of `phrase` in the Draft region with a DOM Range, as a mouse selection would. */
  async selectInDraft(phrase: string): Promise<void> {
    await this.draft.evaluate((region, wanted) => {
      const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
      const pieces: Array<{ node: Text; start: number }> = [];
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        pieces.push({ node: node as Text, start: text.length });
        text += (node as Text).data;
      }
      const at = text.indexOf(wanted);
      if (at < 0) throw new Error(`"${wanted}" is not in the Draft region.`);
      const locate = (offset: number, isEnd: boolean) => {
        const piece = pieces.find(({ node, start }) =>
          isEnd
            ? offset > start && offset <= start + node.data.length
            : offset >= start && offset < start + node.data.length,
        );
        if (!piece) throw new Error(`No text node holds offset ${offset} of the Draft region.`);
        return { node: piece.node, offset: offset - piece.start };
      };
      const from = locate(at, false);
      const to = locate(at + wanted.length, true);
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      const selection = window.getSelection();
      if (!selection) throw new Error('The page has no selection object.');
      selection.removeAllRanges();
      selection.addRange(range);
    }, phrase);
  }

  /** Selects `phrase` and clicks "Mark as claim". */
  async markWithButton(phrase: string): Promise<void> {
    const before = await this.markFor(phrase).count();
    await this.selectInDraft(phrase);
    await this.markButton.click();
    await this.waitForNewMark(phrase, before);
  }

  /** Selects `phrase` and presses Mod+E (Control+E on Linux and Windows, Command+E on macOS). */
  async markWithShortcut(phrase: string): Promise<void> {
    const before = await this.markFor(phrase).count();
    await this.selectInDraft(phrase);
    await this.page.keyboard.press('ControlOrMeta+E');
    await this.waitForNewMark(phrase, before);
  }

  /**
   * Waits for the new highlight: marking redraws the draft, and a selection made for the next claim before that
   * redraw would be lost, as it would be for a person selecting during it.
   */
  private async waitForNewMark(phrase: string, before: number): Promise<void> {
    await expect(this.markFor(phrase)).not.toHaveCount(before);
  }

  /** The highlight whose text is `phrase`. */
  markFor(phrase: string): Locator {
    return this.marks.filter({ hasText: phrase });
  }

  /** Waits for the save state to read "Saved". */
  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveText(/^\s*Saved\s*$/);
  }

  /** Opens the command palette with Mod+K. */
  async openPalette(): Promise<Locator> {
    await this.page.keyboard.press('ControlOrMeta+K');
    await expect(this.palette).toBeVisible();
    return this.palette;
  }

  /** Runs a palette command by typing its label and pressing Enter. */
  async runCommand(label: string): Promise<void> {
    const palette = await this.openPalette();
    await palette.getByRole('combobox', { name: 'Type a command' }).fill(label);
    await this.page.keyboard.press('Enter');
    await expect(this.palette).toBeHidden();
  }
}
