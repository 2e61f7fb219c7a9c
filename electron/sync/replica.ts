// A shared story's replica on this device: PouchDB (LevelDB) in the project folder's sync/ folder. It writes the
// bridge's documents (with the revision each mutable one replaces), reports every document that changes in it, and
// replicates live with the newsroom's database, pushing nothing confidential. Opening, reading and writing answer
// Result values: what PouchDB or LevelDB throws becomes an 'io-error' in one place, `guarded`. The live replication
// reports through ReplicationEvents, as PouchDB's events.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Failure, Result } from '../../shared/api/result';
import { isConfidential, isSyncDoc } from '../../shared/sync/docs';
import { CHUNK_DOC_TYPE, isChunkId, isFileId } from '../../shared/sync/source-files';
import type { MutableSyncDoc, SyncDoc } from '../../shared/sync/docs';
import type { CouchSession } from './couch-session';
import { DESIGN_DOC_ID, PIECES_FILTER, STORY_FILTER } from './story-database';
import { pouchDb } from './pouch';
import type { Emitter, Pouch, PouchDoc, SyncChange } from './pouch';

/** The replica's folder inside a project folder. */
export function replicaFolder(projectFolder: string): string {
  return join(projectFolder, 'sync', 'replica');
}

/** A document as the fold reads it: without PouchDB's bookkeeping. */
function strip(doc: PouchDoc): SyncDoc | null {
  if (!isSyncDoc(doc)) return null;
  const { _rev: _r, _conflicts: _c, ...rest } = doc as PouchDoc;
  void _r;
  void _c;
  return rest as unknown as SyncDoc;
}

function notWritten(id: string, why: string | undefined): Failure<'io-error'> {
  return fail('io-error', `${id} could not be written: ${why}`);
}

/** What the replication reports, as the bridge turns it into a SyncState. */
export interface ReplicationEvents {
  pushed(ids: string[]): void;
  active(): void;
  paused(error: unknown): void;
  denied(reason: string): void;
  /** The replication stopped for good (the story's database is missing, or this person is not a member). */
  failed(error: unknown): void;
}

/**
 * The one boundary between PouchDB and Factdesk: runs a step against the replica and answers its Result, or, when
 * PouchDB or the disk throws, an 'io-error' carrying what they said (the bridge words it for the person).
 */
async function guarded<T>(step: () => Promise<Result<T, 'io-error'>>): Promise<Result<T, 'io-error'>> {
  try {
    return await step();
  } catch (error) {
    return fail('io-error', (error as Error).message || String(error));
  }
}

export class StoryReplica {
  private readonly revs = new Map<string, string>();
  private feed: Emitter | null = null;
  private replication: Emitter | null = null;
  private fileReplication: Emitter | null = null;
  private stopped = false;

  private constructor(readonly db: Pouch) {}

  /** Opens the replica in a project folder, making its folder when it is not there yet. */
  static open(projectFolder: string): Promise<Result<StoryReplica, 'io-error'>> {
    return guarded(async () => {
      await mkdir(join(projectFolder, 'sync'), { recursive: true });
      const Pouch = pouchDb();
      return ok(new StoryReplica(new Pouch(replicaFolder(projectFolder))));
    });
  }

  /** Every story document the replica holds (winning revisions). */
  all(): Promise<Result<SyncDoc[], 'io-error'>> {
    return guarded(async () => {
      const { rows } = await this.db.allDocs({ include_docs: true });
      const out: SyncDoc[] = [];
      for (const row of rows) {
        if (!row.doc) continue;
        if (row.doc._rev) this.revs.set(row.id, row.doc._rev);
        const doc = strip(row.doc);
        if (doc) out.push(doc);
      }
      return ok(out);
    });
  }

  /**
   * Writes documents; a mutable one replaces the revision the replica holds. When another version arrived in
   * between, it is written again on top of it as the next edit, so the change made here is not lost. A document
   * the replica refuses is an 'io-error' naming it.
   */
  write(docs: readonly SyncDoc[]): Promise<Result<null, 'io-error'>> {
    return guarded(async () => {
      let batch = docs.map((d) => ({ ...d, ...(this.revs.has(d._id) ? { _rev: this.revs.get(d._id) } : {}) }));
      for (let attempt = 0; attempt < 5 && batch.length > 0; attempt++) {
        const replies = await this.db.bulkDocs(batch);
        const retry: typeof batch = [];
        for (let i = 0; i < replies.length; i++) {
          const reply = replies[i]!;
          const doc = batch[i]!;
          if (reply.ok && reply.rev) {
            this.revs.set(reply.id, reply.rev);
            continue;
          }
          if (reply.error !== 'conflict') return notWritten(doc._id, reply.reason ?? reply.error);
          const current = await this.db.get(doc._id);
          this.revs.set(doc._id, current._rev!);
          const mutable = doc as unknown as MutableSyncDoc;
          if (!('edit' in mutable)) continue; // an immutable document: the same content is already there
          const theirs = strip(current) as MutableSyncDoc | null;
          const n = Math.max(mutable.edit.n, theirs && 'edit' in theirs ? theirs.edit.n + 1 : 0);
          retry.push({ ...doc, edit: { ...mutable.edit, n }, _rev: current._rev } as typeof doc);
        }
        batch = retry;
      }
      return ok(null);
    });
  }

