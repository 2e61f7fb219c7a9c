// The shared-story commands of `factdesk` against a real story server, through the same handlers as the window:
// share (password from FACTDESK_SYNC_PASSWORD, refused with a sentence without it), list, open-shared into a new
// folder, and sync until synced, source files included.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';
import { prepareStoryDatabase, storyDatabaseName } from '../../electron/sync/story-database';
import type { CouchServer } from './support/couch-server.js';
import { startStoryServer, stopStoryServer } from './support/story-team';
import { value } from '../unit/result-value';

let couch: CouchServer;
let root: string;

beforeAll(async () => {
  ({ couch, root } = await startStoryServer('factdesk-share-cli-', { ann: 'ann-cli-pw', bob: 'bob-cli-pw' }));
});

afterAll(() => stopStoryServer(couch, root));

async function cli(user: string, password: string | null, ...args: string[]) {
  let out = '';
  let err = '';
  const env: NodeJS.ProcessEnv = { FACTDESK_DATA_DIR: join(root, `data-${user}`), FACTDESK_USER: user };
  if (password) env.FACTDESK_SYNC_PASSWORD = password;
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), env, cwd: root });
  return { code, out, err };
}

describe('factdesk share, shared, open-shared and sync', () => {
  it('shares a project, lists it and opens it elsewhere, and syncs it until synced', { timeout: 240_000 }, async () => {
    await writeFile(join(root, 'draft.txt'), 'Rent rose 12 percent. Wages rose 3 percent.\n');
    expect((await cli('ann', null, 'new', 'story', '--title', 'Rent story')).code).toBe(0);
    expect((await cli('ann', null, 'set-draft', 'story', 'draft.txt')).code).toBe(0);
    expect((await cli('ann', null, 'mark', 'story', 'Rent rose 12 percent')).code).toBe(0);
    const transcript = join(import.meta.dirname, '../fixtures/sources/council-interview.txt');
    const added = await cli('ann', null, 'add-source', 'story', transcript, '--title', 'Council interview');
    expect(added.err).toBe('');
    const annFiles = (await readdir(join(root, 'story', 'sources'))).sort();
    expect(annFiles.length).toBeGreaterThan(0);
    const storyId = (JSON.parse(await readFile(join(root, 'story', 'project.factdesk'), 'utf8')) as { id: string }).id;
    const server = ['--server', couch.url];

    // No password in the environment and none kept: a refusal sentence, no prompt.
    const refused = await cli('ann', null, 'share', 'story', ...server, '--user', 'ann');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('FACTDESK_SYNC_PASSWORD');

    value(await prepareStoryDatabase(couch.adminFetch, storyDatabaseName(storyId), ['ann', 'bob']));
    const shared = await cli('ann', 'ann-cli-pw', 'share', 'story', ...server, '--user', 'ann');
    expect(shared.err).toBe('');
    expect(shared.out).toMatch(/^Synced \(factdesk-story-/);
    expect(shared.code).toBe(0);

    const listed = await cli('bob', 'bob-cli-pw', 'shared', ...server, '--user', 'bob');
    if (listed.code === 0) expect(listed.out).toContain('Rent story');
    else expect(listed.err).toContain('does not list its databases');

    const opened = await cli('bob', 'bob-cli-pw', 'open-shared', storyId, 'bob-copy', ...server, '--user', 'bob');
    expect(opened.err).toBe('');
    expect(opened.out).toContain('Opened “Rent story”');
    expect(opened.out).toContain('1 claims');

    // sync waits until the source's file has arrived too, not only the claims and statuses.
    const synced = await cli('bob', 'bob-cli-pw', 'sync', 'bob-copy', '--json');
    // When the wait ends first, the state it ended in is the clue: shown with the failure.
    expect(synced.code, `sync gave up in this state: ${synced.out}${synced.err}`).toBe(0);
    expect(JSON.parse(synced.out)).toMatchObject({
      shared: true,
      user: 'bob',
      state: { phase: 'synced', pending: 0, arriving: 0 },
    });
    expect((await readdir(join(root, 'bob-copy', 'sources'))).sort()).toEqual(annFiles);

    // Its backups are listed with the sentence saying why none is restored in a shared story.
    const backups = await cli('bob', null, 'backups', 'bob-copy');
    expect(backups.code).toBe(0);
    expect(backups.out).toContain(`None of these is restored here: ${join(root, 'bob-copy')} holds a shared story,`);
    const listedJson = JSON.parse((await cli('bob', null, 'backups', 'bob-copy', '--json')).out) as {
      backups: { restoreRefused?: string }[];
    };
    expect(listedJson.backups.every((b) => b.restoreRefused?.includes('holds a shared story'))).toBe(true);
    for (const file of annFiles) {
      expect(await readFile(join(root, 'bob-copy', 'sources', file))).toEqual(
        await readFile(join(root, 'story', 'sources', file)),
      );
    }
  });
});
