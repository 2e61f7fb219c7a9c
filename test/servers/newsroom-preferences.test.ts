// The newsroom library set up from Preferences, against a real PostgreSQL that speaks only TLS (ssl=on, hostssl lines
// only in pg_hba.conf) with a CA and server certificate made by openssl in its temp folder: "require" connects,
// "verify" with the newsroom's CA connects, "verify" with another CA and "off" are refused with a clear sentence.
// Saving keeps the password out of the settings file (it goes to the encrypted secret store), reconnects searches
// without a restart, and neither a reply nor a forced error ever holds the password; FACTDESK_LIBRARY_URL wins.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/api/handlers';
import type { Handlers } from '../../electron/api/handlers';
import { EncryptedFileSecretStore, PASSWORD_FILE } from '../../electron/storage/secret-store';
import type { Cipher } from '../../electron/storage/secret-store';
import type { NewsroomSettings } from '../../shared/api/newsroom';
import { seedNewsroom } from './support/newsroom-seed';
import { startPostgres } from './support/postgres';
import type { TestPostgres } from './support/postgres';
import { makeCerts } from './support/tls-certs';
import type { TestCerts } from './support/tls-certs';
import { value } from '../unit/result-value';

const PASSWORD = 'Tr0ub4dor&3-newsroom';
let server: TestPostgres;
let certs: TestCerts;
let dir: string;
const handlersToClose: Handlers[] = [];

/** A real cipher (AES-256-GCM with a key held in memory) in the place of the system keyring. */
function aesCipher(backend: string | null = 'gnome_libsecret'): Cipher {
  const key = randomBytes(32);
  return {
    isAvailable: async () => true,
    encrypt: async (text) => {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
      return new Uint8Array(Buffer.concat([iv, c.getAuthTag(), body]));
    },
    decrypt: async (bytes) => {
      const b = Buffer.from(bytes);
      const d = createDecipheriv('aes-256-gcm', key, b.subarray(0, 12));
      d.setAuthTag(b.subarray(12, 28));
      return { text: Buffer.concat([d.update(b.subarray(28)), d.final()]).toString('utf8'), reEncrypt: false };
    },
    backend: () => backend,
  };
}

const settings = (patch: Partial<NewsroomSettings> = {}): NewsroomSettings => ({
  host: '127.0.0.1',
  port: server.port,
  database: 'factdesk',
  user: 'fd_reader',
  tls: 'require',
  caFile: null,
  ...patch,
});

async function handlersIn(
  dataDir: string,
  extra: Partial<Parameters<typeof createHandlers>[0]> = {},
  cipher: Cipher = aesCipher(),
) {
  const handlers = createHandlers({
    now: () => '2026-12-06T12:00:00.000Z',
    newId: (() => {
      let n = 0;
      return () => `id-${++n}`;
    })(),
    dataDir,
    homeDir: dir,
    documentsDir: join(dir, 'Documents'),
    appVersion: '0.0.0-test',
    capabilities: { transport: 'ipc', nativeDialogs: false, showInFolder: false },
    identity: { user: 'tester', host: 'test-host', pid: process.pid },
    secrets: new EncryptedFileSecretStore(dataDir, cipher),
    emit: () => undefined,
    ...extra,
  });
  handlersToClose.push(handlers);
  return handlers;
}

beforeAll(async () => {
  server = await startPostgres({
    prepare: (folder, own) => {
      certs = makeCerts(folder);
      own(certs.serverCert);
      own(certs.serverKey);
    },
    // Relative to the cluster's data folder: the certificates sit beside it, in tls/.
    settings: ['ssl=on', 'ssl_cert_file=../tls/server.crt', 'ssl_key_file=../tls/server.key'],
    // Unencrypted connections over TCP are refused; the tests' superuser comes in over the unix socket.
    hba: 'local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n',
  });
  await seedNewsroom(
    server,
    {
      title: 'Harbour commission minutes',
      type: 'document',
      speakers: ['Harbour Commission'],
      date: '1911-05-02',
      url: null,
      tags: [],
      confidential: false,
    },
    ['The tunnel under the harbour was first proposed in 1911 and rejected for its cost.'],
    { ssl: true },
  );
  await server.sql(`ALTER ROLE fd_reader PASSWORD '${PASSWORD}'`);
  dir = await mkdtemp(join(tmpdir(), 'factdesk-newsroom-prefs-'));
}, 180_000);

