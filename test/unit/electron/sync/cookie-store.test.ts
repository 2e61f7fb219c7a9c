// The desktop app's keeper of story-server session cookies (FileCookieStore) on real files in a temp folder, sealed
// with AES-GCM standing in for Electron's safeStorage: a cookie is stored sealed and read back by a new store (as the
// next start of the app would), people and servers are kept apart, nothing is written without encryption, and a
// damaged sessions file refuses with a sentence naming it and is never overwritten. Then the window's and the
// command line's sentences when no password is given and no session is kept.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileCookieStore, MemoryCookieStore } from '../../../../electron/sync/cookie-store';
import type { CookieCipher } from '../../../../electron/sync/cookie-store';
import type { ApiError, Result } from '../../../../shared/api/result';
import { passwordNeeded, storyServer } from '../../../../electron/sync/story-server';
import { removeTempDirs, tempDir, value } from '../storage/helpers';

afterEach(removeTempDirs);

const SERVER = 'https://stories.example.org';
const COOKIE = 'AuthSession=YW5uOjY1NEE3QjEyOkm9ZmFrZQ';

/** AES-256-GCM with a key for this run: sealed the way safeStorage seals, so the file never holds the cookie. */
function aesCipher(available = true): CookieCipher {
  const key = randomBytes(32);
  return {
    available: () => available,
    encrypt(text) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
    },
    decrypt(data) {
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

async function sessionsFile(): Promise<string> {
  return join(await tempDir('factdesk-cookies-'), 'data', 'sync-sessions.json');
}

/** The refusal `promise` answers (a Result, never a rejection), or a failure when it answers a value. */
async function refusal(promise: Promise<Result<unknown>>): Promise<ApiError> {
  const outcome = await promise;
  expect(outcome.ok).toBe(false);
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome.error;
}

describe('FileCookieStore', () => {
  it('stores a cookie sealed in the data folder and a new store reads it back', async () => {
    const file = await sessionsFile();
    const cipher = aesCipher();
    value(await new FileCookieStore(file, cipher).save(SERVER + '/', 'ann', COOKIE));

    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(COOKIE);
    expect(text).not.toContain('YW5uOjY1NEE3QjEy');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    // The next start of the app: nothing in memory, the cookie from the file (the address with or without a slash).
    const next = new FileCookieStore(file, cipher);
    expect(value(await next.load(SERVER, 'ann'))).toBe(COOKIE);
    expect(value(await next.load(SERVER, 'bob'))).toBeNull();
    expect(value(await next.load('https://other.example.org', 'ann'))).toBeNull();
    expect(next.password()).toBeNull();
  });

  it('keeps people and servers apart, and forgetting one keeps the others', async () => {
    const file = await sessionsFile();
    const cipher = aesCipher();
    const store = new FileCookieStore(file, cipher);
    value(await store.save(SERVER, 'ann', 'AuthSession=ann-here'));
    value(await store.save(SERVER, 'bob', 'AuthSession=bob-here'));
    value(await store.save('https://other.example.org', 'ann', 'AuthSession=ann-there'));
    value(await store.forget(SERVER, 'ann'));

    const next = new FileCookieStore(file, cipher);
    expect(value(await next.load(SERVER, 'ann'))).toBeNull();
    expect(value(await next.load(SERVER, 'bob'))).toBe('AuthSession=bob-here');
    expect(value(await next.load('https://other.example.org', 'ann'))).toBe('AuthSession=ann-there');
  });

  it('writes nothing where the system offers no encryption, and holds the cookie for this run only', async () => {
    const file = await sessionsFile();
    const store = new FileCookieStore(file, aesCipher(false));
    value(await store.save(SERVER, 'ann', COOKIE));
    expect(value(await store.load(SERVER, 'ann'))).toBe(COOKIE);
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(value(await new FileCookieStore(file, aesCipher(false)).load(SERVER, 'ann'))).toBeNull();
  });

  it('reads a cookie sealed with another key as none, so the person signs in again', async () => {
    const file = await sessionsFile();
    value(await new FileCookieStore(file, aesCipher()).save(SERVER, 'ann', COOKIE));
    expect(value(await new FileCookieStore(file, aesCipher()).load(SERVER, 'ann'))).toBeNull();
  });

  for (const [what, damaged] of [
    ['cut short', '{"https://stories.example.org\\nann": "c2Vh'],
    ['a list, not the sessions', '["c2VhbGVk"]'],
    ['a session that is not text', '{"https://stories.example.org\\nann": 42}'],
    ['null', 'null'],
  ] as const) {
    it(`refuses a sessions file that is ${what} with a sentence naming it, and never overwrites it`, async () => {
      const file = await sessionsFile();
      const cipher = aesCipher();
      value(await new FileCookieStore(file, cipher).save(SERVER, 'bob', 'AuthSession=bob-here'));
      await writeFile(file, damaged);
      const store = new FileCookieStore(file, cipher);

      const loading = await refusal(store.load(SERVER, 'ann'));
      expect(loading.code).toBe('corrupt-file');
      expect(loading.message).toBe(
        `The story server sessions file ${file} is damaged (it does not hold the JSON Factdesk writes there), so Factdesk left it as it is: delete that file and sign in again.`,
      );
      expect((await refusal(store.save(SERVER, 'ann', COOKIE))).code).toBe('corrupt-file');
      expect((await refusal(store.forget(SERVER, 'bob'))).code).toBe('corrupt-file');
      expect(await readFile(file, 'utf8')).toBe(damaged);
    });
  }

  it('a damaged sessions file refuses signing in with its sentence through the story server, and stays as it was', async () => {
    const file = await sessionsFile();
    const store = new FileCookieStore(file, aesCipher());
    value(await store.save(SERVER, 'bob', 'AuthSession=bob-here'));
    await writeFile(file, 'not json');
    // No password: the kept session is looked for first, before anything goes to the server.
    const reply = await storyServer(new FileCookieStore(file, aesCipher()), 'ipc').sessionFor(SERVER, 'ann', undefined);
    expect(reply).toMatchObject({ ok: false, error: { code: 'corrupt-file' } });
    if (!reply.ok) expect(reply.error.message).toContain(file);
    expect(await readFile(file, 'utf8')).toBe('not json');
  });
});

describe('signing in with no password and no kept session', () => {
  it('asks the window for the password in its field, and names FACTDESK_SYNC_PASSWORD only on the command line', async () => {
    for (const door of ['ipc', 'http'] as const) {
      const reply = await storyServer(new MemoryCookieStore(), door).sessionFor(SERVER, 'ann', undefined);
      expect(reply).toEqual({
        ok: false,
        error: {
          code: 'sign-in-refused',
          message:
            'Type the password for ann on the story server at stories.example.org: this computer keeps no signed-in session for ann there.',
        },
      });
    }
    const cli = await storyServer(new MemoryCookieStore(), 'cli').sessionFor(SERVER, 'ann', undefined);
    expect(cli).toMatchObject({ ok: false, error: { code: 'sign-in-refused' } });
    if (!cli.ok) expect(cli.error.message).toBe(passwordNeeded('cli', 'stories.example.org', 'ann'));
    expect(passwordNeeded('cli', 'stories.example.org', 'ann')).toContain('FACTDESK_SYNC_PASSWORD');
    expect(passwordNeeded('ipc', 'stories.example.org', 'ann')).not.toContain('FACTDESK_SYNC_PASSWORD');
  });
});
