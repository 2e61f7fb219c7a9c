import { describe, expect, it } from 'vitest';
import { createClaim, setStatus, updateClaim } from '../../../../shared/model/claim';
import { createAnchor } from '../../../../shared/anchoring/text-quote';
import { migrate } from '../../../../shared/model/migrations';

const anchor = createAnchor('The vote is expected to pass on Tuesday.', 12, 28, 'd1');

describe('claims', () => {
  it('appends one history entry per real change and leaves the claim alone otherwise', () => {
    const c = createClaim({ id: 'c1', anchor, kind: 'prediction', status: 'unchecked', by: 'Ana', now: 't0' });
    expect(c.anchor).toMatchObject({ exact: 'expected to pass', prefix: 'The vote is ', suffix: ' on Tuesday.' });
    const same = setStatus(c, 'unchecked', 'Ben', 't1');
    expect(same).toBe(c);
    const next = updateClaim(c, { status: 'verified', assignee: 'Cleo' }, 'Ben', 't2');
    expect(next.history.slice(1)).toEqual([
      { at: 't2', by: 'Ben', action: 'changed', field: 'status', from: 'unchecked', to: 'verified' },
      { at: 't2', by: 'Ben', action: 'changed', field: 'assignee', from: null, to: 'Cleo' },
    ]);
    expect(c.history).toHaveLength(1);
  });
});

describe('migrations', () => {
  it('refuses newer and unknown versions and leaves current ones alone', () => {
    expect(migrate({ schemaVersion: 4 })).toEqual({ kind: 'newer', version: 4 });
    expect(migrate({ schemaVersion: '2' })).toMatchObject({ kind: 'unknown-version' });
    const doc = { schemaVersion: 3, x: 1 };
    expect(migrate(doc)).toEqual({ kind: 'current', doc });
  });

  it('records the activity log head of a format-2 project as it stands', () => {
    const entries = [
      { seq: 1, hash: 'a'.repeat(64) },
      { seq: 2, hash: 'b'.repeat(64) },
    ];
    const out = migrate({ schemaVersion: 2, activityLog: entries });
    expect(out).toMatchObject({
      kind: 'migrated',
      from: 2,
      doc: { schemaVersion: 3, logHead: { count: 2, lastHash: 'b'.repeat(64) } },
    });
    expect(migrate({ schemaVersion: 2 })).toMatchObject({ doc: { logHead: { count: 0, lastHash: '0'.repeat(64) } } });
  });

  it('turns a format-1 draft string into version 1 with anchored claims, without touching its input', () => {
    const input = {
      schemaVersion: 1,
      draftText: 'Prices rose 5%.',
      claims: [{ id: 'a', start: 7, end: 14, status: 'unchecked' }],
    };
    const frozen = JSON.stringify(input);
    const out = migrate(input);
    expect(JSON.stringify(input)).toBe(frozen);
    expect(out.kind).toBe('migrated');
    if (out.kind !== 'migrated') return;
    expect(out.doc.drafts).toHaveLength(1);
    expect((out.doc.claims as { anchor: { exact: string } }[])[0]?.anchor.exact).toBe('rose 5%');
  });
});
