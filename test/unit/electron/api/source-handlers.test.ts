// Sources, the personal library, search and links through the handler table, on real folders and real files.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/api/handlers';
import type { EventName } from '../../../../shared/api/contract';
import { handlerDeps, tempDir } from '../storage/helpers';

const fixtures = join(__dirname, '../../../fixtures/sources');
const meta = {
  title: 'Harbor briefing',
  type: 'broadcast' as const,
  speakers: [],
  date: '2024-03-05',
  url: null,
  notes: '',
  confidential: false,
  tags: ['harbor'],
};

async function setup() {
  const dir = await tempDir();
  const events: { event: EventName; payload: unknown }[] = [];
  const deps = handlerDeps(dir, { emit: (event: EventName, payload: unknown) => events.push({ event, payload }) });
  const handlers = createHandlers(deps, { saveDelayMs: 5 });
  const folder = join(dir, 'story');
  const created = await handlers.createProject({ folder, title: 'Story' });
  if (!created.ok) throw new Error(created.error.message);
  return { handlers, deps, events, folder, projectId: created.value.projectId };
}

function value<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('sources and the quote library', () => {
  it('adds a subtitle file with cue times as pinpoints, finds a passage with a typo, attaches it and keeps it after reopening', async () => {
    const { handlers, projectId, folder, events } = await setup();
    const added = value(
      await handlers.addSource({
        projectId,
        library: 'project',
        file: { kind: 'path', path: join(fixtures, 'briefing.srt') },
        meta,
        taskId: 't1',
      }),
    );
    expect(added.source.passageCount).toBeGreaterThan(0);
    expect(events.some((e) => e.event === 'libraryChanged')).toBe(true);
    const stored = await readdir(join(folder, 'sources'));
    expect(stored.some((f) => /^[0-9a-f]{64}\.srt$/.test(f))).toBe(true);
    expect(stored.some((f) => f.endsWith('.passages.json'))).toBe(true);

    const detail = value(await handlers.getSource({ projectId, library: 'project', sourceId: added.source.id }));
    expect(detail.passages[0]?.pinpoint.label).toMatch(/^00:00:0\d/);

    const hits = value(await handlers.searchLibrary({ projectId, query: 'harbr plann anouncing' })).hits;
    expect(hits[0]?.text).toMatch(/harbor plan/);
    expect(hits[0]?.pinpoint).toMatch(/^00:00:0/);
    expect(hits[0]?.highlights.length).toBeGreaterThan(0);

    const draft = 'The mayor announced the harbor plan on Tuesday.';
    value(await handlers.pasteDraft({ projectId, text: draft }));
    const { claim } = value(await handlers.markClaim({ projectId, start: 4, end: 36 }));
    const suggested = value(await handlers.suggestSources({ projectId, claimId: claim.id }));
    expect(suggested[0]?.text).toMatch(/harbor plan/);

    let view = value(
      await handlers.attachSource({
        projectId,
        claimId: claim.id,
        library: 'project',
        sourceId: added.source.id,
        passageId: hits[0]!.passageId,
        relation: 'supports',
        note: 'Said at 9am',
      }),
    );
    const link = view.claims[0]!.links[0]!;
    expect(link).toMatchObject({
      relation: 'supports',
      note: 'Said at 9am',
      pinpoint: hits[0]!.pinpoint,
      quotedText: hits[0]!.text,
    });
    view = value(
      await handlers.updateLink({ projectId, claimId: claim.id, linkId: link.id, patch: { relation: 'context' } }),
    );
    expect(view.claims[0]!.history.map((h) => h.action)).toEqual(['created', 'linked', 'changed']);
    await handlers.closeAll();

    const again = createHandlers({ ...(await setup()).deps, dataDir: join(folder, '..', 'data') });
    const reopened = value(await again.openProject({ path: folder }));
    expect(reopened.claims[0]!.links[0]).toMatchObject({ relation: 'context', sourceId: added.source.id });
    const after = value(
      await again.detachSource({ projectId: reopened.projectId, claimId: claim.id, linkId: link.id }),
    );
    expect(after.claims[0]!.links).toEqual([]);
    await again.closeAll();
  });

  it('keeps a personal library across projects and copies an attached passage into the project', async () => {
    const { handlers, projectId, deps } = await setup();
    const preview = value(
      await handlers.previewSource({ projectId, file: { kind: 'path', path: join(fixtures, 'quotes.csv') } }),
    );
    expect(preview.columns).toEqual(expect.arrayContaining(['text', 'speaker', 'date']));
    expect(preview.suggestedMapping).toMatchObject({ text: 'text', speaker: 'speaker' });
    const added = value(
      await handlers.addSource({
        projectId,
        library: 'personal',
        file: { kind: 'path', path: join(fixtures, 'quotes.csv') },
        meta: { ...meta, title: 'Quotes I keep', type: 'quote-list' },
      }),
    );
    const list = value(await handlers.listSources({ projectId }));
    expect(list.sources.map((s) => [s.title, s.library])).toEqual([['Quotes I keep', 'personal']]);
    const hits = value(await handlers.searchLibrary({ projectId, query: 'rebuild the peir speaker:bass' })).hits;
    expect(hits[0]).toMatchObject({ library: 'personal', speaker: 'Karen Bass' });

    value(await handlers.pasteDraft({ projectId, text: 'Bass promised to rebuild the pier.' }));
    const { claim } = value(await handlers.markClaim({ projectId, start: 0, end: 34 }));
    const view = value(
      await handlers.attachSource({
        projectId,
        claimId: claim.id,
        library: 'personal',
        sourceId: added.source.id,
        passageId: hits[0]!.passageId,
        relation: 'supports',
      }),
    );
    await handlers.closeAll();
    const doc = JSON.parse(await readFile(view.file, 'utf8'));
    expect(doc.sources[0]).toMatchObject({ title: 'Quotes I keep', fromLibrary: added.source.id });
    expect(doc.passages[0].text).toMatch(/rebuild the pier/);

    // Another project sees the same personal library.
    const other = createHandlers(deps);
    const second = value(await other.createProject({ folder: join(deps.dataDir, '..', 'second'), title: 'Second' }));
    expect(value(await other.listSources({ projectId: second.projectId })).sources).toHaveLength(1);
    await other.closeAll();
  });

  it('caches the search index on disk and rebuilds it when a source changes', async () => {
    const { handlers, projectId, deps } = await setup();
    const added = value(
      await handlers.addSource({
        projectId,
        library: 'project',
        file: { kind: 'path', path: join(fixtures, 'otter-interview.txt') },
        meta: { ...meta, type: 'interview' },
      }),
    );
    const first = value(await handlers.getSearchIndex({ projectId }));
    expect(first.bytes.length).toBeGreaterThan(100);
    expect(await readdir(join(deps.dataDir, 'cache', 'search'))).toContain(`${first.key}.idx`);
    expect(value(await handlers.getSearchIndex({ projectId })).key).toBe(first.key);
    value(
      await handlers.updateSource({
        projectId,
        library: 'project',
        sourceId: added.source.id,
        meta: { title: 'Renamed interview' },
      }),
    );
    const second = value(await handlers.getSearchIndex({ projectId }));
    expect(second.key).not.toBe(first.key);
    value(await handlers.removeSource({ projectId, library: 'project', sourceId: added.source.id }));
    expect(value(await handlers.searchLibrary({ projectId, query: 'interview' }))).toEqual({
      hits: [],
      newsroom: null,
    });
    await handlers.closeAll();
  });

  it('refuses a file that is not a source with a sentence and adds nothing', async () => {
    const { handlers, projectId } = await setup();
    const reply = await handlers.addSource({
      projectId,
      library: 'project',
      file: { kind: 'path', path: join(fixtures, 'no-cues.srt') },
      meta,
    });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toContain('no-cues.srt');
    expect(value(await handlers.listSources({ projectId })).sources).toEqual([]);
    await handlers.closeAll();
  });
});
