// Golden files for the text formats (regenerate with UPDATE_GOLDEN=1 after a deliberate change, then read the diff),
// plus what each format must never do: run user text as markup or formulas, or show a confidential source.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import schema from '../../../../shared/appendix/appendix.schema.json';
import { buildClaimReviews, claimReviewsToJsonLd } from '../../../../shared/appendix/claim-review';
import { CSV_COLUMNS, appendixToCsv } from '../../../../shared/appendix/csv';
import { appendixToHtml } from '../../../../shared/appendix/html';
import { appendixToJson } from '../../../../shared/appendix/json';
import { appendixToMarkdown } from '../../../../shared/appendix/markdown';
import { buildAppendix } from '../../../../shared/appendix/model';
import { parseCsv } from './csv-read';
import { CONFIDENTIAL, GOLDEN_OPTIONS, HOSTILE_FORMULA, HOSTILE_SCRIPT, fixtureProject } from './fixture-project';
import { validateJsonSchema } from './json-schema-lite';

const GOLDEN_DIR = path.resolve(__dirname, '../../../fixtures/appendix');

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual, 'utf8');
  if (!existsSync(file))
    throw new Error(`The golden file ${file} is missing: run the test with UPDATE_GOLDEN=1 and review it.`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const doc = fixtureProject();
const appendix = buildAppendix(doc, GOLDEN_OPTIONS);
const full = buildAppendix(doc, { ...GOLDEN_OPTIONS, includeConfidential: true });

type Writer = (a: typeof appendix) => string;
const WRITERS: Record<string, Writer> = {
  markdown: appendixToMarkdown,
  html: appendixToHtml,
  csv: (a) => appendixToCsv(a),
  json: appendixToJson,
  claimreview: (a) =>
    claimReviewsToJsonLd(buildClaimReviews(a, { url: 'https://news.example/vote', publisher: 'Example News' }).reviews),
};
const CONFIDENTIAL_WORDS = [
  CONFIDENTIAL.title,
  CONFIDENTIAL.speaker,
  CONFIDENTIAL.url,
  CONFIDENTIAL.passage,
  CONFIDENTIAL.note,
  CONFIDENTIAL.pinpoint,
  CONFIDENTIAL.secondTitle,
  CONFIDENTIAL.secondSpeaker,
  CONFIDENTIAL.secondPassage,
];

describe('appendix text formats', () => {
  it('Markdown matches its golden file and escapes user markup', () => {
    const md = appendixToMarkdown(appendix);
    golden('appendix.md', md);
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>alert("appendix")\\</script\\>');
    expect(md).toContain('\\*not\\* \\[a link\\](https://x.example) # heading');
    expect(md).toContain('<https://radio.example.com/shows/mayor-interview?ep=3&lang=en>');
    expect(md).not.toContain('<javascript:');
  });

  it('HTML matches its golden file, is self-contained and escapes every piece of user text', () => {
    const html = appendixToHtml(appendix);
    golden('appendix.html', html);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;appendix&quot;)&lt;/script&gt;');
    expect(html).not.toMatch(/\b(src|href)="(?!https:\/\/)/);
    expect(html).not.toContain('href="javascript:');
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('@media print');
  });

  it('CSV matches its golden file, has one row per link (one for a claim without), and defuses formulas', () => {
    const csv = appendixToCsv(appendix);
    golden('appendix.csv', csv);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const body = rows.slice(1);
    expect(body.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    expect(body.map((r) => r[0])).toEqual(['1', '1', '2', '2', '3', '4', '5', '5', '6']);
    const cells = body.flat();
    expect(cells).toContain(`'${HOSTILE_FORMULA}`);
    expect(cells).toContain("'+1 reply");
    expect(cells).toContain("'-12% was the planned cut, not the rise; see p. 4");
    expect(cells).toContain("'@reader|42");
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(cells).toContain('I expect it to be approved seamlessly,\nfrankly.');
    expect(appendixToCsv(appendix, { bom: false }).startsWith('claim_number,')).toBe(true);
  });

  it('JSON matches its golden file and follows appendix.schema.json', () => {
    const json = appendixToJson(appendix);
    golden('appendix.json', json);
    expect(validateJsonSchema(schema as Record<string, unknown>, JSON.parse(json))).toEqual([]);
    expect(validateJsonSchema(schema as Record<string, unknown>, JSON.parse(appendixToJson(full)))).toEqual([]);
    const broken = JSON.parse(json) as { claims: { status: { color: string } }[]; extra?: number };
    broken.claims[0]!.status.color = 'red';
    broken.extra = 1;
    expect(validateJsonSchema(schema as Record<string, unknown>, broken).sort()).toEqual([
      '$.claims[0].status.color: does not match ^#[0-9a-fA-F]{6}$',
      '$: unexpected property extra',
    ]);
  });

  it('shows no confidential title, speaker, URL, passage, pinpoint or note in any format by default', () => {
    for (const [name, write] of Object.entries(WRITERS)) {
      const text = write(appendix);
      for (const word of CONFIDENTIAL_WORDS)
        expect({ name, leaked: text.includes(word) ? word : null }).toEqual({ name, leaked: null });
      expect(text).toMatch(/Confidential source 1|"ClaimReview"/);
    }
  });

  it('shows the confidential sources in every format when the user includes them', () => {
    for (const [name, write] of Object.entries(WRITERS)) {
      if (name === 'claimreview') continue;
      const text = write(full);
      for (const word of [CONFIDENTIAL.title, CONFIDENTIAL.speaker, CONFIDENTIAL.url, CONFIDENTIAL.secondPassage]) {
        expect({ name, has: text.includes(word) || text.includes(word.replace(/'/g, '&#39;')) }).toEqual({
          name,
          has: true,
        });
      }
    }
    expect(appendixToMarkdown(full)).toContain('INCLUDES confidential sources');
  });

  it('keeps Unicode as written in every format', () => {
    for (const write of Object.values(WRITERS).slice(0, 4)) {
      const text = write(appendix);
      expect(text).toContain('東京');
      expect(text).toContain('مرحبا بكم');
      expect(text).toContain('🎉');
      expect(text).toContain('Zoë Ölander');
    }
  });
});

void HOSTILE_SCRIPT;
