// A person outside a story's team reads nothing of it, on pouchdb-server and on the CouchDB at COUCHDB_URL alike: not
// through Factdesk (the list of shared stories, opening the story) and not by asking the server directly (each way
// CouchDB's protocol has of reading a database, and replication). Nobody who is not signed in does either, and
// neither may write to it. A member taken off the team stops receiving the story from then on.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/api/handlers';
import { MemoryCookieStore } from '../../electron/sync/cookie-store';
import { storyDatabaseName } from '../../electron/sync/story-database';
import type { CouchServer } from './support/couch-server.js';
import { isSynced, shareWithBob, startStoryServer, stopStoryServer, teamHandlers, until } from './support/story-team';
import { value } from '../unit/result-value';

interface LocalReplica {
  allDocs(): Promise<{ rows: unknown[] }>;
  close(): Promise<void>;
  replicate: { from(source: string, options: object): Promise<unknown> };
}
const PouchDB = createRequire(import.meta.url)('pouchdb') as new (name: string) => LocalReplica;

const SECRET = 'The councillor said the bridge contract went to her brother-in-law';

let couch: CouchServer;
let root: string;
let ann: Handlers;
let bob: Handlers;
let projectId: string;
let storyId: string;
let bobId: string;
let database: string;

function person(user: string): Handlers {
  return teamHandlers(root, user, { sync: { cookies: new MemoryCookieStore(), retryMs: 300 } });
}

function basic(name: string, password: string): Record<string, string> {
  return { authorization: 'Basic ' + Buffer.from(`${name}:${password}`).toString('base64') };
}

beforeAll(async () => {
  ({ couch, root } = await startStoryServer('factdesk-outsider-', {
    ann: 'ann-pw',
    bob: 'bob-pw',
    eve: 'eve-pw',
  }));
  ann = person('ann');
  bob = person('bob');
  projectId = value(await ann.createProject({ folder: join(root, 'ann-story'), title: 'Bridge contract' })).projectId;
  value(await ann.setDraftText({ projectId, text: `${SECRET}. The contract was worth 4 million.` }));
  value(await ann.markClaim({ projectId, start: 0, end: SECRET.length, kind: 'quote' }));
  ({ storyId, bobId } = await shareWithBob(couch, ann, projectId, bob, join(root, 'bob-story')));
  database = storyDatabaseName(storyId);
}, 180_000);

afterAll(async () => {
  await ann?.closeAll();
  await bob?.closeAll();
  await stopStoryServer(couch, root);
});

/** Every way the protocol has of reading a database's documents, as one person (or nobody) asks for them. */
function reads(db: string): { what: string; path: string; init?: RequestInit }[] {
  const json = { 'content-type': 'application/json' };
  return [
    { what: 'the database', path: `/${db}` },
    { what: 'a document', path: `/${db}/project` },
    { what: 'all documents', path: `/${db}/_all_docs?include_docs=true` },
    {
      what: 'documents by key',
      path: `/${db}/_all_docs?include_docs=true`,
      init: { method: 'POST', headers: json, body: JSON.stringify({ keys: ['project'] }) },
    },
    { what: 'the changes feed', path: `/${db}/_changes?include_docs=true` },
    { what: 'the design document', path: `/${db}/_design/factdesk` },
    {
      what: 'the revision difference',
      path: `/${db}/_revs_diff`,
      init: { method: 'POST', headers: json, body: JSON.stringify({ project: ['1-0'] }) },
    },
    { what: 'the members', path: `/${db}/_security` },
    // pouchdb-server 4.2 answers _bulk_get and _find to anyone: those two routes hand its security check no user,
    // which the check takes for the admin. CouchDB refuses them like every other read, and the newsroom runs CouchDB
    // (deploy/compose.yml); the README says this stand-in is for tests only.
    ...(couch.kind === 'couchdb'
      ? [
          {
            what: 'documents in bulk',
            path: `/${db}/_bulk_get`,
            init: { method: 'POST', headers: json, body: JSON.stringify({ docs: [{ id: 'project' }] }) },
          },
          {
            what: 'a query',
            path: `/${db}/_find`,
            init: { method: 'POST', headers: json, body: JSON.stringify({ selector: {} }) },
          },
        ]
      : []),
  ];
}

