// The Quote check's pure parts: the "needs attention" rule, the summary line, filters and orders, the speaker line,
// the diff in words, the publish gate's findings, when a project change reruns the check, and stale replies.
import { describe, expect, it } from 'vitest';
import type { ProjectView, CheckedQuote } from '../../../../../shared/api/views';
import type { Claim } from '../../../../../shared/model/claim';
import {
  alteredQuotes,
  checkReducer,
  checkTrigger,
  contextAfter,
  contextBefore,
  describeDiff,
  displayName,
  filterQuotes,
  initialCheckState,
  needsAttention,
  sortQuotes,
  speakerLine,
  summarize,
  summaryText,
  visibleQuotes,
} from '../../../../../renderer/features/quote-check/quote-check-state';

const SOURCE = {
  sourceId: 's1',
  library: 'project' as const,
  passageId: 'p1',
  title: 'Lind interview',
  speaker: 'MAYA LIND',
  pinpoint: '00:00:07',
  text: 'We will keep the early ferry running',
};

function q(start: number, over: Partial<CheckedQuote> = {}): CheckedQuote {
  return {
    start,
    end: start + 10,
    text: `"quote at ${start}"`,
    attributedTo: 'Maya Lind',
    verdict: 'exact',
    speakerKind: 'person',
    speakerMatch: true,
    speakerReason: "Credited to Maya Lind; the transcript's speaker is Maya Lind",
    source: SOURCE,
    diff: [{ op: 'equal', text: 'We will keep the early ferry running' }],
    context: { before: '', after: 'every weekday morning.' },
    claimId: null,
    ...over,
  };
}

const rows = [
  q(300, { verdict: 'not-found', source: null, speakerMatch: null, attributedTo: 'Tom Haskell', diff: [] }),
  q(10),
  q(200, {
    speakerMatch: false,
    attributedTo: 'Ola Berg',
    claimId: 'c-berg',
    speakerReason: 'Credited to Ola Berg, but the source passage is spoken by Maya Lind',
  }),
  q(100, {
    verdict: 'altered',
    claimId: 'c-alt',
    diff: [
      { op: 'equal', text: 'it will stop' },
      { op: 'delete', text: 'at the end of May' },
      { op: 'insert', text: 'in April' },
    ],
  }),
  q(150, {
    verdict: 'punctuation',
    attributedTo: null,
    speakerKind: null,
    speakerMatch: null,
    speakerReason: 'The draft names no speaker for this quote',
  }),
];

