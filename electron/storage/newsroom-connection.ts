// How Factdesk reaches the newsroom library from the settings saved in Preferences: host, port, database, user and
// TLS (off, require, or verify against a CA certificate file) become a node-postgres connection; the password comes
// from the secret store or the environment and is never written anywhere. Also the connection test the Preferences
// dialog runs, and the one sentence that says what went wrong when a connection fails.
import pg from 'pg';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { NewsroomRole, NewsroomSettings, NewsroomTestReport } from '../../shared/api/newsroom';
import { UNTRUSTED_CERT_CODES, readCaCertificate } from '../security/ca-certificate';

/** TLS options handed to node-postgres: false (off), or Node's TLS options. */
export type NewsroomSsl = false | { rejectUnauthorized: boolean; ca?: string };

/** "db.newsroom.example:5432/factdesk": where the settings point, for messages (no user, no password). */
export function describeSettings(settings: NewsroomSettings): string {
  return `${settings.host}:${settings.port}/${settings.database}`;
}

/** The postgres:// address of the settings, without a password (the password is passed apart). */
export function settingsUrl(settings: NewsroomSettings): string {
  const host = settings.host.includes(':') && !settings.host.startsWith('[') ? `[${settings.host}]` : settings.host;
  return `postgres://${encodeURIComponent(settings.user)}@${host}:${settings.port}/${encodeURIComponent(settings.database)}`;
}

/**
 * The TLS options for the settings: verify reads the CA certificate file (PEM) and checks the server's certificate
 * and name against it; require encrypts without checking who answers. A CA file that cannot be read, or is not a
 * PEM certificate, is refused with a sentence naming it.
 */
export async function sslFor(
  settings: NewsroomSettings,
): Promise<Result<NewsroomSsl, 'invalid-file' | 'invalid-input'>> {
  if (settings.tls === 'off') return ok(false);
  if (settings.tls === 'require') return ok({ rejectUnauthorized: false });
  if (!settings.caFile) {
    return fail(
      'invalid-input',
      'TLS "Verify" needs the CA certificate file that vouches for the newsroom server: choose it, or set TLS to "Require".',
    );
  }
  const ca = await readCaCertificate(settings.caFile);
  return ca.ok ? ok({ rejectUnauthorized: true, ca: ca.value }) : ca;
}

