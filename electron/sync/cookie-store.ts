// Where the story server's session cookies are kept, per server and person. The desktop app keeps them encrypted with
// Electron's safeStorage in the data folder (electron/desktop/safe-cookie-store.ts, through FileCookieStore with that
// cipher); the browser harness and the command line hold them in memory for the process and may sign in with
// FACTDESK_SYNC_PASSWORD from the environment. A password is never written anywhere. A sessions file Factdesk cannot
// read is never overwritten: the store answers a refusal naming the file (a Result, never thrown), and leaves it as
// it is.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { CookieKeeper } from './couch-session';

/** How the sessions file refuses: damaged ('corrupt-file'), or not readable or writable ('io-error'). */
export type CookieStoreCode = 'corrupt-file' | 'io-error';

export interface CookieStore {
  /** The cookie kept for this person on this server, or null; refused when its file cannot be read. */
  load(serverUrl: string, user: string): Promise<Result<string | null, CookieStoreCode>>;
  /** Keeps a cookie; refused when the file cannot be read or written (the cookie is still held for this run). */
  save(serverUrl: string, user: string, cookie: string): Promise<Result<null, CookieStoreCode>>;
  forget(serverUrl: string, user: string): Promise<Result<null, CookieStoreCode>>;
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
  async load(serverUrl: string, user: string): Promise<Result<string | null, CookieStoreCode>> {
    return ok(this.cookies.get(keyOf(serverUrl, user)) ?? null);
  }
  async save(serverUrl: string, user: string, cookie: string): Promise<Result<null, CookieStoreCode>> {
    this.cookies.set(keyOf(serverUrl, user), cookie);
    return ok(null);
  }
  async forget(serverUrl: string, user: string): Promise<Result<null, CookieStoreCode>> {
    this.cookies.delete(keyOf(serverUrl, user));
    return ok(null);
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

  /** Every kept cookie, sealed; {} when there is no file yet; refused when it cannot be read as one. */
  private async readAll(): Promise<Result<Record<string, string>, CookieStoreCode>> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ok({});
      return fail(
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
      return fail(
        'corrupt-file',
        `The story server sessions file ${this.file} is damaged (it does not hold the JSON Factdesk writes there), so Factdesk left it as it is: delete that file and sign in again.`,
      );
    }
    return ok(parsed as Record<string, string>);
  }

  private async writeAll(all: Record<string, string>): Promise<Result<null, CookieStoreCode>> {
    try {
      await mkdir(dirname(this.file), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(all), { mode: 0o600 });
      await rename(temp, this.file);
      return ok(null);
    } catch (error) {
      return fail(
        'io-error',
        `Factdesk could not write its story server sessions file ${this.file} (${(error as Error).message}).`,
      );
    }
  }

  async load(serverUrl: string, user: string): Promise<Result<string | null, CookieStoreCode>> {
    const held = await this.memory.load(serverUrl, user);
    if (!held.ok || held.value || !this.cipher.available()) return held;
    const all = await this.readAll();
    if (!all.ok) return all;
    const sealed = all.value[keyOf(serverUrl, user)];
    if (!sealed) return ok(null);
    try {
      return ok(this.cipher.decrypt(Buffer.from(sealed, 'base64')));
    } catch {
      // Sealed with a key this system no longer has: the person signs in again.
      return ok(null);
    }
  }

  async save(serverUrl: string, user: string, cookie: string): Promise<Result<null, CookieStoreCode>> {
    await this.memory.save(serverUrl, user, cookie);
    if (!this.cipher.available()) return ok(null);
    const all = await this.readAll();
    if (!all.ok) return all;
    all.value[keyOf(serverUrl, user)] = this.cipher.encrypt(cookie).toString('base64');
    return this.writeAll(all.value);
  }

  async forget(serverUrl: string, user: string): Promise<Result<null, CookieStoreCode>> {
    await this.memory.forget(serverUrl, user);
    const all = await this.readAll();
    if (!all.ok) return all;
    if (!(keyOf(serverUrl, user) in all.value)) return ok(null);
    delete all.value[keyOf(serverUrl, user)];
    return this.writeAll(all.value);
  }

  password(): string | null {
    return null;
  }
}