describe('quote check state', () => {
  it('needs attention for changed words, stitched, absent or paraphrased quotes and a wrong or unknown speaker', () => {
    expect(needsAttention({ verdict: 'exact', speakerMatch: true })).toBe(false);
    expect(needsAttention({ verdict: 'punctuation', speakerMatch: true })).toBe(false);
    expect(needsAttention({ verdict: 'punctuation', speakerMatch: null })).toBe(true);
    expect(needsAttention({ verdict: 'exact', speakerMatch: false })).toBe(true);
    for (const verdict of ['altered', 'stitched', 'not-found', 'paraphrase'] as const) {
      expect(needsAttention({ verdict, speakerMatch: true })).toBe(true);
    }
  });

  it('summarises counts by verdict and the three speaker outcomes, unknown never folded into no mismatches', () => {
    const summary = summarize(rows);
    expect(summary).toMatchObject({ total: 5, speakerMismatches: 1, attention: 4, fine: 1 });
    expect(summary.speakers).toEqual({ match: 2, mismatch: 1, unknown: 2 });
    expect(summary.counts).toMatchObject({ exact: 2, punctuation: 1, altered: 1, 'not-found': 1, stitched: 0 });
    expect(summaryText(summary)).toBe(
      '5 quotes: 2 exact, 1 punctuation only, 1 altered, 1 not found; 1 speaker mismatch; 2 quotes have no speaker Factdesk could identify: check them by hand',
    );
    expect(summaryText(summarize([q(1)]))).toBe('1 quote: 1 exact; every speaker matches its source');
    expect(summaryText(summarize([q(1), q(20, { speakerMatch: null })]))).toBe(
      '2 quotes: 2 exact; 1 quote has no speaker Factdesk could identify: check it by hand',
    );
    expect(summaryText(summarize([]))).toBe('No quotes in this draft');
  });

  it('filters all, needs attention and fine; sorts by draft order or most serious first, without changing the input', () => {
    const before = rows.map((r) => r.start);
    expect(filterQuotes(rows, 'all')).toHaveLength(5);
    expect(sortQuotes(filterQuotes(rows, 'attention'), 'draft').map((r) => r.start)).toEqual([100, 150, 200, 300]);
    expect(sortQuotes(filterQuotes(rows, 'fine'), 'draft').map((r) => r.start)).toEqual([10]);
    expect(visibleQuotes(rows, 'all', 'draft').map((r) => r.start)).toEqual([10, 100, 150, 200, 300]);
    // Not found, altered, the word-perfect quote given to the wrong person, the one nobody could credit, the fine one.
    expect(visibleQuotes(rows, 'all', 'severity').map((r) => r.start)).toEqual([300, 100, 200, 150, 10]);
    expect(rows.map((r) => r.start)).toEqual(before);
  });

  it('says the speaker check as one of three outcomes with its reason, naming people as they write names', () => {
    expect(speakerLine(q(1))).toEqual({
      outcome: 'match',
      label: 'Speaker matches',
      reason: "Credited to Maya Lind; the transcript's speaker is Maya Lind",
    });
    expect(speakerLine(q(1, { speakerMatch: false }))).toMatchObject({
      outcome: 'mismatch',
      label: 'Speaker mismatch',
    });
    expect(speakerLine(q(1, { attributedTo: null, speakerMatch: null }))).toMatchObject({
      outcome: 'unknown',
      label: 'Speaker unknown',
    });
    expect(displayName("SEÁN O'BRIEN-MOORE")).toBe("Seán O'Brien-Moore");
    expect(displayName('Maya Lind')).toBe('Maya Lind');
    expect(displayName('dr. ruth')).toBe('dr. ruth');
  });

  it('puts a diff into words, pairing a removed run with the run that replaced it', () => {
    expect(
      describeDiff([
        { op: 'equal', text: 'it will stop' },
        { op: 'delete', text: 'at the end of May' },
        { op: 'insert', text: 'in April' },
        { op: 'insert', text: 'really' },
        { op: 'elided', text: 'and the contract is signed' },
        { op: 'bracket', text: '[the council’s]', replaces: 'their' },
        { op: 'delete', text: 'soon' },
      ]),
    ).toEqual(['“at the end of May” became “in April”', '“really” added', '“soon” missing']);
  });

  it('lists the quotes that need attention for the publish gate, with what is wrong', () => {
    expect(alteredQuotes(rows)).toEqual([
      { claimId: null, detail: expect.stringMatching(/ \(Not found\)$/), speakerUnknownOnly: false },
      {
        claimId: 'c-berg',
        detail: 'Credited to Ola Berg, but the source passage is spoken by Maya Lind',
        speakerUnknownOnly: false,
      },
      { claimId: 'c-alt', detail: 'Altered: “at the end of May” became “in April”', speakerUnknownOnly: false },
      {
        claimId: null,
        detail: '"quote at 150" (Speaker unknown (the draft names no speaker for this quote): check it by hand)',
        speakerUnknownOnly: true,
      },
    ]);
  });

  it('reruns for a new draft version or moved quote claims, not for a status change', () => {
    const claim = {
      id: 'c1',
      kind: 'quote',
      status: 'unchecked',
      anchor: { start: 5, end: 20, state: 'exact' },
    } as Claim;
    const view = {
      projectId: 'p',
      currentDraft: { id: 'd1', number: 1, text: 'x' },
      claims: [claim, { ...claim, id: 'c2', kind: 'number' } as Claim],
    } as unknown as ProjectView;
    const base = checkTrigger(view);
    expect(checkTrigger({ ...view, claims: [{ ...claim, status: 'verified' }, view.claims[1] as Claim] })).toBe(base);
    expect(checkTrigger({ ...view, claims: [claim] })).toBe(base);
    expect(checkTrigger({ ...view, currentDraft: { id: 'd2', number: 2, text: 'y' } })).not.toBe(base);
    expect(checkTrigger({ ...view, claims: [{ ...claim, anchor: { ...claim.anchor, end: 22 } }] })).not.toBe(base);
    expect(checkTrigger({ ...view, currentDraft: null })).toBe('');
  });

  it('drops replies of superseded runs and forgets rows on reset', () => {
    let state = checkReducer(initialCheckState, { type: 'start', seq: 1 });
    state = checkReducer(state, { type: 'start', seq: 2 });
    expect(state.checking).toBe(true);
    state = checkReducer(state, { type: 'done', seq: 1, rows: [q(1)] });
    expect(state.rows).toBeNull();
    state = checkReducer(state, { type: 'done', seq: 2, rows: [q(2), q(3)] });
    expect(state).toMatchObject({ checking: false, error: null });
    expect(state.rows).toHaveLength(2);
    state = checkReducer(state, { type: 'start', seq: 3 });
    state = checkReducer(state, { type: 'failed', seq: 3, message: 'The project is not open.' });
    expect(state).toMatchObject({ checking: false, error: 'The project is not open.' });
    expect(state.rows).toHaveLength(2);
    state = checkReducer(state, { type: 'reset', seq: 4 });
    expect(state).toEqual({ rows: null, checking: false, error: null, seq: 4 });
    expect(checkReducer(state, { type: 'done', seq: 3, rows: [] }).rows).toBeNull();
  });
});

describe('quote check context', () => {
  it('marks a cut sentence with an ellipsis and keeps punctuation against the match', () => {
    expect(contextBefore('What happens to the timetable?')).toBe('What happens to the timetable? ');
    expect(contextBefore('and the ferry')).toBe('…and the ferry ');
    expect(contextAfter('. The late ferry stops in May.')).toBe('. The late ferry stops in May.');
    expect(contextAfter('every weekday morning, and')).toBe(' every weekday morning, and…');
  });
});
