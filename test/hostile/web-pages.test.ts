// Hostile HTML fetched as a web page: scripts, event handlers, a meta refresh to javascript:, remote resources,
// thousands of nested elements, megabyte attributes and floods of entities. None may run, load anything or hang;
// the text comes out as text.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractReadable } from '../../electron/importers/sources/web-readable';
import { startFixtureServer } from '../unit/electron/importers/sources/web-server';
import type { FixtureServer } from '../unit/electron/importers/sources/web-server';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

describe('hostile web pages', () => {
  it('never runs scripts or handlers from hostile HTML and keeps markup as text', async () => {
    const html = await readFile(join(__dirname, '../fixtures/web/hostile.html'), 'utf8');
    const before = server.requests.length;
    const page = extractReadable(html, `${server.url}/hostile`);
    if (!page.ok) throw new Error(page.error.message);
    expect((globalThis as { __factdeskPwned?: unknown }).__factdeskPwned).toBeUndefined();
    expect(page.value.text).toContain('The harbor commission said the new pier will open in the spring');
    expect(page.value.text).toContain('<script>alert(1)</script> stays text');
    expect(server.requests.length).toBe(before);
  });

  it('reads deeply nested markup, huge attributes and many entities without hanging', () => {
    const nested = extractReadable(
      `${'<div>'.repeat(20_000)}<p>Deep text at the bottom.</p>${'</div>'.repeat(20_000)}`,
      'http://127.0.0.1/n',
    );
    expect(nested.ok && nested.value.text).toContain('Deep text at the bottom.');
    const attr = extractReadable(`<p title="${'a'.repeat(2_000_000)}">After a long attribute.</p>`, 'http://x.test/');
    expect(attr.ok && attr.value.text).toContain('After a long attribute.');
    const entities = extractReadable(`<p>${'&amp;&lt;&#x41;'.repeat(20_000)}</p>`, 'http://x.test/');
    expect(entities.ok && entities.value.text.startsWith('&<A&<A')).toBe(true);
  });
});
