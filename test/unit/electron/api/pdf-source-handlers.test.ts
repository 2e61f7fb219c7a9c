// A PDF as a source through the handler table, on real folders and the real fixture: added from its path and from
// its bytes (as the window sends a chosen or dropped file), found by search with its page-and-line pinpoint, attached
// to a claim with that pinpoint, and matched by the quote check, across a hyphenated line end, in the second column
// and across the column break.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachPassage, markClaimOn, setupProject, sourceMeta, value } from './source-steps';

const PDF = join(__dirname, '../../../fixtures/sources/pdf/two-column.pdf');
const meta = {
  ...sourceMeta,
  title: 'Second Inaugural Address',
  type: 'document' as const,
  date: '1865-03-04',
  tags: [],
};

const DRAFT = `Lincoln looks back

The address itself admits that "little that is new could be presented" four years on.

The address calls the war's end "a result less fundamental and astounding" than either side had hoped.

It closes by asking the nation to act "with malice toward none, with charity for all."

The address says "neither anticipated that the cause of the conflict might cease" so soon.

The address promises "a lasting peace with every nation on earth."
`;

describe('PDF sources through the handlers', () => {
  it('adds a two-column PDF, finds a passage with its page and line, attaches it and checks quotes against it', async () => {
    const { handlers, projectId } = await setupProject('Lincoln');
    // The window sends a chosen or dropped file as base64; the preview shows the pinpoints before anything is added.
    const base64 = (await readFile(PDF)).toString('base64');
    const file = { kind: 'bytes' as const, fileName: 'two-column.pdf', base64 };
    const preview = value(await handlers.previewSource({ projectId, file }));
    expect(preview).toMatchObject({ format: 'pdf', suggestedType: 'document' });
    expect(preview.sample[0]!.pinpoint.label).toBe('p. 1, l. 1');
    const added = value(await handlers.addSource({ projectId, library: 'project', file, meta, taskId: 't1' }));
    expect(added.source).toMatchObject({ title: 'Second Inaugural Address', type: 'document' });
    expect(added.source.passageCount).toBeGreaterThan(4);

    const detail = value(await handlers.getSource({ projectId, library: 'project', sourceId: added.source.id }));
    for (const passage of detail.passages) expect(passage.pinpoint.label).toMatch(/^p\. 1, l\. \d+$/);

    const { hits } = value(await handlers.searchLibrary({ projectId, query: 'malise toward none charity' }));
    expect(hits[0]).toMatchObject({ sourceTitle: 'Second Inaugural Address', pinpoint: 'p. 1, l. 83' });
    expect(hits[0]!.text).toMatch(/^With malice toward none, with charity for all/);
    const hyphenated = value(
      await handlers.searchLibrary({ projectId, query: '"less fundamental and astounding"' }),
    ).hits;
    expect(hyphenated[0]!.pinpoint).toBe('p. 1, l. 33');

    const claim = await markClaimOn(handlers, projectId, DRAFT, 'with malice toward none, with charity for all');
    const target = { projectId, claimId: claim.id, sourceId: added.source.id, passageId: hits[0]!.passageId };
    const view = await attachPassage(handlers, target);
    expect(view.claims[0]!.links[0]).toMatchObject({
      pinpoint: 'p. 1, l. 83',
      quotedText: expect.stringContaining('With malice toward none'),
    });

    const checked = value(await handlers.checkQuotes({ projectId }));
    const byWords = (words: string) => checked.find((q) => q.text.includes(words))!;
    // Across a hyphenated line end in the left column ("pres-" / "ented").
    expect(byWords('little that is new')).toMatchObject({
      verdict: 'exact',
      source: { title: 'Second Inaugural Address', pinpoint: 'p. 1, l. 3' },
    });
    // Across a hyphenated line end in the second column ("funda-" / "mental").
    expect(byWords('less fundamental')).toMatchObject({ verdict: 'exact', source: { pinpoint: 'p. 1, l. 33' } });
    // In the second column, and tied to the claim that marks it.
    expect(byWords('malice toward none')).toMatchObject({
      verdict: 'exact',
      claimId: claim.id,
      source: { pinpoint: 'p. 1, l. 83' },
    });
    // Across the break from the left column to the right ("the cause of" / "the conflict might cease").
    expect(byWords('neither anticipated')).toMatchObject({ source: { pinpoint: 'p. 1, l. 33' } });
    expect(['exact', 'punctuation']).toContain(byWords('neither anticipated').verdict);
    expect(byWords('lasting peace with every nation').verdict).not.toMatch(/^(exact|punctuation)$/);
    await handlers.closeAll();
  });

  it("adds a PDF given no title under the PDF's own, which search finds it by at once", async () => {
    const { handlers, projectId } = await setupProject('Lincoln');
    // A search first, so the project's index is live and the new passages join it as the import worker indexed them.
    value(await handlers.searchLibrary({ projectId, query: 'malice' }));
    const { title: _given, ...untitled } = meta;
    const file = { kind: 'path' as const, path: PDF };
    const added = value(await handlers.addSource({ projectId, library: 'project', file, meta: untitled }));
    expect(added.source.title).toBe('Second Inaugural Address');
    const { hits } = value(await handlers.searchLibrary({ projectId, query: 'malise toward none charity' }));
    expect(hits[0]).toMatchObject({ sourceId: added.source.id, sourceTitle: 'Second Inaugural Address' });
  });
});
