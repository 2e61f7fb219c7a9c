// A local web server on 127.0.0.1 (a free port) for the web-page end-to-end test: the article fixture of
// test/fixtures/web, a redirect to it, a PDF where a page was expected, a missing page, and a page that answers only
// when the test lets it (so the fetching state can be seen). Every request is recorded.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from './fixtures';

export interface WebPagesServer {
  origin: string;
  /** The paths asked for, in order. */
  requests: string[];
  /** Lets the waiting answer of /waiting go out (the article). */
  release(): void;
  close(): Promise<void>;
}

/** Starts the server; close it at the end of the test. */
export async function startWebPagesServer(): Promise<WebPagesServer> {
  const article = await readFile(path.join(REPO_ROOT, 'test', 'fixtures', 'web', 'article.html'));
  const requests: string[] = [];
  const waiting = new Set<ServerResponse>();
  const sendArticle = (res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(article);
  };
  const server = createServer((req, res) => {
    const at = req.url ?? '/';
    requests.push(at);
    if (at === '/speeches/first-inaugural') return sendArticle(res);
    if (at === '/inaugural') {
      res.writeHead(302, { location: '/speeches/first-inaugural' });
      return res.end();
    }
    if (at === '/reports/annual.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      return res.end('%PDF-1.4\n%%EOF\n');
    }
    if (at === '/waiting') {
      waiting.add(res);
      res.on('close', () => waiting.delete(res));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<p>Not found</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    release() {
      for (const res of waiting) sendArticle(res);
      waiting.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
