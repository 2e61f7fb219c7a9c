// The trusted-sender check and the request allow-list of the window's session.
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAllowedRequest, isTrustedSender } from '../../../../electron/security/app-url';

describe('isTrustedSender', () => {
  it('trusts only Factdesk own page', () => {
    expect(isTrustedSender(APP_ENTRY_URL)).toBe(true);
    expect(isTrustedSender('app://factdesk/assets/index-abc.js')).toBe(true);
  });

  it.each([
    'https://factdesk/index.html',
    'app://factdesk.example.org/index.html',
    'app://evil/index.html',
    'app://factdesk:8080/index.html',
    'app://user@factdesk/index.html',
    'file:///app/dist/renderer/index.html',
    'about:blank',
    'not a url',
    '',
  ])('does not trust %s', (url) => {
    expect(isTrustedSender(url)).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  it('allows Factdesk own files, inline data images, its own blobs and the developer tools', () => {
    expect(isAllowedRequest('app://factdesk/assets/app.css')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isAllowedRequest('blob:app://factdesk/5b8f4a0e-1d2c-4c3e-9f1b-2a7d6e8c9b0a')).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/devtools_app.html')).toBe(true);
  });

  it.each([
    'https://fonts.googleapis.com/css2?family=Inter',
    'http://127.0.0.1:8080/',
    'wss://example.org/socket',
    'file:///etc/passwd',
    'blob:https://example.org/1234',
    'chrome-extension://abc/script.js',
    'ftp://example.org/',
  ])('cancels %s', (url) => {
    expect(isAllowedRequest(url)).toBe(false);
  });
});
