// Facts about processes and this computer that a lock needs to tell a dead owner from a live one: whether a process
// id is running, when that process started (so a reused id is not mistaken for the owner) and which machine this is.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** True while a process with this id exists (EPERM means it exists but belongs to another account). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When a process started, as an opaque token that differs for every process that ever had this id since the
 * computer booted; null where the system does not say (then only whether the id is running can be checked).
 */
export function processStartToken(pid: number): string | null {
  if (process.platform !== 'linux') return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 is the command name in parentheses and may hold spaces; field 22 (start time) counts from after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = fields[19];
    const boot = bootId();
    return ticks && /^\d+$/.test(ticks) ? `${boot ?? 'boot'}:${ticks}` : null;
  } catch {
    return null;
  }
}

function bootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim().slice(0, 8) || null;
  } catch {
    return null;
  }
}

let cachedMachine: string | null | undefined;

/**
 * A short fingerprint of this computer's machine id (Linux and BSD keep one), so two computers that share a host
 * name are not taken for one; null where there is none to read. Only a hash is ever written into a lock.
 */
export function machineFingerprint(): string | null {
  if (cachedMachine !== undefined) return cachedMachine;
  cachedMachine = null;
  for (const file of ['/etc/machine-id', '/var/lib/dbus/machine-id', '/etc/hostid']) {
    try {
      const id = readFileSync(file, 'utf8').trim();
      if (id) {
        cachedMachine = createHash('sha256').update(`factdesk:${id}`).digest('hex').slice(0, 16);
        break;
      }
    } catch {
      // Not on this system; try the next place.
    }
  }
  return cachedMachine;
}
