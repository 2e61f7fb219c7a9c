// The activity log of a shared story as one list: every device's chain, merged by time, each entry naming its
// device, and every chain checked as `factdesk verify-log` checks it (device-chains.ts). This device's own entries
// come from its project's log (the replica may not hold the newest yet); the other devices' from the replica.
import { isEntryShape } from './activity-log';
import type { HashFn, LogEntry } from './activity-log';
import { verifyDeviceChains } from './device-chains';
import type { StoredEntry } from './device-chains';

/** One entry of the merged log: the entry and the device whose chain holds it. */
export type DeviceLogEntry = LogEntry & { device: string };

/** One device's chain and its check. */
export interface DeviceChainCheck {
  device: string;
  /** The people whose names are on the chain's entries, in the order they first appear. */
  people: string[];
  /** Whether this is the device the log is read on. */
  thisDevice: boolean;
  count: number;
  ok: boolean;
  /** When the chain does not verify: the first entry of it that does not, and why. */
  firstBadSeq?: number;
  reason?: string;
}

export interface MergedStoryLog {
  /** Oldest first: by time, then device, then place in the device's chain. */
  entries: DeviceLogEntry[];
  /** One per device, in device order. */
  devices: DeviceChainCheck[];
}

/**
 * Merges this device's log (`ownLog`, its project's own activity log) with the other devices' chains from the
 * replica (`stored`; this device's copies there are left for `ownLog`) and checks every chain. Damaged entries are
 * not listed (they cannot be read), but the check names them.
 */
export function mergeStoryLog(
  device: string,
  ownLog: readonly unknown[],
  stored: readonly StoredEntry[],
  hash: HashFn,
): MergedStoryLog {
  const all: StoredEntry[] = [
    ...ownLog.map((entry, i) => ({ device, seq: isEntryShape(entry) ? entry.seq : i + 1, entry })),
    ...stored.filter((s) => s.device !== device),
  ];
  const entries: DeviceLogEntry[] = [];
  const people = new Map<string, string[]>();
  for (const s of all) {
    if (!isEntryShape(s.entry)) continue;
    entries.push({ ...s.entry, device: s.device });
    const names = people.get(s.device) ?? [];
    if (!names.includes(s.entry.by)) names.push(s.entry.by);
    people.set(s.device, names);
  }
  entries.sort((a, b) =>
    a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.device !== b.device ? (a.device < b.device ? -1 : 1) : a.seq - b.seq,
  );
  const verdict = verifyDeviceChains(all, hash);
  const devices = verdict.chains.map((c): DeviceChainCheck => {
    const base = { device: c.device, people: people.get(c.device) ?? [], thisDevice: c.device === device };
    return c.ok
      ? { ...base, count: c.count, ok: true }
      : { ...base, count: c.count, ok: false, firstBadSeq: c.seq, reason: c.reason };
  });
  if (!devices.some((d) => d.thisDevice) && ownLog.length === 0) {
    // A device that has written nothing yet is still one of the story's devices here.
    devices.push({ device, people: [], thisDevice: true, count: 0, ok: true });
    devices.sort((a, b) => (a.device < b.device ? -1 : a.device > b.device ? 1 : 0));
  }
  return { entries, devices };
}
