// A project's own files: the names and folders no export may write to, through symlinks and case.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOwnFile, ownFileRole, resolveReal } from '../../../../electron/storage/own-files';
import { tempDir } from './helpers';

describe('ownFileRole', () => {
  const folder = '/news/story';
  it.each([
    ['project.factdesk', 'the project file'],
    ['project.factdesk.lock', 'the lock file'],
    ['project.factdesk.damaged-2026-11-26T09-00-00-000Z', 'a file Factdesk keeps beside the project file'],
    ['.project.factdesk.1a2b.tmp', 'a file Factdesk keeps beside the project file'],
    ['backups/project-20261126T090000000Z.factdesk', 'in its backups folder'],
    ['sources/ab12/text.txt', 'in its sources folder'],
    ['sources', 'in its sources folder'],
    ['', 'the project folder itself'],
  ])('%s is %s', (rel, role) => {
    expect(ownFileRole(folder, join(folder, rel), false)).toBe(role);
  });

  it.each(['exports/appendix.md', 'appendix.md', 'project.factdesk.md.txt/x', 'notes/project.factdesk', '../other.md'])(
    '%s is not one of its own files',
    (rel) => {
      expect(ownFileRole(folder, join(folder, rel), false)).toBeNull();
    },
  );

  it('matches names in any case, and folders too where the disk ignores case', () => {
    expect(ownFileRole(folder, join(folder, 'Project.Factdesk'), false)).toBe('the project file');
    expect(ownFileRole(folder, join(folder, 'BACKUPS', 'x'), false)).toBe('in its backups folder');
    expect(ownFileRole(folder, '/NEWS/Story/project.factdesk', false)).toBeNull();
    expect(ownFileRole(folder, '/NEWS/Story/project.factdesk', true)).toBe('the project file');
  });
});

describe('findOwnFile', () => {
  it('follows symlinks to the project file and finds other project folders above the target', async () => {
    const dir = await tempDir();
    const story = join(dir, 'story');
    const other = join(dir, 'other');
    await mkdir(join(story, 'backups'), { recursive: true });
    await mkdir(join(other, 'sources'), { recursive: true });
    await writeFile(join(story, 'project.factdesk'), '{}');
    await writeFile(join(other, 'project.factdesk'), '{}');
    await symlink(join(story, 'project.factdesk'), join(dir, 'innocent.md'));
    await symlink(join(story, 'backups'), join(dir, 'linked'));
    expect(await findOwnFile(join(dir, 'innocent.md'), [story])).toEqual({
      folder: await resolveReal(story),
      role: 'the project file',
    });
    expect((await findOwnFile(join(dir, 'linked', 'new.md'), [story]))?.role).toBe('in its backups folder');
    expect((await findOwnFile(join(other, 'sources', 'x', 'y.md'), [story]))?.role).toBe('in its sources folder');
    expect(await findOwnFile(join(dir, 'exports', 'appendix.md'), [story])).toBeNull();
    expect(await findOwnFile(join(story, 'exports', 'appendix.md'), [story])).toBeNull();
  });
});
