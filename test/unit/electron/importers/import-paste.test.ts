// Pasting a draft: Google Docs HTML keeps its headings and paragraphs; plain text is kept exactly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPastedText } from '../../../../electron/importers/import-paste';

const FIXTURES = join(__dirname, '../../../fixtures/importers');

describe('importPastedText', () => {
  it('sanitises a Google Docs paste to text with its structure', () => {
    const html = readFileSync(join(FIXTURES, 'google-docs-paste.html'), 'utf8');
    const result = importPastedText(
      'Council budget\nThe mayor said the vote is expected to pass.\n\nTurnout was 38 percent.',
      html,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        text: 'Council budget\n\nThe mayor said the vote is expected to pass.\n\nTurnout was 38 percent.',
        blocks: [
          { kind: 'heading', level: 1, start: 0, end: 14 },
          { kind: 'paragraph', start: 16, end: 60 },
          { kind: 'paragraph', start: 62, end: 85 },
        ],
        format: 'html',
        origin: 'paste',
        warnings: [],
      },
    });
  });

  it('keeps plain text verbatim, CRLF, NFD and emoji included', () => {
    const text = 'Zoe\u0308 said:\r\n\r\n“The family 👩‍👩‍👧 came.”\r\n';
    const result = importPastedText(text);
    expect(result.ok && result.value.text).toBe(text);
    const slices = result.ok ? result.value.blocks.map((b) => text.slice(b.start, b.end)) : [];
    expect(slices).toEqual(['Zoe\u0308 said:', '“The family 👩‍👩‍👧 came.”']);
  });

  it('falls back to the plain text when the HTML holds no text', () => {
    const result = importPastedText('Just text.', '<img src="https://example.org/a.png">');
    expect(result).toMatchObject({ ok: true, value: { text: 'Just text.', format: 'txt' } });
  });

  it('refuses empty pastes, broken characters and binary noise with a sentence', () => {
    expect(importPastedText('  \n ')).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'There is no text on the clipboard to paste as a draft.' },
    });
    expect(importPastedText('ab\uD800cd')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/unpaired surrogate/) },
    });
    expect(importPastedText('a\u0000b')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/binary data/) },
    });
  });
});
