// Signing in to the newsroom's CouchDB: the name and password are sent once to /_session and forgotten; what is kept
// is the AuthSession cookie, which the server renews as it is used. The desktop app keeps that cookie encrypted with
// Electron's safeStorage (through a CookieKeeper); nothing here writes a password anywhere. Signing in answers a
// Result: a server that cannot be reached and a name and password it does not accept are refusals, never thrown.
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { PouchOptions } from './pouch';
import { noAnswer } from './story-fetch';
import type { StoryFetch } from './story-fetch';

/** Where a session cookie is kept between runs (the desktop app: safeStorage-encrypted in the data folder). */
export interface CookieKeeper {
  save(cookie: string): Promise<Result<null>>;
}

/** The server named by host and port only, for messages. */
export function serverName(url: string): string {
  const u = new URL(url);
  return u.host;
}

function cookieFrom(setCookie: string | null): string | null {
  const match = /AuthSession=[^;]*/.exec(setCookie ?? '');
  return match && match[0] !== 'AuthSession=' ? match[0] : null;
}

/**
 * Asks the server for a session cookie with a name and password. Refused with a sentence naming the server, never
 * the password: 'server-unreachable', or 'sign-in-refused' when the name and password are not accepted.
 */
export async function signIn(
  serverUrl: string,
  name: string,
  password: string,
  http: StoryFetch = globalThis.fetch,
): Promise<Result<CouchSession, 'server-unreachable' | 'sign-in-refused'>> {
  let response: Response | null = null;
  let failure: Error | null = null;
  // Two tries: a connection the server had already closed while idle fails a POST once without it being down.
  for (let attempt = 0; attempt < 2 && !response; attempt++) {
    try {
      response = await http(`${serverUrl.replace(/\/$/, '')}/_session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, password }),
      });
    } catch (error) {
      failure = error as Error;
    }
  }
  if (!response) return fail('server-unreachable', noAnswer(serverName(serverUrl), failure ?? new Error('no answer')));
  const cookie = cookieFrom(response.headers.get('set-cookie'));
  if (!response.ok || !cookie) {
    return fail(
      'sign-in-refused',
      `The newsroom's story server at ${serverName(serverUrl)} did not accept the name ${name} and its password.`,
    );
  }
  return ok(new CouchSession(serverUrl.replace(/\/$/, ''), name, cookie, http));
}

/**
 * What a replication that stopped with `error` means for the person signed in: refused (401 or 403) while the cookie
 * still signs them in, they are no longer on the story's team ('no-access'); otherwise signed out (the cookie no
 * longer works) or offline, with the server's reason.
 */
export async function replicationStopped(
  error: unknown,
  session: CouchSession,
): Promise<{ phase: 'no-access' | 'signed-out' | 'offline'; offlineSince?: null; message: string }> {
  const status = (error as { status?: number } | null)?.status;
  if ((status === 401 || status === 403) && (await session.stillSignedIn()) === true) {
    return {
      phase: 'no-access',
      offlineSince: null,
      message: `${session.name} is no longer on this story's team on ${serverName(session.serverUrl)}, so syncing stopped. What is changed here stays in this folder; once a server admin has added them again, opening the story again syncs it.`,
    };
  }
  const reason = (error as { reason?: string; message?: string } | null)?.reason ?? (error as Error)?.message;
  return {
    phase: session.expired ? 'signed-out' : 'offline',
    message: `Syncing with the story server stopped: ${String(reason ?? error).replace(/\.+$/, '')}.`,
  };
}

/** A signed-in session: the cookie, renewed from the server's replies, and a fetch that sends it. */
export class CouchSession {
  /** Set when the server answered 401: the cookie expired or was revoked, and the person must sign in again. */
  expired = false;
  private listeners: ((cookie: string) => void)[] = [];

  constructor(
    readonly serverUrl: string,
    readonly name: string,
    private current: string,
    /** How requests reach the server (trusting the newsroom's CA when it has one). */
    private readonly http: StoryFetch = globalThis.fetch,
  ) {}

  /**
   * Whether the server still takes the cookie as this person's (GET /_session): true or false, or null when it cannot
   * be asked. A 401 or 403 on a story's database with the cookie still good means the person is not on its team.
   */
  async stillSignedIn(): Promise<boolean | null> {
    try {
      const response = await this.http(`${this.serverUrl}/_session`, {
        headers: { cookie: this.current, accept: 'application/json' },
      });
      if (!response.ok) return false;
      const body = (await response.json()) as { userCtx?: { name?: string | null } } | null;
      const signedIn = body?.userCtx?.name === this.name;
      if (signedIn) this.expired = false;
      return signedIn;
    } catch {
      return null;
    }
  }

  get cookie(): string {
    return this.current;
  }

  /** Called with each renewed cookie (to keep it with a CookieKeeper). */
  onRenew(listener: (cookie: string) => void): void {
    this.listeners.push(listener);
  }

  /** Called after every request: true when the server answered, false with the error when it could not be reached. */
  onNetwork(listener: (reachable: boolean, error?: Error) => void): void {
    this.network.push(listener);
  }

  private network: ((reachable: boolean, error?: Error) => void)[] = [];

  /**
   * A fetch for PouchDB's HTTP adapter that carries the cookie instead of a password. It throws what fetch throws,
   * as PouchDB expects; Factdesk's own requests go through the story server's boundary (story-server.ts).
   */
  readonly fetch: NonNullable<PouchOptions['fetch']> = async (url, init) => {
    const headers = new Headers();
    for (const [key, value] of init.headers) {
      if (key.toLowerCase() !== 'authorization' && key.toLowerCase() !== 'cookie') headers.set(key, value);
    }
    headers.set('cookie', this.current);
    let response: Response;
    try {
      response = await this.http(url, { ...init, headers } as RequestInit);
    } catch (error) {
      // An aborted request (PouchDB cancelling its own long poll) says nothing about the network.
      if ((error as Error).name !== 'AbortError') for (const l of this.network) l(false, error as Error);
      throw error;
    }
    for (const l of this.network) l(true);
    const renewed = cookieFrom(response.headers.get('set-cookie'));
    if (renewed && renewed !== this.current) {
      this.current = renewed;
      for (const l of this.listeners) l(renewed);
    }
    if (response.status === 401) this.expired = true;
    return response;
  };
}
