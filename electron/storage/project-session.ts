// One open project: its lowdb document, coalesced durable saves, the lock, external-change detection and backups.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
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
    private current: ProjectDoc,
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

  /** Opens a project, or refuses with a sentence ('lock-stale' carries the owner in details). */
  static async open(
    paths: ProjectPaths,
    options: SessionOptions,
    open: OpenOptions = {},
  ): Promise<Result<ProjectSession>> {
    let lock: HeldLock | null = null;
    let lockedBy: LockOwner | null = null;
    let tookOver: TakeOver | null = null;
    if (!open.readOnly) {
      const attempt = await acquireLock(paths.folder, options.identity, options.now(), {
        takeOverStale: open.takeOverStaleLock,
      });
      if (attempt.kind === 'stale') {
        return fail(
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
      const opened = await ProjectSession.load(paths, options, lock, lockedBy, tookOver);
      if (!opened.ok) await lock?.release();
      return opened;
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  /** Reads the file into a session under the lock taken (or not) by open; a refusal leaves releasing it to open. */
  private static async load(
    paths: ProjectPaths,
    options: SessionOptions,
    lock: HeldLock | null,
    lockedBy: LockOwner | null,
    tookOver: TakeOver | null,
  ): Promise<Result<ProjectSession>> {
    const loaded = await readProjectFile(paths.file);
    if (!loaded.ok) return loaded;
    const { doc, hash, bytes, migratedFrom } = loaded.value;
    const adapter = new DurableProjectAdapter(paths.file);
    adapter.expectedHash = hash;
    const session = new ProjectSession(paths, doc, adapter, lock, lockedBy, options);
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
      if (migratedFrom !== undefined) {
        const copy = await writeBackup(paths.folder, bytes, options.now(), {
          label: `before-migration-v${migratedFrom}`,
          validate: false,
        });
        if (!copy.ok) return copy;
        const upgraded = await adapter.save(doc);
        if (!upgraded.ok) return upgraded;
        session.notices.push(
          `This project was upgraded from format ${migratedFrom}; a copy of the old file is in its backups folder.`,
        );
      }
      session.startTimers();
    } else if (migratedFrom !== undefined) {
      session.notices.push(`This project is in an older format; it will be upgraded when it is opened for editing.`);
    }
    return ok(session);
  }

  get doc(): ProjectDoc {
    return this.current;
  }

  get readOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  get saveState(): SaveState {
    return this.state;
  }

  /**
   * The one way a project changes, and how a handler refuses midway: `change` answers the next document as ok(doc),
   * or a refusal. A refusal aborts the change (the document in memory and on disk stay as they were, no save is
   * scheduled) and update returns it unchanged; a read-only session refuses every change with 'read-only'. An
   * applied change is saved after a short delay, coalesced with the changes that follow it; answering the same
   * document (ok(doc)) changes nothing.
   */
  update(change: (doc: ProjectDoc) => Result<ProjectDoc>): Result<null> {
    if (this.readOnlyReason) return this.readOnlyRefusal();
    const next = change(this.current);
    if (!next.ok) return next;
    // A change that changes nothing (the status a claim already has) is no change: nothing is saved or synced.
    if (next.value === this.current) return ok(null);
    this.current = { ...next.value, updatedAt: this.options.now() };
    this.revision++;
    this.dirty = true;
    this.changedSinceBackup = true;
    if (!this.conflict) this.setState({ state: 'unsaved' });
    this.scheduleSave();
    for (const listener of this.changeListeners) listener();
    return ok(null);
  }

  private readOnlyRefusal(): Result<never> {
    return fail('read-only', `This project is read-only: ${this.readOnlyReason}.`);
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
      let saved: Result<null>;
      try {
        saved = await this.adapter.save(this.current);
      } catch (error) {
        saved = fail('io-error', errorMessage(error));
      }
      if (!saved.ok) {
        this.dirty = true;
        if (saved.error.code === 'external-change') this.markConflict(saved.error.message);
        else {
          this.setState({ state: 'error', message: saved.error.message });
          this.retryLater();
        }
        return;
      }
      this.setState({ state: 'saved', savedAt: this.options.now() });
      await this.backupIfDue();
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
    const made = await writeBackup(this.paths.folder, serializeProject(this.current), now).catch((error: unknown) =>
      fail('io-error', errorMessage(error)),
    );
    if (!made.ok) {
      this.notices.push(`A backup could not be made: ${made.error.message}`);
      return;
    }
    this.lastBackupAt = Date.parse(now);
    // A change made while the backup was being written is not in it: the closing backup must still take it.
    if (this.revision === revision) this.changedSinceBackup = false;
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
    const unchanged = await this.adapter.checkUnchangedSinceSeen().catch(() => ok(null));
    if (!unchanged.ok) this.markConflict(unchanged.error.message);
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

  /** Settles a conflict with another program's change, as the user chose. Answers the folder of a saved copy, if any. */
  async resolveConflict(choice: 'reload' | 'keep-mine' | 'save-copy'): Promise<Result<string | null>> {
    if (this.readOnlyReason) return this.readOnlyRefusal();
    let copyFolder: string | null = null;
    if (choice === 'keep-mine') {
      // Accept whatever is on disk now (or its absence) as the version we overwrite, then save ours.
      this.adapter.expectedHash = await hashFileOnDisk(this.paths.file);
      this.conflict = false;
      this.dirty = true;
      await this.flush();
      return ok(null);
    }
    if (choice === 'save-copy') {
      copyFolder = `${this.paths.folder} (my copy ${this.options.now().slice(0, 16).replace(':', '').replace('T', ' ')})`;
      await fs.mkdir(join(copyFolder, 'backups'), { recursive: true });
      await fs.mkdir(join(copyFolder, 'sources'), { recursive: true });
      await writeFileDurable(join(copyFolder, 'project.factdesk'), serializeProject(this.current));
      this.notices.push(`Your version was saved as a separate project in ${copyFolder}.`);
    }
    const loaded = await readProjectFile(this.paths.file);
    if (!loaded.ok) return loaded;
    this.current = loaded.value.doc;
    this.revision++;
    this.adapter.expectedHash = loaded.value.hash;
    this.conflict = false;
    this.dirty = false;
    this.setState({ state: 'saved', savedAt: this.options.now() });
    return ok(copyFolder);
  }

  async listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.paths.folder);
  }

  /** Restores a backup after backing up the current state, so the restore itself can be undone. */
  async restoreBackup(name: string): Promise<Result<null>> {
    if (this.readOnlyReason) return this.readOnlyRefusal();
    const restored = await readBackup(this.paths.folder, name);
    if (!restored.ok) return restored;
    await this.flush();
    const before = await writeBackup(this.paths.folder, serializeProject(this.current), this.options.now(), {
      label: 'before-restore',
    });
    if (!before.ok) return before;
    const applied = this.update(() => ok(restored.value.doc));
    if (!applied.ok) return applied;
    await this.flush();
    this.notices.push(`Restored the backup from ${name}. The state before the restore was backed up too.`);
    return ok(null);
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
