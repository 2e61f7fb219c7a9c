// Draft import, suggestions and versions through the handler table, on real project folders and real files.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/api/handlers';
import type { Handlers } from '../../../../electron/api/handlers';
import { fakeClock, tempDir } from '../storage/helpers';

const fixtures = join(__dirname, '../../../fixtures/importers');

async function setup() {
  const dir = await tempDir();
  const clock = fakeClock();
  let n = 0;
  const handlers: Handlers = createHandlers(
    {
      now: clock.now,
      newId: () => `id-${++n}`,
      dataDir: join(dir, 'data'),
      appVersion: 'test',
      capabilities: { transport: 'http', nativeDialogs: false, showInFolder: false },
      identity: { user: 'Ana Reporter', host: 'laptop-1', pid: process.pid },
      emit: () => undefined,
    },
    { saveDelayMs: 5 },
  );
  const folder = join(dir, 'story');
  const created = await handlers.createProject({ folder, title: 'Story' });
  if (!created.ok) throw new Error(created.error.message);
  return { handlers, projectId: created.value.projectId, file: join(folder, 'project.factdesk') };
}

function value<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const DRAFT_1 = [
  'Council approves bridge repairs',
  '"We are ahead of schedule and under budget," said Mayor Ruth Okafor on Tuesday.',
  'The repairs will cost $4.2 million, and the bridge is expected to reopen in September.',
  'Turnout at the hearing was the largest in a decade.',
].join('\n\n');

