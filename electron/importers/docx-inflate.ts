// The second zip check, run while the worker converts: inflates every part once and throws the bytes away,
// stopping a part as soon as it grows past the size the zip's directory declared (a lying header).
import yauzl from 'yauzl';

export type InflateCheck = { ok: true } | { ok: false; reason: string; entry?: string };

class EntryError extends Error {
  constructor(
    readonly entry: string,
    reason: string,
  ) {
    super(reason);
  }
}

/** Inflates each entry and throws away the bytes; yauzl stops an entry as soon as it passes its declared size. */
function inflateAll(buffer: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) {
        reject(openError ?? new Error('the zip could not be opened'));
        return;
      }
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) {
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) {
            reject(new EntryError(entry.fileName, streamError?.message ?? 'the part could not be read'));
            return;
          }
          stream.on('error', (error: Error) => reject(new EntryError(entry.fileName, error.message)));
          stream.on('end', () => zip.readEntry());
          stream.resume();
        });
      });
      zip.readEntry();
    });
  });
}

/**
 * Inflates all of a zip (zlib streams, off the main thread's JavaScript) without keeping any of it.
 * Resolves with the first part that is damaged or larger than declared, or ok.
 */
export async function checkInflation(bytes: Uint8Array): Promise<InflateCheck> {
  try {
    await inflateAll(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { ok: true };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return error instanceof EntryError ? { ok: false, reason, entry: error.entry } : { ok: false, reason };
  }
}
