// The recording server on a real Node HTTP server and real files: 200 and 206 with Content-Range, open-ended and
// suffix ranges, 416 past the end, a list of ranges answered with its first, and refusals for addresses that are not a
// referenced recording or whose file would leave the project's sources/ folder.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMediaPath, parseRange, planMediaReply, sendMediaReply } from '../../../../electron/api/media-range';
import type { RecordingRef } from '../../../../electron/api/media-range';

const NAME = `${'a'.repeat(64)}.wav`;
const OUTSIDE = `${'b'.repeat(64)}.wav`;
const BYTES = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));

let dir: string;
let server: Server;
let port: number;
const refs = new Map<string, RecordingRef>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-media-'));
  await mkdir(join(dir, 'project', 'sources'), { recursive: true });
  await writeFile(join(dir, 'project', 'sources', NAME), BYTES);
  await writeFile(join(dir, 'secret.wav'), 'not for the renderer');
  await symlink(join(dir, 'secret.wav'), join(dir, 'project', 'sources', OUTSIDE));
  const folder = join(dir, 'project');
  refs.set('s1', { folder, file: NAME, mediaType: 'audio/wav' });
  refs.set('escape', { folder, file: '../secret.wav', mediaType: 'audio/wav' });
  refs.set('link', { folder, file: OUTSIDE, mediaType: 'audio/wav' });
  refs.set('gone', { folder, file: '0'.repeat(64) + '.wav', mediaType: 'audio/wav' });
  refs.set('arriving', {
    folder,
    file: '1'.repeat(64) + '.wav',
    mediaType: 'audio/wav',
    arriving: 'The recording of "Briefing" is still arriving from the story server.',
  });
  server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    void planMediaReply(pathname, req.method ?? 'GET', req.headers.range, async (a) =>
      a.projectId === 'p1' && a.library === 'project' ? (refs.get(a.sourceId) ?? null) : null,
    ).then((reply) => sendMediaReply(res, reply));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  await rm(dir, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((done, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('parseRange', () => {
  it('reads closed, open-ended and suffix ranges and refuses ranges past the end', () => {
    expect(parseRange(undefined, 10)).toEqual({ kind: 'full' });
    expect(parseRange('bytes=2-5', 10)).toEqual({ kind: 'partial', start: 2, end: 5 });
    expect(parseRange('bytes=4-', 10)).toEqual({ kind: 'partial', start: 4, end: 9 });
    expect(parseRange('bytes=-3', 10)).toEqual({ kind: 'partial', start: 7, end: 9 });
    expect(parseRange('bytes=5-100', 10)).toEqual({ kind: 'partial', start: 5, end: 9 });
    expect(parseRange('bytes=10-', 10)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=6-2', 10)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=0-1, 4-5', 10)).toEqual({ kind: 'partial', start: 0, end: 1 });
    expect(parseRange('items=0-1', 10)).toEqual({ kind: 'full' });
  });
});

describe('parseMediaPath', () => {
  it('takes only /media/<project>/<library>/<source>', () => {
    expect(parseMediaPath('/media/p1/project/s1')).toEqual({ projectId: 'p1', library: 'project', sourceId: 's1' });
    expect(parseMediaPath('/media/p1/elsewhere/s1')).toBeNull();
    expect(parseMediaPath('/media/p1/project/../s1')).toBeNull();
    expect(parseMediaPath('/media/p1/project/s1/x')).toBeNull();
    expect(parseMediaPath('/other/p1/project/s1')).toBeNull();
  });
});

describe('serving a recording', () => {
  it('sends the whole file with 200 and says ranges are accepted', async () => {
    const r = await get('/media/p1/project/s1');
    expect(r.status).toBe(200);
    expect(r.headers['accept-ranges']).toBe('bytes');
    expect(r.headers['content-type']).toBe('audio/wav');
    expect(r.body.equals(BYTES)).toBe(true);
  });

  it('answers a range with 206 and Content-Range, including open-ended ones', async () => {
    const r = await get('/media/p1/project/s1', { range: 'bytes=100-199' });
    expect(r.status).toBe(206);
    expect(r.headers['content-range']).toBe('bytes 100-199/1000');
    expect(r.body.equals(BYTES.subarray(100, 200))).toBe(true);
    const open = await get('/media/p1/project/s1', { range: 'bytes=900-' });
    expect(open.status).toBe(206);
    expect(open.headers['content-range']).toBe('bytes 900-999/1000');
    expect(open.body.length).toBe(100);
  });

  it('answers a list of ranges with its first range only', async () => {
    const r = await get('/media/p1/project/s1', { range: 'bytes=0-9, 500-509' });
    expect(r.status).toBe(206);
    expect(r.headers['content-range']).toBe('bytes 0-9/1000');
    expect(r.body.equals(BYTES.subarray(0, 10))).toBe(true);
  });

  it('answers 416 with the size for a range past the end', async () => {
    const r = await get('/media/p1/project/s1', { range: 'bytes=1000-' });
    expect(r.status).toBe(416);
    expect(r.headers['content-range']).toBe('bytes */1000');
  });

  it('sends headers only for HEAD', async () => {
    const r = await get('/media/p1/project/s1', {}, 'HEAD');
    expect(r.status).toBe(200);
    expect(r.headers['content-length']).toBe('1000');
    expect(r.body.length).toBe(0);
  });

  it('refuses sources without a recording, other projects, odd names and files that leave sources/', async () => {
    expect((await get('/media/p1/project/nothing')).status).toBe(404);
    expect((await get('/media/p2/project/s1')).status).toBe(404);
    expect((await get('/media/p1/project/escape')).status).toBe(403);
    expect((await get('/media/p1/project/link')).status).toBe(403);
    expect((await get('/media/p1/project/..%2Fsecret.wav')).status).toBe(404);
    expect((await get('/media/p1/project/s1', {}, 'POST')).status).toBe(405);
  });

  it('says a recording is missing, or, in a shared story, still arriving', async () => {
    const gone = await get('/media/p1/project/gone');
    expect(gone.status).toBe(404);
    expect(gone.body.toString()).toBe('The recording file is missing from the project.');
    const arriving = await get('/media/p1/project/arriving');
    expect(arriving.status).toBe(404);
    expect(arriving.body.toString()).toBe('The recording of "Briefing" is still arriving from the story server.');
  });
});

describe('the browser harness route', () => {
  it('serves /media/ with ranges only with the page token and under the strict CSP', async () => {
    const { bindHttp } = await import('../../../../electron/api/bind-http');
    const staticDir = join(dir, 'static');
    await mkdir(staticDir, { recursive: true });
    await writeFile(join(staticDir, 'index.html'), '<!doctype html>');
    const harness = await bindHttp({} as never, {
      staticDir,
      token: 't0ken',
      recordings: async (a) => (a.projectId === 'p1' ? (refs.get(a.sourceId) ?? null) : null),
    });
    try {
      const at = (path: string, headers: Record<string, string> = {}) =>
        new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((done, reject) => {
          const req = request({ host: '127.0.0.1', port: harness.port, path, headers }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
            );
          });
          req.on('error', reject);
          req.end();
        });
      expect((await at('/media/p1/project/s1')).status).toBe(401);
      expect((await at('/media/p1/project/s1?token=wrong')).status).toBe(403);
      const r = await at('/media/p1/project/s1?token=t0ken', { range: 'bytes=10-19' });
      expect(r.status).toBe(206);
      expect(r.headers['content-range']).toBe('bytes 10-19/1000');
      expect(r.headers['content-security-policy']).toContain("media-src 'self'");
      expect(r.body.equals(BYTES.subarray(10, 20))).toBe(true);
    } finally {
      await harness.close();
    }
  });
});
