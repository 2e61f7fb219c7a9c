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

/** Inline images the window may show: raster formats only (an SVG or HTML data: URL can carry script). */
const DATA_IMAGE_TYPES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/bmp',
  'image/x-icon',
  'image/vnd.microsoft.icon',
]);

/** True for a data: URL holding a raster image (data:image/png;base64,...), false for any other data: URL. */
export function isDataImageUrl(raw: string): boolean {
  const type = /^data:([^;,]*)[;,]/i.exec(raw)?.[1];
  return type !== undefined && DATA_IMAGE_TYPES.has(type.trim().toLowerCase());
}

/**
 * Whether the window's session may load a URL at all. Factdesk never uses the network: only its own files,
 * inline data: images (loaded as images, when the caller knows the resource type), blob: URLs it made itself and
 * the developer tools are allowed. data:text/html and every other data: URL are refused.
 */
export function isAllowedRequest(raw: string, resourceType?: string): boolean {
  if (isAppUrl(raw)) return true;
  const url = parse(raw);
  if (!url) return false;
  if (url.protocol === 'data:') return isDataImageUrl(raw) && (resourceType === undefined || resourceType === 'image');
  if (url.protocol === 'blob:') return isAppUrl(raw.slice('blob:'.length));
  return url.protocol === 'devtools:';
}
