// Sharing through the contract's own handlers (electron/api/sync-handlers.ts) against a real story server: refusals
// in one sentence that never carry the password, sharing once the story's database is prepared, listing and opening
// the story elsewhere, a status changed apart becoming "needs review" on both sides (it holds the gate) until one
// person decides, the syncState event, and stopping.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/api/handlers';
import { MemoryCookieStore } from '../../electron/sync/cookie-store';
import { prepareStoryDatabase, storyDatabaseName } from '../../electron/sync/story-database';
import type { SyncStatusView } from '../../shared/api/sync';
import type { ProjectView } from '../../shared/api/views';
import { computeGate } from '../../renderer/features/desk/gate-state';
import type { CouchServer } from './support/couch-server.js';
import { folderDeviceId, teamHandlers, until, startStoryServer, stopStoryServer } from './support/story-team';
import { value } from '../unit/result-value';

let couch: CouchServer;
let root: string;

beforeAll(async () => {
  ({ couch, root } = await startStoryServer('factdesk-share-handlers-', {
    ann: 'ann-secret-pw',
    bob: 'bob-secret-pw',
  }));
});

afterAll(() => stopStoryServer(couch, root));

function handlersFor(user: string, states: SyncStatusView[]): Handlers {
  return teamHandlers(root, user, {
    emit: (event, payload) => {
      if (event === 'syncState') states.push(payload as SyncStatusView);
    },
    sync: { cookies: new MemoryCookieStore(), retryMs: 500 },
  });
}

