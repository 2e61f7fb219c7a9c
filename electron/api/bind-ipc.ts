// Carries the Api over Electron IPC: one `ipcMain.handle` per method, sender frame checked, input validated,
// every reply a Result. Uses only structural types so it runs (and is tested) in plain Node.
import { METHOD_NAMES, channelFor, eventChannelFor } from '../../shared/api/contract';
import type { Api, EventName, Events, MethodName } from '../../shared/api/contract';
import { fail } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { callValidated } from './validated-call';
import type { OnUnexpectedError } from './validated-call';

/** The part of an IpcMainInvokeEvent bindIpc reads. */
export interface InvokeEventLike {
  readonly senderFrame?: { readonly url: string } | null;
}

/** The part of Electron's ipcMain bindIpc uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** The part of a WebContents sendEvent uses. */
export interface EventTarget {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed?(): boolean;
}

export interface BindIpcOptions {
  /** Told about unexpected errors (the reply to the renderer carries only the sentence). */
  onUnexpectedError?: OnUnexpectedError;
}

/** Runs one call: sender check, validation, handler, errors turned into Results. */
async function dispatch(
  method: MethodName,
  handlers: Api,
  isTrustedSender: (frameUrl: string) => boolean,
  event: InvokeEventLike,
  args: unknown[],
  options: BindIpcOptions,
): Promise<Result<unknown>> {
  const frameUrl = event.senderFrame?.url;
  if (typeof frameUrl !== 'string' || !isTrustedSender(frameUrl)) {
    return fail(
      'untrusted-sender',
      `Factdesk refused the request "${method}" because it did not come from the Factdesk window.`,
    );
  }
  if (args.length !== 1) {
    return fail(
      'invalid-input',
      `Factdesk refused the request "${method}" because it expects exactly one input object, not ${args.length}.`,
    );
  }
  return callValidated(handlers, method, args[0], options.onUnexpectedError);
}

/**
 * Registers one IPC handler per Api method. Calls from a frame that is not trusted, or with input the validator
 * refuses, are answered with a Result error and never reach the handler. Returns a function that removes them all.
 */
export function bindIpc(
  ipcMain: IpcMainLike,
  handlers: Api,
  isTrustedSender: (frameUrl: string) => boolean,
  options: BindIpcOptions = {},
): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelFor(method), (event, ...args) =>
      dispatch(method, handlers, isTrustedSender, event, args, options),
    );
  }
  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(channelFor(method));
  };
}

/** Pushes an event to a window's renderer; does nothing once the window is gone. */
export function sendEvent<E extends EventName>(
  target: EventTarget | null | undefined,
  event: E,
  payload: Events[E],
): void {
  if (!target || target.isDestroyed?.()) return;
  target.send(eventChannelFor(event), payload);
}
