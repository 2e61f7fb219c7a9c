// "Verified needs a source" as the handlers keep it: stored with the project's statuses, enforced for one claim and
// for many, and read back after reopening.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/api/handlers';
import { handlerDeps, tempDir } from '../storage/helpers';

async function setup() {
  const dir = await tempDir();
  const deps = handlerDeps(dir);
  return { dir, deps, handlers: createHandlers(deps, { saveDelayMs: 5 }) };
}

function value<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('a status that needs a source', () => {
  it('is refused for a claim without one, alone or in a bulk change, and the rule survives reopening', async () => {
    const { dir, handlers } = await setup();
    const folder = join(dir, 'story');
    let view = value(await handlers.createProject({ folder, title: 'Council vote' }));
    const projectId = view.projectId;
    view = value(await handlers.setDraftText({ projectId, text: 'Rent rose 12 percent, the mayor said.' }));
    const { claim } = value(await handlers.markClaim({ projectId, start: 0, end: 20 }));

    // Without the rule, Verified with no source is allowed (the app asks first).
    value(await handlers.updateClaim({ projectId, claimId: claim.id, patch: { status: 'verified' } }));
    value(await handlers.updateClaim({ projectId, claimId: claim.id, patch: { status: 'unchecked' } }));

    const statuses = view.statuses.map((s) => (s.id === 'verified' ? { ...s, needsSource: true } : s));
    value(await handlers.updateStatuses({ projectId, statuses }));
    const one = await handlers.updateClaim({ projectId, claimId: claim.id, patch: { status: 'verified' } });
    expect(one.ok).toBe(false);
    if (!one.ok) expect(one.error.message).toMatch(/^"Verified" needs a source: attach one to this claim first/);
    const many = await handlers.updateClaims({ projectId, claimIds: [claim.id], patch: { status: 'verified' } });
    expect(many.ok).toBe(false);
    const other = value(await handlers.updateClaim({ projectId, claimId: claim.id, patch: { status: 'disputed' } }));
    expect(other.claims[0]?.status).toBe('disputed');

    value(await handlers.closeProject({ projectId }));
    const again = value(await handlers.openProject({ path: folder }));
    expect(again.statuses.find((s) => s.id === 'verified')?.needsSource).toBe(true);
    expect(again.statuses.find((s) => s.id === 'disputed')?.needsSource).toBeUndefined();
    await handlers.closeAll();
  });
});
