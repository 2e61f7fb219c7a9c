// Every contract method through all three doors (IPC, HTTP, the CLI) into the same real handlers on a temp project:
// invalid input is refused alike before any handler runs, and valid input gets exactly the handler's own Result.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bindHttp, TOKEN_HEADER } from '../../../../electron/api/bind-http';
import { bindIpc } from '../../../../electron/api/bind-ipc';
import type { InvokeEventLike, IpcMainLike } from '../../../../electron/api/bind-ipc';
import { createHandlers } from '../../../../electron/api/handlers';
import { describeInvalidInput } from '../../../../electron/api/validated-call';
import type { Handlers } from '../../../../electron/api/handlers';
import { runCli } from '../../../../electron/cli';
import { cliDeps, cliDoor } from '../../../../electron/cli/context';
import { NOT_OFFERED_BY_CLI } from '../../../../electron/cli/not-offered';
import { isTrustedSender } from '../../../../electron/security/app-url';
import { channelFor, validators } from '../../../../shared/api/contract';
import type { InputOf, MethodName } from '../../../../shared/api/contract';
import { fail } from '../../../../shared/api/result';
import type { Result } from '../../../../shared/api/result';
import { wireReplacer, wireReviver } from '../../../../shared/api/wire';
import { tempDir } from '../storage/helpers';

/** The list every check walks: derived from the validators, so a new method cannot be left out. */
const METHODS = Object.keys(validators) as MethodName[];
const DRAFT = 'Turnout rose 12 percent. "We will not rest until every camp is gone," Karen Bass said.\n';
const TRANSCRIPT = 'Speaker: Karen Bass\n\nWe will not rest until every camp is gone. Rents went up again.\n';
const RECORDING = join(__dirname, '../../../fixtures/sources/interview-3s.wav');

type Call = { method: MethodName; input: unknown; reply: Result<unknown> };

/** The real handlers, recording each call that reaches them with its reply: "calling the handler directly". */
function recorded(handlers: Handlers): { handlers: Handlers; calls: Call[] } {
  const calls: Call[] = [];
  const out = { ...handlers } as Record<string, unknown>;
  for (const method of METHODS) {
    out[method] = async (input: unknown) => {
      const reply = await (handlers[method] as (i: unknown) => Promise<Result<unknown>>)(input);
      calls.push({ method, input, reply });
      return reply;
    };
  }
  return { handlers: out as unknown as Handlers, calls };
}

