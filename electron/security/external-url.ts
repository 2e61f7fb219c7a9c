// Which links Factdesk hands to the system browser: https only, parsed, with a real host name.
// Everything else (file:, javascript:, smb:, ms-msdt:, custom schemes, UNC paths, look-alike hosts) is refused.

/** The longest URL Factdesk will hand to the system browser. */
const MAX_URL_LENGTH = 8192;

/** A DNS label: letters, digits and inner hyphens; IDN labels (xn--) are refused as possible look-alikes. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function isSafeHost(hostname: string): boolean {
  if (hostname.length === 0 || hostname.length > 253) return false;
  if (hostname.startsWith('[')) return false; // IPv6 literal: not a name a reader can check
  const labels = hostname.replace(/\.$/, '').split('.');
  if (labels.length < 2) return false; // "localhost", "intranet": no dot, not a public site
  if (labels.every((label) => /^\d+$/.test(label))) return false; // bare IPv4 address
  for (const label of labels) {
    if (!LABEL.test(label)) return false;
    if (label.startsWith('xn--') || /^..--/.test(label)) return false; // punycode and reserved look-alike forms
  }
  const tld = labels[labels.length - 1] ?? '';
  return /^[a-z]{2,63}$/.test(tld);
}

/**
 * True only for an https: URL with a proper public host name and no user name or password, so opening it in the
 * system browser cannot run a program, reach a file share or disguise where it goes.
 */
export function isSafeExternalUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return false;
  // Whitespace, backslashes (UNC paths such as \\server\share) and control characters are never in a link we open.
  if ([...raw].some((char) => char <= ' ' || char === '\\' || char === '\u007f' || /\s/u.test(char))) return false;
  if (!/^https:\/\/[^/]/i.test(raw)) return false; // scheme written plainly, authority present
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  const authority = raw.slice('https://'.length).split(/[/?#]/)[0] ?? '';
  if (url.username !== '' || url.password !== '' || authority.includes('@')) return false;
  if (url.port !== '' && url.port !== '443') return false;
  return isSafeHost(url.hostname);
}
