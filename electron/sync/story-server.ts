// Talking to the newsroom's story server for the shared-story handlers: signing in (a password once, else the kept
// session cookie, else the process's password), reading with the session, and making sure a story's database is there
// and open to its team. Every refusal is a Result with a sentence that names the server, never the password: what
// fetch throws (the server cannot be reached, the connection dropped mid-answer) is worded in one place, `guarded`.
import { fail, ok } from '../../shared/api/result';
import type { Failure, Result } from '../../shared/api/result';
import type { Capabilities } from '../../shared/api/views';
import { isSyncDoc } from '../../shared/sync/docs';
import { CouchSession, serverName, signIn } from './couch-session';
import type { CookieStore } from './cookie-store';
import { prepareStoryDatabase } from './story-database';
import { noAnswer, storyFetch } from './story-fetch';
import type { NewsroomCa, StoryFetch } from './story-fetch';

/** A server's answer to a request, read whole: its status and its JSON body (null when it sent none). */
export interface StoryServerReply {
  status: number;
  ok: boolean;
  body: unknown;
}

/** The refusal for a request the story server did not answer. */
function unreachable(serverUrl: string, error: unknown): Failure<'server-unreachable'> {
  return fail('server-unreachable', noAnswer(serverName(serverUrl), error));
}

/**
 * The one boundary between fetch and Factdesk for the story server: runs a step of requests and answers its Result,
 * or, when a request throws, `refusal` for it (by default: the server could not be reached).
 */
async function guarded<T>(
  serverUrl: string,
  step: () => Promise<Result<T>>,
  refusal: (error: unknown) => Failure = (error) => unreachable(serverUrl, error),
): Promise<Result<T>> {
  try {
    return await step();
  } catch (error) {
    return refusal(error);
  }
}

