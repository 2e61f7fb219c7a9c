// The DOCX gate: reads only the zip's central directory (yauzl, nothing inflated) and refuses, each with its own
// sentence, too many parts, zip-bomb compression ratios, names that point outside the document, encryption,
// unknown compression and damaged or truncated files, before mammoth ever sees the bytes.
import yauzl from 'yauzl';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { withoutHiddenCharacters } from './draft-result';
import { LIMITS } from './types';

export interface ZipSummary {
  entries: number;
  compressedBytes: number;
  uncompressedBytes: number;
}

/** "2.4 MB", "340 KB", "512 bytes": sizes as a reporter reads them (decimal units, like the Finder and Explorer). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000_000) return `${(bytes / 1_000_000_000).toFixed(1)} GB`;
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} KB`;
  return `${bytes} bytes`;
}

/** A part name made safe to show: control and bidi-override characters replaced, long names shortened. */
function shownPart(name: string): string {
  const clean = withoutHiddenCharacters(name);
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}

/** True for a part name that is absolute, has a drive letter or a backslash, or climbs with "..". */
function escapesDocument(name: string): boolean {
  return name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').includes('..');
}

function openDirectory(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) reject(error ?? new Error('no zip'));
      else resolve(zip);
    });
  });
}

function readEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

const damaged = (name: string, reason: string): Result<ZipSummary> =>
  fail(
    'invalid-file',
    `${name} is damaged or incomplete (it may have been cut short while downloading or copying), so Factdesk cannot read it.`,
    { reason },
  );

const bomb = (name: string, what: string, from: number, to: number): Result<ZipSummary> =>
  fail(
    'invalid-file',
    `${name} would expand from ${formatBytes(from)} to ${formatBytes(to)}${what}, more than ${LIMITS.maxCompressionRatio} times its size. Real Word documents never do that, so Factdesk does not open it.`,
    { compressedBytes: from, uncompressedBytes: to },
  );

function checkEntry(name: string, entry: yauzl.Entry, seen: Set<string>, fileSize: number): Result<ZipSummary> | null {
  const part = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
  if (escapesDocument(part)) {
    return fail(
      'invalid-file',
      `${name} contains a part named "${shownPart(part)}" that points outside the document, so Factdesk does not open it.`,
    );
  }
  if (seen.has(part.toLowerCase())) {
    return fail(
      'invalid-file',
      `${name} contains two parts named "${shownPart(part)}", so it is damaged or has been tampered with.`,
    );
  }
  seen.add(part.toLowerCase());
  if (entry.isEncrypted()) {
    return fail(
      'invalid-file',
      `${name} is password-protected, so Factdesk cannot read it. Remove the password in Word, save, and import it again.`,
    );
  }
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    return fail(
      'invalid-file',
      `${name} is compressed in a way Word does not use (method ${entry.compressionMethod}), so Factdesk cannot read it.`,
    );
  }
  if (entry.relativeOffsetOfLocalHeader + entry.compressedSize > fileSize) {
    return damaged(name, `part ${part} runs past the end of the file`);
  }
  if (
    entry.uncompressedSize > LIMITS.ratioGraceBytes &&
    entry.uncompressedSize > LIMITS.maxCompressionRatio * Math.max(1, entry.compressedSize)
  ) {
    return bomb(name, ` (its part "${shownPart(part)}" alone)`, entry.compressedSize, entry.uncompressedSize);
  }
  return null;
}

/**
 * Checks a DOCX's zip structure from its central directory only. `name` is the file name for sentences.
 * Succeeds with the part count and sizes; every refusal has code 'invalid-file'.
 */
export async function gateDocx(bytes: Uint8Array, name: string): Promise<Result<ZipSummary>> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openDirectory(bytes);
  } catch (error) {
    return damaged(name, error instanceof Error ? error.message : String(error));
  }
  try {
    if (zip.entryCount > LIMITS.maxZipEntries) {
      return fail(
        'invalid-file',
        `${name} is made of ${zip.entryCount.toLocaleString('en-US')} parts, more than the ${LIMITS.maxZipEntries.toLocaleString('en-US')} Factdesk accepts; a Word document has far fewer, so it does not open it.`,
        { entries: zip.entryCount },
      );
    }
    let entries: yauzl.Entry[];
    try {
      entries = await readEntries(zip);
    } catch (error) {
      return damaged(name, error instanceof Error ? error.message : String(error));
    }
    const seen = new Set<string>();
    let compressed = 0;
    let uncompressed = 0;
    for (const entry of entries) {
      const refusal = checkEntry(name, entry, seen, bytes.length);
      if (refusal) return refusal;
      compressed += entry.compressedSize;
      uncompressed += entry.uncompressedSize;
    }
    if (uncompressed > LIMITS.ratioGraceBytes && uncompressed > LIMITS.maxCompressionRatio * Math.max(1, compressed)) {
      return bomb(name, '', compressed, uncompressed);
    }
    if (uncompressed > LIMITS.maxUncompressedBytes) {
      return fail(
        'invalid-file',
        `${name} would expand to ${formatBytes(uncompressed)}, more than the ${formatBytes(LIMITS.maxUncompressedBytes)} Factdesk reads from one document, so it does not open it.`,
        { uncompressedBytes: uncompressed },
      );
    }
    if (!seen.has('word/document.xml') && !seen.has('_rels/.rels')) {
      return fail(
        'invalid-file',
        `${name} is a zip archive but not a Word document (.docx), so Factdesk cannot import it.`,
      );
    }
    return ok({ entries: entries.length, compressedBytes: compressed, uncompressedBytes: uncompressed });
  } finally {
    zip.close();
  }
}
