// The activity log of a shared story across machines, through the real bridge and pouchdb-server (or the CouchDB at
// COUCHDB_URL): each person's project log is their device's chain, written to the story as they work; each records
// the others' heads in checkpoints; `factdesk verify-log` checks every chain and names the device and entry that was
// tampered with, on this computer's replica or on the server.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/api/handlers';
import { createProjectFolder } from '../../electron/storage/create-project';
import type { StoryBridge } from '../../electron/sync/bridge';
import { signIn } from '../../electron/sync/couch-session';
import { pouchDb } from '../../electron/sync/pouch';
import { replicaFolder } from '../../electron/sync/replica';
import { shareProject } from '../../electron/sync/share';
import { prepareStoryDatabase, storyDatabaseName } from '../../electron/sync/story-database';
import { value } from '../unit/result-value';
import { entryHash } from '../../shared/log/activity-log';
import type { LogEntry } from '../../shared/log/activity-log';
import { CHECKPOINT_ACTION, checkpointHeads } from '../../shared/log/device-chains';
import { sha256 } from '../../shared/log/sha256';
import type { LogSyncDoc } from '../../shared/sync/docs';
import { cli } from '../unit/electron/cli-run';
import type { CouchServer } from './support/couch-server.js';
import { teamHandlers, until, startStoryServer, stopStoryServer } from './support/story-team';

let couch: CouchServer;
let root: string;

beforeAll(async () => {
  ({ couch, root } = await startStoryServer('factdesk-story-log-', { ann: 'ann-pw', bob: 'bob-pw' }));
});

afterAll(() => stopStoryServer(couch, root));

const handlersFor = (user: string): Handlers => teamHandlers(root, user);

function logOf(bridge: StoryBridge, device: string): LogEntry[] {
  return bridge
    .documents()
    .filter((d): d is LogSyncDoc => d.type === 'log' && d.device === device)
    .map((d) => d.entry)
    .sort((a, b) => a.seq - b.seq);
}

/** Changes one document of a project folder's replica in place, as someone with the files could. */
async function tamperReplica(folder: string, id: string, change: (entry: LogEntry) => LogEntry): Promise<void> {
  const Pouch = pouchDb();
  const db = new Pouch(replicaFolder(folder));
  try {
    const doc = await db.get(id);
    await db.put({ ...doc, entry: change(doc.entry as LogEntry) });
  } finally {
    await db.close();
  }
}

