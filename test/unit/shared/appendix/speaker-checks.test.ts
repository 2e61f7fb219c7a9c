// The quote check in the appendix: each quote claim's speaker outcome (match, mismatch, unknown) with its reason in
// every text format, unknown counted on its own, and a confidential source's speaker never named in the reason.
import { describe, expect, it } from 'vitest';
import { appendixToCsv } from '../../../../shared/appendix/csv';
import { appendixToHtml } from '../../../../shared/appendix/html';
import { appendixToJson } from '../../../../shared/appendix/json';
import { appendixToMarkdown } from '../../../../shared/appendix/markdown';
import { buildAppendix } from '../../../../shared/appendix/model';
import { parseCsv } from './csv-read';
import { CONFIDENTIAL, GOLDEN_OPTIONS, fixtureProject } from './fixture-project';

// Two more claims read as quotes: one given to the wrong person in a confidential source, one with nobody named.
const base = fixtureProject();
const doc = {
  ...base,
  claims: base.claims.map((c) => (c.id === 'id-5' || c.id === 'id-6' ? { ...c, kind: 'quote' as const } : c)),
};
const options = {
  ...GOLDEN_OPTIONS,
  quoteChecks: [
    ...GOLDEN_OPTIONS.quoteChecks,
    {
      claimId: 'id-5',
      verdict: 'exact' as const,
      speakerMatch: false,
      speakerReason: `Credited to Zoë Ölander, but the source passage is spoken by ${CONFIDENTIAL.secondSpeaker}`,
      sourceId: 'src-porter',
    },
    {
      claimId: 'id-6',
      verdict: 'exact' as const,
      speakerMatch: null,
      speakerReason: 'The draft names no speaker for this quote',
      sourceId: 'src-release',
    },
  ],
};

describe('speaker checks in the appendix', () => {
  const appendix = buildAppendix(doc, options);

  it('gives every quote claim one of three outcomes and counts unknown on its own', () => {
    expect(appendix.header.speakerChecks).toEqual({ match: 1, mismatch: 1, unknown: 1 });
    const byId = new Map(appendix.claims.map((c) => [c.id, c.quoteCheck]));
    expect(byId.get('id-3')).toMatchObject({ speakerOutcome: 'match', speakerMatch: true });
    expect(byId.get('id-5')).toMatchObject({
      speakerOutcome: 'mismatch',
      speakerOutcomeLabel: 'Speaker mismatch',
      // The confidential source's speaker is not named.
      speakerReason: 'Checked against a source this appendix does not name',
    });
    expect(byId.get('id-6')).toMatchObject({
      speakerOutcome: 'unknown',
      speakerMatch: null,
      speakerReason: 'The draft names no speaker for this quote',
    });
    expect(byId.get('id-4')).toBeNull();
    // Shown in full only when confidential sources are included.
    const full = buildAppendix(doc, { ...options, includeConfidential: true });
    expect(full.claims.find((c) => c.id === 'id-5')?.quoteCheck?.speakerReason).toContain(CONFIDENTIAL.secondSpeaker);
    // Without a quote check run, the appendix says nothing rather than "no mismatches".
    const { quoteChecks: _unused, ...unchecked } = options;
    void _unused;
    expect(buildAppendix(doc, unchecked).header.speakerChecks).toBeNull();
  });

  it('writes each outcome as a word in Markdown, HTML, CSV and JSON, never the confidential speaker', () => {
    const md = appendixToMarkdown(appendix);
    expect(md).toContain(
      '- Quote speakers: 1 match, 1 mismatch, 1 unknown; 1 quote has no speaker Factdesk could identify: check it by hand',
    );
    expect(md).toContain('- Speaker check: Mismatch — Checked against a source this appendix does not name');
    expect(md).toContain('- Speaker check: Unknown — The draft names no speaker for this quote');
    const html = appendixToHtml(appendix);
    expect(html).toContain('<li class="speaker-unknown">Speaker check: Unknown — The draft names no speaker');
    expect(html).toContain('<dd>1 match, 1 mismatch, 1 unknown; 1 quote has no speaker');
    const rows = parseCsv(appendixToCsv(appendix, { bom: false }));
    const header = rows[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    const outcomes = new Set(rows.slice(1).map((r) => `${r[0]}:${r[col('speaker_check')]}`));
    expect([...outcomes]).toEqual(expect.arrayContaining(['1:match', '3:mismatch', '4:unknown', '2:']));
    const json = appendixToJson(appendix);
    expect(JSON.parse(json).header.speakerChecks).toEqual({ match: 1, mismatch: 1, unknown: 1 });
    for (const text of [md, html, json, appendixToCsv(appendix)])
      expect(text).not.toContain(CONFIDENTIAL.secondSpeaker);
  });
});
