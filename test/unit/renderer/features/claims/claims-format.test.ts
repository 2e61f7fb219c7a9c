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

  it('says which source was tied or removed, and words the sign-offs', () => {
    const linked = { at, by: 'Ana', action: 'linked', field: 'sources', from: null, to: 'supports: Budget (p. 4)' };
    expect(describeHistory(linked, DEFAULT_STATUSES)).toBe('tied a source to the claim (supports: Budget (p. 4))');
    const unlinked = { at, by: 'Ana', action: 'unlinked', field: 'sources', from: 'context: Budget', to: null };
    expect(describeHistory(unlinked, DEFAULT_STATUSES)).toBe('removed a source from the claim (context: Budget)');
    expect(describeHistory({ at, by: 'Lee', action: 'signed-off' }, DEFAULT_STATUSES)).toBe('signed off the claim');
    expect(describeHistory({ at, by: 'Lee', action: 'sign-off withdrawn' }, DEFAULT_STATUSES)).toBe(
      'withdrew the sign-off',
    );
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
    expect(describeHistory({ at, by: 'Ana', action: 'held-by-newer_version' }, DEFAULT_STATUSES)).toBe(
      'held by newer version',
    );
  });
});
