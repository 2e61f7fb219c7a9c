// The browser harness Bridge against a real HTTP server on 127.0.0.1: token header, JSON Results, server-sent events.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpBridge, takeHarnessToken } from '../../../../renderer/app/http-bridge';
import type { EventSourceLike } from '../../../../renderer/app/http-bridge';

const TOKEN = 'a'.repeat(64);

let server: Server;
let baseUrl: string;
const received: Array<{ url: string; token: string | undefined; body: unknown }> = [];
let streams: ServerResponse[] = [];

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

beforeEach(async () => {
  received.length = 0;
  streams = [];
  server = createServer((req, res) => {
    void (async () => {
      if (req.method === 'GET' && req.url === `/api/events?token=${TOKEN}`) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(': open\n\n');
        streams.push(res);
        return;
      }
      const body = await readBody(req);
      received.push({
        url: req.url ?? '',
        token: req.headers['x-factdesk-token'] as string | undefined,
        body: JSON.parse(body || 'null'),
      });
      if (req.url === '/api/getProject') {
        res.writeHead(500, { 'content-type': 'text/html' });
        res.end('<h1>oops</h1>');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, value: { echo: req.url } }));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  for (const s of streams) s.end();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A small EventSource over fetch (Node has none): parses `event:` and `data:` lines. */
function fetchEventSource(url: string): EventSourceLike {
  const listeners = new Map<string, Array<(event: { data: string }) => void>>();
  const controller = new AbortController();
  void (async () => {
    const response = await fetch(url, { signal: controller.signal });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (name && data !== undefined) for (const l of listeners.get(name) ?? []) l({ data });
      }
    }
  })();
  return {
    addEventListener(type, listener) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    close: () => controller.abort(),
  };
}

describe('createHttpBridge', () => {
  it('posts each method to /api/<method> with the token header and returns the Result', async () => {
    const bridge = createHttpBridge(TOKEN, { fetch, baseUrl });
    const result = await bridge.api.markClaim({ projectId: 'p1', start: 3, end: 9 });
    expect(result).toEqual({ ok: true, value: { echo: '/api/markClaim' } });
    expect(received).toEqual([{ url: '/api/markClaim', token: TOKEN, body: { projectId: 'p1', start: 3, end: 9 } }]);
  });

  it('turns an unreadable reply into an io-error sentence naming the method', async () => {
    const bridge = createHttpBridge(TOKEN, { fetch, baseUrl });
    const result = await bridge.api.getProject({ projectId: 'p1' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('io-error');
      expect(result.error.message).toContain('getProject');
    }
  });

  it('says so when the server cannot be reached', async () => {
    const bridge = createHttpBridge(TOKEN, { fetch, baseUrl: 'http://127.0.0.1:1' });
    const result = await bridge.api.getAppInfo({});
    expect(result).toMatchObject({ ok: false, error: { code: 'io-error' } });
  });

  it('delivers server-sent events to listeners until they unsubscribe', async () => {
    const bridge = createHttpBridge(TOKEN, { fetch, baseUrl, openEvents: fetchEventSource });
    const seen: string[] = [];
    const stop = bridge.on('saveState', (payload) => seen.push(payload.saveState.state));
    bridge.on('menuCommand', (payload) => seen.push(payload.command));
    await expect.poll(() => streams.length).toBe(1);
    const stream = streams[0]!;
    stream.write(`event: saveState\ndata: ${JSON.stringify({ projectId: 'p1', saveState: { state: 'saving' } })}\n\n`);
    stream.write(`event: menuCommand\ndata: ${JSON.stringify({ command: 'about' })}\n\n`);
    await expect.poll(() => seen).toEqual(['saving', 'about']);
    stop();
    stream.write(`event: saveState\ndata: ${JSON.stringify({ projectId: 'p1', saveState: { state: 'saved' } })}\n\n`);
    stream.write(`event: menuCommand\ndata: ${JSON.stringify({ command: 'keyboard-shortcuts' })}\n\n`);
    await expect.poll(() => seen).toEqual(['saving', 'about', 'keyboard-shortcuts']);
  });
});

describe('takeHarnessToken', () => {
  function environment(href: string) {
    const store = new Map<string, string>();
    const replaced: string[] = [];
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    } as Storage;
    const history = {
      state: null,
      replaceState: (_s: unknown, _t: string, url: string) => void replaced.push(url),
    } as unknown as History;
    return { location: { href } as Location, history, storage, replaced };
  }

  it('takes the token from the address, keeps it for reloads and removes it from the address bar', () => {
    const env = environment(`http://127.0.0.1:4000/?token=${TOKEN}&x=1#top`);
    expect(takeHarnessToken(env.location, env.history, env.storage)).toBe(TOKEN);
    expect(env.replaced).toEqual(['/?x=1#top']);
    const reload = { ...env, location: { href: 'http://127.0.0.1:4000/' } as Location };
    expect(takeHarnessToken(reload.location, reload.history, env.storage)).toBe(TOKEN);
  });

  it('returns null when there is no token anywhere', () => {
    const env = environment('http://127.0.0.1:4000/');
    expect(takeHarnessToken(env.location, env.history, env.storage)).toBeNull();
  });
});
