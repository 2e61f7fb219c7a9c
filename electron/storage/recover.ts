// Recovering a project whose project.factdesk cannot be read: the damaged file is moved aside (never deleted or
// overwritten) and the newest backup that reads back as a valid project takes its place.
import { promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { BackupInfo } from '../../shared/api/views';
import { BACKUPS_FOLDER, listBackups } from './backups';
import { writeFileDurable } from './durable-write';
import { acquireLock } from './lock';
import type { Identity } from './lock';
import { decodeProject, ioError } from './project-file';
import type { ProjectPaths } from './project-paths';

export interface Recovery {
  restoredFrom: BackupInfo;
  /** Where the damaged file was kept, or null when there was none. */
  keptAs: string | null;
}

/**
 * Restores the newest valid backup (or the one named) as project.factdesk, keeping the damaged file beside it as
 * project.factdesk.damaged-<time>. Refuses, with a sentence, while someone else has the project open, when there is no
 * such backup, when no backup reads back as a project, and when the file cannot be written.
 */
export async function recoverFromBackup(
  paths: ProjectPaths,
  identity: Identity,
  now: string,
  name?: string,
): Promise<Result<Recovery>> {
  const lock = await acquireLock(paths.folder, identity, now);
  if (lock.kind !== 'acquired') {
    const owner = lock.owner;
    return fail(
      'project-locked',
      `${owner.user} on ${owner.host} has this project open; close it there before restoring a backup.`,
    );
  }
  try {
    const backups = (await listBackups(paths.folder)).filter((b) => !name || b.name === name);
    if (backups.length === 0) {
      return fail(
        'not-found',
        name ? `There is no backup called ${name} in ${paths.folder}.` : `${paths.folder} has no backups to restore.`,
      );
    }
    for (const backup of backups) {
      const file = join(paths.folder, BACKUPS_FOLDER, backup.name);
      const bytes = await fs.readFile(file).catch(() => null);
      if (!bytes) continue;
      if (!decodeProject(bytes, file).ok) continue;
      let keptAs: string | null = `${paths.file}.damaged-${now.replace(/[:.]/g, '-')}`;
      try {
        await fs.rename(paths.file, keptAs);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          return ioError(error, paths.file, 'save');
        }
        keptAs = null;
      }
      try {
        await writeFileDurable(paths.file, bytes);
      } catch (error) {
        return ioError(error, paths.file, 'save');
      }
      return ok({ restoredFrom: backup, keptAs: keptAs ? basename(keptAs) : null });
    }
    return fail(
      'corrupt-file',
      `None of the backups in ${join(paths.folder, BACKUPS_FOLDER)} could be read as a project.`,
    );
  } finally {
    await lock.lock.release();
  }
}
