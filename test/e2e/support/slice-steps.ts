// The first slice as steps over a Page, shared by the browser-harness spec and the Electron spec: create a project,
// paste a draft, mark claims, set a status, find it all again; a broken project file; the dark theme; the lockdown.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { ProjectPage } from '../pages/project-page';
import { WelcomePage } from '../pages/welcome-page';
import { REPO_ROOT } from './fixtures';

/** The sample draft: a short, invented local news story with a quote, numbers and a prediction. */
export async function readSampleDraft(): Promise<string> {
  return readFile(path.join(REPO_ROOT, 'test', 'fixtures', 'e2e', 'draft.txt'), 'utf8');
}

/** Marked with the button; comes first in the draft, so it is claim 1. */
export const FIRST_CLAIM = 'release a further £4.2 million';
/** Marked with Mod+E; the prediction inside the quote, claim 2. */
export const SECOND_CLAIM = 'the bridge will reopen to all traffic by the first week of September';

/** Takes a named screenshot into test-results/screenshots/ (prefixed per variant). */
export type Shot = (name: string) => Promise<void>;

/** A Shot for this page, saving test-results/screenshots/<prefix><name>.png. */
export function screenshots(page: Page, prefix = ''): Shot {
  return async (name) => {
    await page.screenshot({ path: path.join(REPO_ROOT, 'test-results', 'screenshots', `${prefix}${name}.png`) });
  };
}

interface StoredClaim {
  status: string;
  anchor: { exact: string };
}

async function readProjectFile(file: string): Promise<{ claims: StoredClaim[]; drafts: Array<{ text: string }> }> {
  return JSON.parse(await readFile(file, 'utf8'));
}

/** Checks the Claims list, the status selects and the highlights after marking (and again after reopening). */
async function expectClaimsShown(project: ProjectPage): Promise<void> {
  await expect(project.claimItems).toHaveCount(2);
  await expect(project.claimItems.nth(0)).toContainText(FIRST_CLAIM);
  await expect(project.claimItems.nth(1)).toContainText(SECOND_CLAIM);
  await expect(project.statusSelect(1).locator('option:checked')).toHaveText('Verified');
  await expect(project.statusSelect(2).locator('option:checked')).toHaveText('Unchecked');
  await expect(project.marks).toHaveCount(2);
  await expect(project.markFor(FIRST_CLAIM)).toHaveAttribute('data-status', 'verified');
  await expect(project.markFor(FIRST_CLAIM)).toHaveAttribute('title', /Verified/);
  await expect(project.markFor(SECOND_CLAIM)).toHaveAttribute('data-status', 'unchecked');
  await expect(project.markFor(SECOND_CLAIM)).toHaveAttribute('title', /Unchecked/);
}

/**
 * The whole first slice: welcome, new project, paste a draft, mark one claim with the button and one with Mod+E,
 * set a status, wait for "Saved", check project.factdesk on disk, close, reopen from Recent projects, same claims.
 */
export async function runFirstSlice(page: Page, projectsDir: string, shot: Shot): Promise<void> {
  const title = 'Harbour bridge repairs';
  const folder = path.join(projectsDir, 'harbour-bridge');
  const draftText = await readSampleDraft();
  const welcome = new WelcomePage(page);
  const project = new ProjectPage(page);

  await welcome.expectVisible();
  await shot('welcome');
  await welcome.openNewProjectDialog();
  await shot('new-project-dialog');
  await welcome.createProject(title, folder);
  await expect(project.heading(title)).toBeVisible();
  await expect(project.draftTextbox).toBeVisible();
  await shot('project-empty');

  await project.useDraft(draftText);
  await expect(project.draft).toContainText('Harbour Street bridge');
  await project.markWithButton(FIRST_CLAIM);
  await expect(project.markFor(FIRST_CLAIM)).toHaveCount(1);
  await project.markWithShortcut(SECOND_CLAIM);
  await expect(project.markFor(SECOND_CLAIM)).toHaveCount(1);
  await project.statusSelect(1).selectOption({ label: 'Verified' });
  // Verified with no source attached asks first: the reporter confirms it.
  const ask = project.page.getByRole('alertdialog', { name: 'No source attached' });
  await ask.getByRole('button', { name: 'Mark Verified' }).click();
  await expect(ask).toBeHidden();
  await project.expectSaved();
  await expectClaimsShown(project);

  const file = path.join(folder, 'project.factdesk');
  await expect
    .poll(async () => {
      const stored = await readProjectFile(file);
      return stored.claims.map((claim) => `${claim.anchor.exact} = ${claim.status}`).sort();
    })
    .toEqual([`${FIRST_CLAIM} = verified`, `${SECOND_CLAIM} = unchecked`].sort());
  expect((await readProjectFile(file)).drafts.map((draft) => draft.text)).toEqual([draftText]);
  await shot('project-with-claims');
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1024, height: 640 });
  await shot('project-with-claims-1024x640');
  if (size) await page.setViewportSize(size);

  await project.closeButton.click();
  await welcome.expectVisible();
  await welcome.recentProject(title).click();
  await expect(project.heading(title)).toBeVisible();
  await expect(project.draft).toContainText('Harbour Street bridge');
  await expectClaimsShown(project);
  await project.expectSaved();
}

