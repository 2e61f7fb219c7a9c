// One open project: its lowdb document, coalesced durable saves, the lock, external-change detection and backups.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { FactdeskError, valueOf } from '../../shared/api/result';
import type { BackupInfo, LockOwner, SaveState } from '../../shared/api/views';
import type { ProjectDoc } from '../../shared/model/project';
import { listBackups, readBackup, removeStaleBackupTemps, writeBackup } from './backups';
import { DurableProjectAdapter } from './durable-adapter';
import { removeStaleTemps, writeFileDurable } from './durable-write';
import { HEARTBEAT_MS, acquireLock } from './lock';
import type { HeldLock, Identity, TakeOverReason } from './lock';
import { hashFileOnDisk, readProjectFile, serializeProject } from './project-file';
import type { ProjectPaths } from './project-paths';

export const BACKUP_EVERY_MS = 10 * 60_000;

export interface SessionOptions {
  now: () => string;
  identity: Identity;
  /** Changes are gathered for this long, then saved in one write. */
  saveDelayMs?: number;
  /** How often the file is checked for changes by other programs. */
  watchMs?: number;
  heartbeatMs?: number;
  backupEveryMs?: number;
  onSaveState?: (state: SaveState) => void;
  onExternalChange?: (message: string) => void;
}

export interface OpenOptions {
  readOnly?: boolean;
  takeOverStaleLock?: boolean;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A lock this session took over when it opened: whose it was and why. */
export interface TakeOver {
  from: LockOwner;
  reason: TakeOverReason;
}

export class ProjectSession {
  readonly notices: string[] = [];
  /** Set when opening took over someone else's lock (the handlers record it in the activity log). */
  tookOver: TakeOver | null = null;
  conflict = false;
  private state: SaveState;
  private stateSeq = 0;
  /** Counts changes of the document in memory (edits, reloads, restores): views carry it so the newest wins. */
  revision = 0;
  private dirty = false;
  private saveLoop: Promise<void> | null = null;
  private saveTimer: NodeJS.Timeout | null = null;
  private timers: NodeJS.Timeout[] = [];
  private changedSinceBackup = false;
  private lastBackupAt = 0;
  private closed = false;
  private readOnlyReason: string | null;
  private readonly changeListeners = new Set<() => void>();

  private constructor(
    readonly paths: ProjectPaths,
    private readonly low: Low<ProjectDoc>,
    private readonly adapter: DurableProjectAdapter,
    private lock: HeldLock | null,
    readonly lockedBy: LockOwner | null,
    private readonly options: SessionOptions,
  ) {
    this.readOnlyReason = lock
      ? null
      : lockedBy
        ? `${lockedBy.user} on ${lockedBy.host} has had this project open since ${lockedBy.acquiredAt}`
        : 'opened read-only';
    this.state = this.readOnlyReason ? { state: 'read-only', message: this.readOnlyReason } : { state: 'saved' };
  }

