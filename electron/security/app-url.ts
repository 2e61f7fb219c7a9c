// Where the renderer lives (app://factdesk/...) and which senders and requests that makes trustworthy.

/** The privileged scheme the renderer is served from. */
export const APP_SCHEME = 'app';
/** The one host of the app scheme. */
export const APP_HOST = 'factdesk';
/** The renderer's origin. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** True when a URL belongs to Factdesk's own renderer (app://factdesk/..., nothing else). */
export function isAppUrl(raw: string): boolean {
  const url = parse(raw);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/** The trusted-sender check for IPC: only a frame showing Factdesk's own page may call the Api. */
export function isTrustedSender(frameUrl: string): boolean {
  return isAppUrl(frameUrl);
}

/**
 * Whether the window's session may load a URL at all. Factdesk never uses the network: only its own files,
 * inline data: images, blob: URLs it made itself and the developer tools are allowed.
 */
export function isAllowedRequest(raw: string): boolean {
  if (isAppUrl(raw)) return true;
  const url = parse(raw);
  if (!url) return false;
  if (url.protocol === 'data:') return true;
  if (url.protocol === 'blob:') return isAppUrl(raw.slice('blob:'.length));
  return url.protocol === 'devtools:';
}
