// PDF sources: reading order on a two-column page, words hyphenated at line ends, page-and-line pinpoints, and the
// refusals (scanned, password-protected, damaged, too many pages or bytes) with their sentences.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseSource, SOURCE_EXTENSIONS } from '../../../../../electron/importers/sources/parse-source';
import { joinLine, readPdf, withoutCanvasNotices } from '../../../../../electron/importers/sources/pdf';
import { pdfPassages } from '../../../../../electron/importers/sources/pdf-paragraphs';
import { FILE_LIMITS } from '../../../../../electron/importers/sources/limits';
import { FIXTURES, fixture, parsed } from './helpers';

const norm = (text: string): string => text.replace(/\s+/g, ' ');

async function readLines(name: string) {
  const read = await readPdf(fixture(name), name, FILE_LIMITS);
  if (!read.ok) throw new Error(read.error.message);
  return read.value.pages;
}

describe('PDF sources', () => {
  it('reads a two-column page column by column, mending hyphenated words', async () => {
    const source = await parsed('pdf/two-column.pdf');
    expect(source.format).toBe('pdf');
    expect(source.suggestedType).toBe('document');
    const text = norm(source.text);
    // The left column runs on to its end before the right column starts.
    expect(text).toContain(
      'during which public declarations have been constantly called forth on every point and phase of the great contest',
    );
    expect(text).toContain('a result less fundamental and astounding. Both read the same Bible');
    expect(text.indexOf('there is less occasion for an extended address')).toBeLessThan(
      text.indexOf('Both read the same Bible and pray to the same God'),
    );
    expect(text).toContain('With malice toward none, with charity for all');
    expect(text).not.toMatch(/\u00ad/);
    expect(text).not.toContain('funda- mental');
  });

  it('pinpoints each paragraph by page and line', async () => {
    const source = await parsed('pdf/multi-page.pdf');
    const pages = new Set(source.passages.map((p) => p.pinpoint.page));
    expect([...pages]).toEqual([1, 2, 3]);
    for (const passage of source.passages) {
      expect(passage.pinpoint.label).toBe(`p. ${passage.pinpoint.page}, l. ${passage.pinpoint.line}`);
      expect(source.text.slice(passage.start, passage.end)).toBe(passage.text);
    }
    const first = source.passages[0]!;
    expect(first.pinpoint.label).toBe('p. 1, l. 1');
    const later = source.passages.find((p) => p.pinpoint.page === 2)!;
    expect(later.pinpoint.line).toBeGreaterThanOrEqual(1);
    expect(source.suggestedTitle).toBe('First Inaugural Address (excerpt)');
  });

  it('runs a paragraph on across a column break and a page break when it stops there mid-sentence', async () => {
    const columns = await parsed('pdf/two-column.pdf');
    const across = columns.passages.find((p) => p.text.includes('Neither anticipated that the cause of the conflict'));
    expect(across?.text).toMatch(/^One-eighth of the whole population/);
    expect(across?.pinpoint.label).toBe('p. 1, l. 33');
    const pages = await parsed('pdf/multi-page.pdf');
    const turn = pages.passages.find((p) => p.text.includes('of which the case is susceptible, that the property'));
    expect(turn?.pinpoint).toMatchObject({ page: 1 });
    // A heading and a line ending a sentence still end their paragraph.
    expect(pages.passages[0]!.text).toBe('First Inaugural Address (excerpt)');
    expect(pages.passages[1]!.text).toBe('Fellow citizens of the United States:');
  });

  it('reads a PDF handed over as a Node Buffer, as the CLI and the app read files', async () => {
    const bytes = readFileSync(join(FIXTURES, 'pdf/two-column.pdf'));
    const result = await parseSource({ bytes, fileName: 'two-column.pdf' });
    expect(result.ok && result.value.passages.length).toBeGreaterThan(5);
  });

  it('joins line ends only where a word was broken', () => {
    expect(joinLine('a result less funda\u00ad\u2010', 'mental and')).toBe('a result less fundamental and');
    expect(joinLine('less funda-', 'mental')).toBe('less fundamental');
    expect(joinLine('Fellow-', 'Countrymen')).toBe('Fellow- Countrymen');
    expect(joinLine('the end.', 'Then')).toBe('the end. Then');
  });

  it.each([
    ['pdf/scanned.pdf', /scanned\.pdf has no text Factdesk can read: its page is an image .*OCR/],
    ['pdf/encrypted.pdf', /encrypted\.pdf is protected with a password.*save a copy without the password/],
    ['pdf/truncated.pdf', /truncated\.pdf is damaged or not a complete PDF document/],
  ])('refuses %s with a sentence naming the file', async (name, sentence) => {
    const result = await parseSource({ bytes: fixture(name), fileName: name.split('/')[1]! });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-file');
      expect(result.error.message).toMatch(sentence);
    }
  });

  it('refuses a PDF with more pages or bytes than the limits', async () => {
    const bytes = fixture('pdf/multi-page.pdf');
    const pages = await parseSource({ bytes, fileName: 'ordinance.pdf' }, { limits: { maxPdfPages: 2 } });
    expect(pages.ok || pages.error.message).toBe(
      'ordinance.pdf has 3 pages; Factdesk takes at most 2 pages from one PDF. Split it into PDFs of at most 2 pages (any PDF tool can extract page ranges) and add them one by one.',
    );
    const big = await parseSource({ bytes, fileName: 'ordinance.pdf' }, { limits: { maxFileBytes: 1000 } });
    expect(big.ok || big.error.message).toMatch(
      /^ordinance\.pdf is [\d.]+ KB; Factdesk takes at most 1 KB from one PDF\. Save a smaller copy in a PDF tool \(reduce its file size, which shrinks the images\) or split it into PDFs of at most 1 KB \(any PDF tool can extract page ranges\), and add them one by one\.$/,
    );
    expect(big.ok || big.error.details).toMatchObject({ limit: 'bytes', bytes: bytes.length, maxBytes: 1000 });
    // The byte limit is checked before PDF.js reads anything, so a too-large file costs no time.
    const renamed = await parseSource({ bytes, fileName: 'ordinance' }, { limits: { maxFileBytes: 1000 } });
    expect(renamed.ok || renamed.error.message).toMatch(/^ordinance is .*from one PDF/);
  });

  it('cuts a page set as one unbroken block into passages at sentence ends, each pinpointed by its line', async () => {
    const source = await parsed('pdf/one-block.pdf');
    // The heading on line 1 is a passage of its own; the block below it is cut into several.
    expect(source.passages[0]).toMatchObject({ text: 'Inaugural Addresses', pinpoint: { label: 'p. 1, l. 1' } });
    const first = source.passages.filter((p) => p.pinpoint.page === 1).slice(1);
    expect(first.length).toBeGreaterThanOrEqual(3);
    for (const passage of source.passages) {
      expect(passage.text.length).toBeLessThanOrEqual(2_000);
      expect(source.text.slice(passage.start, passage.end)).toBe(passage.text);
    }
    // Every piece but a page's last ends a sentence, and the lines move down the page.
    for (const piece of first.slice(0, -1)) expect(piece.text).toMatch(/[.!?:;]["”’)]?$/);
    const lines = first.map((p) => p.pinpoint.line!);
    expect(lines[0]).toBe(2);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    expect(new Set(lines).size).toBe(lines.length);
    // The line of a piece is the line its first words are on.
    const piece = first[1]!;
    const pages = await readLines('pdf/one-block.pdf');
    const line = pages[0]!.lines.find((l) => l.line === piece.pinpoint.line)!;
    expect(norm(line.text)).toContain(piece.text.split(' ').slice(0, 2).join(' '));
  });

  it('runs a paragraph on at the top of a page, but never from a lone page number or footer line', () => {
    const line = (n: number, text: string, gap: number) => ({ line: n, text, gap, size: 10 });
    const pages = [
      { page: 1, lines: [line(1, 'The council met on', Infinity), line(2, 'Tuesday and the vote', 12)] },
      {
        page: 2,
        lines: [
          line(1, 'was close, people said. A recount', Infinity),
          line(2, 'was asked for by the losing', 12),
          line(3, 'side', 12),
          line(4, '2', 40),
        ],
      },
      { page: 3, lines: [line(1, 'and then it rained.', Infinity)] },
    ];
    expect(pdfPassages(pages).passages.map((p) => [p.pinpoint.label, p.text])).toEqual([
      [
        'p. 1, l. 1',
        'The council met on Tuesday and the vote was close, people said. A recount was asked for by the losing side',
      ],
      ['p. 2, l. 4', '2'],
      ['p. 3, l. 1', 'and then it rained.'],
    ]);
  });

  it('pinpoints the pieces of a long paragraph by the line each starts on', () => {
    const sentence = (n: number) => `Sentence ${n} is here and it runs on for a while until it stops.`;
    const lines = Array.from({ length: 40 }, (_, i) => ({
      line: i + 1,
      text: `${sentence(i * 2)} ${sentence(i * 2 + 1)}`,
      gap: i === 0 ? Infinity : 12,
      size: 10,
    }));
    const { text, passages } = pdfPassages([{ page: 7, lines }], 500);
    expect(passages.length).toBeGreaterThan(8);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(500);
      expect(text.slice(p.start, p.end)).toBe(p.text);
      const n = Number(/^Sentence (\d+)/.exec(p.text)![1]);
      expect(p.pinpoint).toEqual({ label: `p. 7, l. ${Math.floor(n / 2) + 1}`, page: 7, line: Math.floor(n / 2) + 1 });
    }
  });

  it('keeps the notices PDF.js prints on loading without the optional canvas package off the console, and nothing else', async () => {
    const seen: unknown[][] = [];
    const spy = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void seen.push(args));
    try {
      const value = await withoutCanvasNotices(async () => {
        console.warn(
          'Warning: Cannot load "@napi-rs/canvas" package: "Error: Cannot find module \'@napi-rs/canvas\'".',
        );
        console.warn('Warning: Cannot polyfill `ImageData`, rendering may be broken.');
        console.warn('Warning: Cannot polyfill `Path2D`, rendering may be broken.');
        console.warn('Warning: Indexing all PDF objects');
        return 42;
      });
      expect(value).toBe(42);
      console.warn('after');
      expect(seen).toEqual([['Warning: Indexing all PDF objects'], ['after']]);
    } finally {
      spy.mockRestore();
    }
  });

  it('is offered by the desktop file picker, whose Sources filter lists every extension the importers read', () => {
    expect(SOURCE_EXTENSIONS).toContain('pdf');
  });

  it('refuses a file named .pdf that is not one', async () => {
    const result = await parseSource({ bytes: new TextEncoder().encode('just words'), fileName: 'memo.pdf' });
    expect(result.ok || result.error.message).toMatch(/memo\.pdf is not a PDF document/);
  });
});
