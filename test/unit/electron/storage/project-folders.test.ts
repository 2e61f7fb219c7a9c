// A new project's default folder (Documents/Factdesk/<title>, named from the title as typed) and the folder listing
// behind the harness's Choose..., on real temp folders, through the handlers and their zod validators.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/api/handlers';
import { listFolders, projectFolderName, suggestProjectFolder } from '../../../../electron/storage/project-folders';
import { validators } from '../../../../shared/api/contract';
import { ok } from '../../../../shared/api/result';
import type { Result } from '../../../../shared/api/result';
import { handlerDeps, tempDir } from './helpers';

/** The sentence of a refusal (the listing refuses as a value, never by throwing). */
function refusal(result: Result<unknown>): string {
  return result.ok ? 'listed' : result.error.message;
}

describe('a new project folder named from its title', () => {
  it('keeps the title as typed and takes out what no file system accepts', () => {
    expect(projectFolderName('City council budget vote')).toBe('City council budget vote');
    expect(projectFolderName('  Mayor: "rents up 12%?" / fact check  ')).toBe('Mayor rents up 12% fact check');
    expect(projectFolderName('Ça coûte 5 € à Zürich')).toBe('Ça coûte 5 € à Zürich');
    expect(projectFolderName('..hidden..')).toBe('hidden');
    expect(projectFolderName('tab\there\nand line')).toBe('tab here and line');
    expect(projectFolderName('')).toBe('Untitled story');
    expect(projectFolderName('???')).toBe('Untitled story');
    expect(projectFolderName('CON')).toBe('CON story');
    const long = projectFolderName('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith('word')).toBe(true);
  });

  it('numbers the folder when one of that name already holds files, and reuses an empty one', async () => {
    const dir = await tempDir();
    const parent = join(dir, 'Documents', 'Factdesk');
    expect(await suggestProjectFolder(parent, 'Budget vote')).toEqual(ok(join(parent, 'Budget vote')));
    await mkdir(join(parent, 'Budget vote'), { recursive: true });
    expect(await suggestProjectFolder(parent, 'Budget vote')).toEqual(ok(join(parent, 'Budget vote')));
    await writeFile(join(parent, 'Budget vote', 'notes.txt'), 'mine');
    expect(await suggestProjectFolder(parent, 'Budget vote')).toEqual(ok(join(parent, 'Budget vote 2')));
  });
});

describe('listing folders for the folder browser', () => {
  it('lists the folders inside one, by name, without hidden ones or files', async () => {
    const home = await tempDir();
    await mkdir(join(home, 'Stories', 'b-side'), { recursive: true });
    await mkdir(join(home, 'Stories', 'Archive 10'), { recursive: true });
    await mkdir(join(home, 'Stories', 'Archive 9'), { recursive: true });
    await mkdir(join(home, 'Stories', '.cache'), { recursive: true });
    await writeFile(join(home, 'Stories', 'draft.docx'), '');
    const listed = await listFolders(join(home, 'Stories'), home);
    if (!listed.ok) throw new Error(listed.error.message);
    const listing = listed.value;
    expect(listing.path).toBe(join(home, 'Stories'));
    expect(listing.parent).toBe(home);
    expect(listing.folders.map((f) => f.name)).toEqual(['Archive 9', 'Archive 10', 'b-side']);
    expect(listing.folders[0]!.path).toBe(join(home, 'Stories', 'Archive 9'));
    expect(await listFolders(home, home)).toMatchObject({ ok: true, value: { parent: null } });
  });

  it('lists nothing outside the home folder, and says why a folder cannot be listed', async () => {
    const home = await tempDir();
    expect(refusal(await listFolders(join(home, '..'), home))).toMatch(/only folders inside your home folder/);
    expect(refusal(await listFolders('/etc', home))).toMatch(/only folders inside your home folder/);
    expect(refusal(await listFolders(join(home, 'missing'), home))).toMatch(/missing does not exist\.$/);
  });
});

describe('the handlers behind New project', () => {
  async function setup() {
    const dir = await tempDir();
    const home = join(dir, 'home');
    await mkdir(join(home, 'Stories'), { recursive: true });
    const handlers = createHandlers(handlerDeps(dir, { newId: () => 'p1', homeDir: home }));
    return { home, handlers };
  }

  it('suggests Documents/Factdesk/<title> and a place chosen in the browser, and lists the home folder', async () => {
    const { home, handlers } = await setup();
    expect(await handlers.suggestProjectFolder({ title: 'Budget vote' })).toEqual({
      ok: true,
      value: { path: join(home, 'Documents', 'Factdesk', 'Budget vote') },
    });
    expect(await handlers.suggestProjectFolder({ title: 'Budget vote', parent: join(home, 'Stories') })).toEqual({
      ok: true,
      value: { path: join(home, 'Stories', 'Budget vote') },
    });
    const listed = await handlers.listFolders({});
    expect(listed.ok && listed.value.folders.map((f) => f.name)).toEqual(['Stories']);
  });

  it('has zod validators that refuse wrong input before any handler runs', () => {
    expect(validators.suggestProjectFolder.safeParse({ title: 'Budget vote' }).success).toBe(true);
    expect(validators.suggestProjectFolder.safeParse({ title: '', parent: '/home/ana/Stories' }).success).toBe(true);
    expect(validators.suggestProjectFolder.safeParse({ title: 7 }).success).toBe(false);
    expect(validators.suggestProjectFolder.safeParse({ title: 'x', extra: true }).success).toBe(false);
    expect(validators.suggestProjectFolder.safeParse({ title: 'x'.repeat(301) }).success).toBe(false);
    expect(validators.listFolders.safeParse({}).success).toBe(true);
    expect(validators.listFolders.safeParse({ path: '' }).success).toBe(false);
    expect(validators.listFolders.safeParse({ path: '/home/ana', depth: 2 }).success).toBe(false);
  });
});
