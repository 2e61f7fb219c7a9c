// The story sign-off in words: the blocking claims listed with their number and why, and one header state that never
// says "signed off" beside "5 blocking" as if both were the whole truth.
import { describe, expect, it } from 'vitest';
import { claimsSignOffTitle, storyBlockers, storyState } from '../../../../../renderer/features/desk/story-sign-off';
import { storyFingerprint } from '../../../../../shared/model/sign-off';
import type { Claim } from '../../../../../shared/model/claim';
import { STATUSES, makeClaim } from './claims-fixture';

const claims = [
  makeClaim({ id: 'a', start: 0, text: 'verified and sourced', status: 'verified', links: 1 }),
  makeClaim({ id: 'b', start: 30, text: 'nobody looked at this yet', status: 'unchecked' }),
  makeClaim({ id: 'c', start: 60, text: 'a council spokesman disputes it', status: 'disputed', links: 1 }),
];

const signedOff = (list: Claim[]) => ({
  by: 'Ed Itor',
  at: '2026-11-24T10:00:00.000Z',
  fingerprint: storyFingerprint(list),
  state: 'current' as const,
});

describe('storyBlockers', () => {
  it('lists a claim under review with both sides, and counts it in the header, whatever status it shows', () => {
    const review = {
      events: [
        { eventId: 'e1', status: 'verified', by: 'Ana', at: '2026-12-06T10:42:00.000Z', device: 'laptop-ana' },
        { eventId: 'e2', status: 'corrected', by: 'Bob', at: '2026-12-06T10:43:00.000Z', device: 'laptop-bob' },
      ],
    };
    const list = [{ ...claims[0]!, review }];
    expect(storyBlockers({ statuses: STATUSES }, list)[0]?.reason).toBe(
      'Needs review: Ana set it to “Verified” (2026-12-06 10:42 UTC, on laptop-ana) and Bob set it to “Corrected” ' +
        "(2026-12-06 10:43 UTC, on laptop-bob) without seeing each other's change; it blocks publication until " +
        'someone decides.',
    );
    expect(storyState({ claims: list, statuses: STATUSES, storySignOff: signedOff(list) })[0]?.text).toBe(
      'Signed off by Ed Itor with 1 open blocker',
    );
  });

  it('lists each blocking claim with its number in the draft, its words and why it blocks', () => {
    expect(storyBlockers({ statuses: STATUSES }, claims)).toEqual([
      {
        claimId: 'b',
        number: 2,
        excerpt: 'nobody looked at this yet',
        reason: 'Its status, “Unchecked”, blocks publication.',
      },
      {
        claimId: 'c',
        number: 3,
        excerpt: 'a council spokesman disputes it',
        reason: 'Its status, “Disputed”, blocks publication.',
      },
    ]);
  });
});

describe('storyState', () => {
  it('says "signed off with open blockers" as one state, not "signed off" beside "2 blocking"', () => {
    const parts = storyState({ claims, statuses: STATUSES, storySignOff: signedOff(claims) });
    expect(parts.map((p) => p.text)).toEqual(['Signed off by Ed Itor with 2 open blockers']);
    expect(parts[0]?.tone).toBe('blocked');
  });

  it('says signed off when nothing blocks', () => {
    const cleared = [claims[0]!];
    const parts = storyState({ claims: cleared, statuses: STATUSES, storySignOff: signedOff(cleared) });
    expect(parts.map((p) => p.text)).toEqual(['Story signed off by Ed Itor']);
  });

  it('shows the blocking count and the missing or lapsed sign-off side by side', () => {
    expect(storyState({ claims, statuses: STATUSES, storySignOff: null }).map((p) => p.text)).toEqual([
      '2 blocking',
      'Story not signed off',
    ]);
    const lapsed = { ...signedOff(claims), state: 'lapsed' as const };
    expect(storyState({ claims, statuses: STATUSES, storySignOff: lapsed }).map((p) => p.text)).toEqual([
      '2 blocking',
      'Story sign-off lapsed',
    ]);
  });
});

describe('claimsSignOffTitle', () => {
  it('says how many of the selected claims still block publication', () => {
    expect(claimsSignOffTitle(1, 1)).toBe('This claim still blocks publication');
    expect(claimsSignOffTitle(3, 3)).toBe('All 3 selected claims still block publication');
    expect(claimsSignOffTitle(1, 4)).toBe('1 of the 4 selected claims still blocks publication');
    expect(claimsSignOffTitle(2, 4)).toBe('2 of the 4 selected claims still block publication');
  });
});
