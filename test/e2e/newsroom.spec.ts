// The newsroom library in the browser harness, against a real PostgreSQL (test/servers/support/postgres.ts) reached
// through a TCP proxy: the harness reads FACTDESK_LIBRARY_URL and PGPASSWORD; a search shows the project's and the
// newsroom's passages in one list with a Newsroom badge; a cut connection shows "Newsroom library offline" beside the
// search box with the project's results still there; the next search after the connection is back finds the
// newsroom again; a newsroom passage opens and attaches to a claim as a copy in the project; the Preferences
// dialog's Newsroom library section tests the connection and says FACTDESK_LIBRARY_URL wins. Screenshots of each.
import { seedNewsroom } from '../servers/support/newsroom-seed';
import { startPostgres } from '../servers/support/postgres';
import type { TestPostgres } from '../servers/support/postgres';
import { startTcpProxy } from '../servers/support/tcp-proxy';
import type { TcpProxy } from '../servers/support/tcp-proxy';
import { expect, test } from './support/fixtures';
import { screenshots } from './support/slice-steps';
import { fourShots } from './support/theme-shots';
import { LibraryPage } from './pages/library-page';
import { WelcomePage } from './pages/welcome-page';
import path from 'node:path';

let server: TestPostgres;
let proxy: TcpProxy;
const saved = { url: process.env.FACTDESK_LIBRARY_URL, password: process.env.PGPASSWORD };

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startPostgres();
  await seedNewsroom(
    server,
    {
      title: 'Council minutes, March',
      type: 'document',
      speakers: ['Millbrook Council'],
      date: '2026-03-10',
      url: null,
      tags: ['bridge'],
      confidential: false,
    },
    [
      'The council heard that the Harbour Street bridge would not reopen before October at the earliest.',
      'Members asked for a written report on the cost of the repairs.',
    ],
  );
  proxy = await startTcpProxy(server.port);
  // The harness started for the test inherits these.
  process.env.FACTDESK_LIBRARY_URL = `postgres://fd_reader@127.0.0.1:${proxy.port}/factdesk`;
  process.env.PGPASSWORD = 'reader-secret';
});

test.afterAll(async () => {
  if (saved.url === undefined) delete process.env.FACTDESK_LIBRARY_URL;
  else process.env.FACTDESK_LIBRARY_URL = saved.url;
  if (saved.password === undefined) delete process.env.PGPASSWORD;
  else process.env.PGPASSWORD = saved.password;
  await proxy?.close();
  await server?.stop();
});

test('newsroom passages beside the project, offline while cut, back by the next search', async ({ page, harness }) => {
  const shot = screenshots(page, 'newsroom-');
  const welcome = new WelcomePage(page);
  const lib = new LibraryPage(page);
  await welcome.expectVisible();
  await welcome.createProject('Harbour bridge', path.join(harness.projectsDir, 'harbour-bridge'));
  await lib.useDraft('The bridge will reopen to all traffic by the first week of September, the council says.');
  await lib.chooseSourceFile('okafor-interview.txt');
  await lib.setDetail('Title', 'Okafor interview');
  await lib.confirmAdd();
  await lib.showSources();

  await lib.search('bridge reopen');
  const theirs = lib.hit('not reopen before October');
  await expect(theirs).toContainText('Newsroom', { timeout: 20_000 });
  await expect(theirs.getByRole('button', { name: 'Attach...' })).toBeVisible();
  await expect(lib.hit('reopen to all traffic')).toContainText('Project');
  await expect(lib.library.getByText('Newsroom library offline')).toHaveCount(0);
  await lib.shots('results', shot);

  proxy.cut();
  await lib.search('bridge reopen traffic');
  await expect(lib.library.getByText('Newsroom library offline')).toBeVisible({ timeout: 20_000 });
  await expect(lib.hit('reopen to all traffic')).toContainText('Project');
  await expect(lib.hit('not reopen before October')).toHaveCount(0);
  await lib.shots('offline', shot);

  proxy.restore();
  await lib.search('bridge reopen');
  await expect(lib.hit('not reopen before October')).toContainText('Newsroom', { timeout: 20_000 });
  await expect(lib.library.getByText('Newsroom library offline')).toHaveCount(0);
});

test('a newsroom passage attached to a claim, and the newsroom section of Preferences', async ({ page, harness }) => {
  const shot = screenshots(page, 'newsroom-');
  const welcome = new WelcomePage(page);
  const lib = new LibraryPage(page);
  await welcome.expectVisible();
  await welcome.createProject('Bridge report', path.join(harness.projectsDir, 'bridge-report'));
  await lib.useDraft('The bridge will not reopen before October, the council heard.');
  await lib.markWithButton('will not reopen before October');
  await lib.showSources();
  await expect(lib.library).toContainText('Attaching to claim 1');

  await lib.search('bridge reopen');
  const theirs = lib.hit('not reopen before October');
  await expect(theirs).toContainText('Newsroom', { timeout: 20_000 });
  await expect(theirs.getByRole('button', { name: 'Attach...' })).toBeVisible();
  await fourShots(page, 'hit-attach', shot);

  await theirs.getByRole('button', { name: 'Open at passage' }).click();
  const passage = page.getByRole('dialog', { name: 'Council minutes, March' });
  await expect(passage).toContainText('not reopen before October');
  // The whole source from the server: its other passage too.
  await expect(passage).toContainText('Members asked for a written report');
  await fourShots(page, 'passage', shot);
  await passage.getByRole('button', { name: 'Attach the passage at ¶ 1 to the claim' }).click();
  const attach = lib.attachDialogs;
  await expect(attach).toHaveAccessibleName('Attach to claim 1');
  await expect(attach).toContainText('Newsroom');
  await attach.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(attach).toBeHidden();
  await passage.getByRole('button', { name: 'Close' }).click();
  await expect(passage).toBeHidden();
  const id = (await lib.markFor('will not reopen before October').getAttribute('data-claim-id')) as string;
  await expect(lib.badge(id)).toHaveText('1');

  // The copy is in the project: with the search cleared, the source list says where it came from.
  await lib.search('');
  await expect(lib.library).toContainText('From the newsroom library');

  await lib.runCommand('Preferences');
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  const section = prefs.getByRole('region', { name: 'Newsroom library' });
  await expect(section).toContainText('FACTDESK_LIBRARY_URL is set');
  await expect(section).toContainText('the password comes from the environment');
  await section.getByLabel('Server').fill('127.0.0.1');
  await section.getByLabel('Port').fill(String(proxy.port));
  await section.getByLabel('User name').fill('fd_reader');
  await section.getByRole('radio', { name: 'Off' }).check();
  await section.getByRole('button', { name: 'Test connection' }).click();
  await expect(section.getByRole('status')).toHaveText(
    `Connected to 127.0.0.1:${proxy.port}/factdesk as fd_reader, with the reader role (searches), without encryption.`,
    { timeout: 20_000 },
  );
  await section.getByRole('heading', { name: 'Newsroom library' }).scrollIntoViewIfNeeded();
  await fourShots(page, 'preferences', shot);
});
