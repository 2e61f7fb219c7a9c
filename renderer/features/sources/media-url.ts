// The address a source's recording is played from: the app's own /media/ path (app://factdesk/media/... in the
// desktop app, the harness server's /media/... with the page token in the browser), never a file:// address.
import type { LibraryName } from '../../../shared/api/views';

/** Which recording: the open project, the library the source is in, the source. */
export interface MediaTarget {
  projectId: string;
  library: LibraryName;
  sourceId: string;
}

/**
 * The recording's address. In the desktop app (`token` null) the page is app://factdesk/, so the path alone is the
 * app protocol's address; in the browser harness the token travels in the query (a media element cannot send the
 * token header), and `baseUrl` is the harness origin ('' for the page's own).
 */
export function mediaUrl(target: MediaTarget, token: string | null, baseUrl = ''): string {
  const path = ['media', target.projectId, target.library, target.sourceId].map(encodeURIComponent).join('/');
  return `${baseUrl}/${path}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
}
