// The publish gate: each kind of problem is listed under its section with the claim's number, and the verdict.
import { describe, expect, it } from 'vitest';
import { computeGate } from '../../../../../renderer/features/desk/gate-state';
import { storyFingerprint } from '../../../../../shared/model/sign-off';
import type { Claim } from '../../../../../shared/model/claim';
import { STATUSES, makeClaim } from './claims-fixture';

const story = (claims: Claim[], state: 'current' | 'lapsed') => ({
  by: 'Editor',
  at: '2026-11-24T10:00:00.000Z',
  fingerprint: storyFingerprint(claims),
  state,
});

function sectionOf(report: ReturnType<typeof computeGate>, id: string) {
  const section = report.sections.find((s) => s.id === id);
  if (!section) throw new Error(`no section ${id}`);
  return section;
}

describe('computeGate', () => {
  const ready = [
    makeClaim({ id: 'a', start: 0, text: 'one', status: 'verified', links: 1, signOff: 'current' }),
    makeClaim({ id: 'b', start: 10, text: 'two', status: 'opinion' }),
  ];

  it('says ready when every claim is cleared, sourced where it must be, decided and signed off', () => {
    const report = computeGate({
      view: { statuses: STATUSES, storySignOff: story(ready, 'current') },
      ordered: ready,
      openSuggestions: 0,
    });
    expect(report.ready).toBe(true);
    expect(report.problemCount).toBe(0);
    expect(report.verdict).toBe('Ready to publish: every claim is cleared, sourced and signed off.');
    // An opinion needs no source; no altered-quotes section until the quote check supplies one.
    expect(report.sections.map((s) => s.id)).toEqual(['blocking', 'no-source', 'orphaned', 'suggestions', 'sign-off']);
  });

  it('lists blocking statuses, missing sources, orphans, lapsed sign-offs and open suggestions', () => {
    const claims = [
      makeClaim({ id: 'a', start: 0, text: 'verified without a source', status: 'verified' }),
      makeClaim({ id: 'b', start: 10, text: 'still disputed', status: 'disputed', links: 1, signOff: 'lapsed' }),
      makeClaim({ id: 'c', start: 20, text: 'gone from the draft', status: 'verified', links: 1, orphaned: true }),
    ];
    const report = computeGate({
      view: { statuses: STATUSES, storySignOff: story(claims, 'lapsed') },
      ordered: claims,
      openSuggestions: 2,
    });
    expect(report.ready).toBe(false);
    expect(sectionOf(report, 'blocking').claims).toEqual([
      { claimId: 'b', number: 2, excerpt: 'still disputed', detail: 'Disputed' },
    ]);
    expect(sectionOf(report, 'no-source').claims.map((c) => c.number)).toEqual([1]);
    expect(sectionOf(report, 'orphaned').claims.map((c) => c.claimId)).toEqual(['c']);
    expect(sectionOf(report, 'sign-off').claims[0]?.detail).toBe(
      'Signed off by Editor, then its words or sources changed',
    );
    expect(sectionOf(report, 'sign-off').notes).toEqual([
      'Editor signed off the story, but claims changed afterwards.',
    ]);
    expect(sectionOf(report, 'suggestions').notes).toEqual(['2 suggestions are neither accepted nor dismissed.']);
    // The badge says as many suggestions as the sentence does.
    expect(sectionOf(report, 'suggestions').count).toBe(2);
    // Claim 2 is both disputed and signed off before a change: one claim, counted once; two open suggestions are two.
    expect(report.problemCount).toBe(6);
    expect(report.verdict).toBe('Not ready to publish: 6 things need attention.');
  });

  it('counts a claim once when it is both unchecked and without a source', () => {
    const claims = [
      makeClaim({ id: 'a', start: 0, text: 'nobody looked at this yet', status: 'unchecked' }),
      makeClaim({ id: 'b', start: 30, text: 'verified and sourced', status: 'verified', links: 1 }),
    ];
    const report = computeGate({
      view: { statuses: STATUSES, storySignOff: story(claims, 'current') },
      ordered: claims,
      openSuggestions: 0,
    });
    expect(sectionOf(report, 'blocking').claims.map((c) => c.claimId)).toEqual(['a']);
    expect(sectionOf(report, 'no-source').claims.map((c) => c.claimId)).toEqual(['a']);
    expect(report.problemCount).toBe(1);
    expect(report.verdict).toBe('Not ready to publish: 1 thing needs attention.');
  });

  it('asks for the story sign-off when there is none', () => {
    const report = computeGate({
      view: { statuses: STATUSES, storySignOff: null },
      ordered: ready,
      openSuggestions: 0,
    });
    expect(sectionOf(report, 'sign-off').notes).toEqual(['The story has not been signed off.']);
    expect(report.ready).toBe(false);
  });

  it('is not ready while the suggestions are still being counted', () => {
    const report = computeGate({
      view: { statuses: STATUSES, storySignOff: story(ready, 'current') },
      ordered: ready,
      openSuggestions: null,
    });
    expect(report.ready).toBe(false);
    expect(report.verdict).toBe('Checking...');
  });

  it('adds the altered quotes section when the quote check supplies its findings', () => {
    const report = computeGate({
      view: { statuses: STATUSES, storySignOff: story(ready, 'current') },
      ordered: ready,
      openSuggestions: 0,
      alteredQuotes: [
        { claimId: 'a', detail: '“will” became “would”' },
        { claimId: 'gone', detail: 'x' },
        { claimId: null, detail: '“No one asked us” (Not found)' },
      ],
    });
    expect(sectionOf(report, 'altered-quotes').claims).toEqual([
      { claimId: 'a', number: 1, excerpt: 'one', detail: '“will” became “would”' },
    ]);
    expect(sectionOf(report, 'altered-quotes').notes).toEqual([
      'Not marked as a claim yet: “No one asked us” (Not found)',
    ]);
    expect(report.ready).toBe(false);
    const clean = computeGate({
      view: { statuses: STATUSES, storySignOff: story(ready, 'current') },
      ordered: ready,
      openSuggestions: 0,
      alteredQuotes: [],
    });
    expect(clean.ready).toBe(true);
    expect(sectionOf(clean, 'altered-quotes').clearText).toBe(
      'Every quote matches its source, and every speaker matches or was checked by hand.',
    );
  });

  it('keeps a quote whose speaker is unknown until a checker gives its claim a status that does not block', () => {
    const unknown = (claims: Claim[]) =>
      computeGate({
        view: { statuses: STATUSES, storySignOff: story(claims, 'current') },
        ordered: claims,
        openSuggestions: 0,
        alteredQuotes: [
          { claimId: 'q', detail: 'Speaker unknown: check it by hand', speakerUnknownOnly: true },
          { claimId: null, detail: '“Not a claim” (Speaker unknown: check it by hand)', speakerUnknownOnly: true },
        ],
      });
    const open = [...ready, makeClaim({ id: 'q', start: 20, text: 'quote', status: 'unchecked', links: 1 })];
    const checked = [...ready, makeClaim({ id: 'q', start: 20, text: 'quote', status: 'verified', links: 1 })];
    expect(sectionOf(unknown(open), 'altered-quotes').claims.map((c) => c.claimId)).toEqual(['q']);
    const settled = sectionOf(unknown(checked), 'altered-quotes');
    expect(settled.claims).toEqual([]);
    // A quote nobody marked as a claim has no status to settle it.
    expect(settled.notes).toEqual(['Not marked as a claim yet: “Not a claim” (Speaker unknown: check it by hand)']);
  });

  it('holds back a claim whose status was changed apart until someone decides, naming both sides', () => {
    const base = makeClaim({ id: 'a', start: 0, text: 'rent rose', status: 'verified', links: 1 });
    const review = {
      events: [
        { eventId: 'e1', status: 'verified', by: 'Ana', at: '2026-12-06T10:42:00.000Z', device: 'laptop-ana' },
        { eventId: 'e2', status: 'opinion', by: 'Bob', at: '2026-12-06T10:43:00.000Z', device: 'laptop-bob' },
      ],
    };
    // Neither side's status blocks on its own: being under review does.
    const claims = [{ ...base, review }];
    const report = computeGate({
      view: { statuses: STATUSES, storySignOff: story(claims, 'current') },
      ordered: claims,
      openSuggestions: 0,
    });
    expect(report.ready).toBe(false);
    expect(report.problemCount).toBe(1);
    expect(sectionOf(report, 'blocking').claims).toEqual([
      {
        claimId: 'a',
        number: 1,
        excerpt: 'rent rose',
        detail:
          'Needs review: Ana set it to “Verified” (2026-12-06 10:42 UTC, on laptop-ana) and Bob set it to “Opinion (no check needed)” ' +
          "(2026-12-06 10:43 UTC, on laptop-bob) without seeing each other's change; it blocks publication until " +
          'someone decides.',
      },
    ]);
    // Decided (the fold drops the review): ready again.
    const decided = [base];
    const after = computeGate({
      view: { statuses: STATUSES, storySignOff: story(decided, 'current') },
      ordered: decided,
      openSuggestions: 0,
    });
    expect(after.ready).toBe(true);
  });
});
