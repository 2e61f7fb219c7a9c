import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, appendEntry, entriesForClaim, verifyLog } from '../../../../shared/log/activity-log';
import type { LogEntry } from '../../../../shared/log/activity-log';
import { sha256 } from '../../../../shared/log/sha256';
import type { Result } from '../../../../shared/api/result';

/** The appended log of an entry the test expects to be accepted. */
function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const nodeHash = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

function sampleLog(): LogEntry[] {
  let log: LogEntry[] = [];
  log = value(
    appendEntry(
      log,
      {
        at: '2025-03-04T10:00:00.000Z',
        by: 'Ana Ruiz',
        action: 'claim.created',
        claimId: 'c1',
        details: { excerpt: 'rose 12%' },
      },
      sha256,
    ),
  );
  log = value(
    appendEntry(
      log,
      {
        at: '2025-03-04T10:05:00.000Z',
        by: 'Ben Okafor',
        action: 'claim.changed',
        claimId: 'c1',
        details: { from: 'unchecked', to: 'verified' },
      },
      sha256,
    ),
  );
  log = value(
    appendEntry(
      log,
      { at: '2025-03-04T10:06:00.000Z', by: 'Dana Editor', action: 'signoff.story', details: { note: 'Zoë 🎉 ok' } },
      sha256,
    ),
  );
  return log;
}

describe('activity log', () => {
  it('numbers entries and chains each to the one before', () => {
    const log = sampleLog();
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(log[0]!.prevHash).toBe(GENESIS_HASH);
    expect(log[1]!.prevHash).toBe(log[0]!.hash);
    expect(log[2]!.prevHash).toBe(log[1]!.hash);
    expect(log[2]).not.toHaveProperty('claimId');
    expect(verifyLog(log, sha256)).toEqual({ ok: true, count: 3, lastHash: log[2]!.hash });
    expect(verifyLog([], sha256)).toEqual({ ok: true, count: 0, lastHash: GENESIS_HASH });
  });

  it("gives the same hashes with the pure SHA-256 and Node's, so either side can verify", () => {
    const log = sampleLog();
    expect(verifyLog(log, nodeHash)).toMatchObject({ ok: true, count: 3 });
    expect(verifyLog(JSON.parse(JSON.stringify(log)) as unknown[], nodeHash)).toMatchObject({ ok: true });
  });

  it('shows an edited entry, an edited hash, a removed entry, reordering and a damaged entry', () => {
    const log = sampleLog();
    const edited = structuredClone(log);
    edited[1]!.details = { from: 'unchecked', to: 'incorrect' };
    expect(verifyLog(edited, sha256)).toMatchObject({ ok: false, firstBadSeq: 2, code: 'altered' });
    const rehashed = structuredClone(edited);
    rehashed[1]!.hash = sha256('forged');
    expect(verifyLog(rehashed, sha256)).toMatchObject({ ok: false, firstBadSeq: 2, code: 'altered' });
    const removed = [log[0]!, log[2]!];
    expect(verifyLog(removed, sha256)).toMatchObject({ ok: false, firstBadSeq: 2, code: 'sequence' });
    const renumbered = [log[0]!, { ...log[2]!, seq: 2 }];
    expect(verifyLog(renumbered, sha256)).toMatchObject({ ok: false, firstBadSeq: 2, code: 'broken-link' });
    const damaged = [log[0], { ...log[1], by: 7 }];
    const verdict = verifyLog(damaged, sha256);
    expect(verdict).toMatchObject({ ok: false, firstBadSeq: 2, code: 'malformed' });
    if (!verdict.ok)
      expect(verdict.reason).toBe('Entry 2 of the activity log is damaged: a field is missing or has the wrong type.');
    const added = [...log.slice(0, 2), { ...log[2]!, extra: 'sneaked in' }];
    expect(verifyLog(added, sha256)).toMatchObject({ ok: false, firstBadSeq: 3, code: 'altered' });
  });

  it('shows entries cut off the end when the expected head is known', () => {
    const log = sampleLog();
    const head = { count: 3, lastHash: log[2]!.hash };
    expect(verifyLog(log, sha256, head)).toMatchObject({ ok: true });
    expect(verifyLog(log.slice(0, 2), sha256, head)).toMatchObject({ ok: false, firstBadSeq: 3, code: 'truncated' });
  });

  it("refuses an entry without a person or with details that are not JSON, and lists a claim's entries", () => {
    expect(appendEntry([], { at: 't', by: '', action: 'claim.created', details: {} }, sha256)).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'An activity log entry needs a time, a person and an action.' },
    });
    const notJson = appendEntry(
      [],
      { at: 't', by: 'Ana', action: 'claim.created', details: { n: Number.NaN } },
      sha256,
    );
    expect(notJson.ok ? null : notJson.error.code).toBe('invalid-input');
    expect(notJson.ok ? '' : notJson.error.message).toMatch(/not plain JSON/);
    expect(entriesForClaim(sampleLog(), 'c1').map((e) => e.action)).toEqual(['claim.created', 'claim.changed']);
  });
});
