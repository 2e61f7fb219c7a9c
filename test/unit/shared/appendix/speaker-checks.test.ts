// The quote check in the appendix: each quote claim's speaker outcome (match, mismatch, unknown) with its reason in
// every text format; the header counting every direct quote of the draft as the Quote check does, marked as a claim
// or not, unknown on its own; and a confidential source's speaker never named.
import { describe, expect, it } from 'vitest';
import { appendixToCsv } from '../../../../shared/appendix/csv';
import { appendixToHtml } from '../../../../shared/appendix/html';
import { appendixToJson } from '../../../../shared/appendix/json';
import { appendixToMarkdown } from '../../../../shared/appendix/markdown';
import { buildAppendix } from '../../../../shared/appendix/model';
import { countQuotes, verdictSummaryText } from '../../../../shared/verify/summary';
import { parseCsv } from './csv-read';
import { CONFIDENTIAL } from './fixture-project';
import { QUOTE_DOC as doc, QUOTE_LINES, QUOTE_OPTIONS as options, QUOTE_ROWS } from './quote-check-fixture';

describe('speaker checks in the appendix', () => {
  const appendix = buildAppendix(doc, options);

  it('gives every quote claim one of three outcomes and counts every quote of the draft as the Quote check does', () => {
    // The Quote check panel's own counts of the same six rows, unmarked quotes included.
    const panel = countQuotes(QUOTE_ROWS);
    expect(panel.speakers).toEqual({ match: 2, mismatch: 1, unknown: 3 });
    expect(appendix.header.speakerChecks).toEqual(panel.speakers);
    expect(appendix.header.quotes).toEqual({ total: 6, markedAsClaims: 3, verdicts: panel.counts });
    expect(QUOTE_LINES.check.startsWith(`${verdictSummaryText(panel)};`)).toBe(true);
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
    // Quotes nobody marked are counted, never listed as claims.
    expect(appendix.claims).toHaveLength(doc.claims.length);
    // Shown in full only when confidential sources are included.
    const full = buildAppendix(doc, { ...options, includeConfidential: true });
    expect(full.claims.find((c) => c.id === 'id-5')?.quoteCheck?.speakerReason).toContain(CONFIDENTIAL.secondSpeaker);
    // Without a quote check run, the appendix says nothing rather than "no mismatches".
    const { quoteChecks: _unused, ...unchecked } = options;
    void _unused;
    expect(buildAppendix(doc, unchecked).header.speakerChecks).toBeNull();
    expect(buildAppendix(doc, unchecked).header.quotes).toBeNull();
    expect(appendixToMarkdown(buildAppendix(doc, unchecked))).not.toContain('Quote');
  });

  it('writes the same quote line in Markdown and HTML, and each outcome as a word, never the confidential speaker', () => {
    const md = appendixToMarkdown(appendix);
    expect(md).toContain(`- Quote check: ${QUOTE_LINES.check}\n- Quote speakers: ${QUOTE_LINES.speakers}\n`);
    expect(md).toContain('- Speaker check: Mismatch — Checked against a source this appendix does not name');
    expect(md).toContain('- Speaker check: Unknown — The draft names no speaker for this quote');
    const html = appendixToHtml(appendix);
    expect(html).toContain(`<dt>Quote check</dt><dd>${QUOTE_LINES.check}</dd>`);
    expect(html).toContain(`<dt>Quote speakers</dt><dd>${QUOTE_LINES.speakers}</dd>`);
    expect(html).toContain('<li class="speaker-unknown">Speaker check: Unknown — The draft names no speaker');
    const rows = parseCsv(appendixToCsv(appendix, { bom: false }));
    const header = rows[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    const outcomes = new Set(rows.slice(1).map((r) => `${r[0]}:${r[col('speaker_check')]}`));
    expect([...outcomes]).toEqual(expect.arrayContaining(['1:match', '3:mismatch', '4:unknown', '2:']));
    const json = JSON.parse(appendixToJson(appendix));
    expect(json.header.speakerChecks).toEqual({ match: 2, mismatch: 1, unknown: 3 });
    expect(json.header.quotes).toMatchObject({ total: 6, markedAsClaims: 3 });
    for (const text of [md, html, appendixToJson(appendix), appendixToCsv(appendix)])
      expect(text).not.toContain(CONFIDENTIAL.secondSpeaker);
    // Same project, same bytes.
    expect(appendixToMarkdown(buildAppendix(doc, options))).toBe(md);
    expect(appendixToHtml(buildAppendix(doc, options))).toBe(html);
  });

  it('says in words when every quote is marked, when none is, and when the draft has none', () => {
    const marked = buildAppendix(doc, { ...options, quoteChecks: QUOTE_ROWS.filter((q) => q.claimId) });
    expect(appendixToMarkdown(marked)).toContain(
      '- Quote check: 3 quotes: 2 exact, 1 punctuation only; all marked as claims\n' +
        '- Quote speakers: 1 match, 1 mismatch, 1 unknown (all 3 quotes in the draft); 1 quote has no speaker',
    );
    const unmarked = buildAppendix(doc, { ...options, quoteChecks: QUOTE_ROWS.filter((q) => !q.claimId).slice(2) });
    expect(appendixToMarkdown(unmarked)).toContain(
      '- Quote check: 1 quote: 1 not found; not marked as a claim\n' +
        '- Quote speakers: 0 match, 0 mismatch, 1 unknown (the 1 quote in the draft)',
    );
    const none = appendixToMarkdown(buildAppendix(doc, { ...options, quoteChecks: [] }));
    expect(none).toContain('- Quote check: No quotes in this draft\n- Confidential sources:');
  });
});
