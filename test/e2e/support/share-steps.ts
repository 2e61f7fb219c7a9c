// Sharing a story as steps over two windows, shared by the browser-harness spec and the Electron spec: the reporter
// shares a project with a claim through Share with the newsroom (a wrong password first: refused in the dialog,
// nothing shared), the editor on another computer opens it through Open a shared story, and a status the editor sets
// reaches the reporter's window with no reload; the two, on one computer, are two devices whose log chains both verify.
// The story server is the test's own (test/servers/support).
import { readFile, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import type { CouchServer } from '../../servers/support/couch-server';
import { prepareStoryDatabase, storyDatabaseName } from '../../../electron/sync/story-database';
import { DeskPage } from '../pages/desk-page';
import { ProjectPage } from '../pages/project-page';
import { WelcomePage } from '../pages/welcome-page';
import type { Shot } from './slice-steps';
import { fourShots } from './theme-shots';

/** One person on their own computer: their window and where their projects go. */
export interface Person {
  page: Page;
  projectsDir: string;
}

/** The story server's users, made by the spec before the flow (couch.createUser). */
export const REPORTER = { name: 'ann', password: 'ann-story-pw' } as const;
export const EDITOR = { name: 'bob', password: 'bob-story-pw' } as const;

const TITLE = 'Council vote';
const DRAFT = 'The council voted 7 to 2 to close the Harbour Street bridge until October. Traders say trade fell.';
const CLAIM = 'voted 7 to 2 to close the Harbour Street bridge';
/** Replication under load can take a while; every wait is for a state, with this as its ceiling. */
const SYNC_WAIT = 90_000;

/** Makes the two users of the flow on the story server, as the server tests do. */
export async function makeStoryUsers(couch: CouchServer): Promise<void> {
  await couch.createUser(REPORTER.name, REPORTER.password);
  await couch.createUser(EDITOR.name, EDITOR.password);
}

function syncLine(page: Page): Locator {
  return page.getByRole('status', { name: 'Sync state' });
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** How many story documents the server holds in `database` (0 when it is not there). */
async function storyDocuments(couch: CouchServer, database: string): Promise<number> {
  const reply = await couch.adminFetch(`/${database}/_all_docs`);
  if (!reply.ok) return 0;
  const rows = ((await reply.json()) as { rows: { id: string }[] }).rows;
  return rows.filter((row) => !row.id.startsWith('_design/')).length;
}

/**
 * The reporter makes a project with one claim and shares it: a wrong password is refused in the dialog with the
 * server's sentence and nothing is shared; once a server admin has prepared the story's database for the reporter
 * and the editor, the right password shares it and the sync line reads Synced. Returns the story's id.
 */
export async function runReporterShares(reporter: Person, couch: CouchServer, shot: Shot): Promise<string> {
  const { page } = reporter;
  const folder = path.join(reporter.projectsDir, 'council-vote');
  const welcome = new WelcomePage(page);
  const project = new ProjectPage(page);
  await welcome.expectVisible();
  await welcome.createProject(TITLE, folder);
  await expect(project.heading(TITLE)).toBeVisible();
  await project.useDraft(DRAFT);
  await project.markWithButton(CLAIM);
  await expect(project.claimItems).toHaveCount(1);
  await project.expectSaved();
  const storyId = (JSON.parse(await readFile(path.join(folder, 'project.factdesk'), 'utf8')) as { id: string }).id;
  const database = storyDatabaseName(storyId);

  await project.runCommand('Share with the newsroom...');
  const dialog = page.getByRole('dialog', { name: 'Share with the newsroom' });
  await expect(dialog).toBeVisible();
  const address = dialog.getByRole('textbox', { name: 'Story server address' });
  await expect(address).toBeFocused();
  await address.fill(couch.url);
  await dialog.getByRole('textbox', { name: 'User name' }).fill(REPORTER.name);
  const password = dialog.getByLabel('Password', { exact: true });
  await password.fill('not-her-password');
  await dialog.getByRole('textbox', { name: 'Team members (optional)' }).fill(EDITOR.name);
  await fourShots(page, 'share-dialog', shot);

  // A wrong password: the server's sentence in the dialog, the password gone from its field, nothing shared.
  await dialog.getByRole('button', { name: 'Share', exact: true }).click();
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toHaveText(
    `The newsroom's story server at ${new URL(couch.url).host} did not accept the name ${REPORTER.name} and its password.`,
    { timeout: SYNC_WAIT },
  );
  await expect(refusal).not.toContainText('not-her-password');
  await expect(password).toHaveValue('');
  // The password is what a retry needs, so it has the focus (the Share button was off while sending).
  await expect(password).toBeFocused();
  await expect(dialog.getByRole('button', { name: 'Share', exact: true })).toBeEnabled();
  await expect(syncLine(page)).toHaveCount(0);
  expect(await exists(path.join(folder, 'sync', 'share.json'))).toBe(false);
  expect(await storyDocuments(couch, database)).toBe(0);
  await fourShots(page, 'share-dialog-refused', shot);

  // A server admin prepares the story's database for the two of them; the right password shares it.
  await prepareStoryDatabase(couch.adminFetch, database, [REPORTER.name, EDITOR.name]);
  await password.fill(REPORTER.password);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden({ timeout: SYNC_WAIT });
  await expect(syncLine(page)).toHaveText('Synced', { timeout: SYNC_WAIT });
  expect(await exists(path.join(folder, 'sync', 'share.json'))).toBe(true);
  await expect.poll(() => storyDocuments(couch, database), { timeout: SYNC_WAIT }).toBeGreaterThan(0);
  return storyId;
}

/**
 * The editor, on another computer, opens the story from the welcome screen through Open a shared story: signs in,
 * lists the stories (or, where the server does not list them to the editor, gives the story's id), keeps the story
 * chosen, opens it into a folder and sees the reporter's claim.
 */
export async function runEditorOpens(editor: Person, couch: CouchServer, storyId: string, shot: Shot): Promise<void> {
  const { page } = editor;
  const folder = path.join(editor.projectsDir, 'council-vote-shared');
  const welcome = new WelcomePage(page);
  const project = new ProjectPage(page);
  await welcome.expectVisible();
  await page.getByRole('button', { name: 'Open a shared story...' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a shared story' });
  await expect(dialog).toBeVisible();
  const address = dialog.getByRole('textbox', { name: 'Story server address' });
  await expect(address).toBeFocused();
  await address.fill(couch.url);
  await dialog.getByRole('textbox', { name: 'User name' }).fill(EDITOR.name);
  await dialog.getByLabel('Password', { exact: true }).fill(EDITOR.password);
  await dialog.getByRole('button', { name: 'List stories' }).click();

  const stories = dialog.getByRole('group', { name: 'Stories on the server' });
  const unlisted = dialog.getByRole('alert').filter({ hasText: 'does not list its databases' });
  await expect(stories.or(unlisted)).toBeVisible({ timeout: SYNC_WAIT });
  const folderBox = dialog.getByRole('textbox', { name: 'Project folder' });
  if (await stories.isVisible()) {
    const story = stories.getByRole('radio', { name: `${TITLE} (1 claim)` });
    // The first story listed is chosen at once, with the focus, and a folder named after it suggested.
    await expect(story).toBeChecked();
    await expect(story).toBeFocused();
    await expect(folderBox).toHaveValue(new RegExp(`${TITLE}$`));
    await fourShots(page, 'open-shared-dialog-listed', shot);
  } else {
    const id = dialog.getByRole('textbox', { name: 'Story id' });
    await expect(id).toBeFocused();
    await id.fill(storyId);
  }
  await folderBox.fill(folder);
  await expect(folderBox).toHaveValue(folder);
  await fourShots(page, 'open-shared-dialog', shot);

  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: SYNC_WAIT });
  await expect(project.heading(TITLE)).toBeVisible();
  await expect(project.claimItems).toHaveCount(1);
  await expect(project.claimItems.first()).toContainText(CLAIM);
  await expect(project.markFor(CLAIM)).toHaveAttribute('data-status', 'unchecked');
  await expect(syncLine(page)).toHaveText('Synced', { timeout: SYNC_WAIT });
  expect(await exists(path.join(folder, 'project.factdesk'))).toBe(true);
}

/** The editor disputes the claim; the reporter's window shows it without a reload, and both read Synced again. */
export async function runStatusReachesReporter(reporter: Person, editor: Person, shot: Shot): Promise<void> {
  const theirs = new ProjectPage(editor.page);
  const mine = new ProjectPage(reporter.page);
  await theirs.statusSelect(1).selectOption({ label: 'Disputed' });
  await expect(theirs.markFor(CLAIM)).toHaveAttribute('data-status', 'disputed');

  await expect(mine.markFor(CLAIM)).toHaveAttribute('data-status', 'disputed', { timeout: SYNC_WAIT });
  await expect(mine.statusSelect(1).locator('option:checked')).toHaveText('Disputed');
  await expect(syncLine(reporter.page)).toHaveText('Synced', { timeout: SYNC_WAIT });
  await expect(syncLine(editor.page)).toHaveText('Synced', { timeout: SYNC_WAIT });
  await mine.expectSaved();
  await shot('shared-status-reporter');
}

/**
 * Both windows, on one computer, open the Activity log: the reporter's harness and the editor's (each with its own
 * data folder) are two devices of the story, each named after this computer with a tail of its own, and each
 * device's chain verifies, in both windows.
 */
export async function runTwoDevicesVerify(reporter: Person, editor: Person, shot: Shot): Promise<void> {
  const computer = hostname().replace(/[^A-Za-z0-9._-]+/g, '-') || 'computer';
  const device = `${computer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-[0-9a-f]{6}`;
  for (const person of [reporter, editor]) {
    await new DeskPage(person.page).show('Activity log');
    await expect(person.page.getByText(/^Log intact: \d+ entries from 2 devices$/)).toBeVisible({ timeout: SYNC_WAIT });
    const chains = person.page.getByRole('list', { name: "Each computer's chain" }).getByRole('listitem');
    await expect(chains).toHaveCount(2);
    await expect(chains.filter({ hasText: 'this computer' })).toHaveText(
      new RegExp(`^${device} \\([^)]+\\), this computer: \\d+ entries, verified$`),
    );
    await expect(chains.filter({ hasNotText: 'this computer' })).toHaveText(
      new RegExp(`^${device} \\([^)]+\\): \\d+ entries, verified$`),
    );
  }
  const names = async (page: Page) =>
    (await page.getByRole('list', { name: "Each computer's chain" }).getByRole('listitem').allTextContents())
      .map((line) => line.split(' ')[0])
      .sort();
  // The same two devices in both windows (each harness writes its account's name on its entries).
  expect(await names(reporter.page)).toEqual(await names(editor.page));
  await shot('shared-log-two-devices');
}

/**
 * The reporter looks for a backup to put back into the shared story: Restore from backup lists the backups and says
 * up front, in the refusal's own words, why none restores here, with every Restore button turned off (the handlers
 * still refuse one, test/servers/story-devices.test.ts); the claim keeps the editor's status.
 */
export async function runRestoreRefused(reporter: Person, shot: Shot): Promise<void> {
  const { page } = reporter;
  const project = new ProjectPage(page);
  await project.runCommand('Restore from backup');
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  const first = dialog.getByRole('list', { name: 'Backups' }).getByRole('listitem').first();
  await expect(first).toBeVisible();
  const folder = path.join(reporter.projectsDir, 'council-vote');
  await expect(dialog.getByRole('note')).toHaveText(
    new RegExp(
      `^Restoring is turned off in a shared story\\. ${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} holds a shared story, and going back to a backup would leave it disagreeing with the team's copies and break this computer's chain of its activity log; change back what you need in the story itself, where every change reaches the team\\.$`,
    ),
  );
  await expect(first.getByRole('button', { name: /^Restore the backup from / })).toBeDisabled();
  await fourShots(page, 'shared-restore-refused', shot);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await new DeskPage(page).show('Draft');
  await expect(project.markFor(CLAIM)).toHaveAttribute('data-status', 'disputed');
}