/** A project with a draft, two claims, a source tied to the first claim: enough for every method's valid input. */
async function fixture() {
  const dir = await tempDir('factdesk-doors-');
  await writeFile(join(dir, 'draft.txt'), DRAFT);
  await writeFile(join(dir, 'bass.txt'), TRANSCRIPT);
  const handlers = createHandlers({ ...cliDeps({ FACTDESK_DATA_DIR: join(dir, '.data') }, '1.0.0'), emit: () => {} });
  const must = <T>(r: Result<T>): T => {
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  const created = must(await handlers.createProject({ folder: join(dir, 'story'), title: 'Doors' }));
  const projectId = created.projectId;
  must(await handlers.setDraftText({ projectId, text: DRAFT }));
  const { claim } = must(await handlers.markClaim({ projectId, start: 8, end: 23 }));
  const spare = must(await handlers.markClaim({ projectId, start: 0, end: 7 })).claim;
  const meta = {
    title: 'Bass interview',
    type: 'interview' as const,
    speakers: ['Karen Bass'],
    date: null,
    url: null,
    notes: '',
    confidential: false,
    tags: [],
  };
  const added = must(
    await handlers.addSource({
      projectId,
      library: 'project',
      file: { kind: 'path', path: join(dir, 'bass.txt') },
      meta,
    }),
  );
  const sourceId = added.source.id;
  const linked = must(
    await handlers.attachSource({
      projectId,
      claimId: claim.id,
      library: 'project',
      sourceId,
      passageId: null,
      relation: 'supports',
    }),
  );
  const linkId = linked.claims.find((c) => c.id === claim.id)!.links[0]!.id;
  const draftId = linked.drafts.at(-1)!.id;
  const statuses = linked.statuses;
  const file = { kind: 'path' as const, path: join(dir, 'bass.txt') };
  const valid: { [K in MethodName]: InputOf<K> } = {
    getAppInfo: {},
    updatePreferences: { theme: 'dark' },
    removeRecent: { path: join(dir, 'elsewhere') },
    pickFolder: { purpose: 'open' },
    suggestProjectFolder: { title: 'Second story', parent: dir },
    listFolders: { path: dir },
    createProject: { folder: join(dir, 'second'), title: 'Second' },
    openProject: { path: join(dir, 'story') },
    closeProject: { projectId: 'not-open' },
    getProject: { projectId },
    setDraftText: { projectId, text: DRAFT },
    setDraftFile: { projectId, path: join(dir, 'draft.txt') },
    markClaim: { projectId, start: 0, end: 7, kind: 'number' },
    updateClaim: { projectId, claimId: claim.id, patch: { notes: 'Checked with the clerk.' } },
    deleteClaim: { projectId, claimId: spare.id },
    pickFile: { purpose: 'import-draft' },
    importDraft: { projectId, source: { kind: 'path', path: join(dir, 'draft.txt') } },
    pasteDraft: { projectId, text: DRAFT },
    getSuggestions: { projectId },
    acceptSuggestions: { projectId, keys: ['no-such-key'] },
    dismissSuggestions: { projectId, keys: ['no-such-key'] },
    reattachClaim: { projectId, claimId: claim.id, start: 8, end: 23 },
    getDraftVersion: { projectId, draftId },
    compareDrafts: { projectId, fromId: draftId, toId: draftId },
    updateProjectSettings: { projectId, people: ['Ana Reporter'] },
    previewSource: { projectId, file },
    addSource: { projectId, library: 'project', file, meta: { ...meta, title: 'Again' } },
    // Port 9 on this machine: nothing listens, so the fetch is refused with its sentence without leaving the machine.
    addWebPage: { projectId, url: 'http://127.0.0.1:9/' },
    cancelTask: { taskId: 'no-such-task' },
    listSources: { projectId },
    getSource: { projectId, library: 'project', sourceId },
    updateSource: { projectId, library: 'project', sourceId, meta: { notes: 'Recorded by phone.' } },
    removeSource: { projectId, library: 'project', sourceId: 'no-such-source' },
    attachRecording: { projectId, library: 'project', sourceId, file: { kind: 'path', path: RECORDING } },
    getSearchIndex: { projectId },
    searchLibrary: { projectId, query: 'rents', limit: 5 },
    suggestSources: { projectId, claimId: claim.id },
    attachSource: { projectId, claimId: claim.id, library: 'project', sourceId, passageId: null, relation: 'context' },
    updateLink: { projectId, claimId: claim.id, linkId, patch: { pinpoint: 'p. 1' } },
    detachSource: { projectId, claimId: claim.id, linkId },
    updateClaims: { projectId, claimIds: [claim.id], patch: { assignee: 'Ana Reporter' } },
    signOff: { projectId, target: { kind: 'story' } },
    revokeSignOff: { projectId, target: { kind: 'story' } },
    updateStatuses: { projectId, statuses },
    getActivityLog: { projectId },
    previewAppendix: { projectId, includeConfidential: false, includeNotes: false },
    pickSavePath: { defaultPath: join(dir, 'appendix.md'), format: 'md' },
    exportAppendix: {
      projectId,
      format: 'md',
      includeConfidential: false,
      includeNotes: false,
      path: join(dir, 'appendix.md'),
      overwrite: true,
    },
    checkQuotes: { projectId },
    checkQuoteFiles: { draft: join(dir, 'draft.txt'), sources: [join(dir, 'bass.txt')] },
    resolveConflict: { projectId, choice: 'reload' },
    listBackups: { projectId },
    recoverProject: { path: join(dir, 'nowhere') },
    restoreBackup: { projectId, name: 'no-such-backup.factdesk' },
    showInFolder: { path: join(dir, 'story') },
    openExportedFile: { path: join(dir, 'appendix.md') },
    openExternal: { url: 'https://example.org/' },
    setMenuState: { recordingPlayer: true },
    getNewsroomSettings: {},
    // Nothing listens on port 1: the test and the save answer alike through every door.
    testNewsroomConnection: { settings: NEWSROOM, password: 'not-sent' },
    saveNewsroomSettings: { settings: NEWSROOM },
    disconnectNewsroom: {},
    getNewsroomSource: { sourceId: 'newsroom:1' },
    attachNewsroomPassage: { projectId, claimId: claim.id, passageId: 'newsroom:1:0', relation: 'supports' },
    // Shared stories: port 9 answers nobody, so each is refused with its sentence without leaving the machine.
    shareProject: { projectId, serverUrl: 'http://127.0.0.1:9', user: 'ann', password: 'pw' },
    listSharedStories: { serverUrl: 'http://127.0.0.1:9', user: 'ann', password: 'pw' },
    openSharedStory: {
      serverUrl: 'http://127.0.0.1:9',
      user: 'ann',
      password: 'pw',
      storyId: 'rent-story',
      folder: join(dir, 'shared'),
    },
    getSyncState: { projectId },
    resumeSync: { projectId },
    decideReview: { projectId, claimId: claim.id, status: 'verified' },
    stopSharing: { projectId },
  };
  return { dir, handlers, valid };
}

/** Newsroom settings pointing at a port nobody listens on. */
const NEWSROOM = {
  host: '127.0.0.1',
  port: 1,
  database: 'factdesk',
  user: 'ana',
  tls: 'off' as const,
  caFile: null,
};

/** Inputs every validator refuses: not an object at all, and an object with a field no method has (all are strict). */
const INVALID: unknown[] = [null, { notAField: true }];

/** What a reply looks like after a trip through JSON (HTTP), so replies can be compared across doors. */
const viaJson = (value: unknown) => JSON.parse(JSON.stringify(value, wireReplacer), wireReviver) as unknown;

class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>();
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void {
    this.listeners.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.listeners.delete(channel);
  }
  invoke(method: MethodName, frameUrl: string, input: unknown): Promise<Result<unknown>> {
    return Promise.resolve(
      this.listeners.get(channelFor(method))!({ senderFrame: { url: frameUrl } }, input),
    ) as Promise<Result<unknown>>;
  }
}