  /** Opens a project. Throws FactdeskError for refused files ('lock-stale' carries the owner in details). */
  static async open(paths: ProjectPaths, options: SessionOptions, open: OpenOptions = {}): Promise<ProjectSession> {
    let lock: HeldLock | null = null;
    let lockedBy: LockOwner | null = null;
    let tookOver: TakeOver | null = null;
    if (!open.readOnly) {
      const attempt = await acquireLock(paths.folder, options.identity, options.now(), {
        takeOverStale: open.takeOverStaleLock,
      });
      if (attempt.kind === 'stale') {
        throw new FactdeskError(
          'lock-stale',
          `${attempt.owner.user} on ${attempt.owner.host} has had this project open since ${attempt.owner.acquiredAt} and was last seen at ${attempt.owner.heartbeatAt}; that lock looks abandoned.`,
          { owner: attempt.owner },
        );
      }
      if (attempt.kind === 'held') lockedBy = attempt.owner;
      else {
        lock = attempt.lock;
        if (attempt.tookOverFrom) tookOver = { from: attempt.tookOverFrom, reason: attempt.reason ?? 'confirmed' };
      }
    }
    try {
      const loaded = valueOf(await readProjectFile(paths.file));
      const adapter = new DurableProjectAdapter(paths.file);
      adapter.expectedHash = loaded.hash;
      const low = new Low<ProjectDoc>(adapter, loaded.doc);
      const session = new ProjectSession(paths, low, adapter, lock, lockedBy, options);
      if (tookOver) {
        const { from, reason } = tookOver;
        session.tookOver = tookOver;
        session.notices.push(
          reason === 'owner-gone'
            ? `${from.user} on ${from.host} had this project open since ${from.acquiredAt}, but that Factdesk (process ${from.pid}) is no longer running; its lock was taken over.`
            : `You took over this project from ${from.user} on ${from.host}, who had it open since ${from.acquiredAt}.`,
        );
      }
      const backups = await listBackups(paths.folder);
      session.lastBackupAt = backups[0] ? Date.parse(backups[0].createdAt) : 0;
      if (lock) {
        await removeStaleTemps(paths.file);
        await removeStaleBackupTemps(paths.folder);
        if (loaded.migratedFrom !== undefined) {
          await writeBackup(paths.folder, loaded.bytes, options.now(), {
            label: `before-migration-v${loaded.migratedFrom}`,
            validate: false,
          });
          await low.write();
          session.notices.push(
            `This project was upgraded from format ${loaded.migratedFrom}; a copy of the old file is in its backups folder.`,
          );
        }
        session.startTimers();
      } else if (loaded.migratedFrom !== undefined) {
        session.notices.push(`This project is in an older format; it will be upgraded when it is opened for editing.`);
      }
      return session;
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  get doc(): ProjectDoc {
    return this.low.data;
  }

  get readOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  get saveState(): SaveState {
    return this.state;
  }

  /** Applies a change in memory and schedules a coalesced save. Throws 'read-only' when we may not write. */
  update(change: (doc: ProjectDoc) => ProjectDoc): void {
    if (this.readOnlyReason) {
      throw new FactdeskError('read-only', `This project is read-only: ${this.readOnlyReason}.`);
    }
    this.low.data = { ...change(this.low.data), updatedAt: this.options.now() };
    this.revision++;
    this.dirty = true;
    this.changedSinceBackup = true;
    if (!this.conflict) this.setState({ state: 'unsaved' });
    this.scheduleSave();
    for (const listener of this.changeListeners) listener();
  }

  /**
   * Calls `listener` after every change of the document in memory (a shared story's sync bridge turns the changes
   * into documents for the newsroom's server). Returns the function that stops it.
   */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Waits until every change so far is on disk (or saving failed), and returns the resulting state. */
  async flush(): Promise<SaveState> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    await this.runSaves();
    return this.state;
  }

  private scheduleSave(): void {
    if (this.saveTimer || this.conflict) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.runSaves();
    }, this.options.saveDelayMs ?? 300);
    this.saveTimer.unref();
  }

  private runSaves(): Promise<void> {
    if (!this.saveLoop) {
      this.saveLoop = this.saveWhileDirty().finally(() => {
        this.saveLoop = null;
      });
    }
    return this.saveLoop;
  }

  private async saveWhileDirty(): Promise<void> {
    while (this.dirty && !this.conflict && !this.readOnlyReason) {
      this.dirty = false;
      this.setState({ state: 'saving' });
      try {
        await this.low.write();
        this.setState({ state: 'saved', savedAt: this.options.now() });
        await this.backupIfDue();
      } catch (error) {
        this.dirty = true;
        if (error instanceof FactdeskError && error.code === 'external-change') {
          this.markConflict(error.message);
        } else {
          this.setState({ state: 'error', message: errorMessage(error) });
          this.retryLater();
        }
        return;
      }
    }
  }

  private retryLater(): void {
    const timer = setTimeout(() => void this.runSaves(), 5_000);
    timer.unref();
  }

  private markConflict(message: string): void {
    const first = !this.conflict;
    this.conflict = true;
    this.setState({ state: 'error', message });
    if (first) this.options.onExternalChange?.(message);
  }

  private setState(state: SaveState): void {
    this.state = { ...state, seq: ++this.stateSeq };
    this.options.onSaveState?.(this.state);
  }

  private async backupIfDue(force = false): Promise<void> {
    if (!this.changedSinceBackup) return;
    const now = this.options.now();
    if (!force && Date.parse(now) - this.lastBackupAt < (this.options.backupEveryMs ?? BACKUP_EVERY_MS)) return;
    const revision = this.revision;
    try {
      await writeBackup(this.paths.folder, serializeProject(this.low.data), now);
      this.lastBackupAt = Date.parse(now);
      // A change made while the backup was being written is not in it: the closing backup must still take it.
      if (this.revision === revision) this.changedSinceBackup = false;
    } catch (error) {
      this.notices.push(`A backup could not be made: ${errorMessage(error)}`);
    }
  }

