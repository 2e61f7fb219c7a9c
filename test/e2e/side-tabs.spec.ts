// The side tabs of a project in use (claims, suggestions, a draft version, sources and quotes, each with its count)
// show every tab and its count whole at 1024, 1280 and 1440 px wide: nothing is hidden past the pane's right edge.
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
      return { overflow: list.scrollWidth - list.clientWidth, hidden };
    });
    expect.soft(fit.hidden, `tabs past the pane's edge at ${width}px`).toEqual([]);
    expect.soft(fit.overflow, `tab row wider than the pane at ${width}px`).toBeLessThanOrEqual(1);
  }
});
