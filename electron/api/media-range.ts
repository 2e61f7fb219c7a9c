// Serving a source's recording with HTTP range requests, for the app protocol (Electron) and the browser harness alike:
// which recording a /media/ address names, which bytes a Range header asks for, and the reply (200, 206 with
// Content-Range, 416, or a refusal). Only files a source of the project references are served, only from its
// sources/ folder, and never through a file:// address.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import type { LibraryName } from '../../shared/api/views';

/** Where recordings are served: /media/<projectId>/<library>/<sourceId>. */
export const MEDIA_PATH_PREFIX = '/media/';

/** The name a recording is stored under in sources/: sha256 of its bytes and its extension. */
export const STORED_MEDIA_NAME = /^[0-9a-f]{64}\.[a-z0-9]{1,10}$/;

export interface MediaAddress {
  projectId: string;
  library: LibraryName;
  sourceId: string;
}

/** The recording a source references: the folder whose sources/ holds it, its stored name and its type. */
export interface RecordingRef {
  folder: string;
  file: string;
  mediaType: string;
  /** In a shared story, while the file is still arriving from the story server: the sentence that says so. */
  arriving?: string;
}

/** Finds the recording of one source of an open project; null when the source has none or is not there. */
export type RecordingLookup = (address: MediaAddress) => Promise<RecordingRef | null>;

const ID = /^[A-Za-z0-9_-]{1,200}$/;

/** The source a /media/ path names, or null when the path is not one (extra segments, odd characters, ../). */
export function parseMediaPath(pathname: string): MediaAddress | null {
  if (!pathname.startsWith(MEDIA_PATH_PREFIX)) return null;
  const parts = pathname.slice(MEDIA_PATH_PREFIX.length).split('/');
  if (parts.length !== 3) return null;
  const [projectId, library, sourceId] = parts as [string, string, string];
  if (!ID.test(projectId) || !ID.test(sourceId)) return null;
  if (library !== 'project' && library !== 'personal') return null;
  return { projectId, library, sourceId };
}

export type RangeRequest =
  { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };

/**
 * The bytes a Range header asks of a file of `size` bytes. "bytes=a-b", "bytes=a-" and "bytes=-n" are read; a list of
 * ranges is answered with its first range only (a media element asks for one at a time); a header that is not a byte
 * range is ignored (the whole file, as RFC 9110 allows); a range past the end is unsatisfiable.
 */
export function parseRange(header: string | undefined, size: number): RangeRequest {
  if (!header) return { kind: 'full' };
  const match = /^bytes=\s*(\d*)\s*-\s*(\d*)\s*(?:,.*)?$/i.exec(header.trim());
  if (!match) return { kind: 'full' };
  const [, from, to] = match as unknown as [string, string, string];
  if (from === '' && to === '') return { kind: 'full' };
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || end < start) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end };
}

export interface MediaReply {
  status: number;
  headers: Record<string, string>;
  /** The bytes to send (inclusive), or a short sentence for refusals. */
  body: { file: string; start: number; end: number } | { text: string } | null;
}

const text = (status: number, sentence: string): MediaReply => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: { text: sentence },
});

/**
 * Answers one request for a recording: 404 when the address names no recording, 403 when the stored name or the
 * file's real place would leave sources/, 416 for a range past the end, else 200 or 206 with the bytes asked for.
 */
export async function planMediaReply(
  pathname: string,
  method: string,
  rangeHeader: string | undefined,
  lookup: RecordingLookup,
): Promise<MediaReply> {
  if (method !== 'GET' && method !== 'HEAD') return text(405, 'Factdesk serves recordings read-only.');
  const address = parseMediaPath(pathname);
  if (!address) return text(404, 'There is no recording at that address.');
  let ref: RecordingRef | null;
  try {
    ref = await lookup(address);
  } catch {
    ref = null;
  }
  if (!ref) return text(404, 'That source has no recording in an open project.');
  if (!STORED_MEDIA_NAME.test(ref.file)) return text(403, 'That recording is not a file Factdesk stored.');
  let file: string;
  let size: number;
  try {
    const dir = await realpath(join(ref.folder, 'sources'));
    file = await realpath(join(dir, ref.file));
    if (!file.startsWith(dir + sep)) return text(403, 'That recording is outside the project.');
    const info = await stat(file);
    if (!info.isFile()) return text(404, ref.arriving ?? 'The recording file is missing from the project.');
    size = info.size;
  } catch {
    return text(404, ref.arriving ?? 'The recording file is missing from the project.');
  }
  const base = {
    'content-type': ref.mediaType,
    'accept-ranges': 'bytes',
    'cache-control': 'no-store',
  };
  const range = parseRange(rangeHeader, size);
  if (range.kind === 'unsatisfiable') {
    return {
      status: 416,
      headers: { ...base, 'content-type': 'text/plain; charset=utf-8', 'content-range': `bytes */${size}` },
      body: { text: 'That part of the recording is past its end.' },
    };
  }
  const [start, end] = range.kind === 'partial' ? [range.start, range.end] : [0, size - 1];
  const headers: Record<string, string> = { ...base, 'content-length': String(size === 0 ? 0 : end - start + 1) };
  if (range.kind === 'partial') headers['content-range'] = `bytes ${start}-${end}/${size}`;
  return {
    status: range.kind === 'partial' ? 206 : 200,
    headers,
    body: method === 'HEAD' || size === 0 ? null : { file, start, end },
  };
}

/** The reply's body as a Node stream (null for none). */
export function mediaBodyStream(reply: MediaReply): Readable | string | null {
  if (!reply.body) return null;
  if ('text' in reply.body) return reply.body.text;
  return createReadStream(reply.body.file, { start: reply.body.start, end: reply.body.end });
}

/** Sends a planned reply on a Node HTTP response, after `extraHeaders` (the harness's security headers). */
export async function sendMediaReply(
  res: ServerResponse,
  reply: MediaReply,
  extraHeaders: Record<string, string> = {},
): Promise<void> {
  const body = mediaBodyStream(reply);
  const headers = { ...extraHeaders, ...reply.headers };
  if (typeof body === 'string') headers['content-length'] = String(Buffer.byteLength(body));
  res.writeHead(reply.status, headers);
  if (body === null || typeof body === 'string') {
    res.end(body ?? undefined);
    return;
  }
  await new Promise<void>((done) => {
    body.on('error', () => {
      res.destroy();
      done();
    });
    res.on('close', () => {
      body.destroy();
      done();
    });
    body.on('end', () => done());
    body.pipe(res);
  });
}
