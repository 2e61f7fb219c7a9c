// @vitest-environment jsdom
// The "Web page by address" part of Add source over the real handlers and a local HTTP server: a page is fetched and
// added with progress; every refusal (loop, timeout, not HTML, too large, hostile redirect, empty page, missing page,
// other schemes, not an address) shows the handler's own sentence and adds nothing; Cancel fetching stops a slow page.
// jsdom rather than happy-dom: happy-dom puts its own fetch and AbortSignal in place of Node's, which the handler uses.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceView } from '../../../../../shared/api/views';
import { WebPageForm } from '../../../../../renderer/features/sources/WebPageForm';
import { WebSnapshotFacts, fetchedLabel } from '../../../../../renderer/features/sources/WebSnapshotFacts';
import { startFixtureServer } from '../../../electron/importers/sources/web-server';
import type { FixtureServer } from '../../../electron/importers/sources/web-server';
import { renderWithApi, tempProject } from '../../project-fixture';

// jsdom's window brings its own Uint8Array; the handlers run in Node and check bytes against Node's.
globalThis.Uint8Array = Object.getPrototypeOf(Buffer.prototype).constructor as Uint8ArrayConstructor;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

function Host(props: { projectId: string; onAdded: (source: SourceView) => void; onBusy: (busy: boolean) => void }) {
  return (
    <WebPageForm
      projectId={props.projectId}
      readOnly={false}
      onAdded={(source) => props.onAdded(source)}
      onBusy={props.onBusy}
    />
  );
}

async function setup() {
  const project = await tempProject('Washington spoke of anxieties in 1789.', [], {
    webFetchLimits: { timeoutMs: 1_500, maxBytes: 200_000, maxRedirects: 5 },
  });
  const added: SourceView[] = [];
  const busy: boolean[] = [];
  const rendered = renderWithApi(
    project.bridge,
    <Host projectId={project.projectId} onAdded={(s) => added.push(s)} onBusy={(b) => busy.push(b)} />,
  );
  const form = await screen.findByRole('form', { name: 'Web page by address' });
  return { ...project, ...rendered, added, busy, form };
}

