// Turns a dropped or chosen file's bytes into base64 for importDraft({ kind: 'bytes' }). Pure.

const CHUNK = 0x8000;

/** Encodes bytes as base64 in chunks, so a 20 MB file does not overflow the argument list of fromCharCode. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  }
  return btoa(binary);
}