describe('a person outside the story team', () => {
  it('does not see the story in the list of shared stories, and cannot open it', async () => {
    const eve = person('eve');
    try {
      const server = { serverUrl: couch.url, user: 'eve', password: 'eve-pw' };
      // pouchdb-server lists its databases to anyone; CouchDB 3 lists them to admins only, which Factdesk words.
      const listed = await eve.listSharedStories(server);
      if (listed.ok) expect(listed.value.stories).toEqual([]);
      else expect(listed.error.code).toBe('needs-server-admin');
      expect(JSON.stringify(listed)).not.toContain('Bridge contract');

      const opened = await eve.openSharedStory({ ...server, storyId, folder: join(root, 'eve-story') });
      expect(opened).toEqual({
        ok: false,
        error: {
          code: 'needs-server-admin',
          message: `eve is not a member of the story ${storyId} on ${new URL(couch.url).host}: a server admin must add them.`,
        },
      });
      // Bob, on the team, lists it by its title.
      const bobs = value(await bob.listSharedStories({ serverUrl: couch.url, user: 'bob', password: 'bob-pw' }));
      expect(bobs.stories.map((s) => s.title)).toEqual(['Bridge contract']);
    } finally {
      await eve.closeAll();
    }
  });

  it.each([
    ['signed in as eve', basic('eve', 'eve-pw')],
    ['not signed in', {}],
  ] as const)('reads nothing of it by asking the server directly (%s)', async (_who, headers) => {
    for (const { what, path, init } of reads(database)) {
      const response = await fetch(couch.url + path, {
        ...init,
        headers: { ...headers, ...(init?.headers as Record<string, string> | undefined) },
      });
      const body = await response.text();
      expect([401, 403], `${what}: ${response.status} ${body}`).toContain(response.status);
      expect(body, what).not.toContain('Bridge');
      expect(body, what).not.toContain('councillor');
    }
    // The same server answers a member.
    const member = await fetch(`${couch.url}/${database}/project`, { headers: basic('bob', 'bob-pw') });
    expect(member.status).toBe(200);
    expect(await member.text()).toContain('Bridge contract');
  });

  it('replicates nothing of it, and writes nothing into it', async () => {
    const replica = new PouchDB(join(root, 'eve-replica'));
    try {
      const auth = { auth: { username: 'eve', password: 'eve-pw' }, retry: false };
      await expect(replica.replicate.from(`${couch.url}/${database}`, auth)).rejects.toBeTruthy();
      expect((await replica.allDocs()).rows).toEqual([]);
    } finally {
      await replica.close();
    }
    for (const headers of [basic('eve', 'eve-pw'), {}]) {
      const put = await fetch(`${couch.url}/${database}/claim:planted`, {
        method: 'PUT',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'claim', text: 'planted by someone outside the team' }),
      });
      expect([401, 403]).toContain(put.status);
      const bulk = await fetch(`${couch.url}/${database}/_bulk_docs`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ docs: [{ _id: 'claim:bulk-planted', type: 'claim' }] }),
      });
      // CouchDB refuses the whole request; pouchdb-server answers 201 with each document refused.
      const answer = await bulk.text();
      if (bulk.status === 201) expect(JSON.parse(answer)).toEqual([expect.objectContaining({ error: 'unauthorized' })]);
      else expect([401, 403], answer).toContain(bulk.status);
    }
    expect((await couch.adminFetch(`/${database}/claim:planted`)).status).toBe(404);
    expect((await couch.adminFetch(`/${database}/claim:bulk-planted`)).status).toBe(404);
  });
});

describe('a member taken off the team', () => {
  it(
    'receives nothing changed after that, keeps what they change, and syncs again once back',
    { timeout: 180_000 },
    async () => {
      const setTeam = async (names: string[]) => {
        const security = { admins: { names: [], roles: [] }, members: { names, roles: [] } };
        const put = await couch.adminFetch(`/${database}/_security`, { method: 'PUT', body: JSON.stringify(security) });
        expect(put.ok).toBe(true);
      };
      await setTeam(['ann']);
      const later = `${SECRET}. The contract was worth 4 million. Day two: the audit found double billing.`;
      value(await ann.setDraftText({ projectId, text: later }));
      value(await ann.markClaim({ projectId, start: later.indexOf('Day two'), end: later.length, kind: 'number' }));
      const onServer = async () => (await couch.adminFetch(`/${database}/_all_docs?include_docs=true`)).text();
      await until('the new draft is on the server', async () => (await onServer()).includes('double billing'));

      // Bob's sync, which was running, stops with a sentence saying why, and brings him nothing of it.
      const bobState = async () => value(await bob.getSyncState({ projectId: bobId })).state!;
      await until("Bob's sync stops", async () => (await bobState()).phase === 'no-access');
      expect((await bobState()).message).toBe(
        `bob is no longer on this story's team on ${new URL(couch.url).host}, so syncing stopped. What is changed here stays in this folder; once a server admin has added them again, opening the story again syncs it.`,
      );
      expect(JSON.stringify(value(await bob.getProject({ projectId: bobId })))).not.toContain('double billing');

      // He cannot open it afresh either, nor read it directly.
      const again = await bob.openSharedStory({
        serverUrl: couch.url,
        user: 'bob',
        password: 'bob-pw',
        storyId,
        folder: join(root, 'bob-again'),
      });
      expect(again.ok).toBe(false);
      const direct = await fetch(`${couch.url}/${database}/_all_docs?include_docs=true`, {
        headers: basic('bob', 'bob-pw'),
      });
      expect([401, 403]).toContain(direct.status);
      expect(await direct.text()).not.toContain('double billing');

      // What he changes meanwhile stays with him.
      const bobClaim = value(await bob.getProject({ projectId: bobId })).claims[0]!.id;
      value(await bob.updateClaim({ projectId: bobId, claimId: bobClaim, patch: { status: 'disputed' } }));
      await until('his change waits to be sent', async () => (await bobState()).pending > 0);
      expect((await bobState()).phase).toBe('no-access');
      expect(await onServer()).not.toContain('"value":"disputed"');

      // Back on the team, opening the story again syncs both ways.
      await setTeam(['ann', 'bob']);
      value(await bob.resumeSync({ projectId: bobId }));
      await until('Bob is synced again', () => isSynced(bob, bobId));
      expect(JSON.stringify(value(await bob.getProject({ projectId: bobId })))).toContain('double billing');
      await until('his status is on the server', async () => (await onServer()).includes('"value":"disputed"'));
    },
  );
});
