// The desktop app's keeper of story-server session cookies: encrypted with Electron's safeStorage (the system
// keychain, DPAPI or libsecret) in sync-sessions.json in the data folder. Never a password.
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { FileCookieStore } from '../sync/cookie-store';
import type { CookieStore } from '../sync/cookie-store';

export function createSafeCookieStore(dataDir: string): CookieStore {
  return new FileCookieStore(join(dataDir, 'sync-sessions.json'), {
    available: () => safeStorage.isEncryptionAvailable(),
    encrypt: (text) => safeStorage.encryptString(text),
    decrypt: (data) => safeStorage.decryptString(data),
  });
}
