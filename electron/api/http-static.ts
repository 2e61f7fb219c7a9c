// The browser harness's static side: the built renderer served under the app's strict CSP and security headers,
// with paths confined to the renderer folder.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Result } from '../../shared/api/result';
import { wireReplacer } from '../../shared/api/wire';
import { contentTypeFor } from '../security/app-files';
import { CONTENT_SECURITY_POLICY } from '../security/csp';

/** The policy the Electron window uses (electron/security/csp.ts): nothing but the app's own files, no inline code,
 *  no framing. */
export const HARNESS_CSP = CONTENT_SECURITY_POLICY;

/** The security headers every harness response carries (recordings too). */
export const HARNESS_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HARNESS_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Writes the headers every response carries, then the status and its own headers. */
export function writeHead(res: ServerResponse, status: number, headers: Record<string, string | number> = {}): void {
  res.writeHead(status, { ...HARNESS_HEADERS, ...headers });
}

/** Replies with a Result as JSON. */
export function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body, wireReplacer);
  writeHead(res, status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Serves one file of the built renderer; anything outside staticDir (after symlinks) is refused. */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  staticDir: string,
): Promise<void> {
  const notFound = (status = 404, text = 'Not found.') => {
    writeHead(res, status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
    res.end(req.method === 'HEAD' ? undefined : text);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return notFound(405, 'Method not allowed.');
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    return notFound(400, 'Bad request.');
  }
  if (relative.includes('\0') || relative.includes('\\')) return notFound();
  if (relative.endsWith('/')) relative += 'index.html';
  const root = await realpath(staticDir);
  const wanted = resolve(root, `.${relative}`);
  if (wanted !== root && !wanted.startsWith(root + sep)) return notFound(403, 'Forbidden.');
  let file: string;
  try {
    file = await realpath(wanted);
    if (!file.startsWith(root + sep) || !(await stat(file)).isFile()) return notFound();
  } catch {
    return notFound();
  }
  const size = (await stat(file)).size;
  writeHead(res, 200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': size,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((done) => {
    const stream = createReadStream(file);
    stream.on('error', () => {
      res.destroy();
      done();
    });
    stream.on('end', () => done());
    stream.pipe(res);
  });
}
