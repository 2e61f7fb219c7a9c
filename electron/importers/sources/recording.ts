// Recordings kept beside transcript sources: which audio and video files Factdesk takes (by extension and by the
// bytes they start with), how large, and storing one under <folder>/sources/ named by its content hash. Each refusal
// is a sentence that names the file; nothing is written for a refused file.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fail, ok } from '../../../shared/api/result';
import type { Result } from '../../../shared/api/result';
import type { Recording } from '../../../shared/model/source';
import { writeFileDurable } from '../../storage/durable-write';
import { formatBytes } from '../docx-gate';

/** The media types Factdesk keeps, by extension. */
export const RECORDING_TYPES: Readonly<Record<string, string>> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  mp4: 'video/mp4',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  webm: 'video/webm',
};

/** Largest recording taken: a 2-hour interview as 128 kbit/s audio is about 115 MB; a short video clip fits too. */
export const MAX_RECORDING_BYTES = 2_000_000_000;

const startsWith = (bytes: Uint8Array, text: string, at = 0): boolean =>
  [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));

/** Whether the first bytes fit the extension's container (so a renamed document is refused, not served as audio). */
function looksLike(ext: string, bytes: Uint8Array): boolean {
  switch (ext) {
    case 'wav':
      return startsWith(bytes, 'RIFF') && startsWith(bytes, 'WAVE', 8);
    case 'ogg':
    case 'oga':
    case 'opus':
      return startsWith(bytes, 'OggS');
    case 'webm':
      return bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3;
    case 'mp4':
    case 'm4a':
      return startsWith(bytes, 'ftyp', 4);
    case 'mp3':
      return startsWith(bytes, 'ID3') || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0);
    default:
      return false;
  }
}

/** A WAV file's length in seconds from its header (fmt byte rate and data size); undefined when it cannot tell. */
export function wavDurationSeconds(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let byteRate = 0;
  for (let at = 12; at + 8 <= bytes.length;) {
    const id = String.fromCharCode(...bytes.subarray(at, at + 4));
    const size = view.getUint32(at + 4, true);
    if (id === 'fmt ' && at + 16 <= bytes.length) byteRate = view.getUint32(at + 16, true);
    if (id === 'data') return byteRate > 0 ? Math.min(size, bytes.length - at - 8) / byteRate : undefined;
    at += 8 + size + (size % 2);
  }
  return undefined;
}

/**
 * Checks that `bytes` (named `name`) is a recording Factdesk keeps: a known extension, the container those bytes
 * start with, not empty and not past the limit. Answers its media type, or an 'invalid-file' refusal with a sentence.
 */
export function checkRecording(name: string, bytes: Uint8Array, maxBytes = MAX_RECORDING_BYTES): Result<string> {
  const ext = extname(name).slice(1).toLowerCase();
  const mediaType = RECORDING_TYPES[ext];
  if (!mediaType) {
    return fail(
      'invalid-file',
      `${name} is not a recording Factdesk keeps; attach an MP3, M4A, MP4, WAV, Ogg, Opus or WebM file.`,
    );
  }
  if (bytes.length === 0) return fail('invalid-file', `${name} is empty, so there is nothing to play.`);
  if (bytes.length > maxBytes) {
    return fail(
      'invalid-file',
      `${name} is ${formatBytes(bytes.length)}; Factdesk keeps recordings of at most ${formatBytes(maxBytes)}. Export the audio alone or a shorter clip and attach that.`,
    );
  }
  if (!looksLike(ext, bytes)) {
    return fail(
      'invalid-file',
      `${name} does not hold ${ext.toUpperCase()} audio or video (its first bytes are not a ${ext.toUpperCase()} file's), so Factdesk did not attach it.`,
    );
  }
  return ok(mediaType);
}

/**
 * Checks a recording file on disk before anything is saved (the CLI's `add-source --recording`): that it is there, a
 * file, of a kind Factdesk keeps, not empty, not past the limit, and that its first bytes fit its kind. Reads only
 * its first bytes. Refuses with 'not-found' or 'invalid-file' and a sentence naming the file.
 */
export async function checkRecordingFile(path: string, maxBytes = MAX_RECORDING_BYTES): Promise<Result<null>> {
  const name = basename(path);
  let size: number;
  let head: Uint8Array;
  try {
    const info = await fs.stat(path);
    if (!info.isFile()) return fail('invalid-file', `${name} is not a file, so it cannot be attached.`);
    size = info.size;
    const handle = await fs.open(path, 'r');
    try {
      const buffer = new Uint8Array(16);
      const { bytesRead } = await handle.read(buffer, 0, 16, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return fail('not-found', `Factdesk could not read the recording ${path}: ${(error as Error).message}.`);
  }
  if (size > maxBytes) {
    return fail(
      'invalid-file',
      `${name} is ${formatBytes(size)}; Factdesk keeps recordings of at most ${formatBytes(maxBytes)}. Export the audio alone or a shorter clip and attach that.`,
    );
  }
  const checked = checkRecording(name, head, maxBytes);
  return checked.ok ? ok(null) : checked;
}

/** A recording's bytes from its path: 'invalid-file' past the size Factdesk keeps, 'not-found' when it cannot be read. */
export async function readRecordingFile(path: string, name: string): Promise<Result<Buffer>> {
  try {
    const info = await fs.stat(path);
    if (!info.isFile()) return fail('invalid-file', `${name} is not a file.`);
    if (info.size > MAX_RECORDING_BYTES) {
      return fail(
        'invalid-file',
        `${name} is larger than the ${MAX_RECORDING_BYTES / 1e9} GB Factdesk keeps as one recording. Export the audio alone or a shorter clip and attach that.`,
      );
    }
    return ok(await fs.readFile(path));
  } catch (error) {
    return fail('not-found', `Factdesk could not read the recording ${path}: ${(error as Error).message}.`);
  }
}

/**
 * Checks the recording and saves it as <sha256>.<ext> under <folder>/sources/ unless that file is already there.
 * Answers what the source records and the file this call wrote (none when it was there), for undoing; a recording
 * Factdesk does not keep, or a disk that refuses it, is refused with a sentence and nothing is attached.
 */
export async function storeRecording(
  folder: string,
  name: string,
  bytes: Uint8Array,
  maxBytes = MAX_RECORDING_BYTES,
): Promise<Result<{ recording: Recording; created: string[] }>> {
  const checked = checkRecording(name, bytes, maxBytes);
  if (!checked.ok) return checked;
  const mediaType = checked.value;
  const ext = extname(name).slice(1).toLowerCase();
  const file = `${createHash('sha256').update(bytes).digest('hex')}.${ext}`;
  const dir = join(folder, 'sources');
  const target = join(dir, file);
  const created: string[] = [];
  try {
    await fs.mkdir(dir, { recursive: true });
    const there = await fs
      .stat(target)
      .then((s) => s.size === bytes.length)
      .catch(() => false);
    if (!there) {
      await writeFileDurable(target, bytes);
      created.push(target);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      code === 'ENOSPC' || code === 'EDQUOT' ? 'disk-full' : 'io-error',
      `Factdesk could not save the recording ${name} in ${dir}: ${(error as Error).message}. Nothing was attached.`,
    );
  }
  const durationSeconds = ext === 'wav' ? wavDurationSeconds(bytes) : undefined;
  return ok({
    recording: { file, mediaType, bytes: bytes.length, ...(durationSeconds !== undefined ? { durationSeconds } : {}) },
    created,
  });
}
