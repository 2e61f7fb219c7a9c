// What every session and every webContents gets: no network, no permissions, no navigation, no new windows.
// External https links are handed to the system browser only after isSafeExternalUrl.
import type { Session, WebContents } from 'electron';
import { isAllowedRequest } from '../security/app-url';
import { isSafeExternalUrl } from '../security/external-url';

/** Cancels every request that is not Factdesk's own files, and denies every permission. */
export function lockDownSession(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, details.resourceType) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerLanguages([]);
}

/**
 * Blocks navigation, redirects and webviews, and turns window.open / target=_blank into a safe external open.
 * `openExternal` is called only with URLs that passed isSafeExternalUrl.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
