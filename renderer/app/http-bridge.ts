// The Bridge for the browser harness: the same Api as the Electron preload, carried over HTTP on 127.0.0.1.
// Methods are `POST /api/<method>` with a per-run token; events arrive as server-sent events; exported files are
// links to `GET /api/export-file`.
import { EVENT_NAMES, EXPORT_FILE_PATH, HTTP_TOKEN_HEADER, METHOD_NAMES } from '../../shared/api/names';
import type { EventName, MethodName } from '../../shared/api/names';
import type { Api, Bridge, Events } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { wireReplacer, wireReviver } from '../../shared/api/wire';
import { mediaUrl } from '../features/sources/media-url';

/** Header that carries the harness token on every request. */
export const TOKEN_HEADER = HTTP_TOKEN_HEADER;
const TOKEN_KEY = 'factdesk.token';

/** The parts of the browser the HTTP bridge needs, passed in so it can run anywhere. */
export interface HttpBridgeEnv {
  fetch: typeof fetch;
  /** Opens the event stream; absent where EventSource does not exist (events are then not delivered). */
  openEvents?: (url: string) => EventSourceLike;
  /** Base URL of the harness server, '' for same-origin. */
  baseUrl?: string;
}

/** The subset of EventSource the bridge uses. */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: { data: string }) => void): void;
  close(): void;
}

function failure<T>(message: string): Result<T> {
  return { ok: false, error: { code: 'io-error', message } };
}

async function call(env: HttpBridgeEnv, token: string, method: MethodName, input: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await env.fetch(`${env.baseUrl ?? ''}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(input ?? {}, wireReplacer),
    });
  } catch {
    return failure('Factdesk could not reach its local server. Restart Factdesk and open the new address it prints.');
  }
  let body: unknown;
  try {
    body = JSON.parse(await response.text(), wireReviver);
  } catch {
    return failure(`Factdesk's local server sent an unreadable reply to ${method} (HTTP ${response.status}).`);
  }
  if (body && typeof body === 'object' && 'ok' in body) return body as Result<unknown>;
  return failure(`Factdesk's local server sent an unexpected reply to ${method} (HTTP ${response.status}).`);
}

/**
 * Builds a Bridge that calls the harness server. Events share one EventSource, opened on the first subscription.
 * Replies and events travel on different connections, so they can arrive out of order; views and save states carry
 * revision and sequence numbers, and the renderer keeps the newest.
 */
export function createHttpBridge(token: string, env: HttpBridgeEnv): Bridge {
  const api = Object.fromEntries(
    METHOD_NAMES.map((method) => [method, (input: unknown) => call(env, token, method, input)]),
  ) as unknown as Api;

  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let source: EventSourceLike | null = null;

  function ensureSource(): void {
    if (source || !env.openEvents) return;
    source = env.openEvents(`${env.baseUrl ?? ''}/api/events?token=${encodeURIComponent(token)}`);
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (event) => {
        let payload: unknown;
        try {
          payload = JSON.parse(event.data);
        } catch {
          return;
        }
        for (const listener of listeners.get(name) ?? []) listener(payload as never);
      });
    }
  }

  return {
    api,
    exportFileUrl({ projectId, path, mode }) {
      const query = new URLSearchParams({ projectId, path, mode, token });
      return `${env.baseUrl ?? ''}${EXPORT_FILE_PATH}?${query.toString()}`;
    },
    mediaUrl(target) {
      return mediaUrl(target, token, env.baseUrl ?? '');
    },
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      ensureSource();
      return () => {
        set.delete(listener as (payload: never) => void);
      };
    },
  };
}

/**
 * Reads the harness token: from `?token=` on first load (then kept in sessionStorage and removed from the
 * address bar so it is not bookmarked or shared), or from sessionStorage after a reload.
 */
export function takeHarnessToken(location: Location, history: History, storage: Storage): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}
