// bindHttp on a real server and a real port: token, Origin and Host guards, validation before the handler,
// server-sent events, static files with the strict CSP, and refused path traversal.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bindHttp, HARNESS_CSP, TOKEN_HEADER } from '../../../../electron/api/bind-http';
import type { HttpServerHandle } from '../../../../electron/api/bind-http';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/security/csp';
import { METHOD_NAMES } from '../../../../shared/api/contract';
import type { Api } from '../../../../shared/api/contract';
import { ok } from '../../../../shared/api/result';
import type { AppInfo } from '../../../../shared/api/views';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

const APP_INFO: AppInfo = {
  version: '0.1.0',
  userName: 'Ada Reporter',
  theme: 'system',
  suggestionShare: 0.15,
  storyServerCa: null,
  recent: [],
  capabilities: { transport: 'http', nativeDialogs: false, showInFolder: false },
  dataDir: '/tmp/factdesk-test',
};

/** The edge: an Api whose methods record their input; removeRecent throws to show how failures are carried. */
function fakeApi(calls: Array<{ method: string; input: unknown }>): Api {
  const api = Object.fromEntries(
    METHOD_NAMES.map((method) => [
      method,
      async (input: unknown) => {
        calls.push({ method, input });
        if (method === 'removeRecent') throw new Error('the recent list is unreadable');
        return ok(APP_INFO);
      },
    ]),
  );
  return api as unknown as Api;
}

let server: HttpServerHandle;
let root: string;
const calls: Array<{ method: string; input: unknown }> = [];

function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function call(method: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, ...headers },
    body: JSON.stringify(input),
  });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'factdesk-bind-http-'));
  const staticDir = join(root, 'renderer');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Factdesk</title>');
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log("Factdesk");');
  await writeFile(join(staticDir, 'assets', 'app.css'), 'body { margin: 0; }');
  await writeFile(join(root, 'secret.txt'), 'the reporter notes next to the app');
  server = await bindHttp(fakeApi(calls), { staticDir, log: () => {} });
});

afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('bindHttp', () => {
  it('listens on 127.0.0.1 with a 64-character random token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it("answers a valid call with the handler's Result", async () => {
    calls.length = 0;
    const reply = await call('getAppInfo', {}, { origin: server.url });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toEqual({ ok: true, value: APP_INFO });
    expect(calls).toEqual([{ method: 'getAppInfo', input: {} }]);
  });

  it('refuses a missing token with 401 and a wrong one with 403, without calling the handler', async () => {
    calls.length = 0;
    const missing = await send('/api/getAppInfo', { method: 'POST', body: '{}' });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.text).error.code).toBe('untrusted-sender');
    const wrong = await call('getAppInfo', {}, { [TOKEN_HEADER]: 'a'.repeat(64) });
    expect(wrong.status).toBe(403);
    expect(JSON.parse(wrong.text).error.code).toBe('untrusted-sender');
    expect(calls).toEqual([]);
  });

  it('refuses a call from another origin even with the right token', async () => {
    calls.length = 0;
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${server.port + 1}`]) {
      const reply = await call('getAppInfo', {}, { origin });
      expect(reply.status).toBe(403);
    }
    expect(calls).toEqual([]);
  });

  it('refuses a Host that is not this server (DNS rebinding)', async () => {
    const rebound = await call('getAppInfo', {}, { host: `attacker.example:${server.port}` });
    expect(rebound.status).toBe(403);
    const page = await send('/', { headers: { host: 'attacker.example' } });
    expect(page.status).toBe(403);
    const viaLocalhost = await call('getAppInfo', {}, { host: `localhost:${server.port}` });
    expect(viaLocalhost.status).toBe(200);
  });

  it('answers an unknown method with 404 and unknown-method', async () => {
    const reply = await call('deleteEverything', {});
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.text).error.code).toBe('unknown-method');
    const inherited = await call('constructor', {});
    expect(JSON.parse(inherited.text).error.code).toBe('unknown-method');
  });

  it('refuses invalid input with a sentence and never calls the handler', async () => {
    calls.length = 0;
    const reply = await call('createProject', { folder: '', title: 42, extra: true });
    const body = JSON.parse(reply.text);
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('invalid-input');
    expect(body.error.message).toContain('createProject');
    const notJson = await send('/api/getAppInfo', {
      method: 'POST',
      headers: { [TOKEN_HEADER]: server.token },
      body: '{ not json',
    });
    expect(JSON.parse(notJson.text).error.code).toBe('invalid-input');
    expect(calls).toEqual([]);
  });

  it('turns a handler exception into an internal Result', async () => {
    const reply = await call('removeRecent', { path: '/tmp/story' });
    const body = JSON.parse(reply.text);
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('internal');
    expect(body.error.message).toContain('removeRecent');
  });

  it('refuses a body over the limit, whether its length is declared or streamed', async () => {
    const small = await bindHttp(fakeApi([]), { staticDir: join(root, 'renderer'), maxBodyBytes: 1024 });
    const post = (chunks: string[], headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port: small.port, path: '/api/setDraftText', method: 'POST', headers },
          (res) => resolve(res.statusCode ?? 0),
        );
        req.on('error', reject);
        for (const chunk of chunks) req.write(chunk);
        req.end();
      });
    try {
      const body = JSON.stringify({ projectId: 'p', text: 'x'.repeat(4096) });
      const declared = await post([body], { [TOKEN_HEADER]: small.token, 'content-length': String(body.length) });
      expect(declared).toBe(413);
      const streamed = await post([body.slice(0, 800), body.slice(800)], {
        [TOKEN_HEADER]: small.token,
        'transfer-encoding': 'chunked',
      });
      expect(streamed).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('delivers an emitted event on the event stream', async () => {
    const refused = await send('/api/events?token=wrong');
    expect(refused.status).toBe(403);
    const missing = await send('/api/events');
    expect(missing.status).toBe(401);
    const foreign = await send(`/api/events?token=${server.token}`, { headers: { origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: `/api/events?token=${server.token}` },
        (res) => {
          expect(res.statusCode).toBe(200);
          expect(res.headers['content-type']).toContain('text/event-stream');
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes(': connected')) {
              server.emit('saveState', {
                projectId: 'p1',
                saveState: { state: 'saved', savedAt: '2025-01-01T00:00:00Z' },
              });
            }
            const frame = text.split('\n\n').find((block) => block.startsWith('event: saveState'));
            if (frame) {
              req.destroy();
              resolve(frame);
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    const [eventLine, dataLine] = received.split('\n');
    expect(eventLine).toBe('event: saveState');
    expect(JSON.parse((dataLine ?? '').slice('data: '.length))).toEqual({
      projectId: 'p1',
      saveState: { state: 'saved', savedAt: '2025-01-01T00:00:00Z' },
    });
  });

  it('serves index.html for / with the strict CSP and safety headers', async () => {
    const reply = await send('/');
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('<title>Factdesk</title>');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(HARNESS_CSP);
    // The harness answers under the very policy the Electron window sends.
    expect(HARNESS_CSP).toBe(CONTENT_SECURITY_POLICY);
    expect(HARNESS_CSP).toContain("script-src 'self'");
    expect(HARNESS_CSP).toContain("frame-ancestors 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('serves assets with their content types and 404s for missing files', async () => {
    expect((await send('/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send('/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await send('/assets/missing.js')).status).toBe(404);
    expect((await send('/assets/app.js', { method: 'POST' })).status).toBe(405);
  });

  it('refuses path traversal out of the static folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const reply = await send(path);
      expect(reply.status, path).not.toBe(200);
      expect(reply.text, path).not.toContain('reporter notes');
    }
  });
});
