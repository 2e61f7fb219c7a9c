// Quote lists through the real parseSource: CSV (quoted multi-line fields, BOM, CRLF, a malformed row), the corpus
// TSV layout mapped automatically, JSON and JSON Lines, a user's mapping, and detectColumns' guesses.
import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../../../../electron/importers/sources/columns';
import { parseSource } from '../../../../../electron/importers/sources/parse-source';
import { outline, parsed } from './helpers';

describe('parseSource: CSV', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and reports the malformed row by line', async () => {
    const source = await parsed('quotes.csv');
    expect(source.format).toBe('csv');
    expect(source.suggestedType).toBe('quote-list');
    expect(outline(source)).toEqual([
      '[row 1] Karen Bass: We will rebuild the pier, and we will do it right.',
      '[row 2] Luis Ortiz: She said "no new taxes" twice.',
      '[row 3] Karen Bass: The first line of a long answer,\nand its second line.',
      '[row 5] Ana Reyes: Plain unquoted quote with no commas',
      '[row 7] Luis Ortiz: Libraries matter.',
    ]);
    expect(source.passages[0]).toMatchObject({
      date: '2024-03-05',
      url: 'https://example.org/pier',
      tags: ['harbor', 'pier'],
      sourceTitle: 'Press conference',
    });
    expect(source.warnings).toEqual([
      'Line 8 of quotes.csv has a different number of columns than the header (6), so that row was left out.',
      '1 row of quotes.csv had no text in the "text" column and was skipped.',
    ]);
    for (const passage of source.passages) expect(source.text.slice(passage.start, passage.end)).toBe(passage.text);
  });

  it('refuses a file whose rows mostly do not fit the header', async () => {
    const csv = 'text,speaker\na,b,c\nd,e,f\ng,h\n';
    const result = await parseSource({ bytes: new TextEncoder().encode(csv), fileName: 'bad.csv' });
    expect(result.ok ? null : result.error.message).toMatch(
      /^Most rows of bad\.csv do not have the 2 columns of its header \(lines 2 and 3\)/,
    );
  });

  it('sniffs a semicolon delimiter; a quote that never closes refuses the file with the line it opened on', async () => {
    const good = await parsed('zitate.csv', {
      bytes: new TextEncoder().encode('Zitat;Sprecher\n"Wir bauen; sagt sie";Anna\nGut gemacht.;Ben\n'),
      mapping: { text: 'Zitat', speaker: 'Sprecher' },
    });
    expect(outline(good)).toEqual(['[row 1] Anna: Wir bauen; sagt sie', '[row 2] Ben: Gut gemacht.']);
    const csv = 'Zitat;Sprecher\nJa;Anna\n\n"Wir bauen;Anna\nGut gemacht.;Ben\n';
    const result = await parseSource({ bytes: new TextEncoder().encode(csv), fileName: 'zitate.csv' });
    expect(result.ok ? null : result.error.message).toBe(
      'zitate.csv: a quote opened on line 4 is never closed, so everything after it would read as one field. Add the closing quotation mark (or double a quotation mark meant as text: "") and add the file again.',
    );
  });

  it('keeps quotation marks inside a plain field as text', async () => {
    const source = await parsed('said.csv', { bytes: new TextEncoder().encode('text,who\n"Yes" she said,Ana\n') });
    expect(outline(source)).toEqual(['[row 1] Ana: "Yes" she said']);
  });

  it('asks for the quote column when none can be guessed, and names a wrong one', async () => {
    const csv = 'a,b\n1,2\n';
    const asked = await parseSource({ bytes: new TextEncoder().encode(csv), fileName: 'numbers.csv' });
    expect(asked.ok ? null : asked.error).toMatchObject({
      code: 'invalid-input',
      details: { needsMapping: true, columns: ['a', 'b'] },
    });
    const wrong = await parseSource({
      bytes: new TextEncoder().encode(csv),
      fileName: 'numbers.csv',
      mapping: { text: 'quote' },
    });
    expect(wrong.ok ? null : wrong.error.message).toBe(
      'numbers.csv has no column "quote" for the quote text; its columns are "a", "b".',
    );
  });
});

describe('parseSource: the corpus TSV layout', () => {
  it('maps text, speaker, date and context automatically and keeps quotation marks as text', async () => {
    const source = await parsed('corpus-quotes.tsv');
    expect(source.table?.mapping).toEqual({
      text: 'text',
      speaker: 'speaker',
      date: 'date',
      source: 'context',
      url: null,
      tags: null,
    });
    expect(source.passages).toHaveLength(52);
    expect(source.speakers).toEqual(['Franklin D. Roosevelt']);
    expect(source.passages[0]).toMatchObject({
      text: 'President Hoover, Mr. Chief Justice, my friends:',
      date: '1933-03-04',
      sourceTitle: 'First Inaugural Address',
    });
    expect(source.passages[50]?.text).toMatch(/^"We do our part," and I ask/);
    expect(source.passages[51]?.text).toMatch(/^"Instead of the give and take/);
    expect(source.warnings).toEqual([]);
  });
});

describe('parseSource: JSON and JSON Lines', () => {
  it('reads {"quotes": [...]} with guessed columns; a javascript: link is dropped', async () => {
    const source = await parsed('quotes.json');
    expect(source.table?.mapping).toMatchObject({
      text: 'quote',
      speaker: 'who',
      url: 'link',
      source: 'source',
      tags: 'tags',
    });
    expect(outline(source)).toEqual([
      '[row 1] Karen Bass: The harbor plan will bring four hundred jobs.',
      '[row 2] Luis Ortiz: We cannot afford to wait another year.',
      '[row 4] Luis Ortiz: Libraries are the last free public space.',
    ]);
    expect(source.passages[0]?.tags).toEqual(['harbor', 'jobs']);
    expect(source.passages[1]).toMatchObject({ url: null, tags: ['budget', 'housing'] });
    expect(source.warnings).toEqual([
      '1 row of quotes.json had no text in the "quote" column and was skipped.',
      '1 link in quotes.json was not a web address and was left out.',
    ]);
  });

  it('reads JSON Lines and reports the line that is not JSON', async () => {
    const source = await parsed('quotes.jsonl');
    expect(source.speakers).toEqual(['Registrar Kim', 'Deputy Registrar Ames']);
    expect(source.passages[1]?.tags).toEqual(['elections', 'counting']);
    expect(source.warnings).toEqual(['Line 3 of quotes.jsonl is not a JSON object and was left out.']);
  });
});

describe('detectColumns', () => {
  it('prefers exact header names and falls back to the column with long values for the quote', () => {
    expect(detectColumns(['Quote Text', 'Speaker Name', 'Published', 'Source URL', 'Keywords'], []).suggested).toEqual({
      text: 'Quote Text',
      speaker: 'Speaker Name',
      date: 'Published',
      source: null,
      url: 'Source URL',
      tags: 'Keywords',
    });
    const guessed = detectColumns(['id', 'body_of_it'], [['1', 'A sentence that is long enough to be a quote.']]);
    expect(guessed.suggested.text).toBe('body_of_it');
  });
});
