// importDraft on real files: every encoding and every bad input gets the expected text or its own sentence,
// naming the file, and a refused import leaves the bytes it was given untouched.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importDraft, importDraftFile } from '../../../../electron/importers/import-draft';
import type { ImportResult } from '../../../../electron/importers/types';

const FIXTURES = join(__dirname, '../../../fixtures/importers');
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));

async function refused(
  name: string,
  fileName = name,
): Promise<{ code: string; message: string; details?: Record<string, unknown> }> {
  const bytes = read(name);
  const before = Buffer.from(bytes);
  const result = await importDraft({ bytes, fileName });
  expect(Buffer.from(bytes).equals(before)).toBe(true);
  if (result.ok) throw new Error(`${name} was imported but should have been refused`);
  expect(result.error.message).toContain(fileName);
  return result.error;
}

function value(result: ImportResult) {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const blockTexts = (result: ImportResult): string[] => {
  const draft = value(result);
  return draft.blocks.map((b) => draft.text.slice(b.start, b.end));
};

const SAMPLE =
  'Council budget\n\nThe mayor said the vote is “expected to pass” on Tuesday.\nTurnout was 38% — a record.\n';

describe('importDraft: text encodings', () => {
  it('keeps UTF-8 text verbatim, with and without a byte-order mark', async () => {
    for (const name of ['utf8.txt', 'utf8-bom.txt']) {
      const draft = value(await importDraft({ bytes: read(name), fileName: name }));
      expect(draft.text).toBe(SAMPLE);
      expect(draft.format).toBe('txt');
      expect(draft.origin).toBe(name);
      expect(draft.blocks).toEqual([
        { kind: 'paragraph', start: 0, end: 14 },
        { kind: 'paragraph', start: 16, end: SAMPLE.length - 1 },
      ]);
    }
  });

  it('reads UTF-16 LE and BE with a byte-order mark, surrogate pairs included', async () => {
    for (const name of ['utf16le-bom.txt', 'utf16be-bom.txt']) {
      const draft = value(await importDraft({ bytes: read(name), fileName: name }));
      expect(draft.text.startsWith(SAMPLE)).toBe(true);
      expect(draft.text).toContain('👩‍👩‍👧‍👦');
    }
  });

  it('asks for the encoding of Windows-1252 text instead of guessing, then decodes the answer', async () => {
    const error = await refused('windows-1252.txt');
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(
      'windows-1252.txt is not UTF-8 or UTF-16 text. Choose its encoding (Windows-1252 or Latin-1) or cancel.',
    );
    expect(error.details).toMatchObject({ needsEncoding: true, choices: ['windows-1252', 'latin1'] });

    const cp1252 = value(
      await importDraft({ bytes: read('windows-1252.txt'), fileName: 'windows-1252.txt', encoding: 'windows-1252' }),
    );
    expect(cp1252.text).toBe('The mayor said “we will pass it” – on Tuesday. Café.\r\n');
    const latin1 = value(
      await importDraft({ bytes: read('windows-1252.txt'), fileName: 'windows-1252.txt', encoding: 'latin1' }),
    );
    expect(latin1.text).toBe('The mayor said \u0093we will pass it\u0094 \u0096 on Tuesday. Café.\r\n');
    expect(latin1.warnings.join(' ')).toMatch(/import it again as Windows-1252/);
  });

  it('asks about invalid UTF-8, and suggests the charset an HTML file declares', async () => {
    expect((await refused('invalid-utf8.txt')).details).toMatchObject({ needsEncoding: true, firstInvalidByte: 18 });
    expect((await refused('legacy-meta.html')).details).toMatchObject({
      needsEncoding: true,
      suggested: 'windows-1252',
    });
  });

  it('refuses damaged UTF-8 and UTF-16 files with a sentence', async () => {
    expect((await refused('utf8-bom-broken.txt')).message).toMatch(/marked as UTF-8 text but byte 21 is not UTF-8/);
    expect((await refused('utf16le-lone-surrogate.txt')).message).toMatch(/unpaired surrogate\) at character 3/);
    expect((await refused('utf16le-odd-length.txt')).message).toMatch(/ends in the middle of a character/);
    expect((await refused('utf16le-no-bom.txt')).message).toMatch(/UTF-16 text without a byte-order mark/);
  });

  it('keeps NFD, CRLF, right-to-left text with bidi controls and emoji ZWJ sequences exactly', async () => {
    const nfd = value(await importDraft({ bytes: read('nfd.txt'), fileName: 'nfd.txt' }));
    expect(nfd.text).toBe('Zoe\u0308 Rodri\u0301guez said the cafe\u0301 would reopen.\n');
    expect(nfd.text).not.toBe(nfd.text.normalize('NFC'));

    const crlf = await importDraft({ bytes: read('crlf.txt'), fileName: 'crlf.txt' });
    expect(value(crlf).text).toBe(readFileSync(join(FIXTURES, 'crlf.txt'), 'utf8'));
    expect(blockTexts(crlf)).toEqual(['Council budget', 'First paragraph, line one\r\nline two.', 'Second paragraph.']);

    const rtl = await importDraft({ bytes: read('rtl.txt'), fileName: 'rtl.txt' });
    expect(value(rtl).text).toContain('\u202Bמועצת העיר אישרה\u202C');
    expect(value(rtl).text).toContain('\u2067الميزانية الجديدة\u2069');
    expect(blockTexts(rtl)).toHaveLength(2);

    const emoji = value(await importDraft({ bytes: read('emoji-zwj.txt'), fileName: 'emoji-zwj.txt' }));
    const family = '👩‍👩‍👧‍👦';
    const at = emoji.text.indexOf(family);
    expect(emoji.text.slice(at, at + family.length)).toBe(family);
  });
});

