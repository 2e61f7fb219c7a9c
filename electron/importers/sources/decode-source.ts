// Bytes to text for sources without freezing the main process: a large file of clean UTF-8 (the usual case) is
// decoded 1 MB at a time with a pause between pieces; anything else (a byte-order mark, UTF-16, a legacy
// encoding, control characters, binary) goes through the drafts' decodeDraftBytes, so the rules and the
// sentences are the same.
import { fail, ok } from '../../../shared/api/result';
import type { Result } from '../../../shared/api/result';
import { decodeDraftBytes } from '../decode-text';
import type { DecodedText } from '../decode-text';
import { countStrayControls, hasNul } from '../sniff';
import type { LegacyEncoding } from '../types';
import type { Pacer } from './pacer';

/** Files smaller than this are decoded in one step: it takes a few milliseconds. */
const STREAM_FROM_BYTES = 4_000_000;
const PIECE_BYTES = 1_000_000;

/** decodeDraftBytes, with its answers worded for sources and its encoding question as 'needs-encoding'. */
function decodeWhole(bytes: Uint8Array, name: string, encoding: LegacyEncoding | undefined): Result<DecodedText> {
  const decoded = decodeDraftBytes(bytes, name, encoding);
  if (decoded.ok) return decoded;
  const { code, message, details } = decoded.error;
  if (details?.needsEncoding) return fail('needs-encoding', message, details);
  return fail(code, message.replace(' as a draft', ' as a source'), details);
}

/** Starts with a UTF-8 or UTF-16 byte-order mark. */
function hasBom(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}

/**
 * Decodes a source file's bytes. Progress for large files: `pacer` units 0 to `bytes.length` (the caller counts
 * them in its total). Errors are decodeDraftBytes's, with 'needs-encoding' for the encoding question, and 'cancelled'
 * when the import is cancelled.
 */
export async function decodeSourceBytes(
  bytes: Uint8Array,
  name: string,
  encoding: LegacyEncoding | undefined,
  pacer: Pacer,
): Promise<Result<DecodedText>> {
  if (bytes.length < STREAM_FROM_BYTES || hasBom(bytes) || hasNul(bytes)) return decodeWhole(bytes, name, encoding);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const pieces: string[] = [];
  for (let at = 0; at < bytes.length; at += PIECE_BYTES) {
    const end = Math.min(bytes.length, at + PIECE_BYTES);
    let piece: string;
    try {
      piece = decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
    } catch {
      // Not UTF-8: the encoding question, or the user's answer to it.
      return decodeWhole(bytes, name, encoding);
    }
    // Control characters get decodeDraftBytes's warning or refusal.
    if (countStrayControls(piece) > 0) return decodeWhole(bytes, name, encoding);
    pieces.push(piece);
    const cancelled = await pacer.pause(end);
    if (cancelled) return cancelled;
  }
  return ok({ text: pieces.join(''), encoding: 'utf-8', warnings: [] });
}
