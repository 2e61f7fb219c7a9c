// Carries the Api over HTTP on 127.0.0.1 for the browser harness: `POST /api/<method>` with the per-run token,
// server-sent events on `/api/events`, exported files on `/api/export-file`, and the built renderer as static files under the app's strict CSP.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EVENT_NAMES, METHOD_NAMES } from '../../shared/api/contract';
import { EXPORT_FILE_PATH, HTTP_TOKEN_HEADER } from '../../shared/api/names';
import { wireReviver } from '../../shared/api/wire';
import type { Api, EventName, Events, MethodName } from '../../shared/api/contract';
import { fail } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { callValidated } from './validated-call';
import { HARNESS_CSP, HARNESS_HEADERS, sendJson, serveStatic, writeHead } from './http-static';
import { serveExportFile } from './http-export-file';
import { MEDIA_PATH_PREFIX, planMediaReply, sendMediaReply } from './media-range';
import type { RecordingLookup } from './media-range';

export { HARNESS_CSP };

/** Header that carries the harness token on every Api request (the renderer's http-bridge sends it). */
export const TOKEN_HEADER = HTTP_TOKEN_HEADER;

/** Largest request body accepted: a 20-million-character draft, JSON-escaped, fits. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

const HEARTBEAT_MS = 15_000;

export interface BindHttpOptions {
  /** The built renderer (dist/renderer): index.html and its assets. */
  staticDir: string;
  /** Only loopback: the harness is never reachable from another machine. */
  host?: '127.0.0.1';
  /** 0 or absent picks a free port. */
  port?: number;
  /** Defaults to 32 random bytes as hex, new for every run. */
  token?: string;
  /** Told about refused requests and unexpected handler errors; the reply carries only the sentence. */
  log?: (line: string) => void;
  maxBodyBytes?: number;
  /** Finds a source's recording for /media/ (ranges, token in the query); without it /media/ is not served. */
  recordings?: RecordingLookup;
}

