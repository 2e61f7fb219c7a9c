// The head of the activity log (how many entries, and the last one's hash), kept in the project file and so in every
// backup, and the check that the log still holds what each backup recorded: a log cut short, emptied, or rolled back
// with its project file to an older copy shows, while a restore the user made (recorded in the log) does not.
import { GENESIS_HASH, verifyLog } from './activity-log';
import type { HashFn, LogVerdict } from './activity-log';
import type { LogAction } from './log-actions';

export interface LogHead {
  count: number;
  lastHash: string;
}

/** The log action a restore writes; a log that departs from a newer backup after it was restored on purpose. */
export const RESTORE_ACTION: LogAction = 'backup.restored';

function field(entry: unknown, name: 'hash' | 'action'): string | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const value = (entry as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : null;
}

/** The head of a log as it is: its length and its last entry's hash (GENESIS_HASH for an empty log). */
export function headOf(entries: readonly unknown[]): LogHead {
  return { count: entries.length, lastHash: field(entries.at(-1), 'hash') ?? GENESIS_HASH };
}

/** A backup's log, as the check needs it. */
export interface BackupLog {
  name: string;
  createdAt: string;
  entries: readonly unknown[];
  /** The head the backup's project file recorded; its entries' own head when it has none (older formats). */
  head?: LogHead | null;
}

type Problem = Extract<LogVerdict, { ok: false }>;

/**
 * Checks the current log against each backup, newest first: the log must still hold the entry that ended each
 * backup's log, unless it departs from that backup with a restore recorded after the point where they part.
 * Returns the first problem as a sentence naming the backup, or null.
 */
export function checkAgainstBackups(current: readonly unknown[], backups: readonly BackupLog[]): Problem | null {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const backup of newestFirst) {
    const head = backup.head ?? headOf(backup.entries);
    if (head.count === 0 || field(current[head.count - 1], 'hash') === head.lastHash) continue;
    let fork = 0;
    const shared = Math.min(current.length, backup.entries.length);
    while (fork < shared && field(current[fork], 'hash') === field(backup.entries[fork], 'hash')) fork++;
    if (current.slice(fork).some((e) => field(e, 'action') === RESTORE_ACTION)) continue;
    const missing = head.count - fork;
    const reason =
      current.length < head.count
        ? `The activity log is missing ${missing === 1 ? 'an entry' : `${missing} entries`} that the backup ${backup.name} (made ${backup.createdAt}) records: that backup's log has ${head.count} entries, the project file's has ${current.length}, and no restore was recorded. The project file was put back to an older copy, or its log was cut.`
        : `The activity log parts from the backup ${backup.name} (made ${backup.createdAt}) at entry ${fork + 1}, and no restore was recorded: the log was rewritten after that backup.`;
    return { ok: false, firstBadSeq: fork + 1, code: 'rolled-back', reason };
  }
  return null;
}

/**
 * The whole check verify-log makes: the hash chain, the head the project file recorded (entries cut from the end or
 * the whole log emptied), and, given the backups, a log rolled back with its project file to an older copy.
 */
export function verifyProjectLog(
  entries: readonly unknown[],
  head: LogHead | null | undefined,
  backups: readonly BackupLog[],
  hash: HashFn,
): LogVerdict {
  const chain = verifyLog(entries, hash, head ?? undefined);
  if (!chain.ok) return chain;
  if (!head) {
    return {
      ok: false,
      firstBadSeq: entries.length + 1,
      code: 'head-missing',
      reason:
        'The project file no longer records where its activity log ends (that record was removed), so entries cut from the end would not show.',
    };
  }
  return checkAgainstBackups(entries, backups) ?? chain;
}