describe('shared stories through the handlers', () => {
  it('shares, lists, opens, marks a status changed apart for review on both sides, decides it, and stops', async () => {
    const annStates: SyncStatusView[] = [];
    const ann = handlersFor('ann', annStates);
    const bob = handlersFor('bob', []);
    try {
      const annView = value(await ann.createProject({ folder: join(root, 'ann-story'), title: 'Rent story' }));
      const projectId = annView.projectId;
      value(await ann.setDraftText({ projectId, text: 'Rent rose 12 percent. Wages rose 3 percent.' }));
      const claim = value(await ann.markClaim({ projectId, start: 0, end: 20, kind: 'number' })).claim;
      const server = { serverUrl: couch.url, user: 'ann' };

      // A wrong password: refused in one sentence naming the server and the person, never the password.
      const wrong = await ann.shareProject({ projectId, ...server, password: 'not-her-pw' });
      expect(wrong).toEqual({
        ok: false,
        error: {
          code: 'sign-in-refused',
          message: `The newsroom's story server at ${new URL(couch.url).host} did not accept the name ann and its password.`,
        },
      });
      expect(JSON.stringify(wrong)).not.toContain('not-her-pw');
      // Ann is no server admin and the story's database is not there yet: a server admin must prepare it.
      const notAdmin = await ann.shareProject({ projectId, ...server, password: 'ann-secret-pw' });
      expect(notAdmin).toMatchObject({ ok: false, error: { code: 'needs-server-admin' } });
      if (!notAdmin.ok) expect(notAdmin.error.message).toMatch(/a server admin must/);
      // A story server nothing answers for: refused as unreachable, naming it.
      const gone = await ann.listSharedStories({
        serverUrl: 'http://127.0.0.1:1',
        user: 'ann',
        password: 'ann-secret-pw',
      });
      expect(gone).toMatchObject({ ok: false, error: { code: 'server-unreachable' } });
      if (!gone.ok)
        expect(gone.error.message).toMatch(/^The newsroom's story server at 127\.0\.0\.1:1 could not be reached \(/);
      expect(JSON.stringify(notAdmin)).not.toContain('ann-secret-pw');
      expect(value(await ann.getSyncState({ projectId })).shared).toBe(false);

      // Prepared by an admin for Ann and Bob, Ann shares it; the cookie she got is kept, so she need not give the
      // password again.
      const storyId = ann.sessionOf(projectId)!.doc.id;
      value(await prepareStoryDatabase(couch.adminFetch, storyDatabaseName(storyId), ['ann', 'bob']));
      const shared = value(await ann.shareProject({ projectId, ...server, password: 'ann-secret-pw' }));
      expect(shared).toMatchObject({ shared: true, user: 'ann', database: storyDatabaseName(storyId) });
      await until('Ann synced', async () => value(await ann.getSyncState({ projectId })).state?.phase === 'synced');
      expect(annStates.some((s) => s.projectId === projectId && s.state?.phase === 'synced')).toBe(true);

      // Bob lists the stories he may open and opens this one into a new folder.
      const bobServer = { serverUrl: couch.url, user: 'bob', password: 'bob-secret-pw' };
      const listed = await bob.listSharedStories(bobServer);
      if (listed.ok) expect(listed.value.stories.map((s) => s.title)).toContain('Rent story');
      else expect(listed.error.code).toBe('needs-server-admin');
      const bobView = value(await bob.openSharedStory({ ...bobServer, storyId, folder: join(root, 'bob-story') }));
      expect(bobView.title).toBe('Rent story');
      expect(bobView.claims.map((c) => c.id)).toEqual([claim.id]);
      const bobId = bobView.projectId;

      // Bob stops syncing and sets a status while Ann sets another: apart.
      expect(value(await bob.stopSharing({ projectId: bobId })).shared).toBe(false);
      value(await bob.updateClaim({ projectId: bobId, claimId: claim.id, patch: { status: 'disputed' } }));
      value(await ann.updateClaim({ projectId, claimId: claim.id, patch: { status: 'verified' } }));
      await until('Ann’s status sent', async () => {
        const s = value(await ann.getSyncState({ projectId })).state;
        return s?.phase === 'synced' && s.pending === 0;
      });
      // Bob shares again with his kept cookie (no password): both now see the claim needs review.
      value(await bob.shareProject({ projectId: bobId, serverUrl: couch.url, user: 'bob' }));
      const reviewOf = async (h: Handlers, id: string): Promise<ProjectView['claims'][number] | undefined> =>
        value(await h.getProject({ projectId: id })).claims.find((c) => c.id === claim.id);
      await until(
        'Ann sees the review',
        async () => ((await reviewOf(ann, projectId))?.review?.events.length ?? 0) === 2,
      );
      await until('Bob sees the review', async () => ((await reviewOf(bob, bobId))?.review?.events.length ?? 0) === 2);
      const review = (await reviewOf(ann, projectId))!.review!;
      // Each side names the device it was set on: each folder's own, kept when Bob stopped and shared again.
      expect(review.events.map((e) => [e.by, e.status, e.device]).sort()).toEqual([
        ['ann', 'verified', await folderDeviceId(join(root, 'ann-story'))],
        ['bob', 'disputed', await folderDeviceId(join(root, 'bob-story'))],
      ]);
      await until(
        'Ann’s state counts the conflict',
        async () => value(await ann.getSyncState({ projectId })).state?.conflicts === 1,
      );
      // The publish gate holds the story back with both sides named.
      const view = value(await ann.getProject({ projectId }));
      const gate = computeGate({ view, ordered: view.claims, openSuggestions: 0 });
      const detail = gate.sections.find((s) => s.id === 'blocking')!.claims[0]!.detail;
      expect(detail).toMatch(/^Needs review: /);
      expect(detail).toContain('ann set it to “Verified”');
      expect(detail).toContain('bob set it to “Disputed”');

      // Deciding something that is not a status is refused; Ann decides "verified" and it settles everywhere.
      expect(await ann.decideReview({ projectId, claimId: claim.id, status: 'no-such' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
      const decided = value(await ann.decideReview({ projectId, claimId: claim.id, status: 'verified' }));
      expect(decided.claims.find((c) => c.id === claim.id)?.review).toBeUndefined();
      await until('Bob sees the decision', async () => {
        const c = await reviewOf(bob, bobId);
        return c?.review === undefined && c?.status === 'verified';
      });

      // Stopping: the project stays, no longer synced; a decision is then refused with a sentence.
      expect(value(await ann.stopSharing({ projectId })).shared).toBe(false);
      expect(await ann.decideReview({ projectId, claimId: claim.id, status: 'verified' })).toMatchObject({
        ok: false,
        error: { code: 'not-shared' },
      });
    } finally {
      await ann.closeAll();
      await bob.closeAll();
    }
  });

  it('opens a story of several batches whole, with the title its last change gave it', async () => {
    const ann = handlersFor('ann', []);
    const bob = handlersFor('bob', []);
    try {
      const projectId = value(
        await ann.createProject({ folder: join(root, 'harbour'), title: 'Harbour story' }),
      ).projectId;
      const text = Array.from({ length: 60 }, (_, i) => `Claim number ${String(i).padStart(2, '0')}.`).join(' ');
      value(await ann.setDraftText({ projectId, text }));
      for (let i = 0; i < 60; i++) {
        const start = text.indexOf(`Claim number ${String(i).padStart(2, '0')}.`);
        value(await ann.markClaim({ projectId, start, end: start + 16, kind: 'number' }));
      }
      const storyId = ann.sessionOf(projectId)!.doc.id;
      value(await prepareStoryDatabase(couch.adminFetch, storyDatabaseName(storyId), ['ann', 'bob']));
      const server = { serverUrl: couch.url, user: 'ann', password: 'ann-secret-pw' };
      value(await ann.shareProject({ projectId, ...server }));
      // A status added to the vocabulary rewrites the story's project document (title and settings), so on the
      // server it comes after every claim and Ann's log: the last document Bob's first pull brings.
      const statuses = value(await ann.getProject({ projectId })).statuses;
      const extra = { id: 'legal', label: 'With legal', color: '#445566', blocksPublication: true };
      value(await ann.updateStatuses({ projectId, statuses: [...statuses, extra] }));
      await until('Ann has sent everything', async () => {
        const s = value(await ann.getSyncState({ projectId })).state;
        return s?.phase === 'synced' && s.pending === 0;
      });

      const bobView = value(
        await bob.openSharedStory({
          serverUrl: couch.url,
          user: 'bob',
          password: 'bob-secret-pw',
          storyId,
          folder: join(root, 'bob-harbour'),
        }),
      );
      // Whole as soon as it is open: the title, every claim and the status added last.
      expect(bobView.title).toBe('Harbour story');
      expect(bobView.claims).toHaveLength(60);
      expect(bobView.statuses.map((s) => s.id)).toContain('legal');
    } finally {
      await ann.closeAll();
      await bob.closeAll();
    }
  });

  it('resumes a shared story when it is opened again, and never from reading its state', async () => {
    // One cookie store for both runs, as the desktop app keeps its sessions between runs.
    const cookies = new MemoryCookieStore();
    const annRun = () => teamHandlers(root, 'ann', { sync: { cookies, retryMs: 500 } });
    let ann = annRun();
    try {
      const folder = join(root, 'resumed');
      const projectId = value(await ann.createProject({ folder, title: 'Bridge story' })).projectId;
      const storyId = ann.sessionOf(projectId)!.doc.id;
      value(await prepareStoryDatabase(couch.adminFetch, storyDatabaseName(storyId), ['ann']));
      value(await ann.shareProject({ projectId, serverUrl: couch.url, user: 'ann', password: 'ann-secret-pw' }));
      await until('Ann synced', async () => value(await ann.getSyncState({ projectId })).state?.phase === 'synced');
      await ann.closeAll();

      // Opened again (the next run of the app): reading the state starts nothing.
      ann = annRun();
      const reopened = value(await ann.openProject({ path: folder })).projectId;
      for (let i = 0; i < 3; i++) {
        expect(value(await ann.getSyncState({ projectId: reopened }))).toMatchObject({ shared: true, state: null });
      }
      expect(ann.bridgeOf(reopened)).toBeNull();
      // The window opening it resumes, with the kept session: no password asked.
      const resumed = value(await ann.resumeSync({ projectId: reopened }));
      expect(resumed.shared).toBe(true);
      expect(ann.bridgeOf(reopened)).not.toBeNull();
      await until(
        'Ann synced again',
        async () => value(await ann.getSyncState({ projectId: reopened })).state?.phase === 'synced',
      );
    } finally {
      await ann.closeAll();
    }
  });
});