describe('importDraft: binary content under text names', () => {
  it('refuses by content, whatever the extension', async () => {
    expect((await refused('image-named.txt')).message).toBe(
      'image-named.txt is a PNG image, not a text file, so it cannot be imported as a draft.',
    );
    expect((await refused('zip-named.txt')).message).toMatch(
      /is a zip archive, not a text file.*rename it to end in \.docx/,
    );
    expect((await refused('pdf-named.md')).message).toMatch(/pdf-named\.md is a PDF document/);
    expect((await refused('binary-named.txt')).message).toBe(
      'binary-named.txt holds binary data, not text, so it cannot be imported as a draft.',
    );
    expect((await refused('control-noise.txt')).message).toMatch(/holds binary data/);
    expect((await refused('legacy-word.docx', 'old-draft.doc')).message).toMatch(
      /old-draft\.doc is an Office document in the older binary format/,
    );
  });

  it('refuses empty files and names the file even when it came with a path', async () => {
    const result = await importDraft({ bytes: new Uint8Array(), fileName: '/home/desk/drafts/empty.txt' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-file', message: 'empty.txt is empty, so there is no draft in it.' },
    });
  });

  it('shows file names without bidi overrides that could disguise them', async () => {
    const result = await importDraft({ bytes: read('image-named.txt'), fileName: 'photo\u202Etxt.exe' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).not.toContain('\u202E');
  });
});

describe('importDraft: size', () => {
  it('imports a 10 MB single line as one paragraph', async () => {
    const line = 'The council said the budget would pass. '.repeat(256_000);
    const bytes = new Uint8Array(Buffer.from(line, 'utf8'));
    expect(bytes.length).toBeGreaterThan(10_000_000);
    const draft = value(await importDraft({ bytes, fileName: 'one-line.txt' }));
    expect(draft.text).toBe(line);
    expect(draft.blocks).toEqual([{ kind: 'paragraph', start: 0, end: line.trimEnd().length }]);
    const md = value(await importDraft({ bytes, fileName: 'one-line.md' }));
    expect(md.text).toBe(line.trimEnd());
  });

  it('refuses a text file over 20 MB with a sentence', async () => {
    const bytes = new Uint8Array(20_000_001).fill(0x61);
    const result = await importDraft({ bytes, fileName: 'huge.txt' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toBe(
        'huge.txt is 20.0 MB, more than the 20.0 MB Factdesk imports as one draft. Split it into smaller files.',
      );
  });
});

describe('importDraftFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file from disk and refuses missing files and folders', async () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'A short draft.\n');
    expect(value(await importDraftFile(file)).text).toBe('A short draft.\n');
    expect(await importDraftFile(join(dir, 'gone.txt'))).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await importDraftFile(dir)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });
});
