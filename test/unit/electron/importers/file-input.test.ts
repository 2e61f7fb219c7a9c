// A draft import and a source import refuse a missing file and an unknown encoding with the same sentences.
import { describe, expect, it } from 'vitest';
import { checkFileInput } from '../../../../electron/importers/file-input';
import { importDraft } from '../../../../electron/importers/import-draft';
import { parseSource } from '../../../../electron/importers/sources/parse-source';
import type { ImportInput } from '../../../../electron/importers/types';

const bytes = new TextEncoder().encode('The council met on Tuesday.');

describe('checkFileInput', () => {
  it('accepts a file with no encoding or a legacy one', () => {
    expect(checkFileInput({ bytes, fileName: 'a.txt' }).ok).toBe(true);
    expect(checkFileInput({ bytes, fileName: 'a.txt', encoding: 'latin1' }).ok).toBe(true);
  });

  const refused: [string, ImportInput, string][] = [
    ['no bytes', { fileName: 'a.txt' } as unknown as ImportInput, 'Factdesk was not given a file to import.'],
    [
      'an unknown encoding',
      { bytes, fileName: 'a.txt', encoding: 'koi8-r' } as unknown as ImportInput,
      '"koi8-r" is not an encoding Factdesk offers; choose Windows-1252 or Latin-1.',
    ],
  ];

  for (const [what, input, message] of refused) {
    it(`refuses ${what} alike for drafts and sources`, async () => {
      for (const result of [checkFileInput(input), await importDraft(input), await parseSource(input)]) {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error).toMatchObject({ code: 'invalid-input', message });
      }
    });
  }
});