  private startTimers(): void {
    const watch = setInterval(() => void this.checkExternalChange(), this.options.watchMs ?? 2_000);
    const beat = setInterval(() => void this.refreshLock(), this.options.heartbeatMs ?? HEARTBEAT_MS);
    watch.unref();
    beat.unref();
    this.timers.push(watch, beat);
  }

  /** Looks for a change by another program; returns true when one is waiting for the user's choice. */
  async checkExternalChange(): Promise<boolean> {
    if (this.closed || this.conflict || this.saveLoop || this.readOnlyReason) return this.conflict;
    try {
      await this.adapter.assertUnchangedSinceSeen();
    } catch (error) {
      if (error instanceof FactdeskError && error.code === 'external-change') this.markConflict(error.message);
    }
    return this.conflict;
  }

  /**
   * Refreshes the lock's heartbeat now (a timer does it every 30 seconds); when another Factdesk has taken the
   * project over, the session turns read-only and saves nothing more.
   */
  async refreshLock(): Promise<void> {
    if (!this.lock || this.closed) return;
    try {
      if (!(await this.lock.heartbeat(this.options.now()))) {
        this.lock = null;
        this.readOnlyReason = 'another Factdesk took this project over; changes from now on are not saved';
        this.setState({ state: 'read-only', message: this.readOnlyReason });
      }
    } catch (error) {
      this.notices.push(`The project lock could not be refreshed: ${errorMessage(error)}`);
    }
  }

  /** Settles a conflict with another program's change, as the user chose. Returns the folder of a saved copy, if any. */
  async resolveConflict(choice: 'reload' | 'keep-mine' | 'save-copy'): Promise<string | null> {
    if (this.readOnlyReason) throw new FactdeskError('read-only', `This project is read-only: ${this.readOnlyReason}.`);
    let copyFolder: string | null = null;
    if (choice === 'keep-mine') {
      // Accept whatever is on disk now (or its absence) as the version we overwrite, then save ours.
      this.adapter.expectedHash = await hashFileOnDisk(this.paths.file);
      this.conflict = false;
      this.dirty = true;
      await this.flush();
      return null;
    }
    if (choice === 'save-copy') {
      copyFolder = `${this.paths.folder} (my copy ${this.options.now().slice(0, 16).replace(':', '').replace('T', ' ')})`;
      await fs.mkdir(join(copyFolder, 'backups'), { recursive: true });
      await fs.mkdir(join(copyFolder, 'sources'), { recursive: true });
      await writeFileDurable(join(copyFolder, 'project.factdesk'), serializeProject(this.low.data));
      this.notices.push(`Your version was saved as a separate project in ${copyFolder}.`);
    }
    const loaded = valueOf(await readProjectFile(this.paths.file));
    this.low.data = loaded.doc;
    this.revision++;
    this.adapter.expectedHash = loaded.hash;
    this.conflict = false;
    this.dirty = false;
    this.setState({ state: 'saved', savedAt: this.options.now() });
    return copyFolder;
  }

  async listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.paths.folder);
  }

  /** Restores a backup after backing up the current state, so the restore itself can be undone. */
  async restoreBackup(name: string): Promise<void> {
    if (this.readOnlyReason) throw new FactdeskError('read-only', `This project is read-only: ${this.readOnlyReason}.`);
    const restored = valueOf(await readBackup(this.paths.folder, name));
    await this.flush();
    await writeBackup(this.paths.folder, serializeProject(this.low.data), this.options.now(), {
      label: 'before-restore',
    });
    this.update(() => restored.doc);
    await this.flush();
    this.notices.push(`Restored the backup from ${name}. The state before the restore was backed up too.`);
  }

  /** Saves what is pending, makes a closing backup when anything changed, and releases the lock. */
  async close(): Promise<SaveState> {
    if (this.closed) return this.state;
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    const state = this.readOnlyReason ? this.state : await this.flush();
    if (!this.readOnlyReason && state.state === 'saved') await this.backupIfDue(true);
    this.closed = true;
    await this.lock?.release();
    this.lock = null;
    return state;
  }
}