/** A project.factdesk holding `null` is refused with a sentence naming the file, and the file is left as it was. */
export async function runBrokenFileCheck(page: Page, projectsDir: string, shot: Shot): Promise<void> {
  const folder = path.join(projectsDir, 'broken-story');
  const file = path.join(folder, 'project.factdesk');
  await mkdir(folder, { recursive: true });
  const original = Buffer.from('null', 'utf8');
  await writeFile(file, original);
  const welcome = new WelcomePage(page);

  await welcome.expectVisible();
  await welcome.openByPath(folder);
  await expect(page.getByRole('alert').filter({ hasText: file })).toBeVisible();
  await shot('error');
  expect((await readFile(file)).equals(original)).toBe(true);
}

/** Luminance (0 to 1) of the first non-transparent background from <body> up to <html>. */
async function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const candidates = [document.querySelector('#root > *'), document.body, document.documentElement];
    for (const element of candidates) {
      if (!element) continue;
      const colour = getComputedStyle(element).backgroundColor;
      const parts = colour.match(/[\d.]+/g)?.map(Number) ?? [];
      const [r = 0, g = 0, b = 0, a = 1] = parts;
      if (parts.length >= 3 && a > 0) return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    }
    return 1;
  });
}

/** Switches to the dark theme from the command palette (Mod+K) and checks the page really turned dark. */
export async function runDarkThemeCheck(page: Page, shot: Shot): Promise<void> {
  const welcome = new WelcomePage(page);
  const project = new ProjectPage(page);
  await welcome.expectVisible();
  await project.openPalette();
  await shot('command-palette');
  await page.keyboard.press('Escape');
  await expect(project.palette).toBeHidden();
  await project.runCommand('Theme: Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await backgroundLuminance(page)).toBeLessThan(0.35);
  await shot('dark-theme');
  await project.runCommand('Theme: Light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await backgroundLuminance(page)).toBeGreaterThan(0.6);
}

/** The page has no Node and the CSP blocks inline script, even one the page itself inserts. */
export async function runLockdownCheck(page: Page): Promise<void> {
  await new WelcomePage(page).expectVisible();
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  const injected = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__factdeskInjected = true;';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { ran: (window as { __factdeskInjected?: boolean }).__factdeskInjected === true, violations };
  });
  expect(injected.ran).toBe(false);
  expect(injected.violations.some((directive) => directive.startsWith('script-src'))).toBe(true);
}

/** Draft text that looks like HTML is shown as text; no element is made from it and none of it runs. */
export async function runHostileDraftCheck(page: Page, projectsDir: string): Promise<void> {
  const hostile =
    'Breaking: <img src=x onerror="window.__factdeskPwned = 1"> the mayor said ' +
    '<script>window.__factdeskPwned = 2</script> "we will build 300 homes" by 2027.';
  const welcome = new WelcomePage(page);
  const project = new ProjectPage(page);
  await welcome.expectVisible();
  await welcome.createProject('Hostile draft', path.join(projectsDir, 'hostile-draft'));
  await expect(project.heading('Hostile draft')).toBeVisible();
  await project.useDraft(hostile);
  await expect(project.draft).toContainText('<img src=x onerror="window.__factdeskPwned = 1">');
  await expect(project.draft).toContainText('<script>window.__factdeskPwned = 2</script>');
  await project.markWithButton('<script>window.__factdeskPwned = 2</script>');
  await expect(project.marks).toHaveCount(1);
  await expect(project.claimItems.first()).toContainText('<script>');
  expect(await project.draft.locator('img, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __factdeskPwned?: number }).__factdeskPwned)).toBeUndefined();
  await project.expectSaved();
}
