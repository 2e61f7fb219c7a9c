import { describe, expect, it } from 'vitest';
import { reanchorClaims } from '../../../../shared/anchoring/reanchor';
import { RECHECK_STATUS, reanchorOutcomeToClaim, reattachClaim } from '../../../../shared/anchoring/reanchor-claim';
import { createAnchor } from '../../../../shared/anchoring/text-quote';
import { createClaim, type Claim } from '../../../../shared/model/claim';
import { DEFAULT_STATUSES } from '../../../../shared/model/status';

const OLD = 'The council approved 4.2 million dollars for the sea wall. Work starts in May. Nobody spoke against it.';
const NOW = '2025-03-01T10:00:00.000Z';

function claimOn(exact: string, status: string): Claim {
  const at = OLD.indexOf(exact);
  return createClaim({
    id: `c-${at}`,
    anchor: createAnchor(OLD, at, at + exact.length, 'v1'),
    kind: 'number',
    status,
    by: 'Ana',
    now: '2025-02-01T09:00:00.000Z',
  });
}

function apply(claim: Claim, newText: string): Claim {
  const [outcome] = reanchorClaims(OLD, newText, [claim.anchor], 'v2');
  if (!outcome) throw new Error('no outcome');
  return reanchorOutcomeToClaim(claim, outcome, 'Import', NOW);
}

describe('reanchorOutcomeToClaim', () => {
  it('sends a verified claim whose words changed to Re-check, with both changes in its history', () => {
    expect(DEFAULT_STATUSES.some((s) => s.id === RECHECK_STATUS)).toBe(true);
    const claim = claimOn('approved 4.2 million dollars for the sea wall', 'verified');
    const next = apply(claim, OLD.replace('4.2 million', '5.1 million'));
    expect(next.anchor).toMatchObject({
      state: 'changed',
      exact: 'approved 5.1 million dollars for the sea wall',
      draftId: 'v2',
    });
    expect(next.status).toBe('re-check');
    expect(next.history.slice(claim.history.length)).toEqual([
      {
        at: NOW,
        by: 'Import',
        action: 'reanchored',
        field: 'anchor',
        from: 'approved 4.2 million dollars for the sea wall',
        to: 'approved 5.1 million dollars for the sea wall',
      },
      { at: NOW, by: 'Import', action: 'changed', field: 'status', from: 'verified', to: 're-check' },
    ]);
    expect(next.updatedAt).toBe(NOW);
    expect(next.updatedBy).toBe('Import');
    expect(claim.status).toBe('verified');
  });

  it('keeps the status of an unverified changed claim but records the change', () => {
    const claim = claimOn('approved 4.2 million dollars for the sea wall', 'in-progress');
    const next = apply(claim, OLD.replace('4.2 million', '5.1 million'));
    expect(next.status).toBe('in-progress');
    expect(next.history.at(-1)).toMatchObject({ action: 'reanchored', field: 'anchor' });
  });

  it('moves an exact claim without touching its status or history', () => {
    const claim = claimOn('Work starts in May.', 'verified');
    const next = apply(claim, `A new first sentence. ${OLD}`);
    expect(next.anchor).toMatchObject({ state: 'exact', start: claim.anchor.start + 22 });
    expect(next.status).toBe('verified');
    expect(next.history).toEqual(claim.history);
  });

  it('keeps an orphaned claim, its status and old words, with a history entry once', () => {
    const claim = claimOn('Work starts in May.', 'verified');
    const newText = OLD.replace(' Work starts in May.', '');
    const next = apply(claim, newText);
    expect(next.anchor).toMatchObject({ state: 'orphaned', exact: 'Work starts in May.', draftId: 'v2' });
    expect(next.status).toBe('verified');
    expect(next.history.at(-1)).toEqual({
      at: NOW,
      by: 'Import',
      action: 'orphaned',
      field: 'anchor',
      from: 'Work starts in May.',
      to: null,
    });
    const again = reanchorOutcomeToClaim(
      next,
      reanchorClaims(newText, newText, [next.anchor], 'v3')[0]!,
      'Import',
      NOW,
    );
    expect(again.history).toHaveLength(next.history.length);
  });
});

describe('reattachClaim', () => {
  it('re-attaches an orphan to selected text, on grapheme boundaries, with a history entry', () => {
    const claim = claimOn('Work starts in May.', 'unchecked');
    const text = 'Repairs begin in June \u{1F44D}\u{1F3FD} says the council.';
    const next = reattachClaim(claim, text, 0, 24, 'v2', 'Ana', NOW);
    expect(next.anchor).toMatchObject({
      state: 'exact',
      exact: 'Repairs begin in June \u{1F44D}\u{1F3FD}',
      draftId: 'v2',
      start: 0,
      end: 26,
    });
    expect(next.history.at(-1)).toEqual({
      at: NOW,
      by: 'Ana',
      action: 'reattached',
      field: 'anchor',
      from: 'Work starts in May.',
      to: 'Repairs begin in June \u{1F44D}\u{1F3FD}',
    });
    expect(reattachClaim(claim, text, 5, 5, 'v2', 'Ana', NOW)).toBe(claim);
  });
});
