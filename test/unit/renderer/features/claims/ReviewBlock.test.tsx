// @vitest-environment happy-dom
// "Needs review" in the claim inspector: both sides (who, which status, when, on which device), one button per status
// that decides it, and no buttons while the story is not syncing here.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATUSES } from '../../../../../shared/model/status';
import { ReviewBlock } from '../../../../../renderer/features/claims/ReviewBlock';

const review = {
  events: [
    { eventId: 'e1', status: 'verified', by: 'Ana', at: '2026-12-06T10:42:00.000Z', device: 'laptop-ana' },
    { eventId: 'e2', status: 'disputed', by: 'Bob', at: '2026-12-06T10:43:00.000Z', device: 'laptop-bob' },
  ],
};

describe('ReviewBlock', () => {
  it('lists both sides and decides with the status chosen', () => {
    const decided: string[] = [];
    render(<ReviewBlock review={review} statuses={[...DEFAULT_STATUSES]} onDecide={(s) => decided.push(s)} />);
    const group = screen.getByRole('group', { name: 'Needs review' });
    const sides = within(group)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(sides[0]).toMatch(/^Ana set it to Verified, .+, on laptop-ana$/);
    expect(sides[1]).toMatch(/^Bob set it to Disputed, .+, on laptop-bob$/);
    expect(group.textContent).toContain('blocks publication until someone decides');
    within(group).getByRole('button', { name: 'Decide: Disputed' }).click();
    expect(decided).toEqual(['disputed']);
    expect(within(group).getByRole('button', { name: 'Decide: Verified' })).toBeTruthy();
  });

  it('shows the sides without buttons while the story is not syncing here', () => {
    render(<ReviewBlock review={review} statuses={[...DEFAULT_STATUSES]} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByRole('group', { name: 'Needs review' }).textContent).toContain(
      'Deciding needs the story to be syncing on this computer.',
    );
  });
});
