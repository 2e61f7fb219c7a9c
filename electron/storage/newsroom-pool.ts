// The newsroom library's connection as the Library uses it: the connection a reporter's environment names, the pool
// of connections to PostgreSQL (node-postgres), and the driver's errors turned into refusals that never hold the
// password (the Preferences settings become a connection in newsroom-connection.ts).
import pg from 'pg';
import { fail } from '../../shared/api/result';
import type { Failure } from '../../shared/api/result';
import { tlsProblem } from './newsroom-connection';
import type { NewsroomSsl } from './newsroom-connection';

/** How to reach the newsroom library; the password comes from the secret store or the environment, never a file. */
export interface NewsroomConnection {
  /** postgres://user@host:port/db?sslmode=require (a password in it is accepted but better kept apart). */
  url: string;
  password?: string;
  /** TLS from the Preferences settings (newsroom-connection.ts); a URL's own sslmode wins over it. */
  ssl?: NewsroomSsl;
}

/** Pool settings; `max` is how many connections one Factdesk keeps open to the server at most. */
export interface NewsroomPoolOptions {
  connectTimeoutMs?: number;
  queryTimeoutMs?: number;
  max?: number;
}

/**
 * Connections one Factdesk keeps by default: a search is one or two short statements, so a few connections serve
 * many searches at once, and the server's cores, not the connections, are the limit.
 */
export const DEFAULT_POOL_SIZE = 4;

/**
 * The newsroom library a reporter's environment names: FACTDESK_LIBRARY_URL (postgres://user@host:port/db), with the
 * password from the URL or from PGPASSWORD; null when the variable is unset or empty.
 */
export function newsroomFromEnv(env: NodeJS.ProcessEnv): NewsroomConnection | null {
  const url = env.FACTDESK_LIBRARY_URL?.trim();
  if (!url) return null;
  let inUrl: string | undefined;
  try {
    const u = new URL(url);
    inUrl = u.password ? decodeURIComponent(u.password) : undefined;
  } catch {
    inUrl = undefined;
  }
  const password = inUrl ?? (env.PGPASSWORD || undefined);
  return password === undefined ? { url } : { url, password };
}

/** Where a URL points, with no user or password: for messages. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'the configured server';
  }
}

/** A message with every secret taken out: the password, and any user:password@ in a URL. */
export function redact(message: string, secrets: (string | undefined)[]): string {
  let out = message.replace(/(\w+:\/\/[^:/@\s]*):[^@\s]*@/g, '$1:***@');
  for (const s of secrets) if (s) out = out.split(s).join('***');
  return out;
}

/** The URL with the password put in (in memory only: node-postgres lets the URL's fields win over separate ones). */
function withPassword(url: string, password: string | undefined): string {
  if (password === undefined) return url;
  try {
    const u = new URL(url);
    u.password = encodeURIComponent(password);
    return u.toString();
  } catch {
    return url;
  }
}

/** The pool of connections to the newsroom library (none is opened before the first query). */
export function createPool(connection: NewsroomConnection, options: NewsroomPoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: withPassword(connection.url, connection.password),
    ...(connection.ssl !== undefined ? { ssl: connection.ssl } : {}),
    connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
    query_timeout: options.queryTimeoutMs ?? 15_000,
    max: options.max ?? DEFAULT_POOL_SIZE,
    idleTimeoutMillis: 10_000,
  });
  // A connection that breaks while idle (server restarted) is dropped by the pool; the next query opens another.
  pool.on('error', () => undefined);
  return pool;
}

/** The password as given and as it may appear inside a URL. */
function secretsOf(connection: NewsroomConnection): string[] {
  const p = connection.password;
  return p ? [p, encodeURIComponent(p)] : [];
}

/**
 * What the driver threw (a lost connection, a refused login, a statement the server would not run) as a refusal
 * whose sentence never holds the password; `where` names the server.
 */
export function newsroomFailure(
  error: unknown,
  connection: NewsroomConnection,
  where: string,
): Failure<'io-error' | 'permission-denied'> {
  const secrets = secretsOf(connection);
  const tls = tlsProblem(error, where, secrets);
  if (tls) return fail('io-error', tls);
  const e = error as { code?: string; message?: string };
  const text = redact(e?.message ?? String(error), secrets);
  if (e?.code === '42501' || /row-level security|permission denied/i.test(text)) {
    return fail('permission-denied', `The newsroom library at ${where} refused this: ${text}.`);
  }
  if (e?.code === '28P01' || e?.code === '28000') {
    return fail('permission-denied', `The newsroom library at ${where} did not accept the user name or password.`);
  }
  return fail('io-error', `The newsroom library at ${where} cannot be reached: ${text}.`);
}

/**
 * Runs one read statement through the words' GIN index, in its own transaction: for statements whose conditions test
 * each passage's words against a list (`terms && $1`). The planner counts such a test as one cheap step whatever the
 * lists' lengths, so where a tenth of a small library matches it reads every passage and tests each, about a hundred
 * times slower than the index: with a sequential scan (on 50,000 passages, 500 ms instead of 5), or through the
 * primary key's index in the order of the join with the sources (5,000 passages in one source just imported: 40 ms of
 * the server's CPU a search instead of 4). Both are off for it, and so is JIT: with them priced out of a plan its cost
 * passes JIT's threshold, and compiling the plan took longer than running it (250 ms). A connection that failed
 * during it is not given back to the pool.
 */
export async function queryThroughIndexes<R extends pg.QueryResultRow>(
  pool: pg.Pool,
  config: pg.QueryConfig,
): Promise<pg.QueryResult<R>> {
  const client = await pool.connect();
  // A connection that breaks while checked out (server gone) emits an error; the statement under way rejects too.
  const onError = (): void => undefined;
  client.on('error', onError);
  let failed: Error | undefined;
  try {
    // One round trip for both (a search is on the path of every keystroke).
    await client.query(
      'BEGIN READ ONLY; SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off; SET LOCAL jit = off',
    );
    const result = await client.query<R>(config);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    failed = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    client.off('error', onError);
    client.release(failed);
  }
}
