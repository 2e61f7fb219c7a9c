// Recovering a shared story's project whose file was damaged, against a real story server: the file is rebuilt from
// the story's replica in the folder, not from a backup, so every claim and status is there, this device's chain of
// the activity log goes on where it was (verify-log intact on both computers), and the next sync undoes nothing.
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryCookieStore } from '../../electron/sync/cookie-store';
import type { Handlers } from '../../electron/api/handlers';
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
  isSynced,
} from './support/story-team';

let couch: CouchServer;
let root: string;

beforeAll(async () => {
  ({ couch, root } = await startStoryServer('factdesk-story-recover-', { ann: 'ann-pw', bob: 'bob-pw' }));
});

afterAll(() => stopStoryServer(couch, root));

const annCookies = new MemoryCookieStore();
const person = (user: 'ann' | 'bob', cookies: MemoryCookieStore): Handlers =>
  teamHandlers(root, user, { sync: { cookies, retryMs: 500 } });

describe('recovering a damaged shared story', () => {
  it('rebuilds the project file from the replica: statuses kept, chain intact, nothing undone by the next sync', async () => {
    const folder = join(root, 'ann-story');
    const bobFolder = join(root, 'bob-story');
    let ann = person('ann', annCookies);
    const bob = person('bob', new MemoryCookieStore());
    let bobId = '';
    let claims: string[];
    try {
      let projectId = value(await ann.createProject({ folder, title: 'Bus story' })).projectId;
      value(await ann.setDraftText({ projectId, text: 'The bus runs every 8 minutes. Fares rose by 12%.' }));
      claims = [
        value(await ann.markClaim({ projectId, start: 0, end: 29, kind: 'number' })).claim.id,
        value(await ann.markClaim({ projectId, start: 30, end: 48, kind: 'number' })).claim.id,
      ];
      // Closing leaves a backup with both claims unchecked; the story is shared and checked after it.
      await ann.closeAll();
      const [before] = await readdir(join(folder, 'backups'));
      projectId = value(await ann.openProject({ path: folder })).projectId;
      ({ bobId } = await shareWithBob(couch, ann, projectId, bob, bobFolder));
      value(await ann.updateClaim({ projectId, claimId: claims[0]!, patch: { status: 'verified' } }));
      value(await ann.updateClaim({ projectId, claimId: claims[0]!, patch: { notes: 'Timetable, page 2.' } }));
      value(await bob.updateClaim({ projectId: bobId, claimId: claims[1]!, patch: { status: 'disputed' } }));
      await until('Ann has Bob’s status and both have sent everything', async () => {
        const c = value(await ann.getProject({ projectId })).claims;
        return c[1]?.status === 'disputed' && (await isSynced(ann, projectId)) && (await isSynced(bob, bobId));
      });
      await ann.bridgeOf(projectId)!.settle();
      const device = await folderDeviceId(folder);

      // Factdesk stops without closing (no closing backup: the newest is from before sharing) and the disk damages
      // the project file.
      await ann.closeAll();
      for (const name of await readdir(join(folder, 'backups'))) {
        if (name !== before) await rm(join(folder, 'backups', name));
      }
      await writeFile(join(folder, 'project.factdesk'), '{"schemaVersion": 3, "claims": [');
      ann = person('ann', annCookies);
      const opened = await ann.openProject({ path: folder });
      expect(opened.ok).toBe(false);

      // Naming a backup is refused with the sentence, and nothing is touched.
      const named = await ann.recoverProject({ path: folder, name: before! });
      expect(named).toMatchObject({ ok: false, error: { code: 'shared-story' } });
      expect(!named.ok && named.error.message).toContain(`${before} was not restored: ${folder} holds a shared story`);
      expect(await readFile(join(folder, 'project.factdesk'), 'utf8')).toBe('{"schemaVersion": 3, "claims": [');

      const recovered = value(await ann.recoverProject({ path: folder }));
      expect(recovered.restoredFrom).toBeNull();
      expect(recovered.keptAs).toMatch(/^project\.factdesk\.damaged-/);
      expect(await readFile(join(folder, recovered.keptAs!), 'utf8')).toBe('{"schemaVersion": 3, "claims": [');
      projectId = recovered.view.projectId;
      const statuses = (cs: { status: string; notes: string }[]) => cs.map((c) => [c.status, c.notes]);
      const expected = [
        ['verified', 'Timetable, page 2.'],
        ['disputed', ''],
      ];
      expect(recovered.view.title).toBe('Bus story');
      expect(statuses(recovered.view.claims)).toEqual(expected);
      expect(recovered.view.notices.join(' ')).toContain("Rebuilt the project from the shared story's copy");

      // The next sync undoes nothing, the chain goes on as the same device, and changes travel both ways.
      expect(value(await ann.resumeSync({ projectId })).shared).toBe(true);
      await until('Ann is synced again', () => isSynced(ann, projectId));
      await ann.bridgeOf(projectId)!.settle();
      expect(statuses(value(await ann.getProject({ projectId })).claims)).toEqual(expected);
      expect(await folderDeviceId(folder)).toBe(device);
      value(await ann.updateClaim({ projectId, claimId: claims[1]!, patch: { notes: 'The operator disagrees.' } }));
      value(await bob.updateClaim({ projectId: bobId, claimId: claims[0]!, patch: { assignee: 'bob' } }));
      await until('each has the other’s change and both have sent everything', async () => {
        const a = value(await ann.getProject({ projectId })).claims;
        const b = value(await bob.getProject({ projectId: bobId })).claims;
        return (
          a[0]?.assignee === 'bob' &&
          b[1]?.notes === 'The operator disagrees.' &&
          (await isSynced(ann, projectId)) &&
          (await isSynced(bob, bobId))
        );
      });
      for (const [h, id] of [
        [ann, projectId],
        [bob, bobId],
      ] as const) {
        const c = value(await h.getProject({ projectId: id })).claims;
        expect(c.map((x) => x.status)).toEqual(['verified', 'disputed']);
        const log = value(await h.getActivityLog({ projectId: id }));
        expect(log.shared?.devices.map((d) => d.ok)).toEqual([true, true]);
      }
    } finally {
      await ann.closeAll();
      await bob.closeAll();
    }

    // verify-log, on either computer's folder, verifies both devices' chains and Ann's project file.
    for (const f of [folder, bobFolder]) {
      const run = await cli(['verify-log', f, '--json'], root);
      const report = JSON.parse(run.out) as { ok: boolean; devices: { device: string; ok: boolean }[] };
      expect(report.ok).toBe(true);
      expect(report.devices.map((d) => d.ok)).toEqual([true, true]);
      expect(run.code).toBe(0);
    }
  });
});
