// Which links may go to the system browser: a table of the safe and the dangerous.
import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../../../electron/security/external-url';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://example.org',
    'https://www.example.org/news/2024/vote?id=3#top',
    'https://sub.domain.example.co.uk/path/with%20space',
    'https://example.org:443/',
    'https://EXAMPLE.org/Case',
  ])('opens %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://example.org/'],
    ['a local file', 'file:///etc/passwd'],
    ['a Windows file', 'file://C:/Windows/System32/calc.exe'],
    ['javascript', 'javascript:alert(1)'],
    ['javascript in capitals', 'JAVASCRIPT:alert(1)'],
    ['an SMB share', 'smb://server/share'],
    ['the MS diagnostic tool', 'ms-msdt:/id PCWDiagnostic /skip force'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['a custom scheme', 'factdesk://open?path=/etc'],
    ['another app scheme', 'vscode://file/etc/passwd'],
    ['a UNC path', '\\\\server\\share\\file.exe'],
    ['a UNC path after https', 'https:\\\\server\\share'],
    ['a user name', 'https://user@example.org/'],
    ['a password', 'https://user:secret@example.org/'],
    ['an empty user', 'https://@example.org/'],
    ['a host disguised by credentials', 'https://www.bank.example@evil.example/'],
    ['punycode look-alike', 'https://xn--pple-43d.com/'],
    ['unicode look-alike', 'https://аpple.com/'],
    ['a host without a dot', 'https://localhost/'],
    ['an intranet host', 'https://intranet/wiki'],
    ['an IPv4 address', 'https://192.168.1.1/'],
    ['an IPv6 address', 'https://[::1]/'],
    ['no host', 'https:///path'],
    ['a missing slash', 'https:/example.org'],
    ['an odd port', 'https://example.org:8443/'],
    ['leading whitespace', ' https://example.org/'],
    ['a newline', 'https://example.org/\nfile:///etc'],
    ['a tab in the host', 'https://exa\tmple.org/'],
    ['a numeric top-level domain', 'https://example.123/'],
    ['an empty string', ''],
    ['a relative path', '/etc/passwd'],
  ])('refuses %s', (_name, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('refuses anything that is not a string or is absurdly long', () => {
    expect(isSafeExternalUrl(undefined as unknown as string)).toBe(false);
    expect(isSafeExternalUrl(`https://example.org/${'a'.repeat(9000)}`)).toBe(false);
  });
});
