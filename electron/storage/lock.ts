// The project lock: one writer at a time, across windows, processes and machines sharing a folder.
// The lock file names its owner and carries a token; only the owner of the token ever deletes it.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { LockOwner } from '../../shared/api/views';
import { writeFileDurable } from './durable-write';

export const LOCK_FILE_NAME = 'project.factdesk.lock';
/** A heartbeat is written this often while a project is open. */
export const HEARTBEAT_MS = 30_000;
/** A lock whose heartbeat is older than this is stale (its owner crashed or lost the folder). */
export const STALE_AFTER_MS = 3 * 60_000;

const lockSchema = z.object({
  token: z.string().min(8),
  user: z.string(),
  host: z.string(),
  pid: z.number().int(),
  app: z.string(),
  acquiredAt: z.string(),
  heartbeatAt: z.string(),
});
type LockRecord = z.infer<typeof lockSchema>;

export interface Identity {
  user: string;
  host: string;
  pid: number;
}

export type LockAttempt =
  | { kind: 'acquired'; lock: HeldLock; tookOverFrom?: LockOwner }
  | { kind: 'held'; owner: LockOwner }
  | { kind: 'stale'; owner: LockOwner };

function ownerOf(record: LockRecord): LockOwner {
  const { token: _token, ...owner } = record;
  void _token;
  return owner;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Stale when the heartbeat is old, or when the owner is a process on this machine that no longer runs. */
export function isStale(record: LockOwner, identity: Identity, now: string): boolean {
  const age = Date.parse(now) - Date.parse(record.heartbeatAt);
  if (!(age < STALE_AFTER_MS)) return true;
  return record.host === identity.host && record.pid !== identity.pid && !isProcessAlive(record.pid);
}

async function readLock(file: string): Promise<LockRecord | 'missing' | 'unreadable'> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    const parsed = lockSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** A lock this process holds. */
export class HeldLock {
  constructor(
    readonly file: string,
    private record: LockRecord,
  ) {}

  get owner(): LockOwner {
    return ownerOf(this.record);
  }

  /** Refreshes the heartbeat. Returns false when someone else has taken the lock over (we then stop writing). */
  async heartbeat(now: string): Promise<boolean> {
    const current = await readLock(this.file);
    if (typeof current === 'string' || current.token !== this.record.token) return false;
    this.record = { ...this.record, heartbeatAt: now };
    await writeFileDurable(this.file, JSON.stringify(this.record, null, 2));
    return true;
  }

  /** True while the lock file still carries our token. */
  async stillOurs(): Promise<boolean> {
    const current = await readLock(this.file);
    return typeof current !== 'string' && current.token === this.record.token;
  }

  /** Deletes the lock file, but only if it is still ours. */
  async release(): Promise<void> {
    if (await this.stillOurs()) await fs.rm(this.file, { force: true });
  }
}

/**
 * Tries to take the lock of a project folder. A live lock held by someone else gives 'held' (open read-only);
 * a stale one gives 'stale' unless `takeOverStale` says the user confirmed taking it over.
 */
export async function acquireLock(
  folder: string,
  identity: Identity,
  now: string,
  options: { takeOverStale?: boolean; fileName?: string } = {},
): Promise<LockAttempt> {
  const file = join(folder, options.fileName ?? LOCK_FILE_NAME);
  const record: LockRecord = {
    token: randomBytes(16).toString('hex'),
    ...identity,
    app: 'Factdesk',
    acquiredAt: now,
    heartbeatAt: now,
  };
  const body = JSON.stringify(record, null, 2);
  try {
    const handle = await fs.open(file, 'wx', 0o644);
    try {
      await handle.writeFile(body);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return { kind: 'acquired', lock: new HeldLock(file, record) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const existing = await readLock(file);
  if (existing === 'missing') return acquireLock(folder, identity, now, options);
  const owner: LockOwner =
    existing === 'unreadable'
      ? {
          user: 'unknown',
          host: 'unknown',
          pid: 0,
          app: 'unknown',
          acquiredAt: now,
          heartbeatAt: new Date(0).toISOString(),
        }
      : ownerOf(existing);
  if (existing !== 'unreadable' && !isStale(owner, identity, now)) return { kind: 'held', owner };
  if (!options.takeOverStale) return { kind: 'stale', owner };
  // Take over with an atomic replace, then check that nobody else did the same at the same moment.
  await writeFileDurable(file, body);
  const check = await readLock(file);
  if (typeof check === 'string' || check.token !== record.token) {
    return typeof check === 'string' ? { kind: 'held', owner } : { kind: 'held', owner: ownerOf(check) };
  }
  return { kind: 'acquired', lock: new HeldLock(file, record), tookOverFrom: owner };
}
