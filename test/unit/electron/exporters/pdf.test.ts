import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../../electron/exporters/find-chromium';
import { htmlToPdf } from '../../../../electron/exporters/pdf';
import { appendixToHtml } from '../../../../shared/appendix/html';
import { buildAppendix } from '../../../../shared/appendix/model';
import { CONFIDENTIAL, GOLDEN_OPTIONS, fixtureProject } from '../../shared/appendix/fixture-project';
import { QUOTE_DOC, QUOTE_LINES, QUOTE_OPTIONS } from '../../shared/appendix/quote-check-fixture';
import { ok } from '../../../../shared/api/result';
import { value } from '../storage/helpers';

const PDFTOTEXT = '/usr/bin/pdftotext';
const found = findChromium();
const chromium: string | null = found.ok ? found.value : null;
const canPrint = chromium !== null && existsSync(PDFTOTEXT);
const work = mkdtempSync(path.join(tmpdir(), 'factdesk-pdf-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function pdfText(bytes: Uint8Array, name: string): string {
  const file = path.join(work, name);
  writeFileSync(file, bytes);
  return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** PDF text wraps lines where the page ends: compare without any white space. */
const squash = (s: string): string => s.replace(/\s+/g, '');

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH and says clearly when it is wrong or nothing is installed', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/x/chrome' }, (p) => p === '/opt/x/chrome')).toEqual(ok('/opt/x/chrome'));
    expect(findChromium({ CHROMIUM_PATH: '/nowhere/chrome' }, () => false)).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/CHROMIUM_PATH is set to \/nowhere\/chrome/) },
    });
    expect(findChromium({ PLAYWRIGHT_BROWSERS_PATH: path.join(work, 'none') }, () => false)).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/found neither: install one/) },
    });
  });
});

describe.skipIf(!canPrint)('htmlToPdf through headless Chromium', () => {
  const doc = fixtureProject();

  it('prints the HTML appendix with every claim and source, and no confidential text by default', async () => {
    const appendix = buildAppendix(doc, GOLDEN_OPTIONS);
    const bytes = value(await htmlToPdf(appendixToHtml(appendix), { chromiumPath: chromium!, tempDir: work }));
    const text = squash(pdfText(bytes, 'default.pdf'));
    expect(text).toContain(squash('Source appendix: Council vote & the “seamless” budget'));
    for (const claim of appendix.claims) {
      expect(text).toContain(squash(`Claim ${claim.number}`));
      if (!/[\u0600-\u06FF]/.test(claim.excerpt)) expect(text).toContain(squash(claim.excerpt));
    }
    for (const source of appendix.sources) expect(text).toContain(squash(source.title));
    expect(text).toContain(squash('I expect it to be approved seamlessly, frankly.'));
    for (const word of Object.values(CONFIDENTIAL)) expect(text).not.toContain(squash(word));
    expect(readdirSync(work).filter((n) => n.startsWith('factdesk-pdf-'))).toEqual([]);
  });

  it('prints confidential sources when the user includes them', async () => {
    const appendix = buildAppendix(doc, { ...GOLDEN_OPTIONS, includeConfidential: true });
    const text = squash(
      pdfText(value(await htmlToPdf(appendixToHtml(appendix), { chromiumPath: chromium!, tempDir: work })), 'full.pdf'),
    );
    for (const word of [CONFIDENTIAL.title, CONFIDENTIAL.speaker, CONFIDENTIAL.passage])
      expect(text).toContain(squash(word));
  });

  it('prints the count of every direct quote, marked as a claim or not, as the HTML states it', async () => {
    const html = appendixToHtml(buildAppendix(QUOTE_DOC, QUOTE_OPTIONS));
    const text = squash(
      pdfText(value(await htmlToPdf(html, { chromiumPath: chromium!, tempDir: work })), 'quotes.pdf'),
    );
    expect(text).toContain(squash(`Quote check ${QUOTE_LINES.check}`));
    expect(text).toContain(squash(`Quote speakers ${QUOTE_LINES.speakers}`));
    expect(text).not.toContain(squash(CONFIDENTIAL.secondSpeaker));
  });

  it('says so in a sentence when the program is not a browser', async () => {
    expect(await htmlToPdf('<p>x</p>', { chromiumPath: '/bin/true', tempDir: work })).toMatchObject({
      ok: false,
      error: { code: 'io-error', message: expect.stringMatching(/wrote no PDF \(exit code 0\)/) },
    });
    expect(
      await htmlToPdf('<p>x</p>', { chromiumPath: path.join(work, 'missing-browser'), tempDir: work }),
    ).toMatchObject({ ok: false, error: { code: 'io-error', message: expect.stringMatching(/could not start/) } });
  });
});