afterAll(async () => {
  for (const h of handlersToClose) await h.closeAll();
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('TLS to the newsroom library', () => {
  it('"require" connects, and the test names the account and its role', async () => {
    const h = await handlersIn(join(dir, 'tls-require'));
    const report = value(await h.testNewsroomConnection({ settings: settings(), password: PASSWORD }));
    expect(report).toMatchObject({ user: 'fd_reader', role: 'reader', tls: true });
    expect(report.message).toBe(
      `Connected to 127.0.0.1:${server.port}/factdesk as fd_reader, with the reader role (searches), over TLS.`,
    );
  });

  it('"verify" with the newsroom\'s CA certificate connects', async () => {
    const h = await handlersIn(join(dir, 'tls-verify'));
    const report = value(
      await h.testNewsroomConnection({ settings: settings({ tls: 'verify', caFile: certs.ca }), password: PASSWORD }),
    );
    expect(report).toMatchObject({ user: 'fd_reader', role: 'reader', tls: true });
  });

  it('"verify" with another CA is refused with a sentence naming the CA file', async () => {
    const h = await handlersIn(join(dir, 'tls-wrong-ca'));
    const reply = await h.testNewsroomConnection({
      settings: settings({ tls: 'verify', caFile: certs.wrongCa }),
      password: PASSWORD,
    });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.message).toBe(
      `The newsroom library at 127.0.0.1:${server.port}/factdesk presented a certificate that the CA certificate ${certs.wrongCa} does not vouch for, so Factdesk did not connect: choose the newsroom's own CA certificate.`,
    );
  });

  it('TLS off against a server that accepts only TLS is refused with a sentence saying to turn it on', async () => {
    const h = await handlersIn(join(dir, 'tls-off'));
    const reply = await h.testNewsroomConnection({ settings: settings({ tls: 'off' }), password: PASSWORD });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'io-error',
        message: `The newsroom library at 127.0.0.1:${server.port}/factdesk accepts only encrypted connections: set TLS to "Require" or "Verify".`,
      },
    });
    // Saved that way anyway, searches stay local and the Sources tab's offline reason says the same.
    value(await h.saveNewsroomSettings({ settings: settings({ tls: 'off' }), password: PASSWORD }));
    const { projectId } = value(await h.createProject({ folder: join(dir, 'tls-off-story'), title: 'Off' }));
    const searched = value(await h.searchLibrary({ projectId, query: 'tunnel harbour' }));
    expect(searched.newsroom).toEqual({
      status: 'offline',
      message: `The newsroom library at 127.0.0.1:${server.port}/factdesk accepts only encrypted connections: set TLS to "Require" or "Verify".`,
    });
  });

  it('a CA file that is not a certificate is refused before connecting', async () => {
    const h = await handlersIn(join(dir, 'tls-bad-file'));
    const reply = await h.testNewsroomConnection({
      settings: settings({ tls: 'verify', caFile: certs.serverKey }),
      password: PASSWORD,
    });
    expect(reply.ok || reply.error.message).toBe(
      `${certs.serverKey} is not a CA certificate in PEM form (a text file starting with -----BEGIN CERTIFICATE-----).`,
    );
  });
});

