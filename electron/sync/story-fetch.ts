// How Factdesk reaches the newsroom's story server over the network. An https:// server's certificate is checked, never
// skipped: against the public certificate authorities Node.js trusts and, when the newsroom signs its own
// certificates, against the newsroom's CA certificate too (a PEM file: FACTDESK_SYNC_CA for the harness and the
// command line, the same variable in the desktop app's environment). Also the one sentence for a request that got no
// answer, which tells a certificate the server presented that nobody here vouches for from a server that is down.
import { readFile } from 'node:fs/promises';
import { rootCertificates } from 'node:tls';
import { Agent, fetch as undiciFetch } from 'undici';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';

/** A fetch for the story server: global fetch, or one that also trusts the newsroom's CA. */
export type StoryFetch = (url: string, init?: RequestInit) => Promise<Response>;

/** The environment variable naming the newsroom's CA certificate file for the story server. */
export const SYNC_CA_VARIABLE = 'FACTDESK_SYNC_CA';

/** A CA certificate file larger than this is not a certificate. */
const MAX_CA_BYTES = 1_000_000;

/**
 * The fetch for the story server: global fetch without a CA file; with one, a fetch that trusts the public CAs and
 * the certificates in that file. A file that cannot be read, or holds no PEM certificate, is refused with a sentence
 * naming it and saying where it was set.
 */
export async function storyFetch(caFile: string | null | undefined): Promise<Result<StoryFetch, 'invalid-file'>> {
  if (!caFile) return ok(globalThis.fetch);
  let text: string;
  try {
    const bytes = await readFile(caFile);
    text = bytes.length <= MAX_CA_BYTES ? bytes.toString('utf8') : '';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EACCES' ? 'Factdesk may not read it' : code;
    return fail(
      'invalid-file',
      `The story server's CA certificate file ${caFile} (${SYNC_CA_VARIABLE}) cannot be read (${why}).`,
    );
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    return fail(
      'invalid-file',
      `${caFile} (${SYNC_CA_VARIABLE}) is not a CA certificate in PEM form (a text file starting with -----BEGIN CERTIFICATE-----).`,
    );
  }
  const dispatcher = new Agent({ connect: { ca: [...rootCertificates, text], rejectUnauthorized: true } });
  const trusted: StoryFetch = (url, init) =>
    undiciFetch(url, { ...(init as object), dispatcher } as Parameters<
      typeof undiciFetch
    >[1]) as unknown as Promise<Response>;
  return ok(trusted);
}

/** Node's codes for a certificate no trusted CA vouches for. */
const UNTRUSTED = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
]);

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
  if (UNTRUSTED.has(code)) {
    return `${at} presented a certificate that no certificate authority trusted here vouches for, so Factdesk did not connect: set ${SYNC_CA_VARIABLE} to the newsroom's CA certificate file.`;
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return `${at} presented a certificate for another host name, so Factdesk did not connect: use the host name the certificate names.`;
  }
  if (code === 'CERT_HAS_EXPIRED') return `${at} presented an expired certificate, so Factdesk did not connect.`;
  const outer = (error as Error | undefined)?.message;
  const why = outer && outer !== message ? `${outer}: ${message}` : message;
  return `${at} could not be reached (${why.replace(/[.\s]+$/, '')}).`;
}
