// The CSV reader over csv-parse: where each row starts (line breaks and CRLF inside quotes counted once), the line an
// unterminated quote opened on, and the limit on rows checked while parsing.
import { describe, expect, it } from 'vitest';
import { lineOfQuoteFrom, parseDelimited } from '../../../../../electron/importers/sources/delimited';
import { Pacer } from '../../../../../electron/importers/sources/pacer';

const pacer = (limits = {}) => new Pacer(1, 'list.csv', { limits });

describe('parseDelimited', () => {
  it('gives each row the line it starts on, with CRLF and LF breaks inside quotes', async () => {
    const csv = 'text,who\r\n"a\r\nb",x\r\nc,y\r\n"q\nr",z\r\n\r\nd,e\r\n';
    const parsed = await parseDelimited(csv, ',', pacer(), 0);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const table = parsed.value;
    expect(table.header).toEqual(['text', 'who']);
    expect(table.rows.map((r) => [r.line, r.fields[0]])).toEqual([
      [2, 'a\r\nb'],
      [4, 'c'],
      [5, 'q\nr'],
      [8, 'd'],
    ]);
  });

  it('refuses a quote that never closes, naming the line it opened on', async () => {
    const rows = Array.from({ length: 1_202 }, (_, i) => `Quote ${i},Ana`);
    const csv = `quote,who\n${rows.join('\n')}\n"Unfinished, Ben\nMore,Cy\n`;
    const parsed = await parseDelimited(csv, ',', pacer(), 0);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toMatchObject({ code: 'invalid-file', details: { line: 1_204 } });
    expect(parsed.error.message).toContain('list.csv: a quote opened on line 1,204 is never closed');
  });

  it('stops as soon as the rows pass the limit', async () => {
    const csv = `quote\n${'a\n'.repeat(50)}`;
    const parsed = await parseDelimited(csv, ',', pacer({ maxPassages: 10 }), 0);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('invalid-file');
    expect(parsed.error.message).toContain(
      'list.csv has more than 10 quote rows; Factdesk takes at most 10 passages from one file.',
    );
  });
});

describe('lineOfQuoteFrom', () => {
  it('finds the first quotation mark on or after a line', () => {
    expect(lineOfQuoteFrom('a\nb\nc "d\ne', 2)).toBe(3);
    expect(lineOfQuoteFrom('a\r\n"b', 1)).toBe(2);
    expect(lineOfQuoteFrom('a\nb', 2)).toBe(2);
  });
});
