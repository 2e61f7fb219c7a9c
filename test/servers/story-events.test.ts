// How often the window hears of a change in a shared story, against a real story server: one status change made on
// another computer reaches this one as one projectChanged event, and a change made here as one too (the bridge's own
// bookkeeping, writing the story's documents to the replica, is no change to show).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryCookieStore } from '../../electron/sync/cookie-store';
import type { Events } from '../../shared/api/contract';
import type { ProjectView } from '../../shared/api/views';
import { value } from '../unit/result-value';
import type { CouchServer } from './support/couch-server.js';
import { teamHandlers, until, startStoryServer, stopStoryServer, shareWithBob } from './support/story-team';

let couch: CouchServer;
let root: string;

beforeAll(async () => {
  ({ couch, root } = await startStoryServer('factdesk-story-events-', { ann: 'ann-pw', bob: 'bob-pw' }));
});

afterAll(() => stopStoryServer(couch, root));

/** What a view puts on screen: not its revision, which only orders views, nor the save state, its own event. */
function onScreen(view: ProjectView): Omit<ProjectView, 'revision' | 'saveState'> {
  const { revision: _revision, saveState: _saveState, ...shown } = view;
  return shown;
}

describe('project change events of a shared story', () => {
  it('fires projectChanged once for a status changed on another computer, and once for a change made here', async () => {
    const changes: Events['projectChanged'][] = [];
    const ann = teamHandlers(root, 'ann', {
      sync: { cookies: new MemoryCookieStore(), retryMs: 500 },
      emit: (event, payload) => {
        if (event === 'projectChanged') changes.push(payload as Events['projectChanged']);
      },
    });
    const bob = teamHandlers(root, 'bob', { sync: { cookies: new MemoryCookieStore(), retryMs: 500 } });
    try {
      const projectId = value(await ann.createProject({ folder: join(root, 'ann'), title: 'Tram story' })).projectId;
      value(await ann.setDraftText({ projectId, text: 'The tram carries 30,000 people a day.' }));
      const claim = value(await ann.markClaim({ projectId, start: 0, end: 37, kind: 'number' })).claim;
      const { bobId } = await shareWithBob(couch, ann, projectId, bob, join(root, 'bob'));
      const quiet = async (): Promise<void> => {
        await until('both have sent everything and are quiet', async () => {
          const states = [
            value(await ann.getSyncState({ projectId })).state,
            value(await bob.getSyncState({ projectId: bobId })).state,
          ];
          return states.every((s) => s?.phase === 'synced' && s.pending === 0);
        });
        // Whatever the last documents set off has been folded and written.
        await ann.bridgeOf(projectId)!.settle();
        await bob.bridgeOf(bobId)!.settle();
        await new Promise((r) => setTimeout(r, 1_000));
        await ann.bridgeOf(projectId)!.settle();
      };
      await quiet();

      // Bob disputes the claim on his computer. Ann's window hears of the status once; his activity entry may come
      // with it, or travel apart on the server's changes feed and come as one more event, which then shows it (and
      // the checkpoint Ann's log writes on receiving it). No event repeats what the window already shows.
      let shown = onScreen(value(await ann.getProject({ projectId })));
      changes.length = 0;
      value(await bob.updateClaim({ projectId: bobId, claimId: claim.id, patch: { status: 'disputed' } }));
      await until('Ann sees Bob’s status', () => changes.some((c) => c.view.claims[0]?.status === 'disputed'));
      await quiet();
      expect(changes.length).toBeGreaterThanOrEqual(1);
      expect(changes.length).toBeLessThanOrEqual(2);
      expect(changes[0]!.view.claims[0]?.status).toBe('disputed');
      for (const { view } of changes) {
        expect(onScreen(view)).not.toEqual(shown);
        shown = onScreen(view);
      }
      expect(shown).toEqual(onScreen(value(await ann.getProject({ projectId }))));
      if (changes.length === 2) expect(changes[1]!.view.activityCount).toBeGreaterThan(changes[0]!.view.activityCount);

      // Ann notes why on hers: the handler's answer is the one event, the sync that follows adds none.
      changes.length = 0;
      value(await ann.updateClaim({ projectId, claimId: claim.id, patch: { notes: 'The operator says 28,000.' } }));
      await quiet();
      expect(changes.map((c) => c.view.claims[0]?.notes)).toEqual(['The operator says 28,000.']);
    } finally {
      await ann.closeAll();
      await bob.closeAll();
    }
  });
});
