// Project files: create, open, close, conflicts with other programs, backups and recovery.
import { z } from 'zod';
import type { BackupInfo, ProjectView } from '../views';
import { path, projectId } from './fields';

export const projectValidators = {
  createProject: z.strictObject({ folder: path, title: z.string().trim().min(1).max(300) }),
  openProject: z.strictObject({
    path,
    readOnly: z.boolean().optional(),
    takeOverStaleLock: z.boolean().optional(),
  }),
  closeProject: z.strictObject({ projectId }),
  getProject: z.strictObject({ projectId }),
  resolveConflict: z.strictObject({ projectId, choice: z.enum(['reload', 'keep-mine', 'save-copy']) }),
  listBackups: z.union([z.strictObject({ projectId }), z.strictObject({ path })]),
  recoverProject: z.strictObject({ path, name: z.string().min(1).max(255).optional() }),
  restoreBackup: z.strictObject({ projectId, name: z.string().min(1).max(255) }),
};

/** What the projects methods reply with, inside a Result. */
export interface ProjectReplies {
  /** Creates a project folder (project.factdesk, sources/, backups/) and opens it. */
  createProject: ProjectView;
  /** Opens a project folder or its project.factdesk file; read-only when another writer holds it. */
  openProject: ProjectView;
  /** Waits for the pending save, writes a closing backup and releases the lock. */
  closeProject: null;
  /** The open project as it is now. */
  getProject: ProjectView;
  /** After a change by another program: reload it, keep mine (overwrite), or save mine as a copy and reload. */
  resolveConflict: ProjectView;
  /**
   * The verified backups of an open project (by projectId) or of a project folder (by path, without opening it, so a
   * project whose file cannot be read still lists them), newest first.
   */
  listBackups: BackupInfo[];
  /**
   * For a project whose file cannot be read: moves the damaged file aside, restores the newest good backup (or the
   * one named) and opens the project. In a folder that syncs a shared story the file is rebuilt from the story's
   * replica instead (`restoredFrom` is null): no backup is restored into a shared story, and naming one is refused.
   */
  recoverProject: { view: ProjectView; restoredFrom: BackupInfo | null; keptAs: string | null };
  /** Restores a backup, after backing up the current state so the restore can be undone. */
  restoreBackup: ProjectView;
}
