// Recordings beside transcripts, end to end in the browser harness: an SRT transcript is added, its WAV attached from
// the source viewer, a passage's timecode plays the recording from there (the media request is answered 206, so
// seeking works), and F8, F7 and F9 pause, go back 5 s and slow down; then the viewer with its player is photographed.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectOnlyLocalRequests, test } from './support/fixtures';
import { REPO_ROOT } from './support/fixtures';
import { LibraryPage } from './pages/library-page';
import { WelcomePage } from './pages/welcome-page';
import { themeShots } from './support/theme-shots';

const SOURCES = path.join(REPO_ROOT, 'test', 'fixtures', 'sources');
const DRAFT = 'Lee Harbor said the crew "kept the east gate open until dawn" on the night of the flood.';

/** The player's <audio> element's state. */
function media(page: Page) {
  return page.locator('.recording-player audio').evaluate((el: HTMLAudioElement) => ({
    currentTime: el.currentTime,
    paused: el.paused,
    playbackRate: el.playbackRate,
    src: el.currentSrc,
  }));
}

test('attach a recording to an SRT transcript, play a passage from its timecode and drive it from the keyboard', async ({
  page,
  harness,
  requests,
}) => {
  const mediaStatuses: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/media/')) mediaStatuses.push(response.status());
  });
  const welcome = new WelcomePage(page);
  const lib = new LibraryPage(page);
  await welcome.expectVisible();
  await welcome.createProject('Flood night', path.join(harness.projectsDir, 'flood-night'));
  await lib.useDraft(DRAFT);

  await lib.runCommand('Add source');
  await expect(lib.addDialog).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await lib.addDialog.getByRole('button', { name: 'Choose files...' }).click();
  await (await chooser).setFiles(path.join(SOURCES, 'interview-3s.srt'));
  await expect(lib.addDialog.getByText(/passages? found/)).toBeVisible();
  await lib.setDetail('Title', 'Night of the flood');
  await lib.confirmAdd();

  await lib.showSources();
  await lib.library.getByRole('button', { name: 'Night of the flood', exact: true }).click();
  const viewer = page.getByRole('dialog', { name: 'Night of the flood' });
  await expect(viewer).toBeVisible();
  const recordingChooser = page.waitForEvent('filechooser');
  await viewer.getByRole('button', { name: 'Attach recording…' }).click();
  await (await recordingChooser).setFiles(path.join(SOURCES, 'interview-3s.wav'));
  const player = viewer.getByRole('region', { name: 'Recording' });
  await expect(player).toBeVisible({ timeout: 30_000 });
  await expect(
    viewer.getByRole('status').filter({ hasText: 'Attached the recording interview-3s.wav.' }),
  ).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Replace recording…' })).toBeVisible();

  // The media element loads from the harness's own /media/ address with the page token, never a file URL.
  await expect
    .poll(async () => (await media(page)).src, { timeout: 30_000 })
    .toMatch(new RegExp(`^${harness.origin}/media/[^/]+/project/[^/?]+\\?token=${harness.token}$`));

  await viewer.getByRole('button', { name: 'Play from 00:00:02' }).click();
  await expect.poll(async () => (await media(page)).currentTime, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
  expect((await media(page)).currentTime).toBeLessThanOrEqual(3);
  await expect.poll(() => mediaStatuses.includes(206), { timeout: 30_000 }).toBe(true);
  expect(mediaStatuses.filter((s) => s !== 206 && s !== 200)).toEqual([]);

  // F8 pauses (and plays again), F7 goes back 5 s (to the start here), F9 steps the speed down and back to normal.
  await expect.poll(async () => (await media(page)).paused, { timeout: 30_000 }).toBe(false);
  await page.keyboard.press('F8');
  await expect.poll(async () => (await media(page)).paused, { timeout: 30_000 }).toBe(true);
  await expect(player.getByRole('button', { name: /^Play/ })).toBeVisible();
  const pausedAt = (await media(page)).currentTime;
  expect(pausedAt).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('F7');
  await expect.poll(async () => (await media(page)).currentTime, { timeout: 30_000 }).toBe(0);
  await page.keyboard.press('F9');
  await expect.poll(async () => (await media(page)).playbackRate).toBe(0.75);
  await expect(player.getByRole('button', { name: /Slower or normal speed \(now 0\.75× speed\)/ })).toBeVisible();
  await page.keyboard.press('F9');
  await expect.poll(async () => (await media(page)).playbackRate).toBe(0.5);
  await page.keyboard.press('F9');
  await expect.poll(async () => (await media(page)).playbackRate).toBe(1);
  await page.keyboard.press('F8');
  await expect.poll(async () => (await media(page)).paused, { timeout: 30_000 }).toBe(false);
  await page.keyboard.press('F8');
  await expect.poll(async () => (await media(page)).paused, { timeout: 30_000 }).toBe(true);

  // The palette opens above the viewer and offers the player's commands, with their keys.
  await page.keyboard.press('ControlOrMeta+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('option')).toHaveText([
    /Recording: play or pause\s*F8/,
    /Recording: back 5 seconds\s*F7/,
    /Recording: slower or normal speed\s*F9/,
  ]);
  if (process.env.FACTDESK_SHOTS_DIR) {
    await page.screenshot({ path: path.join(process.env.FACTDESK_SHOTS_DIR, 'recording-palette.png') });
  }
  await page.keyboard.type('slower');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect.poll(async () => (await media(page)).playbackRate).toBe(0.75);
  await expect(viewer).toBeVisible();

  // The shortcuts are shown on the buttons.
  await expect(player.getByRole('button', { name: /^Back 5 s/ })).toHaveAttribute('aria-keyshortcuts', 'F7');

  if (process.env.FACTDESK_SHOTS_DIR) {
    const dir = process.env.FACTDESK_SHOTS_DIR;
    await page.setViewportSize({ width: 1280, height: 800 });
    await themeShots(page, 'recording-viewer', (name) =>
      page.screenshot({ path: path.join(dir, `${name}.png`) }).then(() => undefined),
    );
    await page.setViewportSize({ width: 1024, height: 640 });
    await page.locator('html').evaluate((el) => el.setAttribute('data-theme', 'dark'));
    await page.screenshot({ path: path.join(dir, 'recording-viewer-1024x640-dark.png') });
  }
  expectOnlyLocalRequests(requests);
});
