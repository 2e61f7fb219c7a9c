// The log's head and the backups' heads: cuts at the end, in the middle and of the whole log, a rollback to an older
// copy, and a restore the log records, each named in a sentence.
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, appendEntry } from '../../../../shared/log/activity-log';
import type { LogEntry } from '../../../../shared/log/activity-log';
import type { LogAction } from '../../../../shared/log/log-actions';
import { RESTORE_ACTION, checkAgainstBackups, headOf, verifyProjectLog } from '../../../../shared/log/log-head';
import { sha256 } from '../../../../shared/log/sha256';

function grow(log: LogEntry[], n: number, action: LogAction = 'claim.changed'): LogEntry[] {
  let out = log;
  for (let i = 0; i < n; i++) {
    const next = appendEntry(out, { at: `2026-11-26T09:0${i}:00.000Z`, by: 'Ana', action, details: { i } }, sha256);
    if (!next.ok) throw new Error(next.error.message);
    out = next.value;
  }
  return out;
}

const log = grow([], 6);
const backup = (entries: LogEntry[], createdAt: string, name = `b-${createdAt}`) => ({
  name,
  createdAt,
  entries,
  head: headOf(entries),
});

describe('headOf', () => {
  it('is the count and the last hash, or the genesis hash for an empty log', () => {
    expect(headOf(log)).toEqual({ count: 6, lastHash: log[5]!.hash });
    expect(headOf([])).toEqual({ count: 0, lastHash: GENESIS_HASH });
  });
});

describe('verifyProjectLog', () => {
  const head = headOf(log);

  it('passes an intact log that ends where the head says', () => {
    expect(verifyProjectLog(log, head, [backup(log.slice(0, 4), '1')], sha256)).toMatchObject({ ok: true, count: 6 });
  });

  it('names entries cut from the end', () => {
    expect(verifyProjectLog(log.slice(0, 4), head, [], sha256)).toMatchObject({
      ok: false,
      code: 'truncated',
      firstBadSeq: 5,
      reason:
        'The activity log ends at entry 4, but the project file records 6 entries: the last 2 entries were removed.',
    });
    expect(verifyProjectLog(log.slice(0, 5), head, [], sha256)).toMatchObject({
      reason: expect.stringMatching(/the last entry was removed\.$/),
    });
  });

  it('names entries cut from the middle', () => {
    const cut = [...log.slice(0, 2), ...log.slice(4)];
    expect(verifyProjectLog(cut, head, [], sha256)).toMatchObject({
      ok: false,
      firstBadSeq: 3,
      reason: 'Entries 3 to 4 of the activity log were removed: entry 5 comes right after entry 2.',
    });
  });

  it('names a whole log removed, and a removed head', () => {
    expect(verifyProjectLog([], head, [], sha256)).toMatchObject({
      ok: false,
      reason: 'The activity log is empty, but the project file records 6 entries: the whole log was removed.',
    });
    expect(verifyProjectLog(log, undefined, [], sha256)).toMatchObject({ ok: false, code: 'head-missing' });
  });
});

describe('checkAgainstBackups', () => {
  it('accepts a log that continues every backup', () => {
    expect(checkAgainstBackups(log, [backup(log.slice(0, 2), '1'), backup(log, '2'), backup([], '0')])).toBeNull();
  });

  it('finds a log rolled back with its project file to an older copy, naming the newer backup', () => {
    const older = log.slice(0, 3);
    const problem = checkAgainstBackups(older, [
      backup(older, '2026-11-26T09:00'),
      backup(log, '2026-11-26T10:00', 'new.factdesk'),
    ]);
    expect(problem).toMatchObject({ ok: false, code: 'rolled-back', firstBadSeq: 4 });
    expect(problem?.reason).toBe(
      "The activity log is missing 3 entries that the backup new.factdesk (made 2026-11-26T10:00) records: that backup's log has 6 entries, the project file's has 3, and no restore was recorded. The project file was put back to an older copy, or its log was cut.",
    );
    // Work went on after the rollback: still found.
    const continued = grow(older, 5);
    expect(checkAgainstBackups(continued, [backup(log, '2026-11-26T10:00')])).toMatchObject({
      code: 'rolled-back',
      reason: expect.stringMatching(/parts from the backup .+ at entry 4, and no restore was recorded/),
    });
  });

  it('accepts a restore the log records after the point where it parts from the backup', () => {
    const restored = grow(log.slice(0, 3), 1, RESTORE_ACTION);
    expect(checkAgainstBackups(grow(restored, 2), [backup(log, '2026-11-26T10:00')])).toBeNull();
  });
});
