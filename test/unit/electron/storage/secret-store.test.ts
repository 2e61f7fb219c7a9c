// Where the newsroom password is kept, on a real temp folder: the encrypted file store writes only ciphertext, mode
// 0600, forgets on clear, warns when the keyring is Linux's "basic_text", refuses to keep anything when no encryption
// is available, and reads a file it cannot decrypt as "no password"; the environment store reads the URL's password
// first, then PGPASSWORD, and keeps nothing.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EncryptedFileSecretStore, EnvSecretStore, PASSWORD_FILE } from '../../../../electron/storage/secret-store';
import type { Cipher } from '../../../../electron/storage/secret-store';
import { tempDir } from './helpers';

/** AES-256-GCM with a key in memory, in the keyring's place. */
function aes(options: { available?: boolean; backend?: string | null } = {}): Cipher {
  const key = randomBytes(32);
  return {
    isAvailable: async () => options.available ?? true,
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
    backend: () => options.backend ?? null,
  };
}

describe('EncryptedFileSecretStore', () => {
  it('keeps only ciphertext in a private file, reads it back and forgets it', async () => {
    // The data folder need not exist yet (a first start that saves the password before any setting).
    const dir = join(await tempDir('factdesk-secrets-'), 'data');
    const store = new EncryptedFileSecretStore(dir, aes());
    expect(await store.get()).toBeUndefined();
    expect(await store.set('correct horse battery')).toEqual({ ok: true, value: null });
    const bytes = await readFile(join(dir, PASSWORD_FILE));
    expect(bytes.includes('correct horse')).toBe(false);
    expect((await stat(join(dir, PASSWORD_FILE))).mode & 0o777).toBe(0o600);
    expect(await store.get()).toBe('correct horse battery');
    expect((await store.info()).warning).toBeNull();
    await store.clear();
    expect(await store.get()).toBeUndefined();
  });

  it('warns that basic_text only obscures the password, and refuses to keep one without encryption', async () => {
    const dir = await tempDir('factdesk-secrets-weak-');
    const weak = await new EncryptedFileSecretStore(dir, aes({ backend: 'basic_text' })).info();
    expect(weak.canSave).toBe(true);
    expect(weak.warning).toMatch(/basic_text.*only obscured, not protected/);
    const none = new EncryptedFileSecretStore(dir, aes({ available: false }));
    expect((await none.info()).canSave).toBe(false);
    const refused = await none.set('secret');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/set PGPASSWORD/);
  });

  it('reads a file another keyring encrypted as no password, and saving again replaces it', async () => {
    const dir = await tempDir('factdesk-secrets-other-');
    await writeFile(join(dir, PASSWORD_FILE), randomBytes(64));
    const store = new EncryptedFileSecretStore(dir, aes());
    expect(await store.get()).toBeUndefined();
    await store.set('new one');
    expect(await store.get()).toBe('new one');
  });
});

describe('EnvSecretStore', () => {
  it("takes the URL's password first, then PGPASSWORD, and keeps nothing", async () => {
    const both = new EnvSecretStore({ FACTDESK_LIBRARY_URL: 'postgres://ana:in%40url@h/db', PGPASSWORD: 'env' });
    expect(await both.get()).toBe('in@url');
    expect(await new EnvSecretStore({ PGPASSWORD: 'env' }).get()).toBe('env');
    expect(await new EnvSecretStore({}).get()).toBeUndefined();
    expect((await both.info()).canSave).toBe(false);
    expect((await both.set()).ok).toBe(false);
  });
});
