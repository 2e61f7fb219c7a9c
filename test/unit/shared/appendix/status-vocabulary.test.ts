import { describe, expect, it } from 'vitest';
import {
  addStatus,
  checkVocabulary,
  moveStatus,
  recolourStatus,
  removeStatus,
  renameStatus,
  setStatusBlocking,
  setStatusVerdict,
  statusIdFor,
} from '../../../../shared/appendix/status-vocabulary';
import { publicVerdictFor } from '../../../../shared/appendix/public-verdict';
import { DEFAULT_STATUSES } from '../../../../shared/model/status';
import type { StatusDef } from '../../../../shared/model/status';
import type { Result } from '../../../../shared/api/result';

const base: StatusDef[] = DEFAULT_STATUSES.map((s) => ({ ...s }));
function value(result: Result<StatusDef[]>): StatusDef[] {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('status vocabulary edits', () => {
  it('adds a status with an id from its name, unique, and validates it', () => {
    const next = value(addStatus(base, { label: 'Needs lawyer ⚖', color: '#123abc', blocksPublication: true }));
    expect(next.at(-1)).toEqual({
      id: 'needs-lawyer',
      label: 'Needs lawyer ⚖',
      color: '#123abc',
      blocksPublication: true,
    });
    expect(
      statusIdFor(
        'Verified',
        base.map((s) => s.id),
      ),
    ).toBe('verified-2');
    expect(statusIdFor('Überprüft', [])).toBe('uberpruft');
    expect(addStatus(base, { label: 'verified', color: '#123abc', blocksPublication: false })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'Two statuses are called "verified": give each a different name.' },
    });
    expect(addStatus(base, { label: 'Odd', color: 'red', blocksPublication: false })).toMatchObject({
      ok: false,
      error: { message: 'The colour of "Odd" must be written as #rrggbb, not "red".' },
    });
    expect(addStatus(base, { id: 'cut', label: 'Snipped', color: '#000000', blocksPublication: false })).toMatchObject({
      ok: false,
      error: { message: 'Two statuses have the id "cut".' },
    });
  });

  it('renames, recolours and marks blocking without touching the id or the input', () => {
    let next = value(renameStatus(base, 'verified', '  Checked  '));
    next = value(recolourStatus(next, 'verified', '#00AA00'));
    next = value(setStatusBlocking(next, 'verified', true));
    expect(next.find((s) => s.id === 'verified')).toEqual({
      id: 'verified',
      label: 'Checked',
      color: '#00AA00',
      blocksPublication: true,
    });
    expect(base.find((s) => s.id === 'verified')?.label).toBe('Verified');
    expect(renameStatus(base, 'verified', '   ')).toMatchObject({ ok: false });
    expect(renameStatus(base, 'nope', 'x')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('reorders, and refuses a place outside the list', () => {
    const next = value(moveStatus(base, 'cut', 0));
    expect(next.map((s) => s.id).slice(0, 2)).toEqual(['cut', 'unchecked']);
    expect(next).toHaveLength(base.length);
    expect(moveStatus(base, 'cut', base.length)).toMatchObject({
      ok: false,
      error: { message: `A status can move to places 1 to ${base.length}.` },
    });
  });

  it('sets the public verdict ClaimReview uses, or none', () => {
    let next = value(setStatusVerdict(base, 'cannot-verify', { ratingValue: 2, alternateName: 'Unproven' }));
    expect(publicVerdictFor(next.find((s) => s.id === 'cannot-verify')!)).toEqual({
      ratingValue: 2,
      alternateName: 'Unproven',
    });
    next = value(setStatusVerdict(next, 'verified', null));
    expect(publicVerdictFor(next.find((s) => s.id === 'verified')!)).toBeNull();
    expect(setStatusVerdict(base, 'verified', { ratingValue: 7, alternateName: 'Very true' })).toMatchObject({
      ok: false,
    });
  });

  it('removes only unused statuses and never the last one', () => {
    expect(value(removeStatus(base, 'cut', 0)).some((s) => s.id === 'cut')).toBe(false);
    expect(removeStatus(base, 'cut', 2)).toMatchObject({
      ok: false,
      error: { message: '2 claims have the status "Cut": give them another status before removing it.' },
    });
    expect(removeStatus([base[0]!], 'unchecked', 0)).toMatchObject({
      ok: false,
      error: { message: 'A project needs at least one status.' },
    });
    expect(checkVocabulary(base)).toMatchObject({ ok: true });
  });
});
