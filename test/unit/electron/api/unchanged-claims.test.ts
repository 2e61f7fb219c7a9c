// Giving a claim what it already has (the status it has, alone or ticked with others on the Desk) is no change: the
// activity log, which can never be edited, gets no entry for it, the claim's history none, and the project is not
// saved again.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/api/handlers';
import { handlerDeps, tempDir } from '../storage/helpers';

function value<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('a claim given what it already has', () => {
  it('writes no log entry, no history and no save, for one claim and for a bulk change', async () => {
    const dir = await tempDir();
    const saves: string[] = [];
    const deps = handlerDeps(dir);
    const handlers = createHandlers(
      {
        ...deps,
        emit: (event, payload) => {
          if (event === 'saveState') saves.push((payload as { saveState: { state: string } }).saveState.state);
          deps.emit(event, payload);
        },
      },
      { saveDelayMs: 5 },
    );
    const folder = join(dir, 'story');
    const { projectId } = value(await handlers.createProject({ folder, title: 'Council vote' }));
    value(
      await handlers.setDraftText({ projectId, text: 'Rent rose 12 percent, the mayor said. Turnout was 61 percent.' }),
    );
    const { claim: first } = value(await handlers.markClaim({ projectId, start: 0, end: 20 }));
    const { claim: second } = value(await handlers.markClaim({ projectId, start: 38, end: 60 }));
    value(await handlers.updateClaim({ projectId, claimId: first.id, patch: { status: 'in-progress' } }));
    value(await handlers.updateClaims({ projectId, claimIds: [second.id], patch: { status: 'in-progress' } }));
    await expect.poll(() => saves.at(-1), { timeout: 10_000 }).toBe('saved');
    const file = join(folder, 'project.factdesk');
    const before = await readFile(file, 'utf8');
    const logBefore = value(await handlers.getActivityLog({ projectId })).entries.length;
    saves.length = 0;

    const one = value(await handlers.updateClaim({ projectId, claimId: first.id, patch: { status: 'in-progress' } }));
    const both = value(
      await handlers.updateClaims({ projectId, claimIds: [first.id, second.id], patch: { status: 'in-progress' } }),
    );
    expect(one.claims.map((c) => c.history.length)).toEqual(both.claims.map((c) => c.history.length));
    expect(both.claims.every((c) => c.history.filter((h) => h.field === 'status').length === 1)).toBe(true);
    expect(value(await handlers.getActivityLog({ projectId })).entries).toHaveLength(logBefore);
    expect(saves).toEqual([]);

    // A real change after them is logged and saved as before.
    value(await handlers.updateClaim({ projectId, claimId: first.id, patch: { status: 'disputed' } }));
    expect(value(await handlers.getActivityLog({ projectId })).entries).toHaveLength(logBefore + 1);
    await expect.poll(() => saves.at(-1), { timeout: 10_000 }).toBe('saved');
    expect(await readFile(file, 'utf8')).not.toBe(before);
    await handlers.closeAll();
  });
});
