// Backups of project.factdesk in the project's backups/ folder: written durably, re-read and validated before they
// count, rotated by the retention policy.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { BackupInfo } from '../../shared/api/views';
import { writeFileDurable } from './durable-write';
import type { BackupLog } from '../../shared/log/log-head';
import { decodeProject, ioError, parseJsonSafely } from './project-file';
import { DEFAULT_RETENTION, selectBackupsToKeep } from './retention';
import type { RetentionPolicy } from './retention';

export const BACKUPS_FOLDER = 'backups';
const NAME_PATTERN = /^project-(\d{8})T(\d{6})(\d{3})Z(?:-([a-z0-9-]+))?\.factdesk$/;

/** The temp files writeFileDurable leaves in backups/ when a crash stops a backup midway. */
const TEMP_PATTERN = /^\.project-\d{8}T\d{9}Z(?:-[a-z0-9-]+)?\.factdesk\.[0-9a-f]{12}\.tmp$/;
/** A temp file younger than this may still belong to a writer finishing up; it is left for a later open. */
export const STALE_TEMP_MS = 60_000;

/**
 * Removes backup temp files a crash left behind: only Factdesk's own temp names, only older than STALE_TEMP_MS. Call
 * only while holding the project's lock (no live writer then has a backup in flight). Returns the names removed.
 */
export async function removeStaleBackupTemps(folder: string, nowMs = Date.now()): Promise<string[]> {
  const dir = join(folder, BACKUPS_FOLDER);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!TEMP_PATTERN.test(name)) continue;
    const stat = await fs.lstat(join(dir, name)).catch(() => null);
    if (!stat?.isFile() || nowMs - stat.mtimeMs < STALE_TEMP_MS) continue;
    await fs.rm(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/** The file name of a backup made at `now`, e.g. project-20261126T093000123Z.factdesk. */
export function backupName(now: string, label?: string): string {
  const stamp = now.replace(/[-:]/g, '').replace('.', '');
  return `project-${stamp}${label ? `-${label}` : ''}.factdesk`;
}

/** Reads the time back out of a backup's name; null for files that are not backups. */
export function backupTime(name: string): string | null {
  const m = NAME_PATTERN.exec(name);
  if (!m) return null;
  const [, d = '', t = '', ms = ''] = m;
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.${ms}Z`;
}

/** Lists backups, newest first. */
export async function listBackups(folder: string): Promise<BackupInfo[]> {
  const dir = join(folder, BACKUPS_FOLDER);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const name of names) {
    const createdAt = backupTime(name);
    if (!createdAt) continue;
    const stat = await fs.stat(join(dir, name)).catch(() => null);
    if (stat?.isFile()) out.push({ name, createdAt, bytes: stat.size });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/**
 * Writes a backup and verifies it by reading it back. `validate` false is for copies of files in an older format
 * (made before migrating), which are only checked to be the same bytes. A copy that does not read back as written is
 * removed and refused with 'io-error'.
 */
export async function writeBackup(
  folder: string,
  bytes: Buffer | string,
  now: string,
  options: { label?: string; validate?: boolean; policy?: RetentionPolicy } = {},
): Promise<Result<BackupInfo>> {
  const dir = join(folder, BACKUPS_FOLDER);
  await fs.mkdir(dir, { recursive: true });
  const name = backupName(now, options.label);
  const file = join(dir, name);
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  await writeFileDurable(file, data);
  const back = await fs.readFile(file);
  const decoded = options.validate !== false ? decodeProject(back, file) : null;
  const problem = !back.equals(data)
    ? 'the copy on disk differs from what was written'
    : decoded && !decoded.ok
      ? decoded.error.message
      : null;
  if (problem !== null) {
    await fs.rm(file, { force: true });
    return fail('io-error', `The backup ${file} could not be verified (${problem}); it was removed.`, {
      cause: problem,
    });
  }
  await rotateBackups(folder, now, options.policy ?? DEFAULT_RETENTION);
  return ok({ name, createdAt: backupTime(name) ?? now, bytes: data.length });
}

/** Deletes the backups the retention policy does not keep. */
export async function rotateBackups(
  folder: string,
  now: string,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Promise<string[]> {
  const all = await listBackups(folder);
  const { remove } = selectBackupsToKeep(all, now, policy);
  for (const b of remove) await fs.rm(join(folder, BACKUPS_FOLDER, b.name), { force: true });
  return remove.map((b) => b.name);
}

/** Reads a backup and validates it as a project, or a refusal naming the file when it is not usable. */
export async function readBackup(folder: string, name: string) {
  if (!backupTime(name) || name.includes('/') || name.includes('\\')) {
    return fail('invalid-input', `${name} is not the name of a Factdesk backup.`);
  }
  const file = join(folder, BACKUPS_FOLDER, name);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    return ioError(error, file, 'read');
  }
  return decodeProject(bytes, file);
}

/**
 * The activity log and recorded log head of every backup, for comparing with the project's log. Backups that cannot
 * be read as JSON are left out (listing them is the restore dialog's job).
 */
export async function readBackupLogs(folder: string): Promise<BackupLog[]> {
  const out: BackupLog[] = [];
  for (const backup of await listBackups(folder)) {
    let parsed: unknown;
    try {
      parsed = parseJsonSafely(await fs.readFile(join(folder, BACKUPS_FOLDER, backup.name), 'utf8'));
    } catch {
      continue;
    }
    if (typeof parsed !== 'object' || parsed === null) continue;
    const doc = parsed as { activityLog?: unknown; logHead?: unknown };
    const head = doc.logHead as { count?: unknown; lastHash?: unknown } | undefined;
    out.push({
      name: backup.name,
      createdAt: backup.createdAt,
      entries: Array.isArray(doc.activityLog) ? doc.activityLog : [],
      head:
        head && Number.isInteger(head.count) && typeof head.lastHash === 'string'
          ? { count: head.count as number, lastHash: head.lastHash }
          : null,
    });
  }
  return out;
}
