// DOCX drafts through the real gate, the real worker thread and mammoth: good documents keep their headings,
// hostile ones (zip bombs, too many parts, "../" names, encryption, truncation, linked local files) are refused.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { importDraft } from '../../../../electron/importers/import-draft';
import type { ImportResult } from '../../../../electron/importers/types';
import { buildDocx, paragraph, run } from '../../../fixtures/importers/docx-builder';
import { externalImageDocx } from '../../../fixtures/importers/make-fixtures';
import { writeZip } from '../../../fixtures/importers/zip-writer';

const FIXTURES = join(__dirname, '../../../fixtures/importers');
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));

async function refusal(bytes: Uint8Array, fileName: string): Promise<string> {
  const before = Buffer.from(bytes);
  const result = await importDraft({ bytes, fileName });
  expect(Buffer.from(bytes).equals(before)).toBe(true);
  if (result.ok) throw new Error(`${fileName} was imported but should have been refused`);
  expect(result.error.code).toBe('invalid-file');
  expect(result.error.message).toContain(fileName);
  return result.error.message;
}

function outline(result: ImportResult): string[] {
  if (!result.ok) throw new Error(result.error.message);
  const { text, blocks } = result.value;
  return blocks.map((b) => `${b.kind === 'heading' ? `h${b.level}` : 'p'}: ${text.slice(b.start, b.end)}`);
}

describe('importDraft: good DOCX', () => {
  it('keeps headings, paragraphs, list items, table rows, footnotes and every character', async () => {
    const result = await importDraft({ bytes: read('good.docx'), fileName: 'good.docx' });
    expect(outline(result)).toEqual([
      'h1: Council budget draft',
      'h1: What the mayor said',
      'p: The mayor said the vote is expected to pass without trouble.',
      'p: Read the minutes of the meeting.[1]',
      'h2: Numbers',
      'p: Spending rises 4.5% to $12 million.',
      'p: Turnout was 38 percent.',
      'p: Year\tBudget',
      'p: 2024\t$11.5m',
      'p: The chamber on Tuesday.',
      'p: Kept as typed:  two spaces,\ta tab.',
      'p: First line\nsecond line',
      'p: The minister wrote \u202Bמועצת העיר אישרה\u202C and \u2067الميزانية الجديدة\u2069 on Monday.\u200F',
      'p: The claim about the family 👩‍👩‍👧‍👦 and the flag 🏳️‍🌈 stays whole.',
      'p: Zoe\u0308 Rodri\u0301guez said the cafe\u0301 would reopen.',
      'p: Minutes published by the council clerk.',
    ]);
    if (!result.ok) return;
    expect(result.value.format).toBe('docx');
    expect(result.value.text.split('\n\n')).toHaveLength(result.value.blocks.length);
    expect(result.value.warnings).toEqual(['One image in good.docx was left out: Factdesk imports the text only.']);
    expect(result.value.text).not.toMatch(/<|data:image|↑/);
  });

  it('imports a .docx named without an extension by its content', async () => {
    expect((await importDraft({ bytes: read('good.docx'), fileName: 'draft' })).ok).toBe(true);
  });
});

describe('importDraft: hostile DOCX', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-docx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('never reads a local file an image links to (CVE-2025-11849)', async () => {
    const secret = join(dir, 'secret.txt');
    const canary = 'CANARY-source-name-4c1d9e';
    writeFileSync(secret, canary);
    for (const bytes of [
      read('external-image.docx'),
      externalImageDocx(pathToFileURL(secret).href),
      externalImageDocx(secret),
    ]) {
      const result = await importDraft({ bytes, fileName: 'linked.docx' });
      expect(outline(result)).toEqual(['p: Before the picture.', 'p: After the picture.']);
      const text = result.ok ? result.value.text : '';
      expect(text).not.toContain(canary);
      expect(text).not.toMatch(/root:|\/bin\//);
    }
  });

  it('refuses a zip bomb before inflating it', async () => {
    expect(await refusal(read('zip-bomb.docx'), 'zip-bomb.docx')).toBe(
      'zip-bomb.docx would expand from 5 KB to 5.0 MB (its part "word/padding.xml" alone), more than 100 times its size. Real Word documents never do that, so Factdesk does not open it.',
    );
  });

  it('refuses a part that grows past the size its header declares', async () => {
    expect(await refusal(read('lying-size.docx'), 'lying-size.docx')).toMatch(
      /lying-size\.docx holds a part \("word\/padding\.xml"\) that grows beyond the size the file declares/,
    );
  });

  it('refuses more than 10,000 parts', async () => {
    const entries = Array.from({ length: 10_001 }, (_, i) => ({ name: `p/${i}`, data: 'x', method: 'store' as const }));
    expect(await refusal(writeZip(entries), 'many.docx')).toMatch(
      /many\.docx is made of 10,001 parts, more than the 10,000/,
    );
  });

  it('refuses names that point outside the document, encryption, duplicates and truncation', async () => {
    expect(await refusal(read('zip-slip.docx'), 'zip-slip.docx')).toMatch(
      /a part named "\.\.\/evil\.txt" that points outside the document/,
    );
    expect(await refusal(read('absolute-path.docx'), 'absolute-path.docx')).toMatch(
      /"\/tmp\/evil\.txt" that points outside/,
    );
    expect(await refusal(read('encrypted.docx'), 'encrypted.docx')).toMatch(/is password-protected/);
    expect(await refusal(read('duplicate-parts.docx'), 'duplicate-parts.docx')).toMatch(
      /two parts named "word\/document\.xml"/,
    );
    expect(await refusal(read('truncated.docx'), 'truncated.docx')).toMatch(/is damaged or incomplete/);
  });

  it('refuses files that are not Word documents', async () => {
    expect(await refusal(read('not-a-zip.docx'), 'not-a-zip.docx')).toMatch(/is not a real Word document \(\.docx\)/);
    expect(await refusal(read('legacy-word.docx'), 'legacy-word.docx')).toMatch(
      /older Word \(\.doc\) file or a password-protected document/,
    );
    expect(await refusal(read('opendocument.docx'), 'opendocument.docx')).toMatch(
      /is a zip archive but not a Word document/,
    );
    expect(await refusal(read('image-named.txt'), 'photo.docx')).toMatch(
      /photo\.docx is a PNG image, not a Word document/,
    );
  });

  it('stops a conversion that runs out of time, with a sentence', async () => {
    const body = Array.from({ length: 2000 }, (_, i) => paragraph(run(`Paragraph ${i} of a long draft.`))).join('');
    const result = await importDraft({ bytes: buildDocx({ body }), fileName: 'slow.docx' }, { docxTimeoutMs: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
    if (!result.ok)
      expect(result.error.message).toMatch(/^slow\.docx took longer than 1 second to read, so Factdesk stopped/);
  });
});
