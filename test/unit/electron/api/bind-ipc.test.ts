// bindIpc over a small fake ipcMain: trusted frames only, validated input, Results for every outcome.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bindIpc, sendEvent } from '../../../../electron/api/bind-ipc';
import type { InvokeEventLike, IpcMainLike } from '../../../../electron/api/bind-ipc';
import { createHandlers } from '../../../../electron/api/handlers';
import { isTrustedSender } from '../../../../electron/security/app-url';
import { METHOD_NAMES, channelFor, eventChannelFor } from '../../../../shared/api/contract';
import type { Api, MethodName } from '../../../../shared/api/contract';
import { fail, ok } from '../../../../shared/api/result';
import type { Result } from '../../../../shared/api/result';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  invoke(channel: string, frameUrl: string | null, ...args: unknown[]): Promise<Result<unknown>> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    const event: InvokeEventLike = { senderFrame: frameUrl === null ? null : { url: frameUrl } };
    return Promise.resolve(listener(event, ...args)) as Promise<Result<unknown>>;
  }
}

const APP = 'app://factdesk/index.html';

/** An Api whose methods record their input and reply with a fixed Result. */
function recordingApi(reply: (method: MethodName, input: unknown) => Promise<Result<unknown>> | Result<unknown>) {
  const calls: Array<{ method: MethodName; input: unknown }> = [];
  const api = Object.fromEntries(
    METHOD_NAMES.map((method) => [
      method,
      async (input: unknown) => {
        calls.push({ method, input });
        return reply(method, input);
      },
    ]),
  ) as unknown as Api;
  return { api, calls };
}

describe('bindIpc', () => {
  it('registers one handler per method, on its derived channel, and removes them all on unbind', () => {
    const ipc = new FakeIpcMain();
    const unbind = bindIpc(ipc, recordingApi(() => ok(null)).api, isTrustedSender);
    expect([...ipc.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelFor).sort());
    unbind();
    expect(ipc.handlers.size).toBe(0);
  });

  it.each([
    ['a web page', 'https://example.org/'],
    ['a local file', 'file:///tmp/evil.html'],
    ['a look-alike host', 'app://factdesk.evil/index.html'],
    ['an empty url', ''],
  ])('refuses a call from %s without calling the handler', async (_name, frameUrl) => {
    const ipc = new FakeIpcMain();
    const { api, calls } = recordingApi(() => ok(null));
    bindIpc(ipc, api, isTrustedSender);
    const reply = await ipc.invoke(channelFor('getAppInfo'), frameUrl, {});
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('untrusted-sender');
    expect(calls).toHaveLength(0);
  });

  it('refuses a call whose sender frame is gone', async () => {
    const ipc = new FakeIpcMain();
    const { api, calls } = recordingApi(() => ok(null));
    bindIpc(ipc, api, isTrustedSender);
    const reply = await ipc.invoke(channelFor('closeProject'), null, { projectId: 'p1' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(calls).toHaveLength(0);
  });

  it('refuses invalid input with a sentence naming the field, without calling the handler', async () => {
    const ipc = new FakeIpcMain();
    const { api, calls } = recordingApi(() => ok(null));
    bindIpc(ipc, api, isTrustedSender);
    const missing = await ipc.invoke(channelFor('openProject'), APP, {});
    const extra = await ipc.invoke(channelFor('getAppInfo'), APP, { sneaky: true });
    const notObject = await ipc.invoke(channelFor('closeProject'), APP, 'p1');
    const twoArgs = await ipc.invoke(channelFor('closeProject'), APP, { projectId: 'p1' }, { more: 1 });
    for (const reply of [missing, extra, notObject, twoArgs]) {
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (!reply.ok) expect(reply.error.message).toMatch(/^Factdesk refused the request "\w+"/);
    }
    if (!missing.ok) expect(missing.error.message).toContain('"path"');
    expect(calls).toHaveLength(0);
  });

  it('passes a valid call the parsed input and returns its reply', async () => {
    const ipc = new FakeIpcMain();
    const { api, calls } = recordingApi((method) => ok({ method }));
    bindIpc(ipc, api, isTrustedSender);
    const reply = await ipc.invoke(channelFor('createProject'), APP, {
      folder: '/stories/vote',
      title: '  Council vote  ',
    });
    expect(reply).toEqual({ ok: true, value: { method: 'createProject' } });
    expect(calls).toEqual([{ method: 'createProject', input: { folder: '/stories/vote', title: 'Council vote' } }]);
  });

  it('passes a failed Result through unchanged', async () => {
    const ipc = new FakeIpcMain();
    bindIpc(ipc, recordingApi(() => fail('project-locked', 'Someone else has it open.')).api, isTrustedSender);
    const reply = await ipc.invoke(channelFor('openProject'), APP, { path: '/stories/vote' });
    expect(reply).toEqual({ ok: false, error: { code: 'project-locked', message: 'Someone else has it open.' } });
  });

  it('turns whatever a handler throws into internal, naming the method, and reports it', async () => {
    const ipc = new FakeIpcMain();
    const unexpected: unknown[] = [];
    const { api } = recordingApi((method) => {
      if (method === 'getProject') throw Object.assign(new Error('The project folder is gone.'), { code: 'ENOENT' });
      throw new TypeError('boom');
    });
    bindIpc(ipc, api, isTrustedSender, { onUnexpectedError: (_method, error) => unexpected.push(error) });
    const coded = await ipc.invoke(channelFor('getProject'), APP, { projectId: 'p1' });
    const other = await ipc.invoke(channelFor('listBackups'), APP, { projectId: 'p1' });
    expect(coded).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!coded.ok) expect(coded.error.message).toContain('getProject');
    expect(other).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!other.ok) expect(other.error.message).toContain('listBackups');
    expect(unexpected).toHaveLength(2);
  });

  describe('with the real handlers', () => {
    let dataDir = '';
    afterEach(async () => {
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    });

    it('answers getAppInfo from a temporary data folder', async () => {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'factdesk-ipc-'));
      const handlers = createHandlers({
        now: () => '2025-01-01T00:00:00.000Z',
        newId: () => 'id-1',
        dataDir,
        appVersion: '0.1.0',
        capabilities: { transport: 'ipc', nativeDialogs: true, showInFolder: true },
        identity: { user: 'reporter', host: 'laptop', pid: process.pid },
        emit: () => undefined,
      });
      const ipc = new FakeIpcMain();
      bindIpc(ipc, handlers, isTrustedSender);
      const reply = await ipc.invoke(channelFor('getAppInfo'), APP, {});
      expect(reply).toMatchObject({ ok: true, value: { version: '0.1.0', capabilities: { transport: 'ipc' } } });
      await handlers.closeAll();
    });
  });
});

describe('sendEvent', () => {
  it('sends the payload on the event channel, and nothing to a destroyed window', () => {
    const sent: unknown[][] = [];
    let destroyed = false;
    const target = { send: (...args: unknown[]) => sent.push(args), isDestroyed: () => destroyed };
    sendEvent(target, 'menuCommand', { command: 'new-project' });
    destroyed = true;
    sendEvent(target, 'menuCommand', { command: 'open-project' });
    sendEvent(null, 'menuCommand', { command: 'open-project' });
    expect(sent).toEqual([[eventChannelFor('menuCommand'), { command: 'new-project' }]]);
  });
});
