// The app:// protocol: registers the scheme as privileged (before ready) and serves dist/renderer from it,
// with the Content-Security-Policy and the other security headers on every response.
import { protocol } from 'electron';
import type { Session } from 'electron';
import { APP_SCHEME } from '../security/app-url';
import { serveAppFile } from '../security/app-files';

/** Must run before the app is ready: app:// behaves like a secure, standard web origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the renderer's files for the given session from `rendererDir`. */
export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const reply = await serveAppFile(request.url, request.method, rendererDir);
    const body = typeof reply.body === 'string' ? reply.body : new Uint8Array(reply.body);
    return new Response(reply.status === 200 && request.method === 'HEAD' ? null : body, {
      status: reply.status,
      headers: reply.headers,
    });
  });
}
