// factdesk add-url: a page from a local server added by address, with its snapshot printed and kept, and a refusal
// that names the address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './cli-run';
import { tempDir } from './storage/helpers';
import { startFixtureServer } from './importers/sources/web-server';
import type { FixtureServer } from './importers/sources/web-server';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

describe('factdesk add-url', () => {
  it('adds a page by address, keeps its snapshot and finds its text', async () => {
    const dir = await tempDir();
    expect((await cli(['new', 'story', '--title', 'Inaugural'], dir)).code).toBe(0);
    const added = await cli(['add-url', 'story', `${server.url}/hop/2`, '--json'], dir);
    expect(added.code, added.err).toBe(0);
    const { source } = JSON.parse(added.out) as {
      source: { id: string; passages: number; snapshot: { finalUrl: string; sha256: string; fetchedAt: string } };
    };
    expect(source.passages).toBeGreaterThan(3);
    expect(source.snapshot.finalUrl).toBe(`${server.url}/article`);
    expect(source.snapshot.sha256).toMatch(/^[0-9a-f]{64}$/);
    const found = await cli(['search', 'story', 'vicissitudes incident to life'], dir);
    expect(found.out).toContain('First Inaugural Address');
    const refused = await cli(['add-url', 'story', `${server.url}/pdf`], dir);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain(`${server.url}/pdf is an application/pdf file, not a web page`);
    const bad = await cli(['add-url', 'story', 'file:///etc/passwd'], dir);
    expect(bad.code).not.toBe(0);
  });
});
