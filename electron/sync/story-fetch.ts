// How Factdesk reaches the newsroom's story server over the network. An https:// server's certificate is checked, never
// skipped, against: the public certificate authorities Node.js trusts; the computer's own trusted store, where the
// Node.js running Factdesk can read it (22.15 and newer, as in the desktop app), so a newsroom CA that IT installed
// for the browsers is trusted here too; and the newsroom's CA certificate file chosen in Preferences (Story server) or
// named by FACTDESK_SYNC_CA (for a CA the system does not hold, or the harness and the command line on Node.js 20). Also the one sentence for a
// request that got no answer, which tells a certificate nobody here vouches for from a server that is down.
import * as tls from 'node:tls';
import { Agent, fetch as undiciFetch } from 'undici';
import { ok } from '../../shared/api/result';
import { UNTRUSTED_CERT_CODES, readCaCertificate } from '../security/ca-certificate';
import type { Result } from '../../shared/api/result';

/** A fetch for the story server: global fetch, or one that also trusts the newsroom's CA. */
export type StoryFetch = (url: string, init?: RequestInit) => Promise<Response>;

/** The environment variable naming the newsroom's CA certificate file for the story server. */
export const SYNC_CA_VARIABLE = 'FACTDESK_SYNC_CA';

/** The newsroom's CA certificate file, and where it was named: in Preferences, or by FACTDESK_SYNC_CA. */
export interface NewsroomCa {
  file: string;
  from: 'Preferences' | typeof SYNC_CA_VARIABLE;
}

/** Reads the computer's trusted certificates where this Node.js can (tls.getCACertificates, Node.js 22.15+). */
type SystemStore = (() => string[]) | null;
const systemStore: SystemStore =
  typeof tls.getCACertificates === 'function' ? () => tls.getCACertificates('system') : null;

/**
 * The certificate authorities to check the story server against when some are added to Node's defaults: the
 * defaults (the public CAs, and NODE_EXTRA_CA_CERTS), the system's store and the newsroom's CA; null when nothing is
 * added, so the defaults apply as they are. A system store that cannot be read adds nothing.
 */
export function trustedAuthorities(newsroomCa: string | null, system: SystemStore = systemStore): string[] | null {
  let fromSystem: string[];
  try {
    fromSystem = system ? system() : [];
  } catch {
    fromSystem = [];
  }
  if (fromSystem.length === 0 && !newsroomCa) return null;
  const defaults =
    typeof tls.getCACertificates === 'function' ? tls.getCACertificates('default') : tls.rootCertificates;
  return [...new Set([...defaults, ...fromSystem, ...(newsroomCa ? [newsroomCa] : [])])];
}

/**
 * The fetch for the story server: global fetch when nothing is added to Node's default CAs; else a fetch that also
 * trusts the system's store and the certificates in the CA file. A file that cannot be read, or holds no PEM
 * certificate, is refused with a sentence naming it and saying where it was set.
 */
export async function storyFetch(
  caFile: NewsroomCa | null | undefined,
  system: SystemStore = systemStore,
): Promise<Result<StoryFetch, 'invalid-file'>> {
  const ca = caFile
    ? await readCaCertificate(caFile.file, `${caFile.file} (${caFile.from})`, "story server's ")
    : ok(null);
  if (!ca.ok) return ca;
  const authorities = trustedAuthorities(ca.value, system);
  if (!authorities) return ok(globalThis.fetch);
  const dispatcher = new Agent({ connect: { ca: authorities, rejectUnauthorized: true } });
  // undici's own fetch, so its Agent and its fetch are of one version; its Response serves as the global one.
  const trusted: StoryFetch = (url, init) =>
    undiciFetch(url, { ...init, dispatcher } as never) as unknown as Promise<Response>;
  return ok(trusted);
}

/** The innermost cause of what fetch threw: its code and message. */
function rootCause(error: unknown): { code: string; message: string } {
  let e = error as { code?: string; message?: string; cause?: unknown } | undefined;
  for (let depth = 0; depth < 5 && e?.cause; depth++) e = e.cause as typeof e;
  return { code: e?.code ?? '', message: e?.message ?? String(error) };
}

/**
 * One sentence for a request to the story server at `host` that got no answer: a certificate nobody here vouches
 * for, one for another host name or an expired one (each saying Factdesk did not connect), or the server could not
 * be reached, with why.
 */
export function noAnswer(host: string, error: unknown): string {
  const at = `The newsroom's story server at ${host}`;
  const { code, message } = rootCause(error);
  if (UNTRUSTED_CERT_CODES.has(code)) {
    const fix = systemStore
      ? "add the newsroom's CA certificate to this computer's trusted certificates, or choose its file in Preferences (Story server)"
      : `choose the newsroom's CA certificate file in Preferences (Story server), or set ${SYNC_CA_VARIABLE} to it`;
    return `${at} presented a certificate that no certificate authority trusted here vouches for, so Factdesk did not connect: ${fix}.`;
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return `${at} presented a certificate for another host name, so Factdesk did not connect: use the host name the certificate names.`;
  }
  if (code === 'CERT_HAS_EXPIRED') return `${at} presented an expired certificate, so Factdesk did not connect.`;
  const outer = (error as Error | undefined)?.message;
  const why = outer && outer !== message ? `${outer}: ${message}` : message;
  return `${at} could not be reached (${why.replace(/[.\s]+$/, '')}).`;
}
