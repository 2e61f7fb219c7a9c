// The side tabs of a project in use (eleven claims, suggestions, a draft version, sources and quotes, each with its
// count) show every tab, its label and its count whole at 1024, 1280 and 1440 px wide: nothing is hidden past the
// pane's right edge and no label is cut short ("Clai…"); where one row is too narrow the tabs take a second.
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { readSampleDraft } from './support/slice-steps';
import { LibraryPage } from './pages/library-page';
import { WelcomePage } from './pages/welcome-page';

test('every side tab and its count stay in sight once the project has claims, sources and quotes', async ({
  page,
  harness,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const welcome = new WelcomePage(page);
  const lib = new LibraryPage(page);
  await welcome.expectVisible();
  await welcome.createProject('Harbour bridge repairs', path.join(harness.projectsDir, 'harbour-tabs'));
  await lib.useDraft(await readSampleDraft());
  await lib.markWithShortcut('the final bill would pass £10 million');
  // Two-digit counts: the widest the tabs get in everyday use.
  for (const claim of [
    'voted 7 to 2',
    'release a further £4.2 million',
    'closed to lorries since March',
    'We are ahead of schedule',
    'under budget',
    'about 18,000 vehicles',
    'takings have fallen by a third',
    'at least 60 years',
    'the most expensive patch-up',
    'chairs the transport committee',
  ])
    await lib.markWithShortcut(claim);
  await expect(lib.tab('Claims').locator('.count-badge')).toHaveText('11');
  await lib.chooseSourceFile('okafor-interview.txt');
  await lib.confirmAdd();
  for (const name of ['Claims', 'Suggestions', 'Versions', 'Sources', 'Quotes']) {
    await expect(lib.tab(name).locator('.count-badge')).toBeVisible();
  }

  for (const [width, height] of [
    [1024, 700],
    [1280, 800],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    const fit = await page.getByRole('tablist', { name: 'Panels' }).evaluate((list) => {
      const box = list.getBoundingClientRect();
      const hidden = [...list.querySelectorAll('[role="tab"]')]
        .filter((tab) => {
          const r = tab.getBoundingClientRect();
          return r.left < box.left - 1 || r.right > box.right + 1;
        })
        .map((tab) => tab.textContent);
      const cut = [...list.querySelectorAll<HTMLElement>('.side-tab-label')]
        .filter((label) => {
          // The text's own width against its box's, unrounded: a label short by a fraction of a pixel is already
          // drawn with an ellipsis.
          const text = document.createRange();
          text.selectNodeContents(label);
          return text.getBoundingClientRect().width > label.getBoundingClientRect().width + 0.01;
        })
        .map((label) => label.textContent);
      const rows = new Set([...list.querySelectorAll('[role="tab"]')].map((tab) => tab.getBoundingClientRect().top))
        .size;
      return { overflow: list.scrollWidth - list.clientWidth, hidden, cut, rows };
    });
    expect.soft(fit.hidden, `tabs past the pane's edge at ${width}px`).toEqual([]);
    expect.soft(fit.overflow, `tab row wider than the pane at ${width}px`).toBeLessThanOrEqual(1);
    expect.soft(fit.cut, `tab labels cut short at ${width}px`).toEqual([]);
    // Five tabs with two-digit counts are everyday use: one row for them (more tabs may take a second).
    expect.soft(fit.rows, `rows of tabs at ${width}px`).toBe(1);
  }
});