describe('importing drafts through the handlers', () => {
  it('imports a DOCX by path with its headings, then re-anchors claims in a new version', async () => {
    const { handlers, projectId } = await setup();
    const first = value(
      await handlers.importDraft({ projectId, source: { kind: 'path', path: join(fixtures, 'good.docx') } }),
    );
    expect(first.reanchored).toBeNull();
    expect(first.view.currentDraft?.blocks?.some((b) => b.kind === 'heading')).toBe(true);
    expect(first.view.drafts[0]?.origin).toBe('good.docx');
    await handlers.closeAll();
  });

  it('labels claims exact, changed (verified goes to Re-check) and orphaned in a new version', async () => {
    const { handlers, projectId } = await setup();
    value(await handlers.pasteDraft({ projectId, text: DRAFT_1 }));
    const text = DRAFT_1;
    const mark = async (exact: string) => {
      const at = text.indexOf(exact);
      return value(await handlers.markClaim({ projectId, start: at, end: at + exact.length })).claim.id;
    };
    const kept = await mark('The repairs will cost $4.2 million');
    const reworded = await mark('the bridge is expected to reopen in September');
    const removed = await mark('Turnout at the hearing was the largest in a decade.');
    value(await handlers.updateClaim({ projectId, claimId: reworded, patch: { status: 'verified' } }));
    const edited = DRAFT_1.replace(
      'the bridge is expected to reopen',
      'the bridge is now expected to fully reopen',
    ).replace('\n\nTurnout at the hearing was the largest in a decade.', '');
    const bytes = Buffer.from(`\uFEFF${edited}`, 'utf8');
    const outcome = value(
      await handlers.importDraft({
        projectId,
        source: { kind: 'bytes', fileName: 'draft v2.txt', base64: bytes.toString('base64') },
      }),
    );
    expect(outcome.reanchored).toEqual({ exact: 1, changed: 1, orphaned: 1 });
    const byId = new Map(outcome.view.claims.map((c) => [c.id, c]));
    expect(byId.get(kept)?.anchor.state).toBe('exact');
    const changed = byId.get(reworded)!;
    expect(changed.anchor.state).toBe('changed');
    expect(changed.anchor.exact).toBe('the bridge is now expected to fully reopen in September');
    expect(changed.anchor.previousExact).toBe('the bridge is expected to reopen in September');
    expect(changed.status).toBe('re-check');
    expect(changed.history.at(-1)).toMatchObject({ field: 'status', from: 'verified', to: 're-check' });
    expect(byId.get(removed)?.anchor.state).toBe('orphaned');
    // An orphan is re-attached by selecting new text.
    const at = edited.indexOf('$4.2 million');
    const view = value(await handlers.reattachClaim({ projectId, claimId: removed, start: at, end: at + 12 }));
    expect(view.claims.find((c) => c.id === removed)?.anchor).toMatchObject({ state: 'exact', exact: '$4.2 million' });
    const cmp = value(
      await handlers.compareDrafts({ projectId, fromId: view.drafts[0]!.id, toId: view.drafts[1]!.id }),
    );
    expect(cmp.added).toBeGreaterThan(0);
    expect(cmp.ops.some((o) => o.op === 'insert' && o.text.includes('fully'))).toBe(true);
    expect(cmp.ops.some((o) => o.op === 'delete' && o.text.includes('Turnout'))).toBe(true);
    await handlers.closeAll();
  });

  it.each([
    ['binary named .txt', 'image-named.txt', 'invalid-file'],
    ['zip bomb', 'zip-bomb.docx', 'invalid-file'],
    ['zip slip', 'zip-slip.docx', 'invalid-file'],
    ['invalid UTF-8', 'invalid-utf8.txt', 'needs-encoding'],
    ['truncated DOCX', 'truncated.docx', 'invalid-file'],
  ])('refuses a %s with a sentence naming the file and leaves the project unchanged', async (_name, fixture, code) => {
    const { handlers, projectId, file } = await setup();
    value(await handlers.pasteDraft({ projectId, text: DRAFT_1 }));
    await handlers.getProject({ projectId });
    const before = await readFile(file);
    const reply = await handlers.importDraft({ projectId, source: { kind: 'path', path: join(fixtures, fixture) } });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe(code);
    expect(reply.error.message).toContain(fixture);
    const view = value(await handlers.getProject({ projectId }));
    expect(view.drafts).toHaveLength(1);
    expect(await readFile(file)).toEqual(before);
    await handlers.closeAll();
  });

  it('asks for the encoding of a Windows-1252 file and imports it once told', async () => {
    const { handlers, projectId } = await setup();
    const source = { kind: 'path' as const, path: join(fixtures, 'windows-1252.txt') };
    const asked = await handlers.importDraft({ projectId, source });
    expect(asked).toMatchObject({
      ok: false,
      error: { code: 'needs-encoding', details: { choices: ['windows-1252', 'latin1'] } },
    });
    const done = value(await handlers.importDraft({ projectId, source, encoding: 'windows-1252' }));
    expect(done.view.currentDraft?.text).toMatch(/[“”’]/);
    await handlers.closeAll();
  });
});

describe('suggestions through the handlers', () => {
  it('accepts and dismisses by key, and a dismissal survives a new version', async () => {
    const { handlers, projectId } = await setup();
    value(await handlers.pasteDraft({ projectId, text: DRAFT_1 }));
    const all = value(await handlers.getSuggestions({ projectId }));
    const quote = all.find((s) => s.kind === 'quote');
    const superlative = all.find((s) => s.kind === 'superlative');
    expect(quote?.speaker).toMatch(/Okafor/);
    expect(superlative).toBeDefined();
    const view = value(await handlers.acceptSuggestions({ projectId, keys: [quote!.key] }));
    expect(view.claims).toHaveLength(1);
    expect(view.claims[0]).toMatchObject({ kind: 'quote' });
    value(await handlers.dismissSuggestions({ projectId, keys: [superlative!.key] }));
    const left = value(await handlers.getSuggestions({ projectId }));
    expect(left.map((s) => s.key)).not.toContain(quote!.key);
    expect(left.map((s) => s.key)).not.toContain(superlative!.key);
    value(await handlers.pasteDraft({ projectId, text: `A new opening paragraph.\n\n${DRAFT_1}` }));
    const after = value(await handlers.getSuggestions({ projectId }));
    expect(after.some((s) => s.kind === 'superlative')).toBe(false);
    await handlers.closeAll();
  });
});
