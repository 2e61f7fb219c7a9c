// Adding a file whose content is already a source, through the real handlers on real folders: the same file, a
// renamed copy and the same text saved differently are refused with one sentence and leave every saved file as it
// was; a different file, even one with the same name, is still added. The CLI's add-source meets the same rule.
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../../electron/api/handlers';
import { LIBRARY_FILE, LIBRARY_FOLDER } from '../../../../electron/storage/library-store';
import { cli } from '../cli-run';
import { tempDir } from '../storage/helpers';
import { setupProject, sourceMeta, value } from './source-steps';

const fixtures = join(__dirname, '../../../fixtures/sources');
const otter = join(fixtures, 'otter-interview.txt');
const meta = { ...sourceMeta, title: 'Otter interview', type: 'interview' as const, tags: [] };

/** The project file and the sources folder as they are on disk once every pending save is written. */
async function onDisk(handlers: Handlers, projectId: string, folder: string) {
  await handlers.sessionOf(projectId)?.flush();
  return {
    project: await readFile(join(folder, 'project.factdesk')),
    files: (await readdir(join(folder, 'sources'))).sort(),
  };
}

function refusal(reply: { ok: boolean; error?: { code: string; message: string } }) {
  expect(reply.ok).toBe(false);
  return reply.error;
}

describe('adding a source whose content is already in the library', () => {
  it('refuses the same file and a renamed copy with a sentence, changing nothing saved', async () => {
    const { handlers, projectId, folder, deps } = await setupProject();
    value(await handlers.addSource({ projectId, library: 'project', file: { kind: 'path', path: otter }, meta }));
    const before = await onDisk(handlers, projectId, folder);

    const again = await handlers.addSource({
      projectId,
      library: 'project',
      file: { kind: 'path', path: otter },
      meta: { ...meta, title: 'Otter again' },
      taskId: 't2',
    });
    expect(refusal(again)).toEqual({
      code: 'file-exists',
      message: 'otter-interview.txt is already in this project as “Otter interview”; nothing was added.',
      details: { sourceId: expect.any(String), library: 'project' },
    });

    // The browser harness sends the bytes; a copy under another name and extension is the same content.
    const base64 = (await readFile(otter)).toString('base64');
    const renamed = await handlers.addSource({
      projectId,
      library: 'project',
      file: { kind: 'bytes', fileName: 'harbor notes.md', base64 },
      meta,
    });
    expect(refusal(renamed)?.message).toBe(
      'harbor notes.md is already in this project as “Otter interview”; nothing was added.',
    );

    // The same words saved with a byte-order mark, as Windows Notepad does: other bytes, the same text.
    const withMark = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), await readFile(otter)]);
    await writeFile(join(deps.dataDir, '..', 'otter-windows.txt'), withMark);
    const sameText = await handlers.addSource({
      projectId,
      library: 'project',
      file: { kind: 'path', path: join(deps.dataDir, '..', 'otter-windows.txt') },
      meta,
    });
    expect(refusal(sameText)?.message).toBe(
      'otter-windows.txt is already in this project as “Otter interview”; nothing was added.',
    );

    expect(await onDisk(handlers, projectId, folder)).toEqual(before);
    const list = value(await handlers.listSources({ projectId })).sources;
    expect(list.map((s) => s.title)).toEqual(['Otter interview']);
    const hits = value(await handlers.searchLibrary({ projectId, query: 'vote on Tuesday' })).hits;
    expect(new Set(hits.map((h) => h.sourceId)).size).toBe(1);
    await handlers.closeAll();
  });

  it('still adds a different file, even one with the same name', async () => {
    const { handlers, projectId, deps } = await setupProject();
    value(await handlers.addSource({ projectId, library: 'project', file: { kind: 'path', path: otter }, meta }));
    const elsewhere = join(deps.dataDir, '..', 'elsewhere');
    await mkdir(elsewhere, { recursive: true });
    await writeFile(join(elsewhere, 'otter-interview.txt'), 'Speaker 1  0:00\nA different talk about the ferry.\n');
    value(
      await handlers.addSource({
        projectId,
        library: 'project',
        file: { kind: 'path', path: join(elsewhere, 'otter-interview.txt') },
        meta: { ...meta, title: 'Ferry talk' },
      }),
    );
    value(
      await handlers.addSource({
        projectId,
        library: 'project',
        file: { kind: 'path', path: join(fixtures, 'council-interview.txt') },
        meta: { ...meta, title: 'Council interview' },
      }),
    );
    const list = value(await handlers.listSources({ projectId })).sources;
    expect(list.map((s) => s.title)).toEqual(['Otter interview', 'Ferry talk', 'Council interview']);
    await handlers.closeAll();
  });

  it('refuses a second add to the personal library, leaving the library file as it was', async () => {
    const { handlers, projectId, deps } = await setupProject();
    const add = (title: string) =>
      handlers.addSource({
        projectId,
        library: 'personal',
        file: { kind: 'path', path: otter },
        meta: { ...meta, title },
      });
    value(await add('Otter, kept'));
    const libraryFile = join(deps.dataDir, LIBRARY_FOLDER, LIBRARY_FILE);
    const before = await readFile(libraryFile);
    expect(refusal(await add('Otter, twice'))?.message).toBe(
      'otter-interview.txt is already in your personal library as “Otter, kept”; nothing was added.',
    );
    expect(await readFile(libraryFile)).toEqual(before);
    // The project is another library: the same file can still go there.
    value(await handlers.addSource({ projectId, library: 'project', file: { kind: 'path', path: otter }, meta }));
    await handlers.closeAll();
  });

  it('refuses the same file through factdesk add-source with the sentence and exit code 1', async () => {
    const dir = await tempDir();
    await cli(['new', 'story', '--title', 'Harbor'], dir);
    await copyFile(otter, join(dir, 'otter.txt'));
    await copyFile(otter, join(dir, 'otter copy.txt'));
    expect((await cli(['add-source', 'story', 'otter.txt', '--title', 'Otter interview'], dir)).code).toBe(0);
    const again = await cli(['add-source', 'story', 'otter copy.txt'], dir);
    expect(again.code).toBe(1);
    expect(again.err).toContain('otter copy.txt is already in this project as “Otter interview”; nothing was added.');
  });
});
