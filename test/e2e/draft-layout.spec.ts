// The draft screen at 1024, 1280 and 1440 px wide in both themes: the side tabs stay on one row, no panel is cut
// off, the selected claim's outline leaves the next character alone, and unchecked claims are clearly underlined.
// A save starting and ending moves nothing: "Mark as claim" stays under the pointer.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { measureDraftLayout } from './support/layout-checks';
import { ProjectPage } from './pages/project-page';
import { WelcomePage } from './pages/welcome-page';
import { FIRST_CLAIM, SECOND_CLAIM, readSampleDraft } from './support/slice-steps';

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

interface SaveMoment {
  saveState: string;
  /** Where "Mark as claim" was when the indicator changed to these words. */
  buttonTop: number;
  width: number;
}

/**
 * Notes, every time the Save state indicator changes its words, where "Mark as claim" is at that moment (read in the
 * page as the change happens, so no change is missed however quick the save). Read them with `saveMoments`.
 */
async function followSaves(page: Page): Promise<void> {
  await page.getByRole('status', { name: 'Save state' }).evaluate((indicator) => {
    const moments: SaveMoment[] = [];
    (window as unknown as { saveMoments: SaveMoment[] }).saveMoments = moments;
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Mark as claim'));
    new MutationObserver(() => {
      moments.push({
        saveState: indicator.textContent?.trim() ?? '',
        buttonTop: button?.getBoundingClientRect().top ?? Number.NaN,
        width: window.innerWidth,
      });
    }).observe(indicator, { subtree: true, childList: true, characterData: true });
  });
}

function saveMoments(page: Page): Promise<SaveMoment[]> {
  return page.evaluate(() => (window as unknown as { saveMoments: SaveMoment[] }).saveMoments);
}

test('a save starting and ending never moves "Mark as claim", at 1280x800 and 1024x640', async ({ page, harness }) => {
  const welcome = new WelcomePage(page);
  await welcome.createProject('Harbour bridge', path.join(harness.projectsDir, 'harbour-bridge'));
  const project = new ProjectPage(page);
  await project.useDraft(await readSampleDraft());
  await project.markWithButton(FIRST_CLAIM);
  await project.expectSaved();

  // The header grows a longer meta line with every claim; "Saving..." is wider than "Saved". Once it wrapped the
  // meta line onto a second row for the length of each save, moving the draft down and back up under the pointer,
  // and a click pressed before a save ended and released after it was lost.
  await followSaves(page);
  const phrases = [
    SECOND_CLAIM,
    'about 18,000 vehicles crossed the bridge each day',
    'the final bill would pass £10 million',
  ];
  for (const [i, phrase] of phrases.entries()) {
    if (i === 2) await page.setViewportSize({ width: 1024, height: 640 });
    await project.markWithButton(phrase);
    await project.expectSaved();
  }
  await expect(project.marks).toHaveCount(4);

  const moments = await saveMoments(page);
  let endedSaves = 0;
  for (const [i, moment] of moments.entries()) {
    const before = moments[i - 1];
    if (!before || before.width !== moment.width || before.saveState !== 'Saving...' || moment.saveState !== 'Saved')
      continue;
    endedSaves += 1;
    expect(moment.buttonTop, `"Mark as claim" moved when the save ended at ${moment.width} px`).toBe(before.buttonTop);
  }
  expect(endedSaves, 'saves seen starting and ending').toBeGreaterThan(0);
});