describe('Add source: a web page by its address', () => {
  it('fetches the page and adds it with its snapshot; the viewer facts cite it without fetching again', async () => {
    const { user, form, added, busy, handlers, projectId } = await setup();
    const address = within(form).getByLabelText('Address');
    await user.click(within(form).getByRole('button', { name: 'Add page' }));
    expect(within(form).getByText("Write the page's address, starting with https://.")).toBeTruthy();
    expect(address.getAttribute('aria-invalid')).toBe('true');

    await user.type(address, `${server.url}/hop/1`);
    await user.click(within(form).getByRole('button', { name: 'Add page' }));
    await expect.poll(() => added.length, { timeout: 10_000 }).toBe(1);
    const source = added[0]!;
    expect(source).toMatchObject({
      title: 'First Inaugural Address | Presidential Speeches',
      type: 'web-page',
      url: `${server.url}/hop/1`,
    });
    expect(source.snapshot).toMatchObject({
      finalUrl: `${server.url}/article`,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const list = await handlers.listSources({ projectId });
    expect(list.ok && list.value.sources.map((s) => s.title)).toEqual([source.title]);
    expect(busy).toEqual([true, false]);

    // What the source viewer shows: the address (here a local http one, which Factdesk never opens, so it is text to
    // copy), the final address, the fetch time and the hash; drawing it asks the server for nothing.
    const seen = server.requests.length;
    const { unmount } = render(<WebSnapshotFacts source={source} />);
    const facts = screen.getByLabelText('Web page snapshot');
    expect(within(facts).queryByRole('link')).toBeNull();
    expect(facts.textContent).toContain(`${server.url}/hop/1 (Factdesk opens only https addresses of public sites`);
    expect(facts.textContent).toContain(`Final address${server.url}/article`);
    expect(facts.textContent).toContain(`SHA-256${source.snapshot!.sha256}`);
    expect(facts.querySelector('time')?.getAttribute('datetime')).toBe(source.snapshot!.fetchedAt);
    expect(facts.querySelector('time')?.textContent).toBe(fetchedLabel(source.snapshot!.fetchedAt));
    expect(fetchedLabel('2026-12-06T20:31:05.120Z')).toBe('2026-12-06 20:31:05 UTC');
    expect(server.requests.length).toBe(seen);
    unmount();

    // A public https address is a link that opens outside Factdesk's window.
    const published = { ...source, url: 'https://www.presidency.example.org/inaugural' };
    render(<WebSnapshotFacts source={published} />);
    const link = within(screen.getByLabelText('Web page snapshot')).getByRole('link', {
      name: 'https://www.presidency.example.org/inaugural (opens in your browser)',
    });
    expect(link.getAttribute('href')).toBe('https://www.presidency.example.org/inaugural');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('uses the title given instead of the page title', async () => {
    const { user, form, added } = await setup();
    await user.type(within(form).getByLabelText('Address'), `${server.url}/plain`);
    await user.type(within(form).getByLabelText(/^Title/), 'Harbor commission note');
    await user.click(within(form).getByRole('button', { name: 'Add page' }));
    await expect.poll(() => added.map((s) => s.title), { timeout: 10_000 }).toEqual(['Harbor commission note']);
  });

  it('shows each refusal as the sentence the handler gives and adds nothing', async () => {
    const { user, form, added, handlers, projectId, dir } = await setup();
    const refusals: Array<[string, RegExp]> = [
      [`${server.url}/loop`, /redirects more than 5 times \(it may loop\).*nothing was added/],
      [`${server.url}/slow`, /did not answer within 2 seconds, so Factdesk stopped waiting; nothing was added/],
      [`${server.url}/pdf`, /\/pdf is an application\/pdf file, not a web page/],
      [`${server.url}/image`, /\/image is an image\/png file, not a web page/],
      [`${server.url}/huge`, /is larger than .*, so Factdesk stopped reading it; nothing was added/],
      [`${server.url}/to-file`, /redirects to "file:\/\/\/etc\/passwd", which is not an http or https address/],
      [`${server.url}/empty`, /has no readable text, so nothing was added/],
      [`${server.url}/missing`, /answered 404 .*instead of the page; nothing was added/],
      ['ftp://example.org/statement.html', /^"ftp:\/\/example\.org\/statement\.html" is not a web address/],
      ['council minutes', /^"council minutes" is not a web address that starts with https:\/\/ or http:\/\/\.$/],
    ];
    const address = within(form).getByLabelText('Address');
    for (const [url, sentence] of refusals) {
      await user.clear(address);
      await user.type(address, url);
      await user.click(within(form).getByRole('button', { name: 'Add page' }));
      const alert = await within(form).findByRole('alert', {}, { timeout: 10_000 });
      expect(alert.textContent, url).toMatch(sentence);
      // The address stays in the field, to be corrected; editing it takes the old sentence away.
      expect((address as HTMLInputElement).value).toBe(url);
      await user.type(address, '/');
      expect(within(form).queryByRole('alert')).toBe(null);
    }
    expect(added).toEqual([]);
    const list = await handlers.listSources({ projectId });
    expect(list.ok && list.value.sources).toEqual([]);
    expect(await readdir(join(dir, 'story', 'sources')).catch(() => [])).toEqual([]);
  });

  it('shows progress while a slow page is fetched, and Cancel fetching adds nothing', async () => {
    const { user, form, added, busy } = await setup();
    await user.type(within(form).getByLabelText('Address'), `${server.url}/slow`);
    await user.click(within(form).getByRole('button', { name: 'Add page' }));
    const progress = await within(form).findByRole('status', { name: 'Fetching progress' });
    expect(progress.textContent).toContain(`Fetching ${server.url}/slow...`);
    expect(within(form).getByRole('button', { name: 'Add page' }).hasAttribute('disabled')).toBe(true);
    expect(
      within(form).getByLabelText('Address').hasAttribute('disabled') || form.querySelector('fieldset')?.disabled,
    ).toBe(true);
    expect(busy).toEqual([true]);
    await user.click(within(form).getByRole('button', { name: 'Cancel fetching' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toBe(`Adding ${server.url}/slow was cancelled; nothing was added.`);
    expect(busy).toEqual([true, false]);
    expect(added).toEqual([]);
  });
});
