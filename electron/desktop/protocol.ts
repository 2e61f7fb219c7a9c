// The app:// protocol: registers the scheme as privileged (before ready) and serves dist/renderer from it,
// with the Content-Security-Policy and the other security headers on every response.
import { protocol } from 'electron';
import type { Session } from 'electron';
import { APP_SCHEME } from '../security/app-url';
import { Readable } from 'node:stream';
import { MEDIA_PATH_PREFIX, mediaBodyStream, planMediaReply } from '../api/media-range';
import type { RecordingLookup } from '../api/media-range';
import { serveAppFile } from '../security/app-files';
import { SECURITY_HEADERS } from '../security/csp';

/** Must run before the app is ready: app:// behaves like a secure, standard web origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, stream: true },
    },
  ]);
}

/** Serves the renderer's files for the given session from `rendererDir`, and recordings under /media/ with ranges. */
export function serveRenderer(session: Session, rendererDir: string, recordings?: RecordingLookup): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const pathname = new URL(request.url).pathname;
    if (recordings && pathname.startsWith(MEDIA_PATH_PREFIX)) {
      const media = await planMediaReply(
        pathname,
        request.method,
        request.headers.get('range') ?? undefined,
        recordings,
      );
      const stream = mediaBodyStream(media);
      const body =
        stream === null || typeof stream === 'string' ? stream : (Readable.toWeb(stream) as ReadableStream<Uint8Array>);
      return new Response(body, { status: media.status, headers: { ...SECURITY_HEADERS, ...media.headers } });
    }
    const reply = await serveAppFile(request.url, request.method, rendererDir);
    const body = typeof reply.body === 'string' ? reply.body : new Uint8Array(reply.body);
    return new Response(reply.status === 200 && request.method === 'HEAD' ? null : body, {
      status: reply.status,
      headers: reply.headers,
    });
  });
}
