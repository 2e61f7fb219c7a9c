// A shared story through the same handlers the window, the harness and the command line call: changes made with
// them reach the other person's handlers, a sign-off lapses there as here, folding never sends a change back out (no
// echo), and a change made while the bridge was stopped (as the command line makes it) is sent when it starts again.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/api/handlers';
import { createProjectFolder } from '../../electron/storage/create-project';
import type { StoryBridge } from '../../electron/sync/bridge';
import { signIn } from '../../electron/sync/couch-session';
import { shareProject } from '../../electron/sync/share';
import { prepareStoryDatabase, storyDatabaseName } from '../../electron/sync/story-database';
import { value } from '../unit/result-value';
import type { ProjectView } from '../../shared/api/views';
import type { CouchServer } from './support/couch-server.js';
import { teamHandlers, until, startStoryServer, stopStoryServer } from './support/story-team';

let couch: CouchServer;
let root: string;

beforeAll(async () => {
  ({ couch, root } = await startStoryServer('factdesk-story-handlers-', { ann: 'ann-pw', bob: 'bob-pw' }));
});

afterAll(() => stopStoryServer(couch, root));

const handlersFor = (user: string): Handlers => teamHandlers(root, user);

describe('a shared story through the handlers', () => {
  it('carries changes, sign-offs and their lapse both ways, with no echo, and catches up after a stop', async () => {
    const ann = handlersFor('ann');
    const bob = handlersFor('bob');
    const bridges: StoryBridge[] = [];
    try {
      // Ann's project, made with the handlers, then shared.
      let annView = value(await ann.createProject({ folder: join(root, 'ann-story'), title: 'Rent story' }));
      const projectId = annView.projectId;
      // The story is known by its project's own id (the handlers' projectId is this run's handle on the open project).
      const storyId = ann.sessionOf(projectId)!.doc.id;
      value(await prepareStoryDatabase(couch.adminFetch, storyDatabaseName(storyId), ['ann', 'bob']));
      annView = value(await ann.setDraftText({ projectId, text: 'Rent rose 12 percent. Wages rose 3 percent.' }));
      const first = value(await ann.markClaim({ projectId, start: 0, end: 20, kind: 'number' })).claim;
      const second = value(await ann.markClaim({ projectId, start: 22, end: 42, kind: 'number' })).claim;
      const now = () => new Date().toISOString();
      const annBridge = value(
        await shareProject({
          session: ann.sessionOf(projectId)!,
          couch: value(await signIn(couch.url, 'ann', 'ann-pw')),
          device: 'laptop-ann',
          user: () => 'ann',
          now,
          retryMs: 500,
        }),
      );
      bridges.push(annBridge);

      // Bob opens it: an empty project with the story's id, opened by his handlers, joined to the story.
      const bobFolder = join(root, 'bob-story');
      value(await createProjectFolder(bobFolder, { id: storyId, title: '', now: now() }));
      const bobId = value(await bob.openProject({ path: bobFolder })).projectId;
      const bobSignIn = value(await signIn(couch.url, 'bob', 'bob-pw'));
      const startBob = async (joining: boolean) => {
        const bridge = value(
          await shareProject({
            session: bob.sessionOf(bobId)!,
            couch: bobSignIn,
            device: 'laptop-bob',
            user: () => 'bob',
            now,
            retryMs: 500,
            joining,
          }),
        );
        bridges.push(bridge);
        return bridge;
      };
      let bobBridge = await startBob(true);
      const bobView = async (): Promise<ProjectView> => value(await bob.getProject({ projectId: bobId }));
      const annNow = async (): Promise<ProjectView> => value(await ann.getProject({ projectId }));
      // The story's documents replicate in no promised order: the title or the draft may come after the claims, so
      // the wait is for the whole story.
      await until('Bob sees the whole story', async () => {
        const v = await bobView();
        return (
          v.claims.length === 2 &&
          v.title === 'Rent story' &&
          v.currentDraft?.text === 'Rent rose 12 percent. Wages rose 3 percent.'
        );
      });

      // Bob checks a claim with the desk's bulk change; Ann sees it.
      value(
        await bob.updateClaims({
          projectId: bobId,
          claimIds: [first.id],
          patch: { status: 'verified', assignee: 'bob' },
        }),
      );
      await until('Ann sees Bob’s status', async () =>
        (await annNow()).claims.some((c) => c.id === first.id && c.status === 'verified' && c.assignee === 'bob'),
      );

      // Ann signs the story off; Bob sees it current, then Bob's status change lapses it on both.
      value(await ann.signOff({ projectId, target: { kind: 'story' } }));
      await until('Bob sees the sign-off', async () => (await bobView()).storySignOff?.state === 'current');
      value(await bob.updateClaim({ projectId: bobId, claimId: second.id, patch: { status: 'disputed' } }));
      await until('the sign-off lapsed for Ann', async () => (await annNow()).storySignOff?.state === 'lapsed');
      expect((await bobView()).storySignOff?.state).toBe('lapsed');

      // No echo: once both are synced, nothing more is written, however long they run.
      await until('both synced', () => annBridge.state.phase === 'synced' && bobBridge.state.phase === 'synced');
      const counts = () => [annBridge.documents().length, bobBridge.documents().length];
      const settled = counts();
      await new Promise((r) => setTimeout(r, 1500));
      expect(counts()).toEqual(settled);
      expect(settled[0]).toBe(settled[1]);

      // Bob's bridge stops; a change made meanwhile through the handlers is sent when it starts again.
      await bobBridge.stop();
      value(
        await bob.updateClaim({ projectId: bobId, claimId: second.id, patch: { notes: 'Checked with the union' } }),
      );
      bobBridge = await startBob(false);
      await until('Ann gets the note made while Bob was not syncing', async () =>
        (await annNow()).claims.some((c) => c.id === second.id && c.notes === 'Checked with the union'),
      );
    } finally {
      for (const b of bridges) await b.stop().catch(() => {});
      await ann.closeAll();
      await bob.closeAll();
    }
  });
});
