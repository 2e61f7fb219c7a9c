// Where the newsroom library's password is kept: never in the settings file, a project or a log. The desktop app
// keeps it encrypted with the system's keyring (Electron safeStorage, electron/desktop/safe-storage.ts) in a file of
// its own in the user-data folder; the browser harness and the factdesk command take it from the environment
// (PGPASSWORD, or the password in FACTDESK_LIBRARY_URL) and cannot keep one typed in a window.
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { writeFileDurable } from './durable-write';

/** What the Preferences dialog says about the store. */
export interface SecretStoreInfo {
  /** Whether a password typed in the window can be kept. */
  canSave: boolean;
  /** One sentence saying where the password is kept. */
  note: string;
  /** A warning when the keeping is weak (Linux without a keyring), else null. */
  warning: string | null;
}

/** Keeps one secret: the newsroom library's password. */
export interface SecretStore {
  info(): Promise<SecretStoreInfo>;
  /** The password, or undefined when none is kept. */
  get(): Promise<string | undefined>;
  /** Keeps the password; refused with a sentence when this store cannot keep one. */
  set(password: string): Promise<Result<null>>;
  /** Forgets the kept password. */
  clear(): Promise<Result<null>>;
}

/** The password from the environment: the one in FACTDESK_LIBRARY_URL, else PGPASSWORD. Nothing is ever written. */
export class EnvSecretStore implements SecretStore {
  constructor(private readonly env: NodeJS.ProcessEnv) {}

  async info(): Promise<SecretStoreInfo> {
    return {
      canSave: false,
      note: 'In this window the password comes from the environment: set PGPASSWORD (or put it in FACTDESK_LIBRARY_URL) before starting Factdesk. A password typed here is used to test the connection only.',
      warning: null,
    };
  }

  async get(): Promise<string | undefined> {
    const url = this.env.FACTDESK_LIBRARY_URL?.trim();
    if (url) {
      try {
        const inUrl = new URL(url).password;
        if (inUrl) return decodeURIComponent(inUrl);
      } catch {
        // Not a URL: PGPASSWORD below.
      }
    }
    return this.env.PGPASSWORD || undefined;
  }

  async set(): Promise<Result<null>> {
    return fail(
      'invalid-input',
      'This window cannot keep a password: set PGPASSWORD before starting Factdesk, and save the other settings without one.',
    );
  }

  async clear(): Promise<Result<null>> {
    return ok(null);
  }
}

/**
 * The system's encryption, as Electron's safeStorage offers it (its asynchronous calls: the synchronous ones are
 * deprecated in Electron 45 and gone in 46), or any cipher with the same shape.
 */
export interface Cipher {
  /** Whether strings can be encrypted now. */
  isAvailable(): Promise<boolean>;
  encrypt(plainText: string): Promise<Uint8Array>;
  /** The text, and whether it should be encrypted again (the keyring's key changed). */
  decrypt(encrypted: Uint8Array): Promise<{ text: string; reEncrypt: boolean }>;
  /** Linux: the keyring in use ('basic_text' means none: a fixed key, no real protection); null elsewhere. */
  backend(): string | null;
}

/** The file in the user-data folder that holds the encrypted password. */
export const PASSWORD_FILE = 'newsroom-password.bin';

/** The password encrypted with the system's keyring, in PASSWORD_FILE (mode 0600) under `dataDir`. */
export class EncryptedFileSecretStore implements SecretStore {
  private readonly file: string;

  constructor(
    dataDir: string,
    private readonly cipher: Cipher,
  ) {
    this.file = join(dataDir, PASSWORD_FILE);
  }

  async info(): Promise<SecretStoreInfo> {
    if (!(await this.cipher.isAvailable())) {
      return {
        canSave: false,
        note: 'This computer offers Factdesk no way to encrypt the password (no system keyring is available), so it cannot be kept: set PGPASSWORD before starting Factdesk instead.',
        warning: null,
      };
    }
    const weak = this.cipher.backend() === 'basic_text';
    return {
      canSave: true,
      note: 'The password is kept encrypted in your Factdesk folder, with a key from the system keyring; it is never written into the settings file or a project.',
      warning: weak
        ? 'This Linux desktop has no keyring Factdesk can use (Electron reports "basic_text"), so the kept password is only obscured, not protected: anyone who can read your files can read it. Install and unlock a keyring (GNOME Keyring or KWallet), or use PGPASSWORD instead.'
        : null,
    };
  }

  async get(): Promise<string | undefined> {
    const bytes = await fs.readFile(this.file).catch(() => null);
    if (!bytes || bytes.length === 0 || !(await this.cipher.isAvailable())) return undefined;
    try {
      const { text, reEncrypt } = await this.cipher.decrypt(new Uint8Array(bytes));
      if (reEncrypt) await this.set(text);
      return text;
    } catch {
      // Encrypted by another keyring or damaged: as if none were kept; saving again replaces it.
      return undefined;
    }
  }

  async set(password: string): Promise<Result<null>> {
    const info = await this.info();
    if (!info.canSave) return fail('invalid-input', info.note);
    let bytes: Uint8Array;
    try {
      bytes = await this.cipher.encrypt(password);
    } catch {
      return fail('internal', 'The system keyring refused to encrypt the password, so it was not kept.');
    }
    try {
      await fs.mkdir(dirname(this.file), { recursive: true });
      // Created private first: the durable write keeps the mode of the file it replaces.
      await fs.writeFile(this.file, new Uint8Array(), { mode: 0o600, flag: 'wx' }).catch(() => undefined);
      await writeFileDurable(this.file, bytes);
    } catch (error) {
      return fail(
        'io-error',
        `The encrypted password could not be written to ${this.file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
      );
    }
    return ok(null);
  }

  async clear(): Promise<Result<null>> {
    try {
      await fs.rm(this.file, { force: true });
      return ok(null);
    } catch (error) {
      return fail(
        'io-error',
        `The kept password in ${this.file} could not be removed: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
      );
    }
  }
}
