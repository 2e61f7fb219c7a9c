// A newsroom's own certificate authority, as Factdesk reads it for the newsroom library (Preferences, TLS "Verify")
// and the story server (FACTDESK_SYNC_CA): a PEM file, refused with a sentence naming it when it cannot be read or
// holds no certificate. Also Node's codes for a server certificate that no trusted CA vouches for.
import { readFile } from 'node:fs/promises';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';

/** A CA certificate file larger than this is not a certificate. */
const MAX_CA_BYTES = 1_000_000;

/**
 * The PEM text of a CA certificate file. `said` is how sentences name the file ("/etc/ca.pem (FACTDESK_SYNC_CA)")
 * and `whose` whose CA it is ("the story server's "), both empty by default.
 */
export async function readCaCertificate(
  file: string,
  said: string = file,
  whose = '',
): Promise<Result<string, 'invalid-file'>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EACCES' ? 'Factdesk may not read it' : code;
    const the = whose ? `The ${whose}CA certificate file` : 'The CA certificate file';
    return fail('invalid-file', `${the} ${said} cannot be read (${why}).`);
  }
  const text = bytes.length <= MAX_CA_BYTES ? bytes.toString('utf8') : '';
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    return fail(
      'invalid-file',
      `${said} is not a CA certificate in PEM form (a text file starting with -----BEGIN CERTIFICATE-----).`,
    );
  }
  return ok(text);
}

/** Node's codes for a server certificate that no trusted CA vouches for. */
export const UNTRUSTED_CERT_CODES: ReadonlySet<string> = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
]);