type Door = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

/** The refusal every door must give for `input`: the contract's validator, in one sentence, code invalid-input. */
function expectedRefusal(method: MethodName, input: unknown): Result<unknown> {
  const parsed = validators[method].safeParse(input);
  if (parsed.success) throw new Error(`${method} accepted input meant to be invalid`);
  return fail('invalid-input', describeInvalidInput(method, parsed.error.issues));
}

/** Walks every method through one door: refused alike when invalid, the handler's own Result when valid. */
async function walk(door: Door, calls: Call[], valid: Record<MethodName, unknown>, normalise = (v: unknown) => v) {
  let succeeded = 0;
  for (const method of METHODS) {
    const before = calls.length;
    for (const invalid of INVALID) {
      expect(await door(method, invalid), method).toEqual(expectedRefusal(method, invalid));
      expect(calls.length, `${method} reached the handler with invalid input`).toBe(before);
    }
    const reply = await door(method, valid[method]);
    const call = calls.at(-1);
    expect(calls.length, `${method} did not reach the handler once`).toBe(before + 1);
    expect(call!.method).toBe(method);
    expect(call!.input).toEqual(validators[method].parse(valid[method]));
    expect(reply, method).toEqual(normalise(call!.reply));
    if (reply.ok) succeeded++;
  }
  // Most valid inputs do their work on the fixture (dialogs, the shell and missing names answer with their errors).
  expect(succeeded).toBeGreaterThan(METHODS.length * 0.7);
}

