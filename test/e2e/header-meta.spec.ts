// The project header's meta line at narrow windows: it wraps between its parts, each part ending with the "·"
// before the next, so no line of it starts with "·". With HEADER_SHOTS set to a folder, it also photographs each
// width in both themes there.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DeskPage } from './pages/desk-page';
import { WelcomePage } from './pages/welcome-page';
import { expect, test } from './support/fixtures';
import { FIRST_CLAIM, SECOND_CLAIM, readSampleDraft } from './support/slice-steps';

/** Where each "·" of the meta line stands: its distance from the line's left edge and its line (top). */
function separators(page: Page) {
  return page.locator('.project-meta').evaluate((meta) => {
    const left = meta.getBoundingClientRect().left;
    const range = document.createRange();
    return [...meta.querySelectorAll('[aria-hidden="true"]')].flatMap((node) => {
      const text = node.firstChild;
      if (!(text instanceof Text) || !text.data.includes('·')) return [];
      const at = text.data.indexOf('·');
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      const box = range.getBoundingClientRect();
      return [{ fromLeft: Math.round(box.left - left), top: Math.round(box.top) }];
    });
  });
}

test('the header meta line wraps without starting a line with "·"', async ({ page, harness }) => {
  const welcome = new WelcomePage(page);
  await welcome.createProject('Harbour bridge', path.join(harness.projectsDir, 'harbour-bridge'));
  const desk = new DeskPage(page);
  await desk.useDraft(await readSampleDraft());
  for (const phrase of [FIRST_CLAIM, SECOND_CLAIM]) await desk.markWithButton(phrase);
  await expect(desk.claimItems).toHaveCount(2);
  await page.getByRole('button', { name: 'Sign off story' }).click();
  await page
    .getByRole('dialog', { name: '2 claims still block publication' })
    .getByRole('button', { name: 'Sign off with 2 open blockers' })
    .click();
  const signedOff = page.getByRole('button', { name: /^Signed off by .+ with 2 open blockers$/ });
  await expect(signedOff).toBeVisible();

  const lines = new Set<number>();
  for (const width of [1280, 1024, 900, 760]) {
    await page.setViewportSize({ width, height: 640 });
    await expect(signedOff).toBeVisible();
    const dots = await separators(page);
    expect(dots).toHaveLength(3);
    for (const dot of dots) expect(dot.fromLeft, `a "·" starts a line at ${width} px`).toBeGreaterThan(8);
    for (const dot of dots) lines.add(dot.top);
    // The workspace names keep to one line each; on a narrow window the story tools move to a row of their own.
    for (const name of ['Draft', 'Desk', 'Ready to publish?', 'Activity log']) {
      const tab = page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name, exact: true });
      const box = await tab.boundingBox();
      expect(box?.height, `"${name}" wraps at ${width} px`).toBeLessThan(40);
    }
    if (process.env.HEADER_SHOTS) {
      for (const theme of ['light', 'dark']) {
        await page.locator('html').evaluate((el, t) => el.setAttribute('data-theme', t), theme);
        await page.screenshot({ path: path.join(process.env.HEADER_SHOTS, `header-${width}-${theme}.png`) });
      }
      await page.locator('html').evaluate((el) => el.setAttribute('data-theme', 'light'));
    }
  }
  // The narrow windows did wrap the line, so the check above saw separators at the end of a line.
  expect(lines.size).toBeGreaterThan(1);
});
