import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { appendixToDocx, xmlSafe } from '../../../../electron/exporters/docx';
import { buildAppendix } from '../../../../shared/appendix/model';
import { CONFIDENTIAL, GOLDEN_OPTIONS, fixtureProject } from '../../shared/appendix/fixture-project';
import { QUOTE_DOC, QUOTE_LINES, QUOTE_OPTIONS } from '../../shared/appendix/quote-check-fixture';

async function readBack(bytes: Uint8Array): Promise<{ text: string; html: string }> {
  const buffer = Buffer.from(bytes);
  const [{ value: text }, { value: html }] = await Promise.all([
    mammoth.extractRawText({ buffer }),
    mammoth.convertToHtml({ buffer }),
  ]);
  return { text, html };
}

describe('appendixToDocx', () => {
  const doc = fixtureProject();

  it('writes a Word file with the header, every claim, its status and every source', async () => {
    const appendix = buildAppendix(doc, GOLDEN_OPTIONS);
    const bytes = await appendixToDocx(appendix);
    expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    const { text, html } = await readBack(bytes);
    expect(text).toContain('Source appendix: Council vote & the “seamless” budget');
    expect(text).toContain('6 claims, 7 source links, 6 sources');
    for (const claim of appendix.claims) {
      expect(text).toContain(`Claim ${claim.number}: ${claim.status.label}`);
      expect(text).toContain(claim.excerpt);
    }
    for (const source of appendix.sources) expect(text).toContain(source.title);
    expect(text).toContain('I expect it to be approved seamlessly,');
    expect(text).toContain('=HYPERLINK("https://evil.example/x","Click me")');
    expect(html).toContain('<h2>Claim 1: Verified</h2>');
    expect(html).toContain('<a href="https://council.example.gov/budget/outturn-2024.pdf">');
    expect(html).not.toContain('href="javascript:');
    expect(html).toMatch(/<ol><li>/);
  });

  it('holds no confidential text by default and all of it when the user includes it', async () => {
    const hidden = await readBack(await appendixToDocx(buildAppendix(doc, GOLDEN_OPTIONS)));
    for (const word of Object.values(CONFIDENTIAL)) expect(hidden.text).not.toContain(word);
    expect(hidden.text).toContain('Confidential source 2');
    const shown = await readBack(
      await appendixToDocx(buildAppendix(doc, { ...GOLDEN_OPTIONS, includeConfidential: true })),
    );
    for (const word of [CONFIDENTIAL.title, CONFIDENTIAL.speaker, CONFIDENTIAL.passage, CONFIDENTIAL.secondPassage])
      expect(shown.text).toContain(word);
    expect(shown.text).toContain('INCLUDES confidential sources');
  });

  it('counts every direct quote of the draft, marked as a claim or not, in the same words as Markdown', async () => {
    const { text } = await readBack(await appendixToDocx(buildAppendix(QUOTE_DOC, QUOTE_OPTIONS)));
    expect(text).toContain(`Quote check: ${QUOTE_LINES.check}`);
    expect(text).toContain(`Quote speakers: ${QUOTE_LINES.speakers}`);
    expect(text).not.toContain(CONFIDENTIAL.secondSpeaker);
  });

  it('survives control characters and lone surrogates in user text', async () => {
    expect(xmlSafe('a\u0000b\u0007c\uD800d\t\n😀')).toBe('abcd\t\n😀');
    const base = fixtureProject();
    const odd = { ...base, title: 'Bell\u0007 and \uDC00 story' };
    const { text } = await readBack(await appendixToDocx(buildAppendix(odd, GOLDEN_OPTIONS)));
    expect(text).toContain('Source appendix: Bell and  story');
  });
});
