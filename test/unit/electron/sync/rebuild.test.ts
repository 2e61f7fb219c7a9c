// Rebuilding a damaged project file from its story's replica, on real folders and a real (local) replica: refused with
// the shared-story sentence when the replica holds no story, and then nothing is touched: not the damaged file, not
// the backups.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProjectFolder } from '../../../../electron/storage/create-project';
import { rebuildFromReplica, shareFile, syncsStory } from '../../../../electron/sync/rebuild';
import { StoryReplica } from '../../../../electron/sync/replica';
import { removeTempDirs, tempDir, value } from '../storage/helpers';

afterEach(removeTempDirs);

const identity = { user: 'ann', host: 'laptop-ann', pid: process.pid };
const NOW = '2026-12-07T06:00:00.000Z';

describe('rebuilding a shared story’s project file from its replica', () => {
  it('refuses a replica that holds no story with the shared-story sentence, and touches nothing', async () => {
    const root = await tempDir();
    const paths = value(await createProjectFolder(join(root, 'story'), { id: 'story-1', title: 'Pier', now: NOW }));
    const replica = value(await StoryReplica.open(paths.folder));
    await replica.close();
    expect(syncsStory(paths.folder)).toBe(false);
    await writeFile(
      shareFile(paths.folder),
      JSON.stringify({ serverUrl: 'http://127.0.0.1:1', user: 'ann', database: 'factdesk-story-story-1' }),
    );
    expect(syncsStory(paths.folder)).toBe(true);
    await writeFile(paths.file, '{"claims": [');
    const before = await readdir(paths.folder);

    const refused = await rebuildFromReplica(paths, identity, NOW);
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'shared-story',
        message: `${paths.file} could not be rebuilt from the shared story's replica in ${join(paths.folder, 'sync', 'replica')} (it holds no story), and a backup is not restored into a shared story: open the story again from the story server into a new folder (Open a shared story...). The damaged file and the backups were left as they are.`,
      },
    });
    expect(await readFile(paths.file, 'utf8')).toBe('{"claims": [');
    expect(await readdir(paths.folder)).toEqual(before);
  });
});
