// Who a device is in a shared story, against a real story server: two Factdesk installations on one computer (two
// accounts, a portable copy) are two devices, each with its own chain of the story's activity log that verifies; and
// a backup cannot be restored into a shared story, where the next sync would undo it and fork this device's chain.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/api/handlers';
import { MemoryCookieStore } from '../../electron/sync/cookie-store';
import { prepareStoryDatabase, storyDatabaseName } from '../../electron/sync/story-database';
import type { ActivityLogView } from '../../shared/api/views';
import { cli } from '../unit/electron/cli-run';
import { value } from '../unit/result-value';
import type { CouchServer } from './support/couch-server.js';
import { folderDeviceId, teamHandlers, until, startStoryServer, stopStoryServer } from './support/story-team';

let couch: CouchServer;
let root: string;

beforeAll(async () => {
  ({ couch, root } = await startStoryServer('factdesk-story-devices-', { ann: 'ann-pw', bob: 'bob-pw' }));
});

afterAll(() => stopStoryServer(couch, root));

/** One installation of Factdesk on the newsroom's shared computer, with its own data folder. */
const onSharedComputer = (user: string): Handlers =>
  teamHandlers(root, user, { host: 'newsroom-pc', sync: { cookies: new MemoryCookieStore(), retryMs: 500 } });

