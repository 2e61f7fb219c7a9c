// Where the story server's session cookies are kept, per server and person. The desktop app keeps them encrypted with
// Electron's safeStorage in the data folder (electron/desktop/safe-cookie-store.ts, through FileCookieStore with that
// cipher); the browser harness and the command line hold them in memory for the process and may sign in with
// FACTDESK_SYNC_PASSWORD from the environment. A password is never written anywhere. A sessions file Factdesk cannot
// read is never overwritten: the store refuses with a CookieStoreError naming the file, and leaves it as it is.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CookieKeeper } from './couch-session';

/** The sessions file could not be read or written; `message` is a sentence naming the file and what to do. */
export class CookieStoreError extends Error {
  constructor(
    readonly code: 'corrupt-file' | 'io-error',
    message: string,
  ) {
    super(message);
  }
}

export interface CookieStore {
  /** The cookie kept for this person on this server, or null; a CookieStoreError when its file cannot be read. */
  load(serverUrl: string, user: string): Promise<string | null>;
  save(serverUrl: string, user: string, cookie: string): Promise<void>;
  forget(serverUrl: string, user: string): Promise<void>;
  /** A password given to this process from its environment (harness, CLI); null in the desktop app. */
  password(): string | null;
}

/** The CookieKeeper of one person on one server. */
export function keeperFor(store: CookieStore, serverUrl: string, user: string): CookieKeeper {
  return { save: (cookie) => store.save(serverUrl, user, cookie) };
}

function keyOf(serverUrl: string, user: string): string {
  return `${serverUrl.replace(/\/$/, '')}\n${user}`;
}

/** Cookies held for this process only; the password, when any, from FACTDESK_SYNC_PASSWORD. */
export class MemoryCookieStore implements CookieStore {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly env: NodeJS.ProcessEnv = {}) {}
  async load(serverUrl: string, user: string): Promise<string | null> {
    return this.cookies.get(keyOf(serverUrl, user)) ?? null;
  }
  async save(serverUrl: string, user: string, cookie: string): Promise<void> {
    this.cookies.set(keyOf(serverUrl, user), cookie);
  }
  async forget(serverUrl: string, user: string): Promise<void> {
    this.cookies.delete(keyOf(serverUrl, user));
  }
  password(): string | null {
    return this.env.FACTDESK_SYNC_PASSWORD || null;
  }
}

/** Encrypts and decrypts a cookie (Electron's safeStorage in the app). */
export interface CookieCipher {
  available(): boolean;
  encrypt(text: string): Buffer;
  decrypt(data: Buffer): string;
}

/**
 * Cookies in one JSON file, each encrypted with the cipher (base64). When the system offers no encryption, nothing is
 * written: the cookie lives for this run and the person signs in again next time.
 */
export class FileCookieStore implements CookieStore {
  private readonly memory = new MemoryCookieStore();
  constructor(
    private readonly file: string,
    private readonly cipher: CookieCipher,
  ) {}

  /** Every kept cookie, sealed; {} when there is no file yet; a CookieStoreError when it cannot be read as one. */
  private async readAll(): Promise<Record<string, string>> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw new CookieStoreError(
        'io-error',
        `Factdesk could not read its story server sessions file ${this.file} (${(error as Error).message}).`,
      );
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    const isRecord = (value: unknown): value is Record<string, unknown> =>
      value !== null && typeof value === 'object' && !Array.isArray(value);
    if (!isRecord(parsed) || Object.values(parsed).some((sealed) => typeof sealed !== 'string')) {
      throw new CookieStoreError(
        'corrupt-file',
        `The story server sessions file ${this.file} is damaged (it does not hold the JSON Factdesk writes there), so Factdesk left it as it is: delete that file and sign in again.`,
      );
    }
    return parsed as Record<string, string>;
  }

  private async writeAll(all: Record<string, string>): Promise<void> {
    try {
      await mkdir(dirname(this.file), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(all), { mode: 0o600 });
      await rename(temp, this.file);
    } catch (error) {
      throw new CookieStoreError(
        'io-error',
        `Factdesk could not write its story server sessions file ${this.file} (${(error as Error).message}).`,
      );
    }
  }

  async load(serverUrl: string, user: string): Promise<string | null> {
    const held = await this.memory.load(serverUrl, user);
    if (held || !this.cipher.available()) return held;
    const sealed = (await this.readAll())[keyOf(serverUrl, user)];
    if (!sealed) return null;
    try {
      return this.cipher.decrypt(Buffer.from(sealed, 'base64'));
    } catch {
      return null;
    }
  }

  async save(serverUrl: string, user: string, cookie: string): Promise<void> {
    await this.memory.save(serverUrl, user, cookie);
    if (!this.cipher.available()) return;
    const all = await this.readAll();
    all[keyOf(serverUrl, user)] = this.cipher.encrypt(cookie).toString('base64');
    await this.writeAll(all);
  }

  async forget(serverUrl: string, user: string): Promise<void> {
    await this.memory.forget(serverUrl, user);
    const all = await this.readAll();
    if (!(keyOf(serverUrl, user) in all)) return;
    delete all[keyOf(serverUrl, user)];
    await this.writeAll(all);
  }

  password(): string | null {
    return null;
  }
}