/** The server's answer read whole; a body that is not JSON (a proxy's error page) reads as none. */
async function read(response: Response): Promise<StoryServerReply> {
  const text = await response.text();
  return { status: response.status, ok: response.ok, body: parseJson(text) };
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Which door asks: a window (the app over IPC, the harness over HTTP) or the command line. */
export type StoryServerDoor = Capabilities['transport'];

/**
 * What to do when no password was given and no signed-in session is kept: the window asks for it in its Password
 * field; the command line never prompts and reads it from FACTDESK_SYNC_PASSWORD.
 */
export function passwordNeeded(door: StoryServerDoor, host: string, user: string): string {
  if (door === 'cli') {
    return `Sign in to the story server at ${host} as ${user} with the password (the command line reads it from FACTDESK_SYNC_PASSWORD).`;
  }
  return `Type the password for ${user} on the story server at ${host}: this computer keeps no signed-in session for ${user} there.`;
}

/**
 * The story server as the handlers use it, with `cookies` keeping each person's session cookie; `door` says who asks,
 * for the sentence when a password is needed; `caFile` names the newsroom's CA certificate file when there is one.
 */
export function storyServer(
  cookies: CookieStore,
  door: StoryServerDoor,
  caFile: () => Promise<NewsroomCa | null> = async () => null,
) {
  // The fetch for the CA file last named, made again when another is named.
  let http: { file: string | null; fetch: Promise<Result<StoryFetch>> } | null = null;

  /** A GET with the session, read whole; a server that does not answer is a refusal. */
  function get(couch: CouchSession, path: string): Promise<Result<StoryServerReply>> {
    return guarded(couch.serverUrl, async () =>
      ok(await read(await couch.fetch(`${couch.serverUrl}${path}`, { headers: [['accept', 'application/json']] }))),
    );
  }

  /** Whether the server still knows this session (GET /_session names the user). */
  async function stillSignedIn(couch: CouchSession): Promise<Result<boolean>> {
    const reply = await get(couch, '/_session');
    if (!reply.ok) return reply;
    return ok((reply.value.body as { userCtx?: { name?: string | null } } | null)?.userCtx?.name === couch.name);
  }

  /**
   * A signed-in session: with the password when given, else the kept cookie, else the process's password. A sessions
   * file that cannot be read or written refuses with its sentence (the file is left as it is).
   */
  async function sessionFor(
    serverUrl: string,
    user: string,
    password: string | undefined,
  ): Promise<Result<CouchSession>> {
    const url = serverUrl.replace(/\/$/, '');
    const ca = await caFile();
    if (!http || http.file !== (ca?.file ?? null)) http = { file: ca?.file ?? null, fetch: storyFetch(ca) };
    const trusted = await http.fetch;
    if (!trusted.ok) return trusted;
    let couch: Result<CouchSession> | null = null;
    if (password) couch = await signIn(url, user, password, trusted.value);
    else {
      const kept = await cookies.load(url, user);
      if (!kept.ok) return kept;
      if (kept.value) {
        const candidate = new CouchSession(url, user, kept.value, trusted.value);
        const valid = await stillSignedIn(candidate);
        if (!valid.ok) return valid;
        if (valid.value) couch = ok(candidate);
        else {
          const forgotten = await cookies.forget(url, user);
          if (!forgotten.ok) return forgotten;
        }
      }
      if (!couch) {
        const fromEnv = cookies.password();
        if (!fromEnv) {
          return fail('sign-in-refused', passwordNeeded(door, serverName(url), user));
        }
        couch = await signIn(url, user, fromEnv, trusted.value);
      }
    }
    if (!couch.ok) return couch;
    const session = couch.value;
    const saved = await cookies.save(url, user, session.cookie);
    if (!saved.ok) return saved;
    // A renewed cookie that cannot be written is still held for this run; the next sign-in says what is wrong.
    session.onRenew((cookie) => void cookies.save(url, user, cookie));
    return ok(session);
  }

  async function isAdmin(couch: CouchSession): Promise<Result<boolean>> {
    const reply = await get(couch, '/_session');
    if (!reply.ok) return reply;
    const body = reply.value.body as { userCtx?: { roles?: string[] } } | null;
    return ok(body?.userCtx?.roles?.includes('_admin') ?? false);
  }

  /** Makes sure the story's database is there and open to this person: prepared when they are a server admin. */
  async function ensureDatabase(couch: CouchSession, database: string, members: string[]): Promise<Result<null>> {
    const host = serverName(couch.serverUrl);
    const admin = await isAdmin(couch);
    if (!admin.ok) return admin;
    if (admin.value) {
      const call = (path: string, init: RequestInit = {}) =>
        couch.fetch(`${couch.serverUrl}${path}`, {
          method: init.method ?? 'GET',
          headers: [
            ['content-type', 'application/json'],
            ['accept', 'application/json'],
          ],
          body: init.body,
        });
      const prepared = await guarded(
        couch.serverUrl,
        async () => {
          // Members already given access stay members.
          const security = await read(await call(`/${database}/_security`));
          const existing = security.ok
            ? ((security.body as { members?: { names?: string[] } } | null)?.members?.names ?? [])
            : [];
          return prepareStoryDatabase(call, database, [...new Set([...existing, ...members])]);
        },
        (error) => fail('io-error', (error as Error).message),
      );
      if (prepared.ok) return prepared;
      return fail('io-error', `The story database could not be prepared on ${host}: ${prepared.error.message}`);
    }
    const reply = await get(couch, `/${database}`);
    if (!reply.ok) return reply;
    if (reply.value.ok) return ok(null);
    if (reply.value.status === 404) {
      return fail(
        'needs-server-admin',
        `The story database ${database} is not on ${host} yet, and ${couch.name} may not create it: a server admin must share this story first, or prepare that database with ${couch.name} as a member.`,
      );
    }
    return fail(
      'needs-server-admin',
      `${couch.name} is not a member of the story database ${database} on ${host}: a server admin must add them.`,
    );
  }

  /**
   * The ids of the story documents the server holds (design documents are the server's own, and foreign documents
   * are never folded, so neither is waited for).
   */
  async function storyDocIds(couch: CouchSession, database: string): Promise<Result<string[]>> {
    const reply = await get(couch, `/${database}/_all_docs?include_docs=true`);
    if (!reply.ok) return reply;
    if (!reply.value.ok) return ok([]);
    const rows = (reply.value.body as { rows?: { id: string; doc?: unknown }[] } | null)?.rows ?? [];
    return ok(rows.filter((r) => !r.id.startsWith('_design/') && isSyncDoc(r.doc)).map((r) => r.id));
  }

  return { sessionFor, get, ensureDatabase, storyDocIds };
}
