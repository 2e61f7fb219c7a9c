// Several sources at once, through the browser harness: chosen together in the file picker and dropped together on
// the window, with "n of m" progress and each file's outcome; a refused file does not stop the others.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, REPO_ROOT, test } from './support/fixtures';
import { LibraryPage } from './pages/library-page';
import { WelcomePage } from './pages/welcome-page';

const fixture = (dir: string, name: string) => path.join(REPO_ROOT, 'test', 'fixtures', dir, name);

test('several source files are added by the picker and by a drop, each with its outcome', async ({
  page,
  harness,
}, info) => {
  const welcome = new WelcomePage(page);
  await welcome.expectVisible();
  await welcome.createProject('Bridge story', path.join(harness.projectsDir, 'bridge-story'));
  const lib = new LibraryPage(page);
  await lib.useDraft('The bridge reopens in May, the mayor said.');

  await lib.runCommand('Add source');
  await expect(lib.addDialog).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await lib.addDialog.getByRole('button', { name: 'Choose files...' }).click();
  await (
    await chooser
  ).setFiles([
    fixture('e2e', 'okafor-interview.txt'),
    fixture('sources', 'no-cues.srt'),
    fixture('sources', 'council-interview.txt'),
  ]);
  const many = page.getByRole('dialog', { name: 'Add sources' });
  await expect(many.getByRole('status')).toHaveText('Added 2 of 3 files; 1 was refused.');
  const files = many.getByRole('list', { name: 'Files' }).getByRole('listitem');
  await expect(files).toHaveCount(3);
  await expect(files.nth(0)).toContainText('okafor-interview.txt added as');
  await expect(files.nth(1)).toContainText('no-cues.srt refused:');
  await expect(files.nth(2)).toContainText('council-interview.txt added as');
  await page.screenshot({ path: info.outputPath('add-sources-light.png') });
  await page.locator('html').evaluate((el) => el.setAttribute('data-theme', 'dark'));
  await page.screenshot({ path: info.outputPath('add-sources-dark.png') });
  await page.locator('html').evaluate((el) => el.setAttribute('data-theme', 'light'));
  await many.getByRole('button', { name: 'Done' }).click();
  await expect(many).toBeHidden();

  // Dropped on the window while the Sources tab is open.
  await page.getByRole('tab', { name: /^Sources/ }).click();
  const drop = await Promise.all(
    [fixture('sources', 'press-qa.txt'), fixture('sources', 'quotes.csv')].map(async (p) => ({
      name: path.basename(p),
      bytes: [...(await readFile(p))],
    })),
  );
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'text/plain' }));
    const target = document.querySelector('main') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  }, drop);
  await expect(many.getByRole('status')).toHaveText('Added 2 of 2 files.');
  await many.getByRole('button', { name: 'Done' }).click();
  await expect(lib.library.getByRole('list').first()).toBeVisible();
  await lib.expectSaved();
});
