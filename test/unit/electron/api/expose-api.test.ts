// exposeApi over fake contextBridge and ipcRenderer: exactly the methods plus `on`, payloads only, known events only.
import { describe, expect, it } from 'vitest';
import { BRIDGE_KEY, exposeApi } from '../../../../electron/api/expose-api';
import type { IpcRendererLike } from '../../../../electron/api/expose-api';
import { EVENT_NAMES, METHOD_NAMES, channelFor, eventChannelFor } from '../../../../shared/api/contract';
import type { Bridge, EventName } from '../../../../shared/api/contract';

type RendererListener = (event: unknown, ...args: unknown[]) => void;

class FakeIpcRenderer implements IpcRendererLike {
  readonly invoked: unknown[][] = [];
  readonly listeners = new Map<string, RendererListener[]>();
  reply: (channel: string) => Promise<unknown> = async () => ({ ok: true, value: null });
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push([channel, ...args]);
    return this.reply(channel);
  }
  on(channel: string, listener: RendererListener): this {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  }
  emit(event: EventName, payload: unknown): void {
    const ipcEvent = { sender: 'the IpcRendererEvent must never reach the page' };
    for (const listener of this.listeners.get(eventChannelFor(event)) ?? []) listener(ipcEvent, payload);
  }
}

function expose(ipc = new FakeIpcRenderer()): { bridge: Bridge; ipc: FakeIpcRenderer; key: string } {
  let exposed: { key: string; value: unknown } | null = null;
  exposeApi({ exposeInMainWorld: (key, value) => (exposed = { key, value }) }, ipc);
  if (!exposed) throw new Error('nothing was exposed');
  const { key, value } = exposed as { key: string; value: unknown };
  return { bridge: value as Bridge, ipc, key };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('exposeApi', () => {
  it('exposes window.factdesk with exactly one function per method and `on`', () => {
    const { bridge, key } = expose();
    expect(key).toBe(BRIDGE_KEY);
    expect(Object.keys(bridge).sort()).toEqual(['api', 'on']);
    expect(Object.keys(bridge.api).sort()).toEqual([...METHOD_NAMES].sort());
    for (const method of METHOD_NAMES) expect(typeof bridge.api[method]).toBe('function');
    expect(Object.isFrozen(bridge.api)).toBe(true);
  });

  it('invokes each method on its own channel with the input, and nothing else', async () => {
    const { bridge, ipc } = expose();
    const reply = await bridge.api.closeProject({ projectId: 'p1' });
    expect(reply).toEqual({ ok: true, value: null });
    expect(ipc.invoked).toEqual([[channelFor('closeProject'), { projectId: 'p1' }]]);
  });

  it('turns a lost connection or a strange reply into a Result', async () => {
    const ipc = new FakeIpcRenderer();
    const { bridge } = expose(ipc);
    ipc.reply = () => Promise.reject(new Error("No handler registered for 'api:getAppInfo'"));
    expect(await bridge.api.getAppInfo({})).toMatchObject({ ok: false, error: { code: 'internal' } });
    ipc.reply = async () => 'not a result';
    expect(await bridge.api.getAppInfo({})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('listens on every event channel and passes only the payload', () => {
    const { bridge, ipc } = expose();
    expect([...ipc.listeners.keys()].sort()).toEqual(EVENT_NAMES.map(eventChannelFor).sort());
    const received: unknown[][] = [];
    bridge.on('menuCommand', (...args: unknown[]) => received.push(args));
    ipc.emit('menuCommand', { command: 'command-palette' });
    expect(received).toEqual([[{ command: 'command-palette' }]]);
  });

  it('returns an unsubscribe that stops delivery', () => {
    const { bridge, ipc } = expose();
    const received: unknown[] = [];
    const off = bridge.on('saveState', (payload) => received.push(payload));
    ipc.emit('saveState', { projectId: 'p1', saveState: { state: 'saving' } });
    off();
    ipc.emit('saveState', { projectId: 'p1', saveState: { state: 'saved' } });
    expect(received).toHaveLength(1);
  });

  it('refuses events that do not exist and listeners that are not functions', () => {
    const { bridge } = expose();
    expect(() => bridge.on('ipc-message' as EventName, () => undefined)).toThrow(/no event called "ipc-message"/);
    expect(() => bridge.on('menuCommand', 'alert(1)' as never)).toThrow(TypeError);
  });

  it('keeps events sent before the first subscription and delivers them to the first listener', async () => {
    const { bridge, ipc } = expose();
    ipc.emit('projectOpened', { view: { projectId: 'p1' } });
    const received: unknown[] = [];
    bridge.on('projectOpened', (payload) => received.push(payload));
    await tick();
    expect(received).toEqual([{ view: { projectId: 'p1' } }]);
    const later: unknown[] = [];
    bridge.on('projectOpened', (payload) => later.push(payload));
    await tick();
    expect(later).toEqual([]);
  });
});
