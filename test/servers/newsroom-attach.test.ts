// Attaching a newsroom passage to a claim, through the real handlers against a real PostgreSQL: a search finds the
// newsroom's passage, attachNewsroomPassage copies it, its source's citation details and a reference to the newsroom
// source (id and content hash) into the project. Then, with no newsroom library at all, the project opens, finds the
// passage, quote-checks the draft against it and exports appendices (Markdown, CSV, JSON) that cite it as from the
// newsroom library, read back from disk.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/api/handlers';
import type { Handlers } from '../../electron/api/handlers';
import { handlerDeps, tempDir } from '../unit/electron/storage/helpers';
import { READER, seedNewsroom } from './support/newsroom-seed';
import { startPostgres } from './support/postgres';
import type { TestPostgres } from './support/postgres';
import { value } from '../unit/result-value';

let server: TestPostgres;
const open: Handlers[] = [];

beforeAll(async () => {
  server = await startPostgres();
  await seedNewsroom(
    server,
    {
      title: 'First inaugural address',
      type: 'speech',
      speakers: ['Franklin D. Roosevelt'],
      date: '1933-03-04',
      url: 'https://example.org/inaugural-1933',
      tags: ['presidents'],
      confidential: false,
    },
    [
      'So, first of all, let me assert my firm belief that the only thing we have to fear is fear itself.',
      'Our greatest primary task is to put people to work.',
    ],
  );
}, 180_000);

afterAll(async () => {
  for (const h of open) await h.closeAll();
  await server?.stop();
});

const DRAFT = 'Roosevelt said: “The only thing we have to fear is fear itself.” The crowd cheered.';

