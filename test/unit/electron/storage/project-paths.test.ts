// Turning what the user gave into a project's folder and file: refusals are values with a code and a sentence.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveProjectPath } from '../../../../electron/storage/project-paths';
import { tempDir } from './helpers';

describe('resolveProjectPath', () => {
  it('accepts the folder or its project.factdesk, and refuses anything else as a value', async () => {
    const dir = await tempDir('factdesk-paths-');
    const folder = join(dir, 'story');
    await mkdir(folder);
    expect(await resolveProjectPath(folder)).toMatchObject({ ok: false, error: { code: 'not-a-project' } });
    await writeFile(join(folder, 'project.factdesk'), '{}');
    const file = join(folder, 'project.factdesk');
    expect(await resolveProjectPath(folder)).toEqual({ ok: true, value: { folder, file } });
    expect(await resolveProjectPath(file)).toEqual({ ok: true, value: { folder, file } });
    await writeFile(join(folder, 'notes.txt'), 'x');
    expect(await resolveProjectPath(join(folder, 'notes.txt'))).toMatchObject({
      ok: false,
      error: { code: 'not-a-project' },
    });
    expect(await resolveProjectPath(join(dir, 'gone'))).toEqual({
      ok: false,
      error: { code: 'not-found', message: `${join(dir, 'gone')} does not exist.` },
    });
  });
});
