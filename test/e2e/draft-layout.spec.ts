// The draft screen at 1024, 1280 and 1440 px wide in both themes: the side tabs stay on one row, no panel is cut
// off, the selected claim's outline leaves the next character alone, and unchecked claims are clearly underlined.
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { measureDraftLayout } from './support/layout-checks';
import { ProjectPage } from './pages/project-page';
import { WelcomePage } from './pages/welcome-page';

const DRAFT =
  'Rent rose 12 percent last year, the mayor said on Tuesday. The council will vote on the library budget in March, ' +
  'and 3,000 residents signed the petition against the cuts.';

test('the draft screen fits 1024, 1280 and 1440 px wide in light and dark', async ({ page, harness }, info) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const welcome = new WelcomePage(page);
  await welcome.expectVisible();
  await welcome.createProject('Rent story', path.join(harness.projectsDir, 'rent-story'));
  const project = new ProjectPage(page);
  await project.useDraft(DRAFT);
  await project.markWithButton('Rent rose 12 percent');
  await project.markWithButton('3,000 residents');
  await project.markFor('Rent rose 12 percent').click();
  await expect(project.markFor('Rent rose 12 percent')).toHaveClass(/is-selected/);
  await page.emulateMedia({ reducedMotion: 'reduce' });

  for (const theme of ['light', 'dark']) {
    await page.locator('html').evaluate((el, t) => el.setAttribute('data-theme', t), theme);
    for (const [width, height] of [
      [1024, 700],
      [1280, 800],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const panel of ['Claims', 'Sources', 'Quotes']) {
        await page.getByRole('tab', { name: new RegExp(`^${panel}`) }).click();
        const at = `${panel} at ${width}x${height} ${theme}`;
        const m = await measureDraftLayout(page);
        expect.soft(m.tabRowHeight, `tab row height, ${at}`).toBeLessThanOrEqual(m.tabHeight + 1);
        expect.soft(m.cutOff, `cut off, ${at}`).toEqual([]);
        expect.soft(m.outlineReach, `selection outline reach, ${at}`).toBeLessThanOrEqual(0);
        expect.soft(m.underlineContrast, `claim underline contrast, ${at}`).toBeGreaterThanOrEqual(3);
        await page.screenshot({ path: info.outputPath(`draft-${panel.toLowerCase()}-${width}-${theme}.png`) });
      }
    }
  }
});
