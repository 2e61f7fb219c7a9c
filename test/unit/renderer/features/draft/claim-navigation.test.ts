// J/K moves between placed claims in draft order; digits pick the n-th status.
import { describe, expect, it } from 'vitest';
import { createClaim } from '../../../../../shared/model/claim';
import type { Claim } from '../../../../../shared/model/claim';
import { DEFAULT_STATUSES } from '../../../../../shared/model/status';
import { createAnchor } from '../../../../../shared/anchoring/text-quote';
import { statusForDigit, stepClaim } from '../../../../../renderer/features/draft/claim-navigation';

const TEXT = 'The line cost 212 million euros and opens in April, the office said.';

function claim(id: string, phrase: string, orphaned = false): Claim {
  const start = TEXT.indexOf(phrase);
  const c = createClaim({
    id,
    anchor: createAnchor(TEXT, start, start + phrase.length, 'd1'),
    kind: 'other',
    status: 'unchecked',
    by: 'Ana',
    now: '2026-03-01T10:00:00.000Z',
  });
  return orphaned ? { ...c, anchor: { ...c.anchor, state: 'orphaned' } } : c;
}

const ordered = [
  claim('a', '212 million euros'),
  claim('b', 'April'),
  claim('c', 'the office said'),
  claim('x', 'line', true),
];

describe('stepClaim', () => {
  it('moves forward and back, stays at the ends and skips orphans', () => {
    expect(stepClaim(ordered, null, 1)).toBe('a');
    expect(stepClaim(ordered, null, -1)).toBe('c');
    expect(stepClaim(ordered, 'a', 1)).toBe('b');
    expect(stepClaim(ordered, 'c', 1)).toBe('c');
    expect(stepClaim(ordered, 'a', -1)).toBe('a');
    expect(stepClaim(ordered, 'x', 1)).toBe('a');
    expect(stepClaim([], null, 1)).toBeNull();
  });
});

describe('statusForDigit', () => {
  it('picks the n-th status of the vocabulary for 1-9 only', () => {
    expect(statusForDigit(DEFAULT_STATUSES, '1')?.id).toBe('unchecked');
    expect(statusForDigit(DEFAULT_STATUSES, '4')?.id).toBe('verified');
    expect(statusForDigit(DEFAULT_STATUSES, '0')).toBeNull();
    expect(statusForDigit(DEFAULT_STATUSES.slice(0, 2), '3')).toBeNull();
    expect(statusForDigit(DEFAULT_STATUSES, 'j')).toBeNull();
  });
});
