// The activity log of a shared story: one hash chain per device. Each device appends only to its own chain (its
// project's activity log, entries numbered and chained as in activity-log.ts); when other devices' entries arrive it
// appends a checkpoint that records the head (device, seq, hash) of each chain it has received. Verifying checks
// every chain's links and every checkpoint against the chain it vouches for, so an entry rewritten or removed on one
// machine, or on the server, shows on the others and is named: which device, which entry, and why.
import { GENESIS_HASH, entryHash, isEntryShape } from './activity-log';
import type { HashFn, LogEntry } from './activity-log';
import type { JsonValue } from './canonical-json';
import type { LogAction } from './log-actions';

/** The action of a checkpoint entry; its details hold `heads`. */
export const CHECKPOINT_ACTION: LogAction = 'log.checkpoint';

/** Where one device's chain ended when a checkpoint was written. */
export interface ChainHead {
  device: string;
  seq: number;
  hash: string;
}

/**
 * One entry as it was found: the device and place (seq) where it is stored (a document id names both) and the entry
 * itself, which may be damaged.
 */
export interface StoredEntry {
  device: string;
  seq: number;
  entry: unknown;
}

export type ChainProblem = 'malformed' | 'missing' | 'reordered' | 'altered' | 'checkpoint-disagrees';

/** The first entry of a device's chain that does not verify. */
export interface ChainFailure {
  device: string;
  seq: number;
  /** The entry's time and action, when the entry is there and readable. */
  at?: string;
  action?: string;
  code: ChainProblem;
  reason: string;
}

export type ChainVerdict = { device: string; ok: true; count: number } | ({ ok: false; count: number } & ChainFailure);

export interface ChainsVerdict {
  ok: boolean;
  /** One verdict per device, in device order. */
  chains: ChainVerdict[];
}

function isHead(value: unknown): value is ChainHead {
  if (typeof value !== 'object' || value === null) return false;
  const h = value as Record<string, unknown>;
  return typeof h.device === 'string' && typeof h.seq === 'number' && typeof h.hash === 'string';
}

/** The heads a checkpoint entry records (none when it is not a checkpoint or its details are damaged). */
export function checkpointHeads(entry: unknown): ChainHead[] {
  if (!isEntryShape(entry) || entry.action !== CHECKPOINT_ACTION) return [];
  const heads = entry.details.heads;
  if (!Array.isArray(heads)) return [];
  return heads
    .filter((h): h is JsonValue & ChainHead => isHead(h))
    .map((h) => ({ device: h.device, seq: h.seq, hash: h.hash }));
}

function byDevice(entries: readonly StoredEntry[]): Map<string, StoredEntry[]> {
  const out = new Map<string, StoredEntry[]>();
  for (const e of entries) (out.get(e.device) ?? out.set(e.device, []).get(e.device)!).push(e);
  for (const list of out.values()) list.sort((a, b) => a.seq - b.seq);
  return out;
}

/**
 * Where each chain ends as far as it was received without a gap: the last entry of the run 1, 2, 3 ... per device.
 * A device whose first entry has not arrived has no head yet.
 */
export function chainHeads(entries: readonly StoredEntry[]): ChainHead[] {
  const heads: ChainHead[] = [];
  for (const [device, list] of byDevice(entries)) {
    let last: LogEntry | null = null;
    for (const stored of list) {
      if (stored.seq !== (last?.seq ?? 0) + 1 || !isEntryShape(stored.entry)) break;
      last = stored.entry;
    }
    if (last) heads.push({ device, seq: last.seq, hash: last.hash });
  }
  return heads.sort((a, b) => (a.device < b.device ? -1 : a.device > b.device ? 1 : 0));
}

/**
 * The heads a new checkpoint on `device` should record, or null when there is nothing new to vouch for: another
 * chain gained an entry that is not itself a checkpoint since `previous` (the heads of this device's last
 * checkpoint). Checkpoints alone never call for a checkpoint, so two devices never answer each other's for ever.
 */
export function nextCheckpoint(
  device: string,
  entries: readonly StoredEntry[],
  previous: readonly ChainHead[],
): ChainHead[] | null {
  const heads = chainHeads(entries).filter((h) => h.device !== device);
  const chains = byDevice(entries);
  const advanced = heads.some((head) => {
    const before = previous.find((p) => p.device === head.device)?.seq ?? 0;
    return (chains.get(head.device) ?? []).some(
      (s) => s.seq > before && s.seq <= head.seq && isEntryShape(s.entry) && s.entry.action !== CHECKPOINT_ACTION,
    );
  });
  return advanced ? heads : null;
}

function describe(device: string, e: { seq: number; at?: string; action?: string }): string {
  return `entry ${e.seq} of device ${device}${e.action ? ` (${e.action}, ${e.at ?? 'no time'})` : ''}`;
}

