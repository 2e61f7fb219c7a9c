// Serving the renderer's built files for app://factdesk/...: map a URL to a file inside the renderer folder,
// refusing anything that would step outside it, and answer with the security headers.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-url';
import { SECURITY_HEADERS } from './csp';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type for a file name, for the app protocol and the browser harness alike; unknown kinds are served as
 *  opaque bytes. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file inside `rootDir` that an app:// URL names, or null when the URL is not Factdesk's, is malformed, or
 * would reach outside the folder (../, encoded slashes or backslashes, NUL bytes, absolute paths).
 */
export function resolveAppFile(rawUrl: string, rootDir: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '' || url.username !== '') {
    return null;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes(':'))) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  const inside = path.relative(root, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return file;
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

function textResponse(status: number, body: string): AppResponse {
  return { status, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' }, body };
}

/** Answers one request for the renderer's files: the file with its type and the security headers, or 403/404. */
export async function serveAppFile(rawUrl: string, method: string, rootDir: string): Promise<AppResponse> {
  if (method !== 'GET' && method !== 'HEAD') return textResponse(405, 'Factdesk serves its own files read-only.');
  const file = resolveAppFile(rawUrl, rootDir);
  if (!file) return textResponse(403, 'That address is outside Factdesk.');
  try {
    const info = await stat(file);
    if (!info.isFile()) return textResponse(404, 'Not found.');
    const body = method === 'HEAD' ? '' : await readFile(file);
    return {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'content-type': contentTypeFor(file), 'cache-control': 'no-cache' },
      body,
    };
  } catch {
    return textResponse(404, 'Not found.');
  }
}