describe("a shared story's activity log across machines", () => {
  it('keeps one chain per device with checkpoints, and verify-log names the device and entry tampered with', async () => {
    const ann = handlersFor('ann');
    const bob = handlersFor('bob');
    const bridges: StoryBridge[] = [];
    const now = () => new Date().toISOString();
    const annFolder = join(root, 'ann-story');
    const bobFolder = join(root, 'bob-story');
    try {
      // Ann works on her project, then shares it: her log so far is her device's chain.
      const projectId = value(await ann.createProject({ folder: annFolder, title: 'Rent story' })).projectId;
      const storyId = ann.sessionOf(projectId)!.doc.id;
      value(await prepareStoryDatabase(couch.adminFetch, storyDatabaseName(storyId), ['ann', 'bob']));
      value(await ann.setDraftText({ projectId, text: 'Rent rose 12 percent. Wages rose 3 percent.' }));
      const claim = value(await ann.markClaim({ projectId, start: 0, end: 20, kind: 'number' })).claim;
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
      const annLog = () => ann.sessionOf(projectId)!.doc.activityLog as LogEntry[];
      expect(annLog().length).toBeGreaterThan(0);

      // Bob opens the story; Ann's entries arrive and his own chain starts with a checkpoint of her head.
      value(await createProjectFolder(bobFolder, { id: storyId, title: '', now: now() }));
      const bobId = value(await bob.openProject({ path: bobFolder })).projectId;
      const bobBridge = value(
        await shareProject({
          session: bob.sessionOf(bobId)!,
          couch: value(await signIn(couch.url, 'bob', 'bob-pw')),
          device: 'laptop-bob',
          user: () => 'bob',
          now,
          retryMs: 500,
          joining: true,
        }),
      );
      bridges.push(bobBridge);
      const bobLog = () => bob.sessionOf(bobId)!.doc.activityLog as LogEntry[];
      await until('Bob has checkpointed Ann’s chain', () =>
        bobLog().some((e) => checkpointHeads(e).some((h) => h.device === 'laptop-ann' && h.seq === annLog().length)),
      );

      // Bob changes the claim; Ann's bridge checkpoints his new head, once.
      value(await bob.updateClaim({ projectId: bobId, claimId: claim.id, patch: { status: 'verified' } }));
      const bobChange = () => bobLog().find((e) => e.action === 'claim.changed');
      await until('Bob’s change is in his log', () => bobChange() !== undefined);
      const vouched = () =>
        annLog().some((e) => checkpointHeads(e).some((h) => h.device === 'laptop-bob' && h.seq === bobChange()!.seq));
      await until('Ann has checkpointed Bob’s change', vouched);
      await until('both replicas hold both chains', () =>
        [annBridge, bobBridge].every(
          (b) => logOf(b, 'laptop-ann').length === annLog().length && logOf(b, 'laptop-bob').length === bobLog().length,
        ),
      );
      await until('both synced', () => annBridge.state.phase === 'synced' && bobBridge.state.phase === 'synced');
      // Checkpoints answer only real work: once synced, no device writes another.
      const settled = [annLog().length, bobLog().length];
      await new Promise((r) => setTimeout(r, 1500));
      expect([annLog().length, bobLog().length]).toEqual(settled);
      expect(annLog().filter((e) => e.action === CHECKPOINT_ACTION)).toHaveLength(1);
      // Each device's chain in the story is exactly its project's own log.
      expect(logOf(annBridge, 'laptop-bob')).toEqual(bobLog());
      expect(logOf(bobBridge, 'laptop-ann')).toEqual(annLog());
      const annCount = annLog().length;
      const bobCount = bobLog().length;
      const bobChangeSeq = bobChange()!.seq;
      for (const b of bridges.splice(0)) await b.stop();
      await ann.closeAll();
      await bob.closeAll();

      // Intact: every device's chain verifies, on either computer.
      let run = await cli(['verify-log', bobFolder], root);
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      expect(run.out).toContain(`Device laptop-ann: ${annCount} entries, verified.`);
      expect(run.out).toContain(`Device laptop-bob: ${bobCount} entries, verified.`);

      // An entry of Ann's chain changed in Bob's replica: named by device and entry.
      await tamperReplica(bobFolder, 'log:laptop-ann:2', (e) => ({ ...e, details: { ...e.details, forged: true } }));
      run = await cli(['verify-log', bobFolder], root);
      expect(run.code).toBe(1);
      expect(run.out).toMatch(
        /Device laptop-ann: does not verify\. Entry 2 of device laptop-ann \([a-z.-]+, [0-9T:.-]+Z\) was changed after it was written/,
      );
      expect(run.out).toContain(`Device laptop-bob: ${bobCount} entries, verified.`);

      // Bob's change rewritten on the server with a fresh hash: his chain still links, but Ann's checkpoint catches it.
      const id = `log:laptop-bob:${bobChangeSeq}`;
      const path = `/${storyDatabaseName(storyId)}/${encodeURIComponent(id)}`;
      const onServer = (await (await couch.adminFetch(path)).json()) as LogSyncDoc & { _rev: string };
      const forged = { ...onServer.entry, details: { status: 'disputed' } };
      const rewritten = { ...onServer, entry: { ...forged, hash: entryHash(forged, sha256) } };
      expect((await couch.adminFetch(path, { method: 'PUT', body: JSON.stringify(rewritten) })).ok).toBe(true);
      const reopened = value(await ann.openProject({ path: annFolder })).projectId;
      const again = value(
        await shareProject({
          session: ann.sessionOf(reopened)!,
          couch: value(await signIn(couch.url, 'ann', 'ann-pw')),
          device: 'laptop-ann',
          user: () => 'ann',
          now,
          retryMs: 500,
        }),
      );
      bridges.push(again);
      await until('the rewritten entry reaches Ann', () =>
        logOf(again, 'laptop-bob').some((e) => e.seq === bobChangeSeq && e.details.status === 'disputed'),
      );
      await again.settle();
      // A rewritten entry is no new work: no checkpoint vouches for it.
      expect((ann.sessionOf(reopened)!.doc.activityLog as LogEntry[]).length).toBe(annCount);
      for (const b of bridges.splice(0)) await b.stop();
      await ann.closeAll();
      run = await cli(['verify-log', annFolder], root);
      expect(run.code).toBe(1);
      expect(run.out).toContain(`Device laptop-ann: ${annCount} entries, verified.`);
      expect(run.out).toMatch(
        new RegExp(
          `Device laptop-bob: does not verify\\. Entry ${bobChangeSeq} of device laptop-bob \\(claim\\.changed, [^)]+\\) is not the entry device laptop-ann's checkpoint \\(its entry \\d+, [^)]+\\) records: it was rewritten after laptop-ann received it\\.`,
        ),
      );
      run = await cli(['verify-log', annFolder, '--json'], root);
      expect(run.code).toBe(1);
      const json = JSON.parse(run.out) as { ok: boolean; devices: { device: string; ok: boolean; code?: string }[] };
      expect(json.ok).toBe(true);
      expect(json.devices.map((d) => [d.device, d.ok, d.code])).toEqual([
        ['laptop-ann', true, undefined],
        ['laptop-bob', false, 'checkpoint-disagrees'],
      ]);
    } finally {
      for (const b of bridges) await b.stop().catch(() => {});
      await ann.closeAll();
      await bob.closeAll();
    }
  });
});
