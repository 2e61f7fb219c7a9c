// A device's part of a shared story's activity log: its project's own log, written entry by entry as immutable
// documents ("log:<device>:<seq>"), and a checkpoint appended to it when other devices' entries arrive (one per batch
// that brings something new, never for checkpoints alone). See shared/log/device-chains.ts for the check.
import { appendEntry } from '../log/activity-log';
import type { HashFn, LogEntry } from '../log/activity-log';
import { CHECKPOINT_ACTION, checkpointHeads, nextCheckpoint } from '../log/device-chains';
import type { StoredEntry } from '../log/device-chains';
import { logDocId, logDocPlace } from './docs';
import type { LogSyncDoc, SyncDoc } from './docs';

/** The log documents among a replica's documents, as the chain check reads them (place from the id). */
export function storedEntries(docs: Iterable<{ _id: string; type?: unknown; entry?: unknown }>): StoredEntry[] {
  const out: StoredEntry[] = [];
  for (const doc of docs) {
    if (doc.type !== 'log') continue;
    const place = logDocPlace(doc._id);
    if (place) out.push({ ...place, entry: doc.entry });
  }
  return out;
}

function isWritten(entry: unknown): entry is LogEntry {
  if (typeof entry !== 'object' || entry === null) return false;
  const e = entry as Partial<LogEntry>;
  return typeof e.seq === 'number' && typeof e.hash === 'string' && typeof e.action === 'string';
}

export class DeviceLog {
  private readonly entries = new Map<string, StoredEntry>();
  /** The last of this device's entries already written as a document. */
  private published = 0;
  private arrived = false;

  constructor(
    readonly device: string,
    docs: Iterable<SyncDoc>,
    private readonly hash: HashFn,
  ) {
    for (const doc of docs) this.received(doc);
  }

  /** Takes note of a document in the replica; another device's log entry calls for a checkpoint at the next step. */
  received(doc: SyncDoc): void {
    if (doc.type !== 'log') return;
    const [stored] = storedEntries([doc]);
    if (!stored) return;
    this.entries.set(doc._id, stored);
    if (stored.device === this.device) this.published = Math.max(this.published, stored.seq);
    else this.arrived = true;
  }

  /**
   * One step of the bridge: the project's log with a checkpoint appended when other devices' entries arrived since
   * the last step and hold something new (the same array when not), and the documents for every entry of it not yet
   * written. Entries are written in order up to the first damaged one.
   */
  step(log: readonly unknown[], by: string, at: string): { entries: readonly unknown[]; docs: LogSyncDoc[] } {
    let entries = log;
    if (this.arrived) {
      this.arrived = false;
      const last = [...log].reverse().find((e) => isWritten(e) && e.action === CHECKPOINT_ACTION);
      const heads = nextCheckpoint(this.device, [...this.entries.values()], checkpointHeads(last));
      if (heads) {
        const appended = appendEntry(
          log as LogEntry[],
          { at, by, action: CHECKPOINT_ACTION, details: { heads: heads.map((h) => ({ ...h })) } },
          this.hash,
        );
        if (appended.ok) entries = appended.value;
      }
    }
    const docs: LogSyncDoc[] = [];
    for (let i = this.published; i < entries.length; i++) {
      const entry = entries[i];
      if (!isWritten(entry) || entry.seq !== i + 1) break;
      const doc: LogSyncDoc = { _id: logDocId(this.device, entry.seq), type: 'log', device: this.device, entry };
      docs.push(doc);
      this.received(doc);
    }
    return { entries, docs };
  }
}