describe('Preferences: saving the newsroom connection', () => {
  it('keeps the password out of the settings file and every reply, and searches reconnect at once', async () => {
    const dataDir = join(dir, 'saved');
    const keyring = aesCipher();
    const h = await handlersIn(dataDir, {}, keyring);
    const created = value(await h.createProject({ folder: join(dir, 'story'), title: 'Harbour' }));
    const { projectId } = created;
    value(await h.setDraftText({ projectId, text: 'The tunnel was proposed in 1911.' }));

    const before = value(await h.searchLibrary({ projectId, query: 'tunnel harbour' }));
    expect(before.newsroom).toBeNull();

    const replies: unknown[] = [];
    const saved = value(
      await h.saveNewsroomSettings({ settings: settings({ tls: 'verify', caFile: certs.ca }), password: PASSWORD }),
    );
    replies.push(saved);
    expect(saved).toMatchObject({
      settings: { host: '127.0.0.1', user: 'fd_reader', tls: 'verify', caFile: certs.ca },
      environment: null,
      password: { saved: true, canSave: true, warning: null },
      connectedTo: `127.0.0.1:${server.port}/factdesk`,
    });

    // No restart: the next search finds the newsroom's passage.
    const after = value(await h.searchLibrary({ projectId, query: 'tunel harbour' }));
    replies.push(after);
    expect(after.newsroom).toEqual({ status: 'online', message: null });
    expect(after.hits.map((x) => x.library)).toContain('newsroom');

    // The settings file holds the connection and not the password; the encrypted file does not hold it in clear.
    const file = await readFile(join(dataDir, 'settings.json'), 'utf8');
    expect(JSON.parse(file).newsroom).toEqual({
      host: '127.0.0.1',
      port: server.port,
      database: 'factdesk',
      user: 'fd_reader',
      tls: 'verify',
      caFile: certs.ca,
    });
    const secret = await readFile(join(dataDir, PASSWORD_FILE));
    expect((await stat(join(dataDir, PASSWORD_FILE))).mode & 0o777).toBe(0o600);
    for (const name of await readdir(dataDir, { recursive: true })) {
      const bytes = await readFile(join(dataDir, name)).catch(() => Buffer.alloc(0));
      expect(bytes.includes(PASSWORD), `${name} holds the password`).toBe(false);
    }
    expect(secret.length).toBeGreaterThan(0);

    // A forced error: the wrong password, then a server that is not there. Neither sentence holds a password.
    const wrong = await h.testNewsroomConnection({ settings: settings(), password: `${PASSWORD}-wrong` });
    replies.push(wrong);
    expect(wrong.ok || wrong.error.message).toBe(
      `The newsroom library at 127.0.0.1:${server.port}/factdesk did not accept the user name or password.`,
    );
    const gone = await h.testNewsroomConnection({ settings: settings({ port: 1 }), password: PASSWORD });
    replies.push(gone);
    expect(gone.ok || gone.error.message).toBe(
      'The newsroom library at 127.0.0.1:1/factdesk cannot be reached: nothing answers on that port.',
    );
    // Testing without a password typed uses the kept one.
    replies.push(value(await h.testNewsroomConnection({ settings: settings() })));
    replies.push(value(await h.getNewsroomSettings({})));
    for (const reply of replies) expect(JSON.stringify(reply)).not.toContain(PASSWORD);

    // A second start reads the settings and the kept password: the newsroom answers without asking again.
    await h.closeAll();
    const again = await handlersIn(dataDir, {}, keyring);
    const reopened = value(await again.openProject({ path: join(dir, 'story') }));
    const found = value(await again.searchLibrary({ projectId: reopened.projectId, query: 'tunnel proposed' }));
    expect(found.newsroom).toEqual({ status: 'online', message: null });

    // Disconnect forgets both, and searches stay on this computer.
    const off = value(await again.disconnectNewsroom({}));
    expect(value(await again.searchLibrary({ projectId: reopened.projectId, query: 'tunnel' })).newsroom).toBeNull();
    expect(off).toMatchObject({ settings: null, connectedTo: null, password: { saved: false } });
    expect(JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')).newsroom).toBeNull();
    await expect(stat(join(dataDir, PASSWORD_FILE))).rejects.toThrow();
  });

  it('says when the keyring is only "basic_text", and FACTDESK_LIBRARY_URL wins over saved settings', async () => {
    const weak = await handlersIn(join(dir, 'weak'), {}, aesCipher('basic_text'));
    const view = value(await weak.getNewsroomSettings({}));
    expect(view.password.warning).toMatch(/only obscured, not protected/);

    const env = await handlersIn(join(dir, 'env'), {
      newsroom: { url: `postgres://fd_reader@127.0.0.1:${server.port}/factdesk?sslmode=no-verify`, password: PASSWORD },
    });
    value(await env.saveNewsroomSettings({ settings: settings({ port: 1 }) }));
    const v = value(await env.getNewsroomSettings({}));
    expect(v.environment).toBe(`127.0.0.1:${server.port}/factdesk`);
    expect(v.connectedTo).toBe(`127.0.0.1:${server.port}/factdesk`);
  });
});