describe('attaching a newsroom passage', () => {
  it('copies it into the project, which then quote-checks and exports it without the server', async () => {
    const dir = await tempDir('factdesk-newsroom-attach-');
    const online = createHandlers(
      handlerDeps(dir, {
        newsroom: { url: `postgres://${READER.user}@127.0.0.1:${server.port}/factdesk`, password: READER.password },
      }),
    );
    open.push(online);
    const created = value(await online.createProject({ folder: join(dir, 'story'), title: 'Inaugural' }));
    const { projectId } = created;
    value(await online.setDraftText({ projectId, text: DRAFT }));
    const start = DRAFT.indexOf('“');
    const { claim } = value(await online.markClaim({ projectId, start, end: DRAFT.indexOf('”') + 1, kind: 'quote' }));

    const found = value(await online.searchLibrary({ projectId, query: 'fear itself' }));
    const hit = found.hits.find((h) => h.library === 'newsroom');
    expect(hit?.sourceTitle).toBe('First inaugural address');

    // Open: the source's details and every passage, from the server.
    const opened = value(await online.getNewsroomSource({ sourceId: hit!.sourceId }));
    expect(opened.source).toMatchObject({ title: 'First inaugural address', passageCount: 2, type: 'speech' });
    expect(opened.passages.map((p) => [p.passageId, p.pinpoint])).toEqual([
      [`${hit!.sourceId}:0`, '¶ 1'],
      [`${hit!.sourceId}:1`, '¶ 2'],
    ]);
    expect(opened.passages.some((p) => p.passageId === hit!.passageId)).toBe(true);

    // Attaching needs no source in the project first: the passage and its source's details are copied.
    const view = value(
      await online.attachNewsroomPassage({
        projectId,
        claimId: claim.id,
        passageId: hit!.passageId,
        relation: 'supports',
      }),
    );
    const link = view.claims.find((c) => c.id === claim.id)!.links[0]!;
    expect(link).toMatchObject({ relation: 'supports', pinpoint: '¶ 1', quotedText: hit!.text });
    // The same passage again on the same claim is refused: the appendix would list it twice.
    const twice = await online.attachNewsroomPassage({
      projectId,
      claimId: claim.id,
      passageId: hit!.passageId,
      relation: 'context',
    });
    expect(twice.ok ? null : twice.error.message).toMatch(
      /^This passage of ".+" is already tied to the claim \(supports, ¶ 1\)/,
    );
    const rows = await server.sql(`SELECT id::text, content_hash FROM factdesk_source`);
    const listed = value(await online.listSources({ projectId }));
    const copy = listed.sources.find((s) => s.library === 'project' && s.fromNewsroom);
    expect(copy).toMatchObject({
      title: 'First inaugural address',
      type: 'speech',
      speakers: ['Franklin D. Roosevelt'],
      date: '1933-03-04',
      url: 'https://example.org/inaugural-1933',
      confidential: false,
      fromNewsroom: {
        id: `newsroom:${rows.rows[0].id}`,
        contentHash: rows.rows[0].content_hash,
        server: `127.0.0.1:${server.port}/factdesk`,
      },
    });
    // A second passage of the same source joins the same copy.
    const second = value(await online.searchLibrary({ projectId, query: 'primary task people work' })).hits.find(
      (h) => h.library === 'newsroom',
    );
    value(
      await online.attachNewsroomPassage({
        projectId,
        claimId: claim.id,
        passageId: second!.passageId,
        relation: 'context',
      }),
    );
    const after = value(await online.listSources({ projectId }));
    expect(after.sources.filter((s) => s.fromNewsroom)).toHaveLength(1);
    value(await online.closeProject({ projectId }));
    await online.closeAll();

    // Offline: no newsroom library configured at all. The project has everything it cites.
    const offline = createHandlers(handlerDeps(dir));
    open.push(offline);
    const reopened = value(await offline.openProject({ path: join(dir, 'story') }));
    const id = reopened.projectId;
    const search = value(await offline.searchLibrary({ projectId: id, query: 'fear itself' }));
    expect(search.newsroom).toBeNull();
    expect(search.hits[0]).toMatchObject({ library: 'project', sourceTitle: 'First inaugural address' });

    const detail = value(await offline.getSource({ projectId: id, library: 'project', sourceId: copy!.id }));
    expect(detail.passages.map((p) => p.pinpoint.label)).toEqual(['¶ 1', '¶ 2']);

    const [quote] = value(await offline.checkQuotes({ projectId: id }));
    expect(quote).toMatchObject({
      verdict: 'exact',
      source: { title: 'First inaugural address', library: 'project', pinpoint: '¶ 1' },
    });

    const md = value(
      await offline.exportAppendix({ projectId: id, format: 'md', includeConfidential: false, includeNotes: false }),
    );
    const mdText = await readFile(md.path, 'utf8');
    expect(mdText).toContain('First inaugural address');
    expect(mdText).toContain(`from the newsroom library (127.0.0.1:${server.port}/factdesk, newsroom:`);
    expect(mdText).toContain('fear is fear itself');

    const csv = value(
      await offline.exportAppendix({ projectId: id, format: 'csv', includeConfidential: false, includeNotes: false }),
    );
    const csvText = await readFile(csv.path, 'utf8');
    expect(csvText.split('\r\n')[0]).toContain('source_newsroom');
    expect(csvText).toContain(`newsroom:${rows.rows[0].id} on 127.0.0.1:${server.port}/factdesk`);

    const json = value(
      await offline.exportAppendix({ projectId: id, format: 'json', includeConfidential: false, includeNotes: false }),
    );
    const appendix = JSON.parse(await readFile(json.path, 'utf8'));
    expect(appendix.sources[0]).toMatchObject({
      title: 'First inaugural address',
      newsroom: { id: `newsroom:${rows.rows[0].id}`, contentHash: rows.rows[0].content_hash },
    });
  });

  it('refuses with a sentence when no newsroom library is connected, and changes nothing', async () => {
    const dir = await tempDir('factdesk-newsroom-attach-none-');
    const h = createHandlers(handlerDeps(dir));
    open.push(h);
    const { projectId } = value(await h.createProject({ folder: join(dir, 'story'), title: 'None' }));
    value(await h.setDraftText({ projectId, text: DRAFT }));
    const { claim } = value(await h.markClaim({ projectId, start: 0, end: 9 }));
    const reply = await h.attachNewsroomPassage({
      projectId,
      claimId: claim.id,
      passageId: 'newsroom:1:0',
      relation: 'supports',
    });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'No newsroom library is connected, so its passage cannot be attached: set one up in Preferences.',
      },
    });
    expect(value(await h.getProject({ projectId })).claims[0]!.links).toEqual([]);
  });
});