describe('three doors into one set of handlers', () => {
  it('IPC: an untrusted frame is refused, then every method is validated and answered by the handler', async () => {
    const fx = await fixture();
    const rec = recorded(fx.handlers);
    const ipc = new FakeIpcMain();
    bindIpc(ipc, rec.handlers, isTrustedSender);
    for (const method of METHODS) {
      const untrusted = await ipc.invoke(method, 'https://evil.example/', fx.valid[method]);
      expect(untrusted, method).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    }
    expect(rec.calls).toHaveLength(0);
    await walk((m, i) => ipc.invoke(m, 'app://factdesk/index.html', i), rec.calls, fx.valid);
    await fx.handlers.closeAll();
  });

  it(
    'HTTP: every method over a real bindHttp on 127.0.0.1 is validated and answered by the handler',
    { timeout: 60_000 },
    async () => {
      const fx = await fixture();
      const rec = recorded(fx.handlers);
      const staticDir = join(fx.dir, 'static');
      await mkdir(staticDir);
      const server = await bindHttp(rec.handlers, { staticDir });
      const http: Door = async (method, input) => {
        const res = await fetch(`${server.url}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
          body: JSON.stringify(input, wireReplacer),
        });
        return JSON.parse(await res.text(), wireReviver) as Result<unknown>;
      };
      try {
        await walk(http, rec.calls, fx.valid, viaJson);
      } finally {
        await server.close();
        await fx.handlers.closeAll();
      }
    },
  );

  it("the CLI: the commands' handler table validates every method and answers with the handler", async () => {
    const fx = await fixture();
    const rec = recorded(fx.handlers);
    const door = cliDoor(rec.handlers);
    await walk((m, i) => (door[m] as (input: unknown) => Promise<Result<unknown>>)(i), rec.calls, fx.valid);
    await fx.handlers.closeAll();
  });

  it('every method the CLI offers is reached by a command, and the list of those it does not offer is honest', async () => {
    const dir = await tempDir('factdesk-doors-cli-');
    await writeFile(join(dir, 'draft.txt'), DRAFT);
    await writeFile(join(dir, 'bass.txt'), TRANSCRIPT);
    const reached = new Set<MethodName>();
    const open = (env: NodeJS.ProcessEnv, version: string) => {
      const { handlers, calls } = recorded(createHandlers(cliDeps(env, version)));
      const push = calls.push.bind(calls);
      calls.push = (...items: Call[]) => {
        for (const c of items) reached.add(c.method);
        return push(...items);
      };
      return cliDoor(handlers);
    };
    const cli = async (...args: string[]) => {
      let out = '';
      const code = await runCli(
        args,
        { out: (t) => (out += t), err: () => {}, env: { FACTDESK_DATA_DIR: join(dir, '.data') }, cwd: dir },
        open,
      );
      return { code, out };
    };
    expect((await cli('new', 'story', '--title', 'Doors')).code).toBe(0);
    expect((await cli('set-draft', 'story', 'draft.txt')).code).toBe(0);
    expect((await cli('import-draft', 'story', 'draft.txt')).code).toBe(0);
    expect((await cli('suggest', 'story')).code).toBe(0);
    const claim = JSON.parse((await cli('mark', 'story', 'rose 12 percent', '--json')).out).claim.id as string;
    expect((await cli('claims', 'story')).code).toBe(0);
    const source = JSON.parse((await cli('add-source', 'story', 'bass.txt', '--json')).out).source.id as string;
    expect((await cli('add-source', '--library', 'bass.txt')).code).toBe(0);
    await cli('add-url', 'story', 'http://127.0.0.1:9/');
    expect((await cli('attach-recording', 'story', source, RECORDING)).code).toBe(0);
    expect((await cli('search', 'story', 'rents')).code).toBe(0);
    expect((await cli('attach', 'story', claim, source)).code).toBe(0);
    await cli('check-quotes', 'story');
    await cli('check-quotes', '--draft', 'draft.txt', '--sources', 'bass.txt');
    expect((await cli('export', 'story', '--format', 'md', '--out', 'appendix.md')).code).toBe(0);
    expect((await cli('verify-log', 'story')).code).toBe(0);
    expect((await cli('info', 'story')).code).toBe(0);
    expect((await cli('backups', 'story')).code).toBe(0);
    expect((await cli('restore-backup', 'story')).code).toBe(0);
    await writeFile(join(dir, 'story', 'project.factdesk'), '{"schemaVersion": 2, "title": "cut sh');
    expect((await cli('restore-backup', 'story')).code).toBe(0);
    // Shared stories: no password given and none kept, so each is refused with its sentence before any network.
    const server = ['--server', 'http://127.0.0.1:9', '--user', 'ann'];
    expect((await cli('share', 'story', ...server)).code).toBe(1);
    expect((await cli('shared', ...server)).code).toBe(1);
    expect((await cli('open-shared', 'rent-story', 'copy', ...server)).code).toBe(1);
    expect((await cli('sync', 'story')).code).toBe(1);
    expect((await cli('decide', 'story', claim, 'verified')).code).toBe(1);
    expect((await cli('unshare', 'story')).code).toBe(0);

    const notOffered = new Set(Object.keys(NOT_OFFERED_BY_CLI));
    const offered = METHODS.filter((m) => !notOffered.has(m));
    expect([...reached].sort()).toEqual([...offered].sort());
    for (const method of notOffered) expect(METHODS).toContain(method);
  });
});
