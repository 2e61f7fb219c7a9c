// The newsroom password's keeper in the desktop app: Electron's safeStorage (the system keyring: Keychain on macOS,
// DPAPI on Windows, libsecret or KWallet on Linux) encrypts it, and EncryptedFileSecretStore writes the encrypted
// bytes to the user-data folder. Only the asynchronous calls are used: the synchronous ones are deprecated in
// Electron 45 and removed in 46.
import { safeStorage } from 'electron';
import { EncryptedFileSecretStore } from '../storage/secret-store';
import type { SecretStore } from '../storage/secret-store';

/** The secret store of the desktop app; call after the app is ready (safeStorage needs it on Linux and Windows). */
export function createSafeStorageSecrets(dataDir: string): SecretStore {
  return new EncryptedFileSecretStore(dataDir, {
    isAvailable: () => safeStorage.isAsyncEncryptionAvailable(),
    encrypt: async (text) => new Uint8Array(await safeStorage.encryptStringAsync(text)),
    decrypt: async (bytes) => {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(bytes));
      return { text: result, reEncrypt: shouldReEncrypt };
    },
    // 'basic_text': no keyring was found, and the key is a fixed one: the user is told the password is not protected.
    backend: () => (process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null),
  });
}
