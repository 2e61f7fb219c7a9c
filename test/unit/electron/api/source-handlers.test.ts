// Sources, the personal library, search and links through the handler table, on real folders and real files.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/api/handlers';
import { attachPassage, markClaimOn, setupProject as setup, sourceMeta, value } from './source-steps';

const fixtures = join(__dirname, '../../../fixtures/sources');
const meta = sourceMeta;

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
    const claim = await markClaimOn(handlers, projectId, draft, 'mayor announced the harbor plan');
    const suggested = value(await handlers.suggestSources({ projectId, claimId: claim.id }));
    expect(suggested[0]?.text).toMatch(/harbor plan/);

    const target = { projectId, claimId: claim.id, sourceId: added.source.id, passageId: hits[0]!.passageId };
    let view = await attachPassage(handlers, target, { note: 'Said at 9am' });
    const link = view.claims[0]!.links[0]!;
    expect(link).toMatchObject({
      relation: 'supports',
      note: 'Said at 9am',
      pinpoint: hits[0]!.pinpoint,
      quotedText: hits[0]!.text,
    });
    // The same passage twice on one claim would be listed twice in the appendix: refused, with what is tied already.
    const twice = await handlers.attachSource({ ...target, library: 'project', relation: 'contradicts' });
    expect(twice.ok).toBe(false);
    if (!twice.ok)
      expect(twice.error.message).toBe(
        `This passage of "Harbor briefing" is already tied to the claim (supports, ${hits[0]!.pinpoint}); change that link's relation, pinpoint or note instead.`,
      );
    expect(value(await handlers.getProject({ projectId })).claims[0]!.links).toHaveLength(1);
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

    const draft = 'Bass promised to rebuild the pier.';
    const claim = await markClaimOn(handlers, projectId, draft, draft);
    const target = { projectId, claimId: claim.id, sourceId: added.source.id, passageId: hits[0]!.passageId };
    const view = await attachPassage(handlers, target, { library: 'personal' });
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
