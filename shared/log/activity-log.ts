// The project activity log: append-only entries, each chained by hash to the one before, so an edited, removed or
// reordered entry shows. The hash function is an argument (Node's crypto in the main process, sha256.ts elsewhere).
import { fail, ok } from '../api/result';
import type { Result } from '../api/result';
import { canonicalJson } from './canonical-json';
import type { JsonValue } from './canonical-json';
import type { LogAction } from './log-actions';

/** The prevHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export interface LogEntry {
  /** 1 for the first entry, then 2, 3, ... with no gaps. */
  seq: number;
  at: string;
  by: string;
  /** What happened (a LogAction when this version wrote it; a newer version may have written others). */
  action: string;
  /** The claim the entry is about, when there is one (a claim's own history is its entries). */
  claimId?: string;
  details: { [key: string]: JsonValue };
  /** The hash of the entry before (GENESIS_HASH for the first). */
  prevHash: string;
  /** hash(canonicalJson(this entry without its hash)). */
  hash: string;
}

export interface LogInput {
  at: string;
  by: string;
  action: LogAction;
  claimId?: string;
  details: { [key: string]: JsonValue };
}

export type HashFn = (text: string) => string;

export type LogProblem =
  'malformed' | 'sequence' | 'broken-link' | 'altered' | 'truncated' | 'head-missing' | 'rolled-back';

export type LogVerdict =
  { ok: true; count: number; lastHash: string } | { ok: false; firstBadSeq: number; code: LogProblem; reason: string };

/** The hash an entry should carry: the hash of its canonical JSON without the hash field. */
export function entryHash(entry: Omit<LogEntry, 'hash'> & { hash?: unknown }, hash: HashFn): string {
  const { hash: _ignored, ...rest } = entry;
  void _ignored;
  return hash(canonicalJson(rest));
}

/**
 * Returns a new log with one entry appended, numbered and chained to the last one. Refused with 'invalid-input'
 * when the entry has no time, person or action, or its details are not plain JSON.
 */
export function appendEntry(
  log: readonly LogEntry[],
  input: LogInput,
  hash: HashFn,
): Result<LogEntry[], 'invalid-input'> {
  if (!input.at || !input.by || !input.action) {
    return fail('invalid-input', 'An activity log entry needs a time, a person and an action.');
  }
  const last = log[log.length - 1];
  const base: Omit<LogEntry, 'hash'> = {
    seq: (last?.seq ?? 0) + 1,
    at: input.at,
    by: input.by,
    action: input.action,
    ...(input.claimId !== undefined ? { claimId: input.claimId } : {}),
    details: input.details,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  let digest: string;
  try {
    digest = entryHash(base, hash);
  } catch (error) {
    // canonicalJson throws on values JSON cannot hold (NaN, functions, cycles); this is the one place that turns
    // that into a Result.
    return fail(
      'invalid-input',
      `The activity log entry "${input.action}" has details that are not plain JSON: ${(error as Error).message}`,
    );
  }
  return ok([...log, { ...base, hash: digest }]);
}

/** True when `value` has every field of a log entry with the right types (its hash is not checked here). */
export function isEntryShape(value: unknown): value is LogEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.seq === 'number' &&
    typeof e.at === 'string' &&
    typeof e.by === 'string' &&
    typeof e.action === 'string' &&
    (e.claimId === undefined || typeof e.claimId === 'string') &&
    typeof e.details === 'object' &&
    e.details !== null &&
    !Array.isArray(e.details) &&
    typeof e.prevHash === 'string' &&
    typeof e.hash === 'string'
  );
}

/**
 * Checks the whole chain: every entry well formed, numbered 1, 2, 3 ..., pointing at the hash of the one before, and
 * carrying its own true hash. With `head` (the count and last hash recorded elsewhere, such as the project file),
 * entries cut off the end show too. Reports the first entry that fails and why, as a sentence.
 */
export function verifyLog(
  entries: readonly unknown[],
  hash: HashFn,
  head?: { count: number; lastHash: string },
): LogVerdict {
  let prev = GENESIS_HASH;
  for (let i = 0; i < entries.length; i++) {
    const seq = i + 1;
    const entry = entries[i];
    if (!isEntryShape(entry)) {
      return {
        ok: false,
        firstBadSeq: seq,
        code: 'malformed',
        reason: `Entry ${seq} of the activity log is damaged: a field is missing or has the wrong type.`,
      };
    }
    if (entry.seq !== seq) {
      return {
        ok: false,
        firstBadSeq: seq,
        code: 'sequence',
        reason:
          entry.seq > seq
            ? `${entry.seq - seq === 1 ? `Entry ${seq}` : `Entries ${seq} to ${entry.seq - 1}`} of the activity log ${entry.seq - seq === 1 ? 'was' : 'were'} removed: entry ${entry.seq} ${seq === 1 ? 'comes first' : `comes right after entry ${seq - 1}`}.`
            : `Entry ${seq} of the activity log is numbered ${entry.seq}: entries were removed, added or reordered.`,
      };
    }
    if (entry.prevHash !== prev) {
      return {
        ok: false,
        firstBadSeq: seq,
        code: 'broken-link',
        reason: `Entry ${seq} of the activity log does not follow from entry ${seq - 1}: an entry before it was changed, removed or inserted.`,
      };
    }
    let actual: string;
    try {
      actual = entryHash(entry, hash);
    } catch {
      return {
        ok: false,
        firstBadSeq: seq,
        code: 'malformed',
        reason: `Entry ${seq} of the activity log holds details that are not plain JSON.`,
      };
    }
    if (actual !== entry.hash) {
      return {
        ok: false,
        firstBadSeq: seq,
        code: 'altered',
        reason: `Entry ${seq} of the activity log (${entry.action} by ${entry.by}, ${entry.at}) was changed after it was written.`,
      };
    }
    prev = entry.hash;
  }
  if (head && (head.count !== entries.length || head.lastHash !== prev)) {
    if (head.count > entries.length) {
      const cut = head.count - entries.length;
      return {
        ok: false,
        firstBadSeq: entries.length + 1,
        code: 'truncated',
        reason:
          entries.length === 0
            ? `The activity log is empty, but the project file records ${head.count} ${head.count === 1 ? 'entry' : 'entries'}: the whole log was removed.`
            : `The activity log ends at entry ${entries.length}, but the project file records ${head.count} entries: the last ${cut === 1 ? 'entry was' : `${cut} entries were`} removed.`,
      };
    }
    return {
      ok: false,
      firstBadSeq: Math.min(head.count + 1, entries.length) || 1,
      code: 'truncated',
      reason: `The activity log does not end where the project file records (entry ${head.count}): its last entries were replaced, or the record of its end was changed.`,
    };
  }
  return { ok: true, count: entries.length, lastHash: prev };
}

/** The entries about one claim, in order: the claim's history as the log records it. */
export function entriesForClaim(log: readonly LogEntry[], claimId: string): LogEntry[] {
  return log.filter((e) => e.claimId === claimId);
}
