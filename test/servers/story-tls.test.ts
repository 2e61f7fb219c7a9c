// The story server over https, its certificate signed by the newsroom's own CA (test/servers/support/tls-certs.ts):
// with that CA's file (FACTDESK_SYNC_CA) a story is shared, opened elsewhere and synced both ways; without it, or with
// another CA's, nothing connects and the refusal says why in one sentence; a CA file that is not one is named. A CA
// file chosen in Preferences wins over the variable, and the command line reads the variable too. Where Node.js can
// read the computer's own trusted store (the desktop app), a newsroom CA installed there is trusted as well.
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';
import type { Handlers } from '../../electron/api/handlers';
import { MemoryCookieStore } from '../../electron/sync/cookie-store';
import { prepareStoryDatabase, storyDatabaseName } from '../../electron/sync/story-database';
import { storyFetch } from '../../electron/sync/story-fetch';
import type { CouchServer } from './support/couch-server.js';
import { isSynced, startStoryServer, stopStoryServer, teamHandlers, until } from './support/story-team';
import { makeCerts, type TestCerts } from './support/tls-certs';
import { startTlsProxy, type TlsProxy } from './support/tls-proxy';
import { value } from '../unit/result-value';

let couch: CouchServer;
let root: string;
let certs: TestCerts;
let https: TlsProxy;

beforeAll(async () => {
  ({ couch, root } = await startStoryServer('factdesk-story-tls-', { ann: 'ann-pw', bob: 'bob-pw' }));
  certs = makeCerts(root);
  https = await startTlsProxy(couch.port, certs.serverCert, certs.serverKey);
});

afterAll(async () => {
  await https?.close();
  await stopStoryServer(couch, root);
});

function person(user: string, caFile: string | null): Handlers {
  return teamHandlers(root, user, { sync: { cookies: new MemoryCookieStore(), retryMs: 300, caFile } });
}

const untrusted = () =>
  `The newsroom's story server at ${new URL(https.url).host} presented a certificate that no certificate authority trusted here vouches for, so Factdesk did not connect: choose the newsroom's CA certificate file in Preferences (Story server), or set FACTDESK_SYNC_CA to it.`;

describe('the story server over https', () => {
  it('shares, opens and syncs a story when the newsroom CA is trusted', { timeout: 180_000 }, async () => {
    const ann = person('ann', certs.ca);
    const bob = person('bob', certs.ca);
    try {
      const projectId = value(
        await ann.createProject({ folder: join(root, 'ann-story'), title: 'Harbour deal' }),
      ).projectId;
      value(await ann.setDraftText({ projectId, text: 'The harbour deal cost 80 million.' }));
      const claim = value(await ann.markClaim({ projectId, start: 0, end: 33, kind: 'number' })).claim;
      const storyId = ann.sessionOf(projectId)!.doc.id;
      value(await prepareStoryDatabase(couch.adminFetch, storyDatabaseName(storyId), ['ann', 'bob']));

      const shared = value(
        await ann.shareProject({ projectId, serverUrl: https.url, user: 'ann', password: 'ann-pw' }),
      );
      expect(shared.serverUrl).toBe(https.url);
      await until('the story is on the server', () => isSynced(ann, projectId));
      const bobView = value(
        await bob.openSharedStory({
          serverUrl: https.url,
          user: 'bob',
          password: 'bob-pw',
          storyId,
          folder: join(root, 'bob-story'),
        }),
      );
      expect(bobView.title).toBe('Harbour deal');

      value(await bob.updateClaim({ projectId: bobView.projectId, claimId: claim.id, patch: { status: 'disputed' } }));
      await until(
        "Bob's status reaches Ann over https",
        async () => value(await ann.getProject({ projectId })).claims[0]?.status === 'disputed',
      );
    } finally {
      await ann.closeAll();
      await bob.closeAll();
    }
  });

  it.each([
    ['no CA file', null],
    ['another CA', 'wrong'],
  ] as const)('does not connect with %s, and says why', async (_what, which) => {
    const ann = person('ann', which === 'wrong' ? certs.wrongCa : null);
    try {
      const listed = await ann.listSharedStories({ serverUrl: https.url, user: 'ann', password: 'ann-pw' });
      expect(listed).toEqual({ ok: false, error: { code: 'server-unreachable', message: untrusted() } });
    } finally {
      await ann.closeAll();
    }
  });

  it('trusts the CA file chosen in Preferences, which wins over FACTDESK_SYNC_CA', async () => {
    const ann = person('ann', certs.wrongCa);
    try {
      const server = { serverUrl: https.url, user: 'ann', password: 'ann-pw' };
      expect(await ann.listSharedStories(server)).toEqual({
        ok: false,
        error: { code: 'server-unreachable', message: untrusted() },
      });
      value(await ann.updatePreferences({ storyServerCa: certs.ca }));
      expect((await ann.listSharedStories(server)).ok).toBe(true);
      value(await ann.updatePreferences({ storyServerCa: null }));
      expect((await ann.listSharedStories(server)).ok).toBe(false);
    } finally {
      await ann.closeAll();
    }
  });

  it('names a CA file that is missing or not a certificate', async () => {
    const notPem = join(root, 'not-a-ca.txt');
    await writeFile(notPem, 'just some notes\n');
    for (const [file, message] of [
      [
        join(root, 'missing.crt'),
        `The story server's CA certificate file ${join(root, 'missing.crt')} (FACTDESK_SYNC_CA) cannot be read (there is no such file).`,
      ],
      [
        notPem,
        `${notPem} (FACTDESK_SYNC_CA) is not a CA certificate in PEM form (a text file starting with -----BEGIN CERTIFICATE-----).`,
      ],
    ] as const) {
      const ann = person('ann', file);
      try {
        const listed = await ann.listSharedStories({ serverUrl: https.url, user: 'ann', password: 'ann-pw' });
        expect(listed).toEqual({ ok: false, error: { code: 'invalid-file', message } });
      } finally {
        await ann.closeAll();
      }
    }
  });

  it("trusts a newsroom CA held in the computer's own store", async () => {
    const ca = await readFile(certs.ca, 'utf8');
    const fromStore = value(await storyFetch(null, () => [ca]));
    expect((await fromStore(`${https.url}/`)).ok).toBe(true);
    // A store that holds other CAs only, or cannot be read, adds nothing.
    const otherStore = value(await storyFetch(null, () => [readFileSync(certs.wrongCa, 'utf8')]));
    await expect(otherStore(`${https.url}/`)).rejects.toThrow();
    const unreadable = value(
      await storyFetch(null, () => {
        throw new Error('no keychain');
      }),
    );
    expect(unreadable).toBe(globalThis.fetch);
  });

  it('is reached by the command line with FACTDESK_SYNC_CA, and refused without it', async () => {
    const run = async (ca: string | null) => {
      let out = '';
      let err = '';
      const env: NodeJS.ProcessEnv = {
        FACTDESK_DATA_DIR: join(root, 'data-cli'),
        FACTDESK_USER: 'ann',
        FACTDESK_SYNC_PASSWORD: 'ann-pw',
        ...(ca ? { FACTDESK_SYNC_CA: ca } : {}),
      };
      const args = ['shared', '--server', https.url, '--user', 'ann'];
      const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), env, cwd: root });
      return { code, out, err };
    };
    const trusted = await run(certs.ca);
    expect(trusted.err).toBe('');
    expect(trusted.code).toBe(0);
    expect(trusted.out).toContain('Harbour deal');
    const refused = await run(null);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(untrusted());
  });
});
