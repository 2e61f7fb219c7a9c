// A local HTTP server on 127.0.0.1 (a free port) serving the web-page fixtures and the misbehaving answers the
// web-page tests need: a redirect chain and a loop, a redirect to a file: address, a slow server, a PDF, a huge page,
// hostile HTML, 404 and 500. Started and closed by each test file.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'fixtures', 'web');

export interface FixtureServer {
  url: string;
  /** Requests seen, by path. */
  requests: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const article = readFileSync(join(FIXTURES, 'article.html'));
  const hostile = readFileSync(join(FIXTURES, 'hostile.html'));
  const requests: string[] = [];
  const pending = new Set<() => void>();
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const html = (body: Buffer | string) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    if (path === '/article') return html(article);
    if (path === '/hostile') return html(hostile);
    if (path === '/plain') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end('The harbor commission said the pier opens in spring.\n\nResidents asked for the reports.\n');
    }
    if (path.startsWith('/hop/')) {
      const n = Number(path.slice(5));
      res.writeHead(302, { location: n > 1 ? `/hop/${n - 1}` : '/article' });
      return res.end();
    }
    if (path === '/loop') {
      res.writeHead(301, { location: '/loop' });
      return res.end();
    }
    if (path === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      return res.end();
    }
    if (path === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>Starting');
      const stop = () => res.destroy();
      pending.add(stop);
      return;
    }
    if (path === '/pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      return res.end('%PDF-1.4\n%%EOF\n');
    }
    if (path === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' });
      return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    }
    if (path === '/huge') {
      // No content-length: the limit must be applied while the body streams.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'word '.repeat(2000)}</p>`;
      let sent = 0;
      const more = (): void => {
        while (sent < 2000) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      res.on('close', () => (sent = 2000));
      return more();
    }
    if (path === '/nested')
      return html(
        `<title>Deep</title>${'<div>'.repeat(20_000)}<p>Deep text at the bottom of the page.</p>${'</div>'.repeat(20_000)}`,
      );
    if (path === '/big-attribute')
      return html(`<title>Attr</title><p title="${'a'.repeat(2_000_000)}">A paragraph after a long attribute.</p>`);
    if (path === '/entities') return html(`<title>Entities</title><p>${'&amp;&lt;&#x41;&nbsp;'.repeat(50_000)}</p>`);
    if (path === '/empty')
      return html('<html><head><title>Empty</title></head><body><script>var x = 1;</script></body></html>');
    if (path === '/error') {
      res.writeHead(500, { 'content-type': 'text/html' });
      return res.end('<p>Internal error</p>');
    }
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<p>Not found</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stop of pending) stop();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
