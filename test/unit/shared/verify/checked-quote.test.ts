// The one row of the quote check: built from a draft span and its check, and printed as the documented CLI JSON.
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../../../shared/model/source';
import { buildQuoteIndex, checkQuote, checkedQuote, checkedQuoteJson } from '../../../../shared/verify';

const text = 'This moment demands urgency from every one of us, and we will meet it.';
const passages: Passage[] = [
  {
    id: 'b#1',
    sourceId: 'b',
    index: 0,
    text,
    speaker: 'KAREN BASS',
    pinpoint: { label: '¶ 1', paragraph: 1 },
    start: 0,
    end: text.length,
  },
];
const index = buildQuoteIndex([{ sourceId: 'b', title: 'Briefing', type: 'interview', passages }]);
const span = {
  text: '"This moment demands urgency from all of us,"',
  start: 10,
  end: 55,
  kind: 'quote',
  speaker: 'Bass',
  speakerKind: 'person' as const,
};

describe('checkedQuote', () => {
  const check = checkQuote(index, { text: span.text, attributedTo: span.speaker, speakerKind: 'person' });
  const row = checkedQuote(span, check, { libraryOf: () => 'personal', claimId: 'claim-1' });

  it('carries the span, the verdict, the speaker check, the matched source with its library and the claim', () => {
    expect(row).toMatchObject({
      start: 10,
      end: 55,
      text: span.text,
      attributedTo: 'Bass',
      verdict: 'altered',
      speakerKind: 'person',
      speakerMatch: true,
      source: { sourceId: 'b', library: 'personal', passageId: 'b#1', title: 'Briefing', speaker: 'KAREN BASS' },
      claimId: 'claim-1',
    });
    expect(row.diff.some((d) => d.op === 'delete' || d.op === 'insert')).toBe(true);
    expect(row.context).toEqual(check.context);
  });

  it('prints the documented JSON fields in their order, without the app-only ones', () => {
    const json = checkedQuoteJson(row);
    expect(json).toMatchObject({ text: row.text, start: 10, end: 55, verdict: 'altered', diff: row.diff });
    for (const key of ['speakerKind', 'context', 'claimId']) expect(json).not.toHaveProperty(key);
    expect(Object.keys(json.source ?? {})).toEqual(['title', 'speaker', 'pinpoint', 'text']);
  });

  it('gives a quote found nowhere no source', () => {
    const lost = { ...span, text: '"Nobody ever said these words to anyone in this city,"' };
    const none = checkedQuote(lost, checkQuote(index, { text: lost.text, attributedTo: 'Bass' }), {
      libraryOf: () => 'project',
      claimId: null,
    });
    expect(none.verdict).toBe('not-found');
    expect(none.source).toBeNull();
    expect(checkedQuoteJson(none).source).toBeNull();
  });
});
