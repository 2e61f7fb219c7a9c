// Which backups to keep: a pure function, so the policy is tested on its own (no disk, no clock).

export interface RetentionPolicy {
  /** Newest backups kept from today (UTC). */
  recent: number;
  /** Older backups: the newest of each calendar day is kept. */
  total: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { recent: 3, total: 10 };

export interface BackupStamp {
  name: string;
  /** ISO time the backup was made. */
  createdAt: string;
}

/**
 * Splits backups into those to keep and those to delete: the `recent` newest from today (UTC), then the
 * newest one of each earlier day (UTC), at most `total` in all. Backups dated in the future are kept (a clock may be
 * wrong) and count towards the total.
 */
export function selectBackupsToKeep(
  backups: readonly BackupStamp[],
  now: string,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): { keep: BackupStamp[]; remove: BackupStamp[] } {
  const nowMs = Date.parse(now);
  const today = new Date(nowMs).toISOString().slice(0, 10);
  const sorted = [...backups].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const keep: BackupStamp[] = [];
  const days = new Set<string>();
  let recentKept = 0;
  for (const backup of sorted) {
    if (keep.length >= policy.total) break;
    const at = Date.parse(backup.createdAt);
    if (Number.isNaN(at)) continue;
    const day = new Date(at).toISOString().slice(0, 10);
    if (at > nowMs || day === today) {
      if (recentKept < policy.recent || at > nowMs) {
        keep.push(backup);
        recentKept++;
      }
      continue;
    }
    if (days.has(day)) continue;
    days.add(day);
    keep.push(backup);
  }
  const kept = new Set(keep.map((b) => b.name));
  return { keep, remove: sorted.filter((b) => !kept.has(b.name)) };
}