/** Node's and PostgreSQL's codes for a certificate that the CA does not vouch for, or that names another host. */
const CERT_CODES = new Set([
  ...UNTRUSTED_CERT_CODES,
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * One sentence saying why a connection to the newsroom library failed, with every secret taken out: nobody listening,
 * no such host, wrong user name or password, TLS wanted by one side and not the other, a certificate the CA does not
 * vouch for, no such database.
 */
export function connectionProblem(
  error: unknown,
  where: string,
  settings: Pick<NewsroomSettings, 'tls' | 'caFile' | 'user' | 'database'> | null,
  secrets: (string | undefined)[],
): string {
  const e = error as { code?: string; message?: string };
  const code = e?.code ?? '';
  let text = String(e?.message ?? error);
  for (const s of secrets) if (s) text = text.split(s).join('***').split(encodeURIComponent(s)).join('***');
  text = text.replace(/(\w+:\/\/[^:/@\s]*):[^@\s]*@/g, '$1:***@').replace(/[.\s]+$/, '');
  const at = `The newsroom library at ${where}`;
  if (code === '28000' && /no encryption/i.test(text)) {
    return `${at} accepts only encrypted connections: set TLS to "Require" or "Verify".`;
  }
  if (/does not support SSL/i.test(text)) {
    return `${at} does not offer TLS: set TLS to "Off", or ask whoever runs the server to turn ssl on.`;
  }
  if (CERT_CODES.has(code) || /certificate/i.test(text)) {
    const ca = settings?.caFile ? `the CA certificate ${settings.caFile}` : 'the CA certificate chosen';
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
      return `${at} presented a certificate for another host name, so Factdesk did not connect: use the host name the certificate names.`;
    }
    if (code === 'CERT_HAS_EXPIRED') return `${at} presented an expired certificate, so Factdesk did not connect.`;
    return `${at} presented a certificate that ${ca} does not vouch for, so Factdesk did not connect: choose the newsroom's own CA certificate.`;
  }
  if (code === '28P01' || (code === '28000' && /password/i.test(text))) {
    return `${at} did not accept the user name or password.`;
  }
  if (code === '28000')
    return `${at} does not let ${settings?.user ?? 'this account'} in from this computer (${text}).`;
  if (code === '3D000') return `${at} has no database named ${settings?.database ?? 'like that'}.`;
  if (code === 'ECONNREFUSED') return `${at} cannot be reached: nothing answers on that port.`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `${at} cannot be reached: the host name is not known.`;
  if (code === 'ETIMEDOUT' || /timeout/i.test(text)) return `${at} cannot be reached: it did not answer in time.`;
  if (/password authentication|SASL|client password must be a string/i.test(text)) {
    return `${at} asks for a password, and none was given or it was not accepted.`;
  }
  return `${at} cannot be reached: ${text}.`;
}

/**
 * The sentence for a failure that comes from TLS (the server takes only encrypted connections, offers none, or shows
 * a certificate that is not vouched for), or null for any other failure: searches use it for their offline reason.
 */
export function tlsProblem(error: unknown, where: string, secrets: (string | undefined)[]): string | null {
  const e = error as { code?: string; message?: string };
  const text = String(e?.message ?? '');
  const tls =
    (e?.code === '28000' && /no encryption/i.test(text)) ||
    /does not support SSL/i.test(text) ||
    CERT_CODES.has(e?.code ?? '') ||
    /certificate/i.test(text);
  return tls ? connectionProblem(error, where, null, secrets) : null;
}

/** The words for a role, in the test's sentence. */
const ROLE_WORDS: Record<NewsroomRole, string> = {
  reader: 'the reader role (searches)',
  contributor: 'the contributor role (searches and adds sources)',
  admin: 'the admin role (searches, adds and removes sources)',
};

/**
 * Connects once with the settings and password (nothing saved), asks who the account is and which Factdesk role it
 * has, and disconnects. The reply is a sentence either way; the password never appears in it.
 */
export async function testConnection(
  settings: NewsroomSettings,
  password: string | undefined,
  options: { connectTimeoutMs?: number } = {},
): Promise<Result<NewsroomTestReport>> {
  const where = describeSettings(settings);
  const ssl = await sslFor(settings);
  if (!ssl.ok) return ssl;
  const client = new pg.Client({
    host: settings.host.replace(/^\[|\]$/g, ''),
    port: settings.port,
    database: settings.database,
    user: settings.user,
    ...(password !== undefined ? { password } : {}),
    ssl: ssl.value,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    query_timeout: 10_000,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const who = await client.query<{ user: string; tls: boolean; roles: string[] | null; ready: boolean }>(
      `SELECT current_user AS user,
              coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false) AS tls,
              (SELECT array_agg(rolname::text) FROM pg_roles
                WHERE rolname IN ('factdesk_reader', 'factdesk_contributor', 'factdesk_admin')
                  AND pg_has_role(current_user, oid, 'MEMBER')) AS roles,
              to_regclass('factdesk_source') IS NOT NULL AS ready`,
    );
    const row = who.rows[0];
    if (!row) return fail('internal', `${where} did not say who the account is.`);
    const roles = row.roles ?? [];
    const role: NewsroomRole | null = roles.includes('factdesk_admin')
      ? 'admin'
      : roles.includes('factdesk_contributor')
        ? 'contributor'
        : roles.includes('factdesk_reader')
          ? 'reader'
          : null;
    const over = row.tls ? 'over TLS' : 'without encryption';
    let message: string;
    if (role) message = `Connected to ${where} as ${row.user}, with ${ROLE_WORDS[role]}, ${over}.`;
    else if (!row.ready) {
      message = `Connected to ${where} as ${row.user} ${over}, but the newsroom library is not set up there yet: its administrator connects once first (see "Newsroom set-up").`;
    } else {
      message = `Connected to ${where} as ${row.user} ${over}, but ${row.user} is in none of the roles factdesk_reader, factdesk_contributor or factdesk_admin, so searches will find nothing: ask the newsroom's administrator to grant one.`;
    }
    return ok({ user: row.user, role, where, tls: row.tls, message });
  } catch (error) {
    return fail('io-error', connectionProblem(error, where, settings, [password]));
  } finally {
    await client.end().catch(() => undefined);
  }
}
