// The first check of every import, a draft's or a source's: a file was given, and an encoding, when set, is one the
// user could have chosen. One place words both refusals.
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { LEGACY_ENCODINGS } from './types';
import type { ImportInput } from './types';

/** Refuses input that holds no file's bytes and name, or an encoding Factdesk does not offer. */
export function checkFileInput(input: ImportInput): Result<null> {
  if (!(input?.bytes instanceof Uint8Array) || typeof input.fileName !== 'string') {
    return fail('invalid-input', 'Factdesk was not given a file to import.');
  }
  if (input.encoding !== undefined && !LEGACY_ENCODINGS.includes(input.encoding)) {
    return fail(
      'invalid-input',
      `"${String(input.encoding)}" is not an encoding Factdesk offers; choose Windows-1252 or Latin-1.`,
    );
  }
  return ok(null);
}
