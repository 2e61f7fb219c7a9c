// Who a device is in a shared story, against a real story server: two Factdesk installations on one computer (two
// accounts, a portable copy) are two devices, each with its own chain of the story's activity log that verifies; a
// folder an older Factdesk shared under the computer's name goes on under it; and a backup cannot be restored into a
// shared story, where it would disagree with the team's copies and fork this device's chain.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/api/handlers';
import { MemoryCookieStore } from '../../electron/sync/cookie-store';
import { signIn } from '../../electron/sync/couch-session';
import { shareProject } from '../../electron/sync/share';
import { prepareStoryDatabase, storyDatabaseName } from '../../electron/sync/story-database';
import type { ActivityLogView } from '../../shared/api/views';
import { cli } from '../unit/electron/cli-run';
import { value } from '../unit/result-value';
import type { CouchServer } from './support/couch-server.js';
import {
  folderDeviceId,
  teamHandlers,
  until,
  startStoryServer,
  stopStoryServer,
  shareWithBob,
} from './support/story-team';

let couch: CouchServer;
let root: string;

beforeAll(async () => {
  ({ couch, root } = await startStoryServer('factdesk-story-devices-', {
    ann: 'ann-pw',
    bob: 'bob-pw',
    cho: 'cho-pw',
  }));
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
      const { bobId } = await shareWithBob(couch, ann, projectId, bob, bobFolder);

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
      expect(backup!.restoreRefused).toBeUndefined();
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
      // The Backups dialog says it before anyone tries, in the refusal's own words.
      const reason = `${folder} holds a shared story, and going back to a backup would leave it disagreeing with the team's copies and break this computer's chain of its activity log; change back what you need in the story itself, where every change reaches the team.`;
      expect(backupsBefore.length).toBeGreaterThan(0);
      expect(backupsBefore.every((b) => b.restoreRefused === reason)).toBe(true);
      const refusal = await ann.restoreBackup({ projectId, name: backup!.name });
      expect(refusal).toEqual({
        ok: false,
        error: {
          code: 'shared-story',
          message: `${backup!.name} was not restored: ${reason}`,
        },
      });
      // Nothing was touched: the same file, the same backups (no "before restore" one), the claim still verified.
      expect(await readFile(join(folder, 'project.factdesk'), 'utf8')).toBe(before);
      expect(value(await ann.listBackups({ projectId }))).toEqual(backupsBefore);
      expect(value(await ann.getProject({ projectId })).claims[0]?.status).toBe('verified');

      // Stopped sharing, the folder still holds the story's replica and its chain: still refused, as from the CLI.
      value(await ann.stopSharing({ projectId }));
      expect(value(await ann.listBackups({ projectId }))[0]?.restoreRefused).toBe(reason);
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

  it('keeps the computer’s name for a folder an older Factdesk shared, so its chain goes on and still verifies', async () => {
    const cho = teamHandlers(root, 'cho', { sync: { cookies: new MemoryCookieStore(), retryMs: 500 } });
    const folder = join(root, 'cho-story');
    try {
      // An older Factdesk shared this folder as the computer's name, laptop-cho, and wrote no device file.
      const projectId = value(await cho.createProject({ folder, title: 'Ferry story' })).projectId;
      value(await cho.setDraftText({ projectId, text: 'The ferry runs 4 times a day.' }));
      const claim = value(await cho.markClaim({ projectId, start: 0, end: 29, kind: 'number' })).claim;
      const storyId = cho.sessionOf(projectId)!.doc.id;
      const database = storyDatabaseName(storyId);
      value(await prepareStoryDatabase(couch.adminFetch, database, ['cho']));
      const old = value(
        await shareProject({
          session: cho.sessionOf(projectId)!,
          couch: value(await signIn(couch.url, 'cho', 'cho-pw')),
          device: 'laptop-cho',
          user: () => 'cho',
          now: () => new Date().toISOString(),
          retryMs: 500,
        }),
      );
      await mkdir(join(folder, 'sync'), { recursive: true });
      await writeFile(
        join(folder, 'sync', 'share.json'),
        JSON.stringify({ serverUrl: couch.url, user: 'cho', database }),
      );
      await old.settle();
      await old.stop();
      await cho.closeAll();

      // This Factdesk opens it again and resumes (signed in once, with the kept cookie): the same device goes on.
      value(await cho.listSharedStories({ serverUrl: couch.url, user: 'cho', password: 'cho-pw' }));
      const reopened = value(await cho.openProject({ path: folder })).projectId;
      expect(value(await cho.resumeSync({ projectId: reopened })).shared).toBe(true);
      value(await cho.updateClaim({ projectId: reopened, claimId: claim.id, patch: { status: 'verified' } }));
      await until('the status is sent', async () => {
        const s = value(await cho.getSyncState({ projectId: reopened })).state;
        return s?.phase === 'synced' && s.pending === 0;
      });
      expect(await folderDeviceId(folder)).toBe('laptop-cho');
      const log = value(await cho.getActivityLog({ projectId: reopened }));
      const own = cho.sessionOf(reopened)!.doc.activityLog.length;
      expect(log.shared?.devices).toEqual([
        { device: 'laptop-cho', people: ['cho'], thisDevice: true, count: own, ok: true },
      ]);
    } finally {
      await cho.closeAll();
    }
    const run = await cli(['verify-log', folder], root);
    expect(run.out).toMatch(/^Device laptop-cho: \d+ entries, verified\.$/m);
    expect(run.out.match(/^Device /gm)).toHaveLength(1);
    expect(run.code).toBe(0);
  });
});
