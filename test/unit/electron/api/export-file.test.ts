// Which exported files the harness hands to the browser (only files in the project's exports folder, also through
// symlinks) and the headers it sends: a safe Content-Disposition and, for a file opened in a tab, a sandbox.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExportedFile, exportFileHeaders, resolveExportFile } from '../../../../electron/api/export-file';
import { tempDir } from '../storage/helpers';

async function project() {
  const folder = await tempDir();
  await mkdir(join(folder, 'exports'));
  await writeFile(join(folder, 'exports', 'story-appendix-v1.md'), '# Sources\n');
  await writeFile(join(folder, 'project.factdesk'), '{}');
  return folder;
}

describe('resolveExportFile', () => {
  it('accepts a file in the exports folder', async () => {
    const folder = await project();
    const file = join(folder, 'exports', 'story-appendix-v1.md');
    await expect(resolveExportFile(folder, file)).resolves.toMatchObject({
      ok: true,
      value: expect.stringMatching(/story-appendix-v1\.md$/),
    });
  });

  it("refuses the project's own files, paths that climb out, relative paths, folders and symlinks that escape", async () => {
    const folder = await project();
    const outside = await tempDir();
    await writeFile(join(outside, 'secret.txt'), 'not yours');
    await symlink(join(outside, 'secret.txt'), join(folder, 'exports', 'link.txt'));
    for (const path of [
      join(folder, 'project.factdesk'),
      join(folder, 'exports', '..', 'project.factdesk'),
      'exports/story-appendix-v1.md',
      join(folder, 'exports'),
      join(folder, 'exports', 'link.txt'),
    ]) {
      await expect(resolveExportFile(folder, path), path).resolves.toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    await expect(resolveExportFile(folder, join(folder, 'exports', 'gone.md'))).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('checkExportedFile', () => {
  it("opens a file exported in this run wherever it was saved, or one in an open project's exports", async () => {
    const folder = await project();
    const elsewhere = join(await tempDir(), 'appendix.pdf');
    await writeFile(elsewhere, '%PDF');
    await expect(checkExportedFile(elsewhere, [folder], new Set([elsewhere]))).resolves.toMatchObject({
      ok: true,
      value: expect.stringMatching(/appendix\.pdf$/),
    });
    const inExports = join(folder, 'exports', 'story-appendix-v1.md');
    await expect(checkExportedFile(inExports, [folder], new Set())).resolves.toMatchObject({
      ok: true,
      value: expect.stringMatching(/story-appendix-v1\.md$/),
    });
    await expect(checkExportedFile(elsewhere, [folder], new Set())).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    await expect(checkExportedFile(join(folder, 'project.factdesk'), [folder], new Set())).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});

describe('exportFileHeaders', () => {
  it('downloads under the file name, with an ASCII fallback that cannot break out of its quotes', () => {
    const h = exportFileHeaders('/p/exports/Zoë "quote"; x.md', 12, 'download');
    expect(h['Content-Disposition']).toBe(
      `attachment; filename="Zo_ _quote__ x.md"; filename*=UTF-8''Zo%C3%AB%20%22quote%22%3B%20x.md`,
    );
    expect(h['Content-Type']).toBe('text/markdown; charset=utf-8');
    expect(h['Content-Length']).toBe('12');
  });

  it('opens a file in a sandbox, text formats as plain text', () => {
    const html = exportFileHeaders('/p/exports/a.html', 1, 'open');
    expect(html['Content-Disposition']).toMatch(/^inline; /);
    expect(html['Content-Security-Policy']).toMatch(/^sandbox; default-src 'none'/);
    expect(exportFileHeaders('/p/exports/a.jsonld', 1, 'open')['Content-Type']).toBe('text/plain; charset=utf-8');
    expect(exportFileHeaders('/p/exports/a.pdf', 1, 'download')['Content-Type']).toBe('application/pdf');
  });
});
