// The three speaker outcomes (match, mismatch, unknown) with their reasons, document quotes checked against document
// sources only, and the summary that never calls an unchecked speaker "no mismatch".
import { describe, expect, it } from 'vitest';
import type { Passage, SourceType } from '../../../../shared/model/source';
import {
  buildQuoteIndex,
  checkDraftQuotes,
  checkQuote,
  countQuotes,
  quoteSummaryText,
  speakerSummaryText,
} from '../../../../shared/verify';

function source(sourceId: string, type: SourceType, turns: [string | null, string][]) {
  const passages: Passage[] = turns.map(([speaker, text], i) => ({
    id: `${sourceId}#${i + 1}`,
    sourceId,
    index: i,
    text,
    speaker,
    pinpoint: { label: `¶ ${i + 1}`, paragraph: i + 1 },
    start: 0,
    end: text.length,
  }));
  return { sourceId, title: sourceId, type, passages };
}

const briefing = source('Briefing', 'interview', [
  ['KAREN BASS', 'This moment demands urgency from every one of us, and we will meet it.'],
  ['Eric Adams', 'New York will not wait for Washington to act on housing.'],
  [null, 'The council meets again on Tuesday to vote on the shelter plan.'],
]);
const ordinance = source('Ordinance 2024-12', 'document', [
  [null, 'No city employee shall use city resources in the execution of their duties to assist federal enforcement.'],
]);
const index = buildQuoteIndex([briefing, ordinance]);
const speechOnly = buildQuoteIndex([briefing]);

let at = 0;
const span = (text: string, speaker: string | null, speakerKind: 'person' | 'document' | null = null) => ({
  text,
  start: (at += 100),
  end: at + text.length,
  kind: 'quote',
  speaker,
  speakerKind: speakerKind ?? (speaker ? ('person' as const) : null),
});

describe('speaker outcomes', () => {
  it('says match, mismatch or unknown with a sentence a checker reads', () => {
    const rows = checkDraftQuotes(index, [
      span('"This moment demands urgency from every one of us,"', 'Bass'),
      span('"New York will not wait for Washington to act on housing."', 'Bass'),
      span('"This moment demands urgency from every one of us,"', null),
      span('"This moment demands urgency from every one of us,"', 'she'),
      span('"The council meets again on Tuesday to vote on the shelter plan."', 'Bass'),
      span('"Nobody ever said these words to anyone in this city,"', 'Bass'),
    ]).quotes;
    expect(rows.map((r) => r.speakerMatch)).toEqual([true, false, null, null, null, null]);
    expect(rows.map((r) => r.speakerReason)).toEqual([
      "Credited to Bass; the transcript's speaker is Karen Bass",
      'Credited to Bass, but the source passage is spoken by Eric Adams',
      'The draft names no speaker for this quote',
      'Credited to a pronoun Factdesk could not resolve',
      'Credited to Bass; the source passage has no speaker label',
      'Credited to Bass; no source passage was found to compare the speaker with',
    ]);
  });

  it('checks a document quote against document sources, never against a person', () => {
    const found = checkQuote(index, {
      text: '"in the execution of their duties"',
      attributedTo: 'the ordinance',
      speakerKind: 'document',
    });
    expect(found).toMatchObject({ verdict: 'exact', speakerMatch: true });
    expect(found.source?.title).toBe('Ordinance 2024-12');
    expect(found.speakerReason).toBe(
      'Document quote (the ordinance): found in the document source “Ordinance 2024-12”',
    );

    // Words a person spoke are not a document's: not found among the documents, and unknown rather than a mismatch.
    const spoken = checkQuote(index, {
      text: '"New York will not wait for Washington"',
      attributedTo: 'the statement',
      speakerKind: 'document',
    });
    expect(spoken).toMatchObject({ verdict: 'not-found', speakerMatch: null, source: null });
    expect(spoken.speakerReason).toBe(
      'Document quote (the statement): checked against document sources, and none of them holds these words',
    );

    const none = checkQuote(speechOnly, {
      text: '"in the execution of their duties"',
      attributedTo: 'the ordinance',
      speakerKind: 'document',
    });
    expect(none.speakerMatch).toBeNull();
    expect(none.speakerReason).toMatch(/the sources include no document, press release or web page/);
  });
});

describe('the summary of speakers', () => {
  it('counts unknown speakers apart and never calls them no mismatches', () => {
    const rows = [
      { verdict: 'exact' as const, speakerMatch: true },
      { verdict: 'exact' as const, speakerMatch: false },
      { verdict: 'altered' as const, speakerMatch: null },
      { verdict: 'exact' as const, speakerMatch: null },
      { verdict: 'exact' as const, speakerMatch: null },
    ];
    const summary = countQuotes(rows);
    expect(summary.speakers).toEqual({ match: 1, mismatch: 1, unknown: 3 });
    expect(quoteSummaryText(summary)).toBe(
      '5 quotes: 4 exact, 1 altered; 1 speaker mismatch; 3 quotes have no speaker Factdesk could identify: check them by hand',
    );
    expect(speakerSummaryText({ match: 0, mismatch: 0, unknown: 1 })).toBe(
      '1 quote has no speaker Factdesk could identify: check it by hand',
    );
    expect(speakerSummaryText({ match: 4, mismatch: 0, unknown: 0 })).toBe('every speaker matches its source');
    for (const unknown of [1, 2]) {
      expect(speakerSummaryText({ match: 3, mismatch: 0, unknown })).not.toMatch(/no speaker mismatch|every speaker/);
    }
    expect(quoteSummaryText(countQuotes([]))).toBe('No quotes in this draft');
  });
});
