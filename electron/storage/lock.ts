// The project lock: one writer at a time, across windows, processes and machines sharing a folder.
// The lock file names its owner (and the owner's process start and machine, to tell a dead owner from a live one) and
// carries a token; only the owner of the token ever deletes it.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { LockOwner } from '../../shared/api/views';
import { writeFileDurable } from './durable-write';
import { isProcessAlive, machineFingerprint, processStartToken } from './process-probe';

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
  /** When the owner's process started (an opaque token), so a process that reused its id is not taken for it. */
  started: z.string().nullable().optional(),
  /** A fingerprint of the owner's computer, so two computers with one host name are told apart. */
  machine: z.string().nullable().optional(),
});
type LockRecord = z.infer<typeof lockSchema>;

export interface Identity {
  user: string;
  host: string;
  pid: number;
  /** Process start token; by default this process's own when pid is this process. */
  started?: string | null;
  /** Machine fingerprint; by default this computer's. */
  machine?: string | null;
}

/** Why a lock was taken over: its process is gone from this computer, or the user confirmed it. */
export type TakeOverReason = 'owner-gone' | 'confirmed';

export type LockAttempt =
  | { kind: 'acquired'; lock: HeldLock; tookOverFrom?: LockOwner; reason?: TakeOverReason }
  | { kind: 'held'; owner: LockOwner }
  | { kind: 'stale'; owner: LockOwner };

function ownerOf(record: LockRecord): LockOwner {
  const { user, host, pid, app, acquiredAt, heartbeatAt } = record;
  return { user, host, pid, app, acquiredAt, heartbeatAt };
}

/** How a lock's owner is found out: whether a process id runs here, and when it started. */
export interface ProcessProbe {
  alive(pid: number): boolean;
  started(pid: number): string | null;
}

const systemProbe: ProcessProbe = { alive: isProcessAlive, started: processStartToken };

/**
 * What a lock says about its owner. 'live': a running process on this computer, or another computer's lock whose
 * heartbeat is recent (always refused). 'gone': the owner was a process on this computer that no longer runs (its id
 * is free or belongs to a process that started later): safe to take over. 'quiet': another computer's lock whose
 * heartbeat stopped; that computer may still come back, so only the user may take it over.
 */
export function judgeLock(
  record: Pick<LockRecord, 'host' | 'pid' | 'heartbeatAt' | 'started' | 'machine'>,
  me: Identity,
  now: string,
  probe: ProcessProbe = systemProbe,
): 'live' | 'gone' | 'quiet' {
  const heartbeatOld = !(Date.parse(now) - Date.parse(record.heartbeatAt) < STALE_AFTER_MS);
  const machineKnown = !!record.machine && !!me.machine;
  const sameMachine = record.host === me.host && (!machineKnown || record.machine === me.machine);
  if (!sameMachine) return heartbeatOld ? 'quiet' : 'live';
  if (record.pid === me.pid) {
    return record.started && me.started && record.started !== me.started ? 'gone' : 'live';
  }
  if (!probe.alive(record.pid)) return 'gone';
  if (record.started) {
    const started = probe.started(record.pid);
    if (started && started !== record.started) return 'gone';
  }
  // Without machine fingerprints a same-named computer elsewhere could look like this one: trust its heartbeat.
  return heartbeatOld && !machineKnown ? 'quiet' : 'live';
}

/** Fills in this process's start token and this computer's fingerprint where the identity leaves them out. */
function withMachine(identity: Identity): Identity {
  return {
    ...identity,
    started:
      identity.started !== undefined
        ? identity.started
        : identity.pid === process.pid
          ? processStartToken(process.pid)
          : null,
    machine: identity.machine !== undefined ? identity.machine : machineFingerprint(),
  };
}

/** Creates the lock file with its whole content in one step (a crash never leaves an empty lock), or EEXIST. */
async function createExclusive(file: string, body: string): Promise<void> {
  // Most opens find no lock or a lock already there: say so before writing anything (the link below decides races).
  if (
    await fs.lstat(file).then(
      () => true,
      () => false,
    )
  ) {
    throw Object.assign(new Error(`${file} exists`), { code: 'EEXIST' });
  }
  const temp = `${file}.new-${randomBytes(6).toString('hex')}`;
  const handle = await fs.open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(body);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.link(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    // Some shared folders cannot hard-link: fall back to an exclusive create.
    const direct = await fs.open(file, 'wx', 0o644);
    try {
      await direct.writeFile(body);
      await direct.sync();
    } finally {
      await direct.close();
    }
  } finally {
    await fs.rm(temp, { force: true });
  }
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
 * Tries to take the lock of a project folder. A live lock held by someone else gives 'held' (open read-only); a lock
 * whose process is gone from this computer is taken over at once (reason 'owner-gone'); another computer's quiet
 * lock (or an unreadable one) gives 'stale' unless `takeOverStale` says the user confirmed taking it over.
 */
export async function acquireLock(
  folder: string,
  identity: Identity,
  now: string,
  options: { takeOverStale?: boolean; fileName?: string; probe?: ProcessProbe } = {},
): Promise<LockAttempt> {
  const file = join(folder, options.fileName ?? LOCK_FILE_NAME);
  const me = withMachine(identity);
  const record: LockRecord = {
    token: randomBytes(16).toString('hex'),
    user: me.user,
    host: me.host,
    pid: me.pid,
    app: 'Factdesk',
    acquiredAt: now,
    heartbeatAt: now,
    started: me.started ?? null,
    machine: me.machine ?? null,
  };
  const body = JSON.stringify(record, null, 2);
  try {
    await createExclusive(file, body);
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
  const verdict = existing === 'unreadable' ? 'quiet' : judgeLock(existing, me, now, options.probe);
  if (verdict === 'live') return { kind: 'held', owner };
  if (verdict === 'quiet' && !options.takeOverStale) return { kind: 'stale', owner };
  // Take over with an atomic replace, then check that nobody else did the same at the same moment.
  await writeFileDurable(file, body);
  const check = await readLock(file);
  if (typeof check === 'string' || check.token !== record.token) {
    return typeof check === 'string' ? { kind: 'held', owner } : { kind: 'held', owner: ownerOf(check) };
  }
  return {
    kind: 'acquired',
    lock: new HeldLock(file, record),
    tookOverFrom: owner,
    reason: verdict === 'gone' ? 'owner-gone' : 'confirmed',
  };
}