  /**
   * Calls `listener` with each story document that changes in the replica from now on (ours and the server's), and
   * `fileListener` with the id of each source file or piece that does (shared/sync/source-files.ts).
   */
  watch(listener: (doc: SyncDoc) => void, fileListener: (id: string) => void = () => undefined): void {
    this.feed = this.db.changes({ live: true, since: 'now', include_docs: true }).on('change', ((change: {
      doc?: PouchDoc;
    }) => {
      if (!change.doc || change.doc._deleted) return;
      if (isFileId(change.doc._id)) {
        fileListener(change.doc._id);
        return;
      }
      if (change.doc._rev) this.revs.set(change.doc._id, change.doc._rev);
      const doc = strip(change.doc);
      if (doc) listener(doc);
    }) as (...args: never[]) => void);
  }

  /**
   * Replicates with the story's database both ways, live, retrying every `retryMs` at most while the server cannot
   * be reached. Confidential documents are never pushed. The pieces of source files go in a replication of their
   * own, two at a time, so a long recording never holds back the story's claims, statuses and notes, and at most a
   * few pieces are in memory at once.
   */
  startSync(remoteUrl: string, session: CouchSession, events: ReplicationEvents, retryMs = 2_000): void {
    const Pouch = pouchDb();
    // PouchDB reads an attachment from the server with response.buffer() when there is one and as a Blob otherwise,
    // which its LevelDB store cannot hash in Node: every reply gets a buffer().
    const fetchWithBuffer: typeof session.fetch = async (url, init) => {
      const response = await session.fetch(url, init);
      if (!('buffer' in response)) {
        Object.defineProperty(response, 'buffer', { value: async () => Buffer.from(await response.arrayBuffer()) });
      }
      return response;
    };
    const remote = new Pouch(remoteUrl, { fetch: fetchWithBuffer, skip_setup: true });
    // Two live replications (the story, and the pieces of its files) keep several changes feeds open on each side,
    // each listening for the database's 'destroyed'.
    remote.setMaxListeners(50);
    this.db.setMaxListeners(50);
    // PouchDB 9's replicator asks the source for info() after each batch without handling a refusal; a server that
    // goes away right then would leave an unhandled rejection. A failed info() is only progress bookkeeping there.
    const info = remote.info.bind(remote);
    remote.info = () => info().catch(() => ({ doc_count: 0, update_seq: 0 }));
    this.stopped = false;
    void this.serverFilters(remote).then((server) => {
      if (this.stopped) return;
      this.replication = this.db
        .sync(remote, {
          live: true,
          retry: true,
          batch_size: 500,
          back_off_function: (delay) => (delay === 0 ? 250 : Math.min(retryMs, delay * 2)),
          push: {
            filter: (doc) => !isConfidential(doc) && !doc._id.startsWith('_design/') && !isChunkId(doc._id),
          },
          pull: { filter: server ? STORY_FILTER : (doc) => doc.type !== CHUNK_DOC_TYPE },
        })
        .on('change', ((info: SyncChange) => {
          if (info.direction === 'push') events.pushed(info.change.docs.map((d) => d._id));
        }) as (...args: never[]) => void)
        .on('active', (() => events.active()) as (...args: never[]) => void)
        .on('paused', ((error: unknown) => events.paused(error)) as (...args: never[]) => void)
        .on('denied', ((error: { reason?: string; message?: string }) =>
          events.denied(error?.reason ?? error?.message ?? 'refused')) as (...args: never[]) => void)
        .on('error', ((error: unknown) => events.failed(error ?? new Error('replication stopped'))) as (
          ...args: never[]
        ) => void);
      const pieces = (doc: PouchDoc): boolean => doc.type === CHUNK_DOC_TYPE && !isConfidential(doc);
      this.fileReplication = this.db
        .sync(remote, {
          live: true,
          retry: true,
          batch_size: 2,
          batches_limit: 2,
          back_off_function: (delay) => (delay === 0 ? 250 : Math.min(retryMs, delay * 2)),
          push: { filter: pieces },
          pull: { filter: server ? PIECES_FILTER : pieces },
        })
        .on('denied', ((error: { reason?: string; message?: string }) =>
          events.denied(error?.reason ?? error?.message ?? 'refused')) as (...args: never[]) => void)
        .on('error', ((error: unknown) => events.failed(error ?? new Error('replication stopped'))) as (
          ...args: never[]
        ) => void);
    });
  }

  /**
   * Whether the story's database has the server-side filters (every database prepared by this Factdesk does). Without
   * them (a database an older Factdesk prepared, until an admin shares it again) the same filters run here, reading
   * every document on the changes feed. A server that cannot be reached is taken to have them.
   */
  private async serverFilters(remote: Pouch): Promise<boolean> {
    try {
      const design = (await remote.get(DESIGN_DOC_ID)) as { filters?: Record<string, unknown> };
      return typeof design.filters?.['story'] === 'string' && typeof design.filters?.['pieces'] === 'string';
    } catch (error) {
      const status = (error as { status?: number }).status;
      return status === undefined || status >= 500;
    }
  }

  stopSync(): void {
    this.stopped = true;
    this.replication?.cancel();
    this.replication = null;
    this.fileReplication?.cancel();
    this.fileReplication = null;
  }

  async close(): Promise<void> {
    this.stopSync();
    this.feed?.cancel();
    this.feed = null;
    await this.db.close();
  }
}