describe('devices of a shared story', () => {
  it('counts two installations on one computer as two devices, each chain verified', async () => {
    const ann = onSharedComputer('ann');
    const bob = onSharedComputer('bob');
    const annFolder = join(root, 'ann-story');
    const bobFolder = join(root, 'bob-story');
    try {
      const projectId = value(await ann.createProject({ folder: annFolder, title: 'Bridge story' })).projectId;
      value(await ann.setDraftText({ projectId, text: 'The bridge closed for 9 months. Traders lost trade.' }));
      const claim = value(await ann.markClaim({ projectId, start: 0, end: 31, kind: 'number' })).claim;
      const storyId = ann.sessionOf(projectId)!.doc.id;
      value(await prepareStoryDatabase(couch.adminFetch, storyDatabaseName(storyId), ['ann', 'bob']));
      value(await ann.shareProject({ projectId, serverUrl: couch.url, user: 'ann', password: 'ann-pw' }));
      const bobId = value(
        await bob.openSharedStory({
          serverUrl: couch.url,
          user: 'bob',
          password: 'bob-pw',
          storyId,
          folder: bobFolder,
        }),
      ).projectId;

      // Both act: Bob disputes the claim, Ann then notes why.
      value(await bob.updateClaim({ projectId: bobId, claimId: claim.id, patch: { status: 'disputed' } }));
      await until(
        'Ann sees Bob’s status',
        async () => value(await ann.getProject({ projectId })).claims[0]?.status === 'disputed',
      );
      value(await ann.updateClaim({ projectId, claimId: claim.id, patch: { notes: 'The council says 8 months.' } }));

      // Each sees a chain of two devices, each holding its own person's change.
      const changedOn = (log: ActivityLogView, by: string): string | undefined =>
        log.entries.find((e) => e.by === by && e.action === 'claim.changed')?.device;
      const settled = (log: ActivityLogView): boolean =>
        log.shared?.devices.length === 2 &&
        changedOn(log, 'ann') !== undefined &&
        changedOn(log, 'bob') !== undefined &&
        changedOn(log, 'ann') !== changedOn(log, 'bob');
      await until('each sees both devices’ changes', async () => {
        const [a, b] = [
          value(await ann.getActivityLog({ projectId })),
          value(await bob.getActivityLog({ projectId: bobId })),
        ];
        return settled(a) && settled(b);
      });
      // The devices are the folders' own, named after the computer they share.
      const annDevice = await folderDeviceId(annFolder);
      const bobDevice = await folderDeviceId(bobFolder);
      expect(annDevice).toMatch(/^newsroom-pc-[0-9a-f]{6}$/);
      expect(bobDevice).toMatch(/^newsroom-pc-[0-9a-f]{6}$/);
      expect(changedOn(value(await ann.getActivityLog({ projectId })), 'ann')).toBe(annDevice);
      expect(changedOn(value(await ann.getActivityLog({ projectId })), 'bob')).toBe(bobDevice);
      for (const [h, id, me] of [
        [ann, projectId, annDevice],
        [bob, bobId, bobDevice],
      ] as const) {
        const log = value(await h.getActivityLog({ projectId: id }));
        expect(log.shared?.devices.map((d) => [d.device, d.ok, d.thisDevice]).sort()).toEqual(
          [
            [annDevice, true, me === annDevice],
            [bobDevice, true, me === bobDevice],
          ].sort(),
        );
        expect(log.shared?.devices.find((d) => d.device === bobDevice)?.people).toEqual(['bob']);
      }
      await until('both have sent everything', async () => {
        const states = [
          value(await ann.getSyncState({ projectId })).state,
          value(await bob.getSyncState({ projectId: bobId })).state,
        ];
        return states.every((s) => s?.phase === 'synced' && s.pending === 0);
      });
    } finally {
      await ann.closeAll();
      await bob.closeAll();
    }

    // verify-log, on either installation's folder, names both devices and verifies each chain.
    for (const folder of [annFolder, bobFolder]) {
      const run = await cli(['verify-log', folder, '--json'], root);
      expect(run.err).toBe('');
      const report = JSON.parse(run.out) as { ok: boolean; devices: { device: string; ok: boolean }[] };
      expect(report.ok).toBe(true);
      expect(report.devices.map((d) => [d.device, d.ok])).toEqual(
        [await folderDeviceId(annFolder), await folderDeviceId(bobFolder)].sort().map((d) => [d, true]),
      );
      expect(run.code).toBe(0);
    }
  });

  it('refuses to restore a backup in a shared story with one sentence, and changes nothing', async () => {
    const ann = onSharedComputer('ann');
    const folder = join(root, 'ann-restore');
    try {
      let projectId = value(await ann.createProject({ folder, title: 'Harbour story' })).projectId;
      value(await ann.setDraftText({ projectId, text: 'The harbour took 40 ships a day. It takes 12 now.' }));
      const claim = value(await ann.markClaim({ projectId, start: 0, end: 32, kind: 'number' })).claim;
      // Closing leaves a backup of the claim unchecked; the story is shared after it and the claim verified.
      await ann.closeAll();
      projectId = value(await ann.openProject({ path: folder })).projectId;
      const [backup] = value(await ann.listBackups({ projectId }));
      expect(backup).toBeDefined();
      const storyId = ann.sessionOf(projectId)!.doc.id;
      value(await prepareStoryDatabase(couch.adminFetch, storyDatabaseName(storyId), ['ann']));
      value(await ann.shareProject({ projectId, serverUrl: couch.url, user: 'ann', password: 'ann-pw' }));
      value(await ann.updateClaim({ projectId, claimId: claim.id, patch: { status: 'verified' } }));
      await until('the status is sent', async () => {
        const s = value(await ann.getSyncState({ projectId })).state;
        return s?.phase === 'synced' && s.pending === 0;
      });

      const before = await readFile(join(folder, 'project.factdesk'), 'utf8');
      const backupsBefore = value(await ann.listBackups({ projectId }));
      const refusal = await ann.restoreBackup({ projectId, name: backup!.name });
      expect(refusal).toEqual({
        ok: false,
        error: {
          code: 'shared-story',
          message: `${backup!.name} was not restored: ${folder} holds a shared story, and going back to a backup would leave it disagreeing with the team's copies and break this computer's chain of its activity log; change back what you need in the story itself, where every change reaches the team.`,
        },
      });
      // Nothing was touched: the same file, the same backups (no "before restore" one), the claim still verified.
      expect(await readFile(join(folder, 'project.factdesk'), 'utf8')).toBe(before);
      expect(value(await ann.listBackups({ projectId }))).toEqual(backupsBefore);
      expect(value(await ann.getProject({ projectId })).claims[0]?.status).toBe('verified');

      // Stopped sharing, the folder still holds the story's replica and its chain: still refused, as from the CLI.
      value(await ann.stopSharing({ projectId }));
      expect((await ann.restoreBackup({ projectId, name: backup!.name })).ok).toBe(false);
      await ann.closeAll();
      const run = await cli(['restore-backup', folder, '--name', backup!.name], root);
      expect(run.code).toBe(1);
      expect(run.err).toContain(`${backup!.name} was not restored: ${folder} holds a shared story`);
      const check = await cli(['verify-log', folder, '--json'], root);
      expect((JSON.parse(check.out) as { ok: boolean }).ok).toBe(true);
      expect(check.code).toBe(0);
    } finally {
      await ann.closeAll();
    }
  });
});
