// The one draft order claims are numbered by: placement, the longer first, then the order they were made.
import { describe, expect, it } from 'vitest';
import { createAnchor } from '../../../../shared/anchoring/text-quote';
import { createClaim } from '../../../../shared/model/claim';
import type { Claim } from '../../../../shared/model/claim';
import { claimNumbers, claimsInDraftOrder, compareDraftOrder } from '../../../../shared/model/claim-order';

const TEXT = 'The council voted 7 to 2 to release a further £4.2 million for repairs.';

function claim(id: string, phrase: string, now = '2026-03-01T10:00:00.000Z'): Claim {
  const start = TEXT.indexOf(phrase);
  return createClaim({
    id,
    anchor: createAnchor(TEXT, start, start + phrase.length, 'draft-1'),
    kind: 'other',
    status: 'unchecked',
    by: 'Ana Ruiz',
    now,
  });
}

function orphan(c: Claim): Claim {
  return { ...c, anchor: { ...c.anchor, state: 'orphaned' } };
}

describe('claim order', () => {
  it('orders claims as they appear in the draft, the longer first at the same start, orphans last', () => {
    const late = claim('late', 'repairs');
    const outer = claim('outer', 'release a further £4.2 million');
    const inner = claim('inner', 'release');
    const gone = orphan(claim('gone', 'council'));
    expect(claimsInDraftOrder([late, gone, inner, outer]).map((c) => c.id)).toEqual(['outer', 'inner', 'late', 'gone']);
  });

  it('puts the claim made first ahead at the same span, then the smaller id', () => {
    const second = claim('a-second', 'voted', '2026-03-01T10:05:00.000Z');
    const first = claim('z-first', 'voted', '2026-03-01T10:00:00.000Z');
    const twin = claim('b-twin', 'voted', '2026-03-01T10:05:00.000Z');
    expect(claimsInDraftOrder([second, twin, first]).map((c) => c.id)).toEqual(['z-first', 'a-second', 'b-twin']);
  });

  it('orders orphaned claims by when they were made, not by where their lost text used to be', () => {
    const early = orphan(claim('early', 'repairs', '2026-03-01T09:00:00.000Z'));
    const later = orphan(claim('later', 'council', '2026-03-01T11:00:00.000Z'));
    expect(claimsInDraftOrder([later, early]).map((c) => c.id)).toEqual(['early', 'later']);
  });

  it('gives the same order whatever order the claims are stored in', () => {
    const claims = [
      claim('c1', 'council'),
      claim('c2', 'council', '2026-03-01T09:00:00.000Z'),
      claim('c3', 'council voted'),
      orphan(claim('c4', 'repairs')),
      orphan(claim('c5', 'voted')),
      claim('c6', 'million'),
    ];
    const expected = claimsInDraftOrder(claims).map((c) => c.id);
    expect(claimsInDraftOrder([...claims].reverse()).map((c) => c.id)).toEqual(expected);
    expect(expected).toEqual(['c3', 'c2', 'c1', 'c6', 'c4', 'c5']);
    expect(compareDraftOrder(claims[0]!, claims[0]!)).toBe(0);
  });

  it('numbers claims from 1 in draft order and leaves the list given untouched', () => {
    const list = [claim('late', 'repairs'), claim('early', 'council')];
    expect([...claimNumbers(list)]).toEqual([
      ['early', 1],
      ['late', 2],
    ]);
    expect(list.map((c) => c.id)).toEqual(['late', 'early']);
  });
});
