// A PDF through the factdesk CLI, in-process over real folders: add it, search it, attach a passage to a claim with
// its page-and-line pinpoint, check the quotes (in the project and file against file), and export the appendix in
// every format, each read back (Word with mammoth, PDF with pdftotext) and citing the page.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, exportedText, readableFormats } from './cli-run';
import { tempDir } from './storage/helpers';

const PDF = join(__dirname, '../../fixtures/sources/pdf/two-column.pdf');
const PIN = 'p. 1, l. 83';

const DRAFT = `Lincoln looks back

The address asks the nation to act "with malice toward none, with charity for all."

"Little that is new could be presented," the address says of the four years since.
`;

describe('factdesk CLI: a PDF source', () => {
  it('adds a PDF, finds and attaches a passage by page and line, checks the quotes and cites the page in every export format', async () => {
    const dir = await tempDir();
    await cli(['new', 'story', '--title', 'Lincoln looks back'], dir);
    await writeFile(join(dir, 'draft.txt'), DRAFT);
    expect((await cli(['import-draft', 'story', 'draft.txt'], dir)).code).toBe(0);

    const added = await cli(['add-source', 'story', PDF, '--title', 'Second Inaugural Address', '--json'], dir);
    expect(added.code, added.err).toBe(0);
    expect(added.err).toBe('');
    expect(JSON.parse(added.out).source).toMatchObject({ title: 'Second Inaugural Address', passages: 7 });

    const found = JSON.parse((await cli(['search', 'story', 'malise toward none', '--json'], dir)).out);
    expect(found.results[0]).toMatchObject({ sourceTitle: 'Second Inaugural Address', pinpoint: PIN });

    const marked = await cli(
      ['mark', 'story', 'with malice toward none, with charity for all', '--kind', 'quote', '--status', 'verified'],
      dir,
    );
    expect(marked.code, marked.err).toBe(0);
    const claimId = JSON.parse((await cli(['claims', 'story', '--json'], dir)).out).claims[0].id;
    const attached = await cli(['attach', 'story', claimId, found.results[0].passageId], dir);
    expect(attached.code, attached.err).toBe(0);
    expect(attached.out).toContain(`at ${PIN}`);

    // A PDF added without --type is a document, so a quote credited to "the address" is checked against it.
    const checked = await cli(['check-quotes', 'story', '--json'], dir);
    expect(checked.code, checked.out).toBe(0);
    const quotes = JSON.parse(checked.out).quotes;
    expect(
      quotes.map((q: { verdict: string; source: { pinpoint: string } }) => [q.verdict, q.source.pinpoint]),
    ).toEqual([
      ['exact', PIN],
      ['exact', 'p. 1, l. 3'],
    ]);
    expect(quotes[0].speakerMatch).toBe(true);
    const text = await cli(['check-quotes', 'story'], dir);
    expect(text.out).toContain(`Second Inaugural Address @ ${PIN}`);

    // File against file: the draft and the PDF itself, no project.
    const files = await cli(['check-quotes', '--draft', 'draft.txt', '--sources', PDF, '--json'], dir);
    expect(files.code, files.err).toBe(0);
    expect(JSON.parse(files.out).quotes[1].source).toMatchObject({ pinpoint: 'p. 1, l. 3' });

    const formats = readableFormats(['md', 'html', 'csv', 'json', 'claimreview', 'docx', 'pdf']);
    for (const format of formats) {
      const result = await exportedText(dir, 'story', format);
      expect(result.code, result.err).toBe(0);
      const written = result.text;
      expect(written.replace(/\s+/g, ' '), `${format} cites the page`).toContain(PIN);
      if (format === 'json') {
        const link = JSON.parse(written).claims[0].links[0];
        expect(link).toMatchObject({ pinpoint: PIN, source: { title: 'Second Inaugural Address', type: 'document' } });
      }
      if (format === 'claimreview') {
        expect(JSON.parse(written)[0].citation).toEqual([`Second Inaugural Address, ${PIN}`]);
      }
      if (format === 'csv')
        expect(written).toMatch(new RegExp(`Second Inaugural Address.*${PIN.replace(/\./g, '\\.')}`));
    }
  }, 120_000);

  it("names a PDF added without --title by the PDF's own title, in the project and in the personal library", async () => {
    const dir = await tempDir();
    await cli(['new', 'story', '--title', 'Lincoln looks back'], dir);
    const added = await cli(['add-source', 'story', PDF, '--json'], dir);
    expect(added.code, added.err).toBe(0);
    expect(JSON.parse(added.out).source).toMatchObject({ title: 'Second Inaugural Address', passages: 7 });
    const found = JSON.parse((await cli(['search', 'story', 'malise toward none', '--json'], dir)).out);
    expect(found.results[0]).toMatchObject({ sourceTitle: 'Second Inaugural Address', pinpoint: PIN });
    const sources = JSON.parse(await readFile(join(dir, 'story', 'project.factdesk'), 'utf8')).sources;
    expect(sources.map((s: { title: string }) => s.title)).toEqual(['Second Inaugural Address']);

    const personal = await cli(['add-source', '--library', PDF], dir);
    expect(personal.code, personal.err).toBe(0);
    expect(personal.out).toContain('Added "Second Inaugural Address" (7 passages)');
  }, 120_000);
});
