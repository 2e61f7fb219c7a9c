// The handler table over real temp project folders: the same calls the app, the harness and the CLI make.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/api/handlers';
import { METHOD_NAMES } from '../../../../shared/api/contract';
import type { EventName } from '../../../../shared/api/contract';
import { fakeClock, handlerDeps, me, tempDir } from '../storage/helpers';

async function setup(identity = me) {
  const dir = await tempDir();
  const clock = fakeClock();
  const events: { event: EventName; payload: unknown }[] = [];
  const deps = handlerDeps(dir, {
    now: clock.now,
    identity,
    emit: (event, payload) => events.push({ event, payload }),
  });
  return { dir, clock, events, deps, handlers: createHandlers(deps, { saveDelayMs: 5 }) };
}

function value<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('createHandlers', () => {
  it('implements exactly the contract methods', async () => {
    const { handlers } = await setup();
    for (const name of METHOD_NAMES) expect(typeof handlers[name]).toBe('function');
  });

  it('runs the first slice: create, set the draft, mark, set status, close, reopen', async () => {
    const { dir, handlers, events } = await setup();
    const folder = join(dir, 'story');
    let view = value(await handlers.createProject({ folder, title: 'Council vote' }));
    expect(view.title).toBe('Council vote');
    view = value(
      await handlers.setDraftText({ projectId: view.projectId, text: 'Rent rose 12 percent, the mayor said.' }),
    );
    const { claim } = value(await handlers.markClaim({ projectId: view.projectId, start: 0, end: 20, kind: 'number' }));
    expect(claim.anchor.exact).toBe('Rent rose 12 percent');
    view = value(
      await handlers.updateClaim({
        projectId: view.projectId,
        claimId: claim.id,
        patch: { status: 'verified', notes: 'City data' },
      }),
    );
    expect(view.claims[0]?.history.map((h) => h.field ?? h.action)).toEqual(['created', 'status', 'notes']);
    expect(events.some((e) => e.event === 'projectChanged')).toBe(true);
    value(await handlers.closeProject({ projectId: view.projectId }));
    expect(
      events.some(
        (e) => e.event === 'saveState' && (e.payload as { saveState: { state: string } }).saveState.state === 'saved',
      ),
    ).toBe(true);

    const info = value(await handlers.getAppInfo({}));
    expect(info.recent[0]).toMatchObject({ path: folder, title: 'Council vote' });
    const again = value(await handlers.openProject({ path: info.recent[0]!.path }));
    expect(again.claims[0]).toMatchObject({ status: 'verified', notes: 'City data' });
    expect(again.currentDraft?.text).toBe('Rent rose 12 percent, the mayor said.');
    await handlers.closeAll();
  });

  it('gives the same session when a project already open is opened again', async () => {
    const { dir, handlers } = await setup();
    const a = value(await handlers.createProject({ folder: join(dir, 's'), title: 'S' }));
    const b = value(await handlers.openProject({ path: join(dir, 's', 'project.factdesk') }));
    expect(b.projectId).toBe(a.projectId);
    await handlers.closeAll();
  });

  it('opens read-only for a second app instance and refuses its edits with a sentence', async () => {
    const first = await setup();
    const folder = join(first.dir, 'story');
    value(await first.handlers.createProject({ folder, title: 'Shared' }));
    const second = await setup({ user: 'Ben Editor', host: 'desk-2', pid: 999_999 });
    const view = value(await second.handlers.openProject({ path: folder }));
    expect(view.readOnly).toBe(true);
    expect(view.lockedBy?.user).toBe('Ana Reporter');
    const refused = await second.handlers.setDraftText({ projectId: view.projectId, text: 'x' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'read-only' } });
    await second.handlers.closeAll();
    await first.handlers.closeAll();
  });

  it('replies with error Results, never throws', async () => {
    const { dir, handlers } = await setup();
    expect(await handlers.getProject({ projectId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'project-not-open' },
    });
    expect(await handlers.openProject({ path: join(dir, 'missing') })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await handlers.pickFolder({ purpose: 'new' })).toMatchObject({
      ok: false,
      error: { code: 'no-native-dialog' },
    });
    expect(await handlers.openExternal({ url: 'file:///etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    const v = value(await handlers.createProject({ folder: join(dir, 'p'), title: 'P' }));
    expect(await handlers.createProject({ folder: join(dir, 'p'), title: 'P' })).toMatchObject({
      ok: false,
      error: { code: 'project-exists' },
    });
    expect(await handlers.markClaim({ projectId: v.projectId, start: 0, end: 3 })).toMatchObject({
      ok: false,
      error: { code: 'no-draft' },
    });
    await handlers.setDraftText({ projectId: v.projectId, text: 'abc   def' });
    expect(await handlers.markClaim({ projectId: v.projectId, start: 3, end: 6 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await handlers.markClaim({ projectId: v.projectId, start: 0, end: 99 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    await handlers.closeAll();
  });

  it('keeps preferences and the recent list in the data folder', async () => {
    const { deps, handlers } = await setup();
    value(await handlers.updatePreferences({ userName: 'Cleo Checker', theme: 'dark' }));
    const reread = createHandlers(deps);
    expect(value(await reread.getAppInfo({}))).toMatchObject({ userName: 'Cleo Checker', theme: 'dark' });
    expect(JSON.parse(await readFile(join(deps.dataDir, 'settings.json'), 'utf8')).theme).toBe('dark');
  });

  it('moves claims to a new draft version and orphans those whose text is gone', async () => {
    const { dir, handlers } = await setup();
    const v = value(await handlers.createProject({ folder: join(dir, 'p'), title: 'P' }));
    await handlers.setDraftText({ projectId: v.projectId, text: 'First fact here. Second fact there.' });
    await handlers.markClaim({ projectId: v.projectId, start: 0, end: 15 });
    await handlers.markClaim({ projectId: v.projectId, start: 17, end: 34 });
    const next = value(
      await handlers.setDraftText({ projectId: v.projectId, text: 'New intro. Second fact there. The end.' }),
    );
    expect(next.drafts).toHaveLength(2);
    expect(next.claims.map((c) => [c.anchor.exact, c.anchor.state])).toEqual([
      ['Second fact there', 'exact'],
      ['First fact here', 'orphaned'],
    ]);
    await handlers.closeAll();
  });
});