function failure(
  device: string,
  count: number,
  stored: { seq: number; entry?: unknown },
  code: ChainProblem,
  why: string,
): ChainVerdict {
  const entry = isEntryShape(stored.entry) ? stored.entry : null;
  const named = { seq: stored.seq, ...(entry ? { at: entry.at, action: entry.action } : {}) };
  const what = describe(device, named);
  return {
    ok: false,
    device,
    count,
    ...named,
    code,
    reason: `${what.charAt(0).toUpperCase()}${what.slice(1)} ${why}`,
  };
}

/** One device's chain on its own: numbered 1, 2, 3 ..., each entry's own hash true, each linked to the one before. */
function verifyChain(device: string, list: readonly StoredEntry[], hash: HashFn): ChainVerdict {
  const count = list.length;
  const hashes = new Map<string, number>();
  for (const s of list) if (isEntryShape(s.entry)) hashes.set(s.entry.hash, s.seq);
  let prev = GENESIS_HASH;
  for (let i = 0; i < list.length; i++) {
    const stored = list[i]!;
    const expected = i + 1;
    if (stored.seq !== expected) {
      if (stored.seq === list[i - 1]?.seq)
        return failure(device, count, stored, 'reordered', 'is stored twice: entries were added or reordered.');
      const gap = stored.seq - expected;
      return failure(
        device,
        count,
        { seq: expected },
        'missing',
        `is missing${gap > 1 ? ` (with the ${gap - 1} after it)` : ''}: entry ${stored.seq} comes right after entry ${expected - 1}.`,
      );
    }
    const entry = stored.entry;
    if (!isEntryShape(entry)) return failure(device, count, stored, 'malformed', 'is damaged: a field is missing.');
    if (entry.seq !== stored.seq)
      return failure(
        device,
        count,
        stored,
        'reordered',
        `is numbered ${entry.seq}: entries of this device were reordered.`,
      );
    let actual: string;
    try {
      actual = entryHash(entry, hash);
    } catch {
      return failure(device, count, stored, 'malformed', 'holds details that are not plain JSON.');
    }
    if (actual !== entry.hash)
      return failure(device, count, stored, 'altered', 'was changed after it was written: its hash does not match.');
    if (entry.prevHash !== prev) {
      const pointsAt = hashes.get(entry.prevHash);
      if (pointsAt !== undefined && pointsAt !== expected - 1)
        return failure(
          device,
          count,
          stored,
          'reordered',
          `follows entry ${pointsAt}, not entry ${expected - 1}: entries of this device were reordered.`,
        );
      // The entry is itself intact, so the one before it was rewritten (with a new hash) after this one was written.
      return failure(
        device,
        count,
        list[i - 1]!,
        'altered',
        `was rewritten after it was written: entry ${expected} was chained to a different entry ${expected - 1}.`,
      );
    }
    prev = entry.hash;
  }
  return { device, ok: true, count };
}

/**
 * Verifies every device's chain of a shared story, then every checkpoint in the chains that verify: the entry it
 * records for another device must be there with that hash. A device is named by the first entry that fails (a chain
 * that breaks first, else the earliest entry a checkpoint disagrees with).
 */
export function verifyDeviceChains(entries: readonly StoredEntry[], hash: HashFn): ChainsVerdict {
  const chains = byDevice(entries);
  const verdicts = new Map<string, ChainVerdict>();
  for (const [device, list] of chains) verdicts.set(device, verifyChain(device, list, hash));
  for (const [device, list] of chains) {
    const own = verdicts.get(device)!;
    for (const stored of list) {
      // A checkpoint is trusted only as far as its own chain verifies.
      if (!own.ok && stored.seq >= own.seq) break;
      const heads = checkpointHeads(stored.entry);
      if (heads.length === 0) continue;
      const entry = stored.entry as LogEntry;
      const by = `device ${device}'s checkpoint (its entry ${entry.seq}, ${entry.at})`;
      for (const head of heads) {
        if (head.device === device) continue;
        const theirs = chains.get(head.device) ?? [];
        const found = theirs.find((s) => s.seq === head.seq);
        let problem: ChainVerdict | null = null;
        if (!found) {
          problem = failure(
            head.device,
            theirs.length,
            { seq: head.seq },
            'missing',
            `is missing, but ${by} records it: the entries up to it were received once.`,
          );
        } else if (!isEntryShape(found.entry) || found.entry.hash !== head.hash) {
          problem = failure(
            head.device,
            theirs.length,
            found,
            'checkpoint-disagrees',
            `is not the entry ${by} records: it was rewritten after ${device} received it.`,
          );
        }
        const current = verdicts.get(head.device);
        if (problem && !problem.ok && (!current || current.ok || problem.seq < current.seq))
          verdicts.set(head.device, problem);
      }
    }
  }
  const ordered = [...verdicts.values()].sort((a, b) => (a.device < b.device ? -1 : a.device > b.device ? 1 : 0));
  return { ok: ordered.every((v) => v.ok), chains: ordered };
}
