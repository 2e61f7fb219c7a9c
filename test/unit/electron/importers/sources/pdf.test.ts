// PDF sources: reading order on a two-column page, words hyphenated at line ends, page-and-line pinpoints, and the
// refusals (scanned, password-protected, damaged, too many pages or bytes) with their sentences.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../../../electron/importers/sources/parse-source';
import { joinLine } from '../../../../../electron/importers/sources/pdf';
import { FIXTURES, fixture, parsed } from './helpers';

const norm = (text: string): string => text.replace(/\s+/g, ' ');

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
    expect(big.ok || big.error.message).toMatch(/^ordinance\.pdf is .*; Factdesk takes at most 1 KB from one file/);
  });

  it('refuses a file named .pdf that is not one', async () => {
    const result = await parseSource({ bytes: new TextEncoder().encode('just words'), fileName: 'memo.pdf' });
    expect(result.ok || result.error.message).toMatch(/memo\.pdf is not a PDF document/);
  });
});
