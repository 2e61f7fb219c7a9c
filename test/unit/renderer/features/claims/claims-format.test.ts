// Excerpts and history lines in the Claims region.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATUSES } from '../../../../../shared/model/status';
import { describeHistory, excerpt } from '../../../../../renderer/features/claims/claims-format';

const at = '2026-03-01T10:00:00.000Z';

describe('excerpt', () => {
  it('flattens line breaks and keeps short text whole', () => {
    expect(excerpt('  the vote\n is expected  ')).toBe('the vote is expected');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const long = 'word '.repeat(60);
    const cut = excerpt(long, 40);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(41);
    expect(cut).not.toContain('wor…');
  });
});

describe('describeHistory', () => {
  it('says what was created and changed using status labels and kind names', () => {
    expect(describeHistory({ at, by: 'Ana', action: 'created', to: 'unchecked' }, DEFAULT_STATUSES)).toBe(
      'marked this claim as Unchecked',
    );
    expect(
      describeHistory(
        { at, by: 'Ana', action: 'changed', field: 'status', from: 'unchecked', to: 'cannot-verify' },
        DEFAULT_STATUSES,
      ),
    ).toBe('changed status from Unchecked to Cannot verify');
    expect(
      describeHistory(
        { at, by: 'Ana', action: 'changed', field: 'kind', from: 'other', to: 'quote' },
        DEFAULT_STATUSES,
      ),
    ).toBe('changed kind from Other to Direct quote');
  });

  it('summarises notes and assignee changes without repeating the notes', () => {
    expect(
      describeHistory(
        { at, by: 'Ana', action: 'changed', field: 'notes', from: '', to: 'Called the council' },
        DEFAULT_STATUSES,
      ),
    ).toBe('edited the notes');
    expect(
      describeHistory({ at, by: 'Ana', action: 'changed', field: 'assignee', from: null, to: 'Lee' }, DEFAULT_STATUSES),
    ).toBe('assigned it to Lee');
  });

  it('describes actions it does not know in plain words', () => {
    expect(describeHistory({ at, by: 'Ana', action: 'signed-off' }, DEFAULT_STATUSES)).toBe('signed off');
  });
});
