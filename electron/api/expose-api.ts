// The preload side of the Api: window.factdesk gets one function per method and an `on` for events, nothing else
// (never ipcRenderer itself). Structural types only, so the bridge can be built and tested in plain Node.
import { EVENT_NAMES, METHOD_NAMES, channelFor, eventChannelFor } from '../../shared/api/names';
import type { EventName } from '../../shared/api/names';
import type { Api, Bridge, Events } from '../../shared/api/contract';
import { fail } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';

/** The key the Bridge is exposed under: `window.factdesk`. */
export const BRIDGE_KEY = 'factdesk';

/** The part of Electron's contextBridge the preload uses. */
export interface ContextBridgeLike {
  exposeInMainWorld(apiKey: string, api: unknown): void;
}

/** The part of Electron's ipcRenderer the preload uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

async function invoke(
  ipcRenderer: IpcRendererLike,
  channel: string,
  method: string,
  input: unknown,
): Promise<Result<unknown>> {
  try {
    const reply = await ipcRenderer.invoke(channel, input);
    if (isResult(reply)) return reply;
    return fail('internal', `Factdesk's main process sent an unexpected reply to "${method}". Restart Factdesk.`);
  } catch {
    return fail(
      'internal',
      `Factdesk's window lost contact with the main process while running "${method}". Restart Factdesk.`,
    );
  }
}

/**
 * Builds the Bridge. Events that arrive before the renderer first subscribes to them (a project opened by
 * double-clicking a file while the window was still loading) are kept and delivered to the first listener.
 */
export function createBridge(ipcRenderer: IpcRendererLike): Bridge {
  const api = Object.fromEntries(
    METHOD_NAMES.map((method) => {
      const channel = channelFor(method);
      return [method, (input: unknown) => invoke(ipcRenderer, channel, method, input)];
    }),
  ) as unknown as Api;

  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const early = new Map<EventName, unknown[]>();
  for (const event of EVENT_NAMES) {
    early.set(event, []);
    ipcRenderer.on(eventChannelFor(event), (_ipcEvent, payload) => {
      const waiting = early.get(event);
      if (waiting) {
        waiting.push(payload);
        return;
      }
      for (const listener of [...(listeners.get(event) ?? [])]) listener(payload);
    });
  }

  function on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
    if (!(EVENT_NAMES as readonly string[]).includes(event)) {
      throw new TypeError(`Factdesk has no event called "${String(event)}".`);
    }
    if (typeof listener !== 'function') throw new TypeError(`The listener for "${event}" must be a function.`);
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    const wrapped = (payload: unknown) => listener(payload as Events[E]);
    set.add(wrapped);
    const waiting = early.get(event);
    if (waiting) {
      early.delete(event);
      if (waiting.length > 0) {
        queueMicrotask(() => {
          for (const payload of waiting) for (const current of [...set]) current(payload);
        });
      }
    }
    return () => {
      set.delete(wrapped);
    };
  }

  return Object.freeze({ api: Object.freeze(api), on });
}

/** Exposes the Bridge on window.factdesk in the renderer's main world. */
export function exposeApi(contextBridge: ContextBridgeLike, ipcRenderer: IpcRendererLike): void {
  contextBridge.exposeInMainWorld(BRIDGE_KEY, createBridge(ipcRenderer));
}
