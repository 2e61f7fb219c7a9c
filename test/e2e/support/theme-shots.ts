// One view photographed for the screenshot record: three ways (1280x800 light and dark, 1024x640 light), or four
// (both sizes, both themes).
import type { Page } from '@playwright/test';

/** Takes `<name>-light`, `<name>-dark` and `<name>-1024x640`, then puts the theme and window size back. */
export async function themeShots(page: Page, name: string, shoot: (name: string) => Promise<void>): Promise<void> {
  const html = page.locator('html');
  const theme = (await html.getAttribute('data-theme')) ?? 'light';
  const setTheme = (t: string) => html.evaluate((el, t) => el.setAttribute('data-theme', t), t);
  // No colour transitions, so each shot shows the theme it names.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await setTheme('light');
  await shoot(`${name}-light`);
  await setTheme('dark');
  await shoot(`${name}-dark`);
  await setTheme('light');
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1024, height: 640 });
  await shoot(`${name}-1024x640`);
  if (size) await page.setViewportSize(size);
  await setTheme(theme);
  await page.emulateMedia({ reducedMotion: null });
}

/** Takes `<name>-<width>x<height>-<theme>` at 1280x800 and 1024x640, light and dark, then puts both back. */
export async function fourShots(page: Page, name: string, shoot: (name: string) => Promise<void>): Promise<void> {
  const html = page.locator('html');
  const theme = (await html.getAttribute('data-theme')) ?? 'light';
  const size = page.viewportSize();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const [width, height] of [
    [1280, 800],
    [1024, 640],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const t of ['light', 'dark']) {
      await html.evaluate((el, t) => el.setAttribute('data-theme', t), t);
      await shoot(`${name}-${width}x${height}-${t}`);
    }
  }
  await html.evaluate((el, t) => el.setAttribute('data-theme', t), theme);
  if (size) await page.setViewportSize(size);
  await page.emulateMedia({ reducedMotion: null });
}

/** The window sizes of the screenshot record in docs/screens: the three widths people use, each at a usual height. */
export const SCREEN_SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
] as const;

/**
 * Takes `<name>-<width>-light.png` and `<name>-<width>-dark.png` for every SCREEN_SIZES width into `dir`, then puts
 * the theme and window size back.
 */
export async function screenSet(page: Page, name: string, dir: string): Promise<void> {
  const html = page.locator('html');
  const theme = (await html.getAttribute('data-theme')) ?? 'light';
  const setTheme = (t: string) => html.evaluate((el, t) => el.setAttribute('data-theme', t), t);
  const size = page.viewportSize();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const { width, height } of SCREEN_SIZES) {
    await page.setViewportSize({ width, height });
    for (const t of ['light', 'dark']) {
      await setTheme(t);
      await page.screenshot({ path: `${dir}/${name}-${width}-${t}.png`, animations: 'disabled', caret: 'hide' });
    }
  }
  if (size) await page.setViewportSize(size);
  await setTheme(theme);
  await page.emulateMedia({ reducedMotion: null });
}
