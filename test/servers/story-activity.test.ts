// The activity log of a shared story through the contract's own handlers (getActivityLog) against a real story
// server: two people, each on their own computer, see each other's entries merged with their own by time, each entry
// naming its computer, and every computer's chain checked as `factdesk verify-log` checks it.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/api/handlers';
import { validatedApi } from '../../electron/api/validated-call';
import { MemoryCookieStore } from '../../electron/sync/cookie-store';
import { prepareStoryDatabase, storyDatabaseName } from '../../electron/sync/story-database';
import type { ActivityLogView } from '../../shared/api/views';
import type { CouchServer } from './support/couch-server.js';
import { folderDeviceId, teamHandlers, until, startStoryServer, stopStoryServer } from './support/story-team';
import { value } from '../unit/result-value';

let couch: CouchServer;
let root: string;

beforeAll(async () => {
  ({ couch, root } = await startStoryServer('factdesk-story-activity-', {
    ann: 'ann-secret-pw',
    bob: 'bob-secret-pw',
  }));
});

afterAll(() => stopStoryServer(couch, root));

const handlersFor = (user: string): Handlers =>
  teamHandlers(root, user, { sync: { cookies: new MemoryCookieStore(), retryMs: 500 } });

describe("a shared story's activity log", () => {
  it("shows each person the other's entries with their own, by time, and every computer's chain verified", async () => {
    const annHandlers = handlersFor('ann');
    const bobHandlers = handlersFor('bob');
    // Through the contract's validators, as every door calls the handlers.
    const ann = validatedApi(annHandlers);
    const bob = validatedApi(bobHandlers);
    try {
      const projectId = value(
        await ann.createProject({ folder: join(root, 'ann-story'), title: 'Rent story' }),
      ).projectId;
      value(await ann.setDraftText({ projectId, text: 'Rent rose 12 percent. Wages rose 3 percent.' }));
      const claim = value(await ann.markClaim({ projectId, start: 0, end: 20, kind: 'number' })).claim;
      const storyId = annHandlers.sessionOf(projectId)!.doc.id;
      value(await prepareStoryDatabase(couch.adminFetch, storyDatabaseName(storyId), ['ann', 'bob']));

      // Before sharing, the log is this project's own, with no computers named.
      const before = value(await ann.getActivityLog({ projectId }));
      expect(before.shared).toBeUndefined();
      expect(before.entries.every((e) => e.device === undefined)).toBe(true);

      value(await ann.shareProject({ projectId, serverUrl: couch.url, user: 'ann', password: 'ann-secret-pw' }));
      // Sharing returns before the story is sent: Bob opens it once Ann's claim is on the server.
      await until('Ann synced', async () => value(await ann.getSyncState({ projectId })).state?.phase === 'synced');
      const bobId = value(
        await bob.openSharedStory({
          serverUrl: couch.url,
          user: 'bob',
          password: 'bob-secret-pw',
          storyId,
          folder: join(root, 'bob-story'),
        }),
      ).projectId;
      value(await bob.updateClaim({ projectId: bobId, claimId: claim.id, patch: { status: 'verified' } }));
      // Each folder syncs as a device of its own, named after its computer.
      const annDevice = await folderDeviceId(join(root, 'ann-story'));
      const bobDevice = await folderDeviceId(join(root, 'bob-story'));
      expect(annDevice).toMatch(/^laptop-ann-[0-9a-f]{6}$/);
      expect(bobDevice).toMatch(/^laptop-bob-[0-9a-f]{6}$/);

      const annLog = async (): Promise<ActivityLogView> => value(await ann.getActivityLog({ projectId }));
      const bobLog = async (): Promise<ActivityLogView> => value(await bob.getActivityLog({ projectId: bobId }));
      const bobsChange = (log: ActivityLogView) =>
        log.entries.find((e) => e.device === bobDevice && e.action === 'claim.changed' && e.by === 'bob');
      const annsClaim = (log: ActivityLogView) =>
        log.entries.find((e) => e.device === annDevice && e.action === 'claim.created' && e.by === 'ann');
      await until('Ann sees Bob’s change in her activity log', async () => bobsChange(await annLog()) !== undefined);
      await until('Bob sees Ann’s claim in his', async () => annsClaim(await bobLog()) !== undefined);
      // Bob's change and the checkpoints that vouch for each other's chains settle on both sides.
      await until('both see the same entries', async () => {
        const [a, b] = [await annLog(), await bobLog()];
        const key = (log: ActivityLogView) => JSON.stringify(log.entries.map((e) => [e.device, e.seq, e.at]));
        return key(a) === key(b) && bobsChange(b) !== undefined;
      });

      for (const [log, me] of [
        [await annLog(), annDevice],
        [await bobLog(), bobDevice],
      ] as const) {
        // Merged by time, oldest first; the change Bob made came after the claim Ann marked.
        const times = log.entries.map((e) => e.at);
        expect(times).toEqual([...times].sort());
        expect(log.entries.indexOf(annsClaim(log)!)).toBeLessThan(log.entries.indexOf(bobsChange(log)!));
        expect(bobsChange(log)!.claimId).toBe(claim.id);
        expect(log.shared?.unreadable).toBeUndefined();
        expect(log.shared?.devices.map((d) => [d.device, d.ok, d.thisDevice])).toEqual([
          [annDevice, true, me === annDevice],
          [bobDevice, true, me === bobDevice],
        ]);
        expect(log.shared?.devices.find((d) => d.device === bobDevice)?.people).toEqual(['bob']);
        const ownCount = log.entries.filter((e) => e.device === me).length;
        expect(log.shared?.devices.find((d) => d.device === me)?.count).toBe(ownCount);
      }

      // One claim's entries, from every computer.
      const forClaim = value(await ann.getActivityLog({ projectId, claimId: claim.id }));
      expect(forClaim.entries.every((e) => e.claimId === claim.id)).toBe(true);
      expect(new Set(forClaim.entries.map((e) => e.device))).toEqual(new Set([annDevice, bobDevice]));
    } finally {
      await annHandlers.closeAll();
      await bobHandlers.closeAll();
    }
  });
});
