// Web pages added by address: the fetcher's limits and refusals against a real local server, the readable text of
// an article page and of hostile HTML, and the whole add through the handlers (snapshot kept, passages searchable,
// nothing half-added on a refusal).
import { readdir, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../../electron/api/handlers';
import { fetchWebPage } from '../../../../../electron/importers/sources/web-fetch';
import { extractReadable } from '../../../../../electron/importers/sources/web-readable';
import type { ApiError, Result } from '../../../../../shared/api/result';
import { value } from '../../storage/helpers';
import { handlerDeps, tempDir } from '../../storage/helpers';
import { startFixtureServer } from './web-server';
import type { FixtureServer } from './web-server';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

async function refusal(promise: Promise<Result<unknown>>): Promise<ApiError> {
  const reply = await promise;
  if (reply.ok) throw new Error('expected a refusal');
  return reply.error;
}

describe('fetching a web page', () => {
  it('fetches an HTML page and records the address, type and time', async () => {
    const page = value(await fetchWebPage(`${server.url}/article`, { now: () => '2026-12-06T15:00:00.000Z' }));
    expect(page.finalUrl).toBe(`${server.url}/article`);
    expect(page.contentType).toBe('text/html');
    expect(page.charset).toBe('utf-8');
    expect(page.fetchedAt).toBe('2026-12-06T15:00:00.000Z');
    expect(new TextDecoder().decode(page.bytes)).toContain('First Inaugural Address');
  });

  it('follows a redirect chain within the limit and records the final address', async () => {
    const page = value(await fetchWebPage(`${server.url}/hop/3`));
    expect(page.requestedUrl).toBe(`${server.url}/hop/3`);
    expect(page.finalUrl).toBe(`${server.url}/article`);
  });

  it('refuses too many redirects, a loop and a redirect to a file: address', async () => {
    const many = await refusal(fetchWebPage(`${server.url}/hop/4`, { limits: { maxRedirects: 2 } }));
    expect(many.message).toMatch(/redirects more than 2 times/);
    expect(many.message).toContain(`${server.url}/hop/4`);
    const loop = await refusal(fetchWebPage(`${server.url}/loop`));
    expect(loop.message).toMatch(/redirects more than 5 times \(it may loop\)/);
    const file = await refusal(fetchWebPage(`${server.url}/to-file`));
    expect(file.message).toMatch(/redirects to "file:\/\/\/etc\/passwd", which is not an http or https address/);
  });

  it('stops waiting for a slow server', async () => {
    const slow = await refusal(fetchWebPage(`${server.url}/slow`, { limits: { timeoutMs: 300 } }));
    expect(slow.code).toBe('io-error');
    expect(slow.message).toBe(
      `${server.url}/slow did not answer within 0 seconds, so Factdesk stopped waiting; nothing was added.`,
    );
  });

  it('refuses PDFs and images, naming the type', async () => {
    const pdf = await refusal(fetchWebPage(`${server.url}/pdf`));
    expect(pdf.message).toMatch(/\/pdf is an application\/pdf file, not a web page/);
    const image = await refusal(fetchWebPage(`${server.url}/image`));
    expect(image.message).toMatch(/is an image\/png file, not a web page/);
  });

  it('stops reading a body past the byte limit while it streams', async () => {
    const huge = await refusal(fetchWebPage(`${server.url}/huge`, { limits: { maxBytes: 100_000 } }));
    expect(huge.code).toBe('invalid-file');
    expect(huge.message).toMatch(/^The page at http:\/\/127\.0\.0\.1:\d+\/huge is larger than .* stopped reading it/);
  });

  it('refuses error answers and addresses that are not http(s)', async () => {
    expect((await refusal(fetchWebPage(`${server.url}/missing`))).message).toMatch(/answered 404 Not Found/);
    expect((await refusal(fetchWebPage(`${server.url}/error`))).message).toMatch(/answered 500/);
    expect((await refusal(fetchWebPage('file:///etc/passwd'))).code).toBe('invalid-input');
    expect((await refusal(fetchWebPage('javascript:alert(1)'))).code).toBe('invalid-input');
    const closed = await refusal(fetchWebPage('http://127.0.0.1:9/'));
    expect(closed.message).toMatch(/^Factdesk could not reach http:\/\/127\.0\.0\.1:9\//);
  });
});

describe('the readable text of a page', () => {
  it('keeps the article and leaves out navigation, ads and footer', async () => {
    const html = await readFile(join(__dirname, '../../../../fixtures/web/article.html'), 'utf8');
    const page = extractReadable(html, 'http://127.0.0.1/article');
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value.article).toBe(true);
    expect(page.value.text).toContain('Among the vicissitudes incident to life');
    expect(page.value.text).not.toMatch(/Subscribe now|Advertisement|cookie settings/);
    expect(page.value.title).toMatch(/First Inaugural Address/);
  });

  it('refuses a page without text', () => {
    const empty = extractReadable('<title>Empty</title><script>var x = 1;</script>', 'http://x.test/empty');
    expect(empty).toEqual({
      ok: false,
      error: {
        code: 'invalid-file',
        message: 'The page at http://x.test/empty has no readable text, so nothing was added.',
      },
    });
  });
});

describe('adding a web page to a project', () => {
  async function setup() {
    const dir = await tempDir();
    const handlers = createHandlers(handlerDeps(dir, { webFetchLimits: { maxBytes: 200_000, timeoutMs: 2_000 } }), {
      saveDelayMs: 5,
    });
    const folder = join(dir, 'story');
    const created = await handlers.createProject({ folder, title: 'Story' });
    if (!created.ok) throw new Error(created.error.message);
    return { handlers, folder, projectId: created.value.projectId };
  }

  it('keeps a snapshot of the page, adds its passages and finds them in search', async () => {
    const { handlers, folder, projectId } = await setup();
    const added = await handlers.addWebPage({ projectId, url: `${server.url}/hop/1` });
    if (!added.ok) throw new Error(added.error.message);
    const { source } = added.value;
    const fetched = await readFile(join(__dirname, '../../../../fixtures/web/article.html'));
    const sha = createHash('sha256').update(fetched).digest('hex');
    expect(source).toMatchObject({
      type: 'web-page',
      url: `${server.url}/hop/1`,
      contentHash: sha,
      originalFile: `${sha}.html`,
      snapshot: {
        requestedUrl: `${server.url}/hop/1`,
        finalUrl: `${server.url}/article`,
        sha256: sha,
        htmlFile: `${sha}.html`,
        bytes: fetched.byteLength,
        contentType: 'text/html',
      },
    });
    expect(source.snapshot!.fetchedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await readFile(join(folder, 'sources', `${sha}.html`))).toEqual(fetched);
    expect(await readFile(join(folder, 'sources', source.textFile!), 'utf8')).toContain('vicissitudes incident');
    const detail = await handlers.getSource({ projectId, library: 'project', sourceId: source.id });
    if (!detail.ok) throw new Error(detail.error.message);
    expect(detail.value.passages[0]!.pinpoint.label).toMatch(/¶/);
    const hits = await handlers.searchLibrary({ projectId, query: 'vicissitudes incident to life' });
    expect(hits.ok && hits.value.hits.some((h) => h.sourceId === source.id)).toBe(true);
    // Attached to a claim, every appendix format cites the address, the snapshot's time and its hash.
    await handlers.setDraftText({ projectId, text: 'Washington spoke of anxieties in 1789.' });
    const claim = await handlers.markClaim({ projectId, start: 0, end: 10 });
    if (!claim.ok) throw new Error(claim.error.message);
    const passage = detail.value.passages[1]!;
    const link = await handlers.attachSource({
      projectId,
      claimId: claim.value.claim.id,
      library: 'project',
      sourceId: source.id,
      passageId: passage.id,
      relation: 'supports',
    });
    expect(link.ok).toBe(true);
    for (const format of ['md', 'html', 'csv', 'json', 'docx'] as const) {
      const path = join(folder, `appendix.${format}`);
      const done = await handlers.exportAppendix({
        projectId,
        format,
        includeConfidential: false,
        includeNotes: false,
        path,
        overwrite: true,
      });
      if (!done.ok) throw new Error(done.error.message);
      const bytes = await readFile(path);
      const text = format === 'docx' ? (await import('mammoth')).default.extractRawText({ buffer: bytes }) : null;
      const shown = text ? (await text).value : bytes.toString('utf8');
      expect(shown, format).toContain(sha);
      expect(shown, format).toContain(source.snapshot!.fetchedAt);
      expect(shown, format).toContain(`${server.url}/hop/1`);
    }
    // Verified, the claim goes into ClaimReview: where it appeared is the page, archived as the snapshot.
    const verified = await handlers.updateClaim({
      projectId,
      claimId: claim.value.claim.id,
      patch: { status: 'verified' },
    });
    expect(verified.ok).toBe(true);
    const reviewsPath = join(folder, 'reviews.jsonld');
    const reviews = await handlers.exportAppendix({
      projectId,
      format: 'claimreview',
      includeConfidential: false,
      includeNotes: false,
      path: reviewsPath,
      claimReview: { url: 'https://news.example.org/checks/washington', publisher: 'Harbour Gazette' },
    });
    if (!reviews.ok) throw new Error(reviews.error.message);
    const [review] = JSON.parse(await readFile(reviewsPath, 'utf8')) as Array<{
      itemReviewed: { appearance: unknown };
    }>;
    expect(review!.itemReviewed.appearance).toEqual({
      '@type': 'CreativeWork',
      url: `${server.url}/hop/1`,
      archivedAt: {
        '@type': 'WebContent',
        url: `${server.url}/article`,
        dateCreated: source.snapshot!.fetchedAt,
        identifier: `sha256:${sha}`,
      },
    });
    await handlers.closeAll();
  });

  it('adds nothing when a page is refused', async () => {
    const { handlers, folder, projectId } = await setup();
    for (const path of ['/pdf', '/huge', '/loop', '/missing', '/empty']) {
      const refused = await handlers.addWebPage({ projectId, url: `${server.url}${path}` });
      expect(refused.ok, path).toBe(false);
      if (!refused.ok) expect(refused.error.message, path).toContain(`${server.url}/`);
    }
    const list = await handlers.listSources({ projectId });
    expect(list.ok && list.value.sources).toEqual([]);
    expect(await readdir(join(folder, 'sources')).catch(() => [])).toEqual([]);
    await handlers.closeAll();
  });
});