export interface HttpServerHandle {
  /** The server's origin, `http://127.0.0.1:<port>` (no trailing slash). */
  url: string;
  port: number;
  token: string;
  /** Sends an event to every connected event stream. */
  emit<E extends EventName>(event: E, payload: Events[E]): void;
  /** Ends the event streams and stops the server. */
  close(): Promise<void>;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Compares in constant time; hashing first hides the length of the expected token as well. */
function tokenMatches(given: string | undefined, expected: Buffer): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  return timingSafeEqual(digest(given), expected);
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

type Reply = { status: number; body: Result<unknown> };

/**
 * Reads the body up to `limit` bytes; null when it is larger. Reading stops there without destroying the request,
 * so the 413 reply still reaches the client (the connection is closed after it).
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(headerValue(req, 'content-length') ?? '0');
  if (declared > limit) return Promise.resolve(null);
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.pause();
      resolveBody(null);
    };
    req.on('data', onData);
    req.on('end', () => resolveBody(size <= limit ? Buffer.concat(chunks) : null));
    req.on('error', reject);
  });
}

/** Reads, parses and validates one call, then runs its handler; every outcome is a Result. */
async function dispatchCall(
  req: IncomingMessage,
  method: MethodName,
  handlers: Api,
  maxBodyBytes: number,
  log: (line: string) => void,
): Promise<Reply> {
  const body = await readBody(req, maxBodyBytes);
  if (body === null) {
    const mb = Math.round(maxBodyBytes / (1024 * 1024));
    return {
      status: 413,
      body: fail('invalid-input', `Factdesk refused the request "${method}" because it is larger than ${mb} MB.`),
    };
  }
  let input: unknown;
  try {
    input = JSON.parse(body.length === 0 ? '{}' : body.toString('utf8'), wireReviver);
  } catch {
    return {
      status: 400,
      body: fail('invalid-input', `Factdesk refused the request "${method}" because its body is not valid JSON.`),
    };
  }
  const reply = await callValidated(handlers, method, input, (_m, error) =>
    log(`"${method}" failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  );
  return { status: 200, body: reply };
}

/**
 * Serves the Api and the renderer on 127.0.0.1. Every Api request needs the token; a request whose Host is not
 * this server (DNS rebinding) or whose Origin is another site is refused before anything else is read.
 */
export async function bindHttp(handlers: Api, options: BindHttpOptions): Promise<HttpServerHandle> {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error('The Factdesk harness listens on 127.0.0.1 only.');
  const token = options.token ?? randomBytes(32).toString('hex');
  const expectedToken = digest(token);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const log = options.log ?? (() => {});
  const streams = new Set<ServerResponse>();
  let port = 0;
  let origin = '';

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`Factdesk's harness could not answer ${req.method ?? '?'} ${req.url ?? '?'}: ${String(error)}`);
      if (!res.headersSent)
        sendJson(
          res,
          500,
          fail(
            'internal',
            "Something unexpected went wrong in Factdesk's local server. Your last saved work is on disk.",
          ),
        );
      else res.destroy();
    });
  });

  function hostAllowed(req: IncomingMessage): boolean {
    const given = (headerValue(req, 'host') ?? '').toLowerCase();
    return given === `127.0.0.1:${port}` || given === `localhost:${port}`;
  }

  function originAllowed(req: IncomingMessage): boolean {
    const given = headerValue(req, 'origin');
    // The page may have been opened as localhost too; the Host check already keeps other sites' names out.
    return given === undefined || given === origin || given === origin.replace('127.0.0.1', 'localhost');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req)) {
      log(`Refused a request for host "${headerValue(req, 'host') ?? ''}".`);
      sendJson(
        res,
        403,
        fail('untrusted-sender', "Factdesk's local server answers only to 127.0.0.1 and localhost on its own port."),
      );
      return;
    }
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      if (!originAllowed(req)) {
        log(`Refused a request from origin "${headerValue(req, 'origin') ?? ''}".`);
        sendJson(res, 403, fail('untrusted-sender', 'Factdesk refused a request that came from another web page.'));
        return;
      }
      if (url.pathname === '/api/events') {
        openEventStream(req, res, url);
        return;
      }
      if (url.pathname === EXPORT_FILE_PATH) {
        if (queryTokenRefused(req, res, url)) return;
        await serveExportFile(req, res, url, handlers);
        return;
      }
      await handleCall(req, res, url.pathname.slice('/api/'.length));
      return;
    }
    if (url.pathname.startsWith(MEDIA_PATH_PREFIX) && options.recordings) {
      if (queryTokenRefused(req, res, url)) return;
      const reply = await planMediaReply(
        url.pathname,
        req.method ?? 'GET',
        headerValue(req, 'range'),
        options.recordings,
      );
      await sendMediaReply(res, reply, { ...HARNESS_HEADERS });
      return;
    }
    await serveStatic(req, res, url.pathname, options.staticDir);
  }

  async function handleCall(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (!tokenMatches(headerValue(req, TOKEN_HEADER), expectedToken)) {
      const status = headerValue(req, TOKEN_HEADER) === undefined ? 401 : 403;
      sendJson(
        res,
        status,
        fail(
          'untrusted-sender',
          "Factdesk refused the request because the page's token is missing or out of date. Open the address Factdesk printed when it started.",
        ),
      );
      return;
    }
    if (!(METHOD_NAMES as readonly string[]).includes(name)) {
      sendJson(res, 404, fail('unknown-method', `Factdesk has no request called "${name.slice(0, 80)}".`));
      return;
    }
    const method = name as MethodName;
    if (req.method !== 'POST') {
      sendJson(res, 405, fail('invalid-input', `Factdesk expects "${method}" to be sent with POST.`));
      return;
    }
    const reply = await dispatchCall(req, method, handlers, maxBodyBytes, log);
    if (reply.status === 413) res.setHeader('Connection', 'close');
    sendJson(res, reply.status, reply.body);
    if (reply.status === 413) res.on('finish', () => req.destroy());
  }

  /** A link or an EventSource cannot send headers, so these carry the token in the query; true when refused. */
  function queryTokenRefused(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    const given = url.searchParams.get('token') ?? headerValue(req, TOKEN_HEADER);
    if (tokenMatches(given ?? undefined, expectedToken)) return false;
    sendJson(
      res,
      given ? 403 : 401,
      fail('untrusted-sender', "Factdesk refused the request because the page's token is missing or out of date."),
    );
    return true;
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET') {
      sendJson(res, 405, fail('invalid-input', "Factdesk's event stream is read with GET."));
      return;
    }
    const given = url.searchParams.get('token') ?? headerValue(req, TOKEN_HEADER);
    if (!tokenMatches(given ?? undefined, expectedToken)) {
      sendJson(
        res,
        given ? 403 : 401,
        fail(
          'untrusted-sender',
          "Factdesk refused the event stream because the page's token is missing or out of date.",
        ),
      );
      return;
    }
    writeHead(res, 200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 2000\n: connected\n\n');
    streams.add(res);
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    const forget = () => {
      clearInterval(heartbeat);
      streams.delete(res);
    };
    req.on('close', forget);
    res.on('close', forget);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port: options.port ?? 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The Factdesk harness did not get a TCP port.');
  port = address.port;
  origin = `http://127.0.0.1:${port}`;
  server.on('clientError', (_error, socket) => socket.destroy());

  let closing: Promise<void> | null = null;
  return {
    url: origin,
    port,
    token,
    emit(event, payload) {
      if (!(EVENT_NAMES as readonly string[]).includes(event))
        throw new TypeError(`Factdesk has no event called "${String(event)}".`);
      // JSON.stringify escapes line breaks inside strings, so the payload is always one `data:` line.
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const stream of streams) stream.write(frame);
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        streams.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
