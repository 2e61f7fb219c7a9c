// The bridge between a shared story's project session and its replica. Every change the handlers make to the
// project document is compared with the state last synced (kept in the document itself, with the documents not yet
// in the replica) and written as new documents; documents from the server are folded back into the project
// document through the session, so the handlers and the window keep reading the lowdb file as before.
//
// No echo: the fold's result is written with `applying` set, so the bridge does not take it for a local change,
// and the state it leaves becomes the new baseline, so the next diff holds only what a person changed afterwards.
// Starting answers a Result; what goes wrong afterwards (the replica refusing a write, the project turned read-only)
// is said in the sync state's message.
import { EventEmitter } from 'node:events';
import { createHash, randomUUID } from 'node:crypto';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { ProjectSession } from '../storage/project-session';
import type { ProjectDoc } from '../../shared/model/project';
import { isConfidential } from '../../shared/sync/docs';
import type { SyncContext, SyncDoc } from '../../shared/sync/docs';
import { DeviceLog } from '../../shared/sync/device-log';
import { applyStory } from '../../shared/sync/apply';
import type { SharedProjectDoc } from '../../shared/sync/apply';
import { FoldCache, foldStory } from '../../shared/sync/fold';
import { headOf } from '../../shared/log/log-head';
import { canonicalJson } from '../../shared/log/canonical-json';
import type { SyncedStory } from '../../shared/sync/fold';
import { INITIAL_SYNC_STATE } from '../../shared/sync/sync-state';
import type { SyncState } from '../../shared/sync/sync-state';
import { DocIndex, decideStatus, docsForChanges } from '../../shared/sync/to-docs';
import type { SharedPart } from '../../shared/sync/to-docs';
import { replicationStopped, serverName } from './couch-session';
import { noAnswer } from './story-fetch';
import type { CouchSession } from './couch-session';
import { StoryReplica, replicaFolder } from './replica';
import { SourceFileSync } from './source-files';
import type { SharedFileLimits } from './source-files';

/** What a shared story's project document keeps for sync: the state last synced and the documents still to write. */
export interface SyncBookkeeping {
  baseline: SharedPart | null;
  outbox: SyncDoc[];
}

type SyncedProjectDoc = SharedProjectDoc & { sync?: SyncBookkeeping };

/** The shared part of a project document (what the baseline keeps). */
export function sharedPartOf(doc: ProjectDoc): SharedPart {
  return {
    title: doc.title,
    createdAt: doc.createdAt,
    settings: doc.settings,
    drafts: doc.drafts,
    currentDraftId: doc.currentDraftId,
    claims: doc.claims,
    sources: doc.sources,
    passages: doc.passages,
    dismissedSuggestions: doc.dismissedSuggestions,
    storySignOff: doc.storySignOff,
  };
}

export interface BridgeOptions {
  session: ProjectSession;
  /** The device this project folder syncs as (electron/sync/device-id.ts). */
  device: string;
  /** The name written on decisions and withdrawals. */
  user: () => string;
  now: () => string;
  /** How long changes are gathered before they are folded (ms). */
  delayMs?: number;
  /**
   * Set when the project was made empty to receive a story someone else shared: its empty state is not a change to
   * send (it would blank the story's title and settings).
   */
  joining?: boolean;
  /** How large a source file may be to travel, and the size of its pieces (tests make them small). */
  fileLimits?: SharedFileLimits;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function notOpened(folder: string, why: string): Result<never, 'io-error'> {
  return fail('io-error', `The story's replica in ${replicaFolder(folder)} could not be opened: ${why}`);
}

export class StoryBridge {
  readonly events = new EventEmitter();
  private readonly index: DocIndex;
  private readonly cache = new FoldCache();
  private readonly ctx: SyncContext;
  private applying = false;
  /** Whether documents from another device arrived since the last step. */
  private fresh = false;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private readonly unpushed = new Set<string>();
  private current: SyncState = INITIAL_SYNC_STATE;
  private story: SyncedStory;
  private stopListening: () => void = () => {};
  private connected = false;
  private offline = false;
  private closed = false;
  private readonly log: DeviceLog;
  /** The story's source files between sources/ and the replica. */
  readonly files: SourceFileSync;

  private constructor(
    private readonly options: BridgeOptions,
    readonly replica: StoryReplica,
    docs: SyncDoc[],
  ) {
    this.index = new DocIndex(docs);
    this.ctx = {
      device: options.device,
      get user() {
        return options.user();
      },
      now: options.now,
      hash: sha256Hex,
      newId: () => `${Date.now().toString(36)}-${randomUUID()}`,
    };
    this.story = foldStory(this.index.values(), this.cache);
    this.log = new DeviceLog(options.device, docs, sha256Hex);
    this.files = new SourceFileSync(
      replica.db,
      options.session.paths.folder,
      () => options.session.doc.sources,
      ({ notes, arriving }) => this.setState({ files: notes, arriving }),
      options.fileLimits,
    );
  }

  /**
   * Starts syncing an open project with its replica in the project folder. A project shared for the first time is
   * written whole; afterwards only what changed since the last sync is, including changes made while the app was
   * closed (by the command line). Documents written but not yet in the replica when the app stopped are written now.
   * Refused for a project open read-only, and when the replica cannot be opened (another Factdesk syncs it).
   */
  static async start(options: BridgeOptions): Promise<Result<StoryBridge, 'read-only' | 'io-error'>> {
    if (options.session.readOnly) return fail('read-only', 'A read-only project cannot be synced.');
    const folder = options.session.paths.folder;
    const opened = await StoryReplica.open(folder);
    if (!opened.ok) return notOpened(folder, opened.error.message);
    const replica = opened.value;
    const docs = await replica.all();
    if (!docs.ok) {
      await replica.close().catch(() => undefined);
      return notOpened(folder, docs.error.message);
    }
    const bridge = new StoryBridge(options, replica, docs.value);
    const first = bridge.step();
    if (!first.ok) {
      await replica.close().catch(() => undefined);
      return fail('read-only', first.error.message);
    }
    await bridge.flushOutbox();
    replica.watch(
      (doc) => bridge.received(doc),
      () => bridge.files.schedule(),
    );
    bridge.files.schedule();
    bridge.stopListening = options.session.onChange(() => {
      if (!bridge.applying) bridge.schedule();
    });
    return ok(bridge);
  }

  /** Replicates with the story's database on the newsroom's server, live, until stop(). */
  connect(remoteUrl: string, session: CouchSession, retryMs?: number): void {
    this.connected = true;
    this.setState({ phase: 'syncing' });
    // Whether the server can be reached is read from every request the replication makes: PouchDB's live sync
    // pauses without saying why when the network goes.
    session.onNetwork((reachable, error) => {
      if (this.closed) return;
      if (!reachable) {
        this.offline = true;
        this.setState({
          phase: 'offline',
          offlineSince: this.current.offlineSince ?? this.options.now(),
          message: noAnswer(serverName(session.serverUrl), error ?? new Error('no answer')),
        });
      } else if (this.offline) {
        this.offline = false;
        this.setState({ phase: 'syncing', offlineSince: null, message: null });
      }
    });
    this.replica.startSync(
      remoteUrl,
      session,
      {
        pushed: (ids) => {
          for (const id of ids) this.unpushed.delete(id);
          this.setState({ pending: this.unpushed.size });
        },
        active: () => {
          if (!this.offline) this.setState({ phase: 'syncing' });
        },
        paused: () => {
          if (session.expired) {
            this.setState({ phase: 'signed-out', message: 'The story server asks you to sign in again.' });
          } else if (!this.offline) {
            this.setState({
              phase: this.unpushed.size > 0 ? 'syncing' : 'synced',
              offlineSince: null,
              message: null,
            });
          }
        },
        denied: (reason) => this.setState({ message: reason }),
        failed: (error) => void this.stopped(error, session),
      },
      retryMs,
    );
  }

  /** Replication stopped with an error: the state says why (replicationStopped), unless the bridge closed meanwhile. */
  private async stopped(error: unknown, session: CouchSession): Promise<void> {
    const why = await replicationStopped(error, session);
    if (this.closed) return;
    this.setState(
      why.phase === 'no-access' ? why : { ...why, offlineSince: this.current.offlineSince ?? this.options.now() },
    );
  }

  /** The device this folder syncs as: its chain of the story's log, and the device named on its events. */
  get device(): string {
    return this.options.device;
  }

  /**
   * The sync state now; `events` emits 'state' with each new one, and 'changed' once each time the story's documents
   * changed the project document (a fold or a checkpoint), never for the bridge's own bookkeeping.
   */
  get state(): SyncState {
    return this.current;
  }

  /** The story as the replica's documents say it (the fold). */
  get folded(): SyncedStory {
    return this.story;
  }

  /** The documents the replica holds, as the fold reads them. */
  documents(): SyncDoc[] {
    return [...this.index.values()];
  }

  /**
   * Settles a claim that needs review with the status a person chose, on this device and then everywhere; refused
   * when the project can no longer be changed here.
   */
  decide(claimId: string, status: string): Result<null> {
    const doc = decideStatus(this.index, claimId, status, this.ctx);
    const stepped = this.step([doc]);
    if (!stepped.ok) return stepped;
    void this.flushOutbox();
    return ok(null);
  }

  /** Waits until every change so far is folded and written to the replica. */
  async settle(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      this.step();
    }
    await this.flushOutbox();
  }

  async stop(): Promise<void> {
    if (this.closed) return;
    await this.settle();
    this.closed = true;
    this.stopListening();
    await this.files.close();
    await this.replica.close();
  }

  private received(doc: SyncDoc): void {
    // The replica echoes the documents this bridge wrote; anything else came from another device.
    const known = this.index.get(doc._id);
    if (!known || canonicalJson(known) !== canonicalJson(doc)) {
      this.fresh = true;
    }
    this.index.add(doc);
    this.log.received(doc);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      const stepped = this.step();
      if (!stepped.ok) {
        // The project turned read-only (another Factdesk took it over): nothing more is folded into it or sent.
        this.setState({ message: `This story is no longer synced here: ${stepped.error.message}` });
        return;
      }
      void this.flushOutbox();
      this.files.schedule();
    }, this.options.delayMs ?? 25);
  }

  /**
   * One synchronous round: the local changes since the baseline become documents, the fold of every document is
   * written into the project document, and that becomes the baseline. Refused when the project is read-only.
   */
  private step(extra: SyncDoc[] = []): Result<null> {
    const session = this.options.session;
    const doc = session.doc as SyncedProjectDoc;
    const base = doc.sync ? doc.sync.baseline : this.options.joining ? sharedPartOf(doc) : null;
    const fresh = this.fresh;
    this.fresh = false;
    const out = [...extra, ...docsForChanges(base, doc, this.index, this.ctx)];
    this.story = foldStory(this.index.values(), this.cache);
    const next = applyStory(doc, this.story);
    // This device's own activity log is its chain of the story's log: a checkpoint when other devices' entries
    // arrived, then every entry not yet written as a document.
    const log = this.log.step(doc.activityLog, this.options.user(), this.options.now());
    out.push(...log.docs);
    for (const d of log.docs) this.index.add(d);
    if (next !== doc || out.length > 0 || !doc.sync) {
      const outbox = [...(doc.sync?.outbox ?? []), ...out];
      const logged = log.entries === doc.activityLog ? {} : { activityLog: log.entries, logHead: headOf(log.entries) };
      this.applying = true;
      let updated: Result<null>;
      try {
        updated = session.update(() =>
          ok({ ...next, ...logged, sync: { baseline: sharedPartOf(next), outbox } } as ProjectDoc),
        );
      } finally {
        this.applying = false;
      }
      if (!updated.ok) return updated;
      for (const d of out) if (!isConfidential(d)) this.unpushed.add(d._id);
      // The window hears of what others changed: a fold of documents from another device, or the checkpoint their
      // log entries call for. Not the baseline and the outbox, and not the fold of a change made here, which only
      // adds the ids of its own documents (the handler that made it has said so already).
      if ((fresh && next !== doc) || log.entries !== doc.activityLog) this.events.emit('changed');
    }
    this.setState({
      conflicts: this.story.needsReview.length,
      pending: this.unpushed.size,
      ...(this.connected && this.unpushed.size > 0 && this.current.phase === 'synced' ? { phase: 'syncing' } : {}),
    });
    return ok(null);
  }

  /**
   * Writes the outbox to the replica, then takes what was written out of it. A write the replica refuses leaves its
   * documents in the outbox (saved in the project file) for the next try, and the sync state says so.
   */
  private flushOutbox(): Promise<void> {
    this.writing = this.writing.then(async () => {
      if (this.closed) return;
      const outbox = (this.options.session.doc as SyncedProjectDoc).sync?.outbox ?? [];
      if (outbox.length === 0) return;
      const replied = await this.replica.write(outbox);
      if (!replied.ok) {
        this.setState({ message: `Changes could not be written to the story's replica: ${replied.error.message}` });
        return;
      }
      const written = new Set(outbox);
      this.applying = true;
      try {
        this.options.session.update((d) => {
          const sync = (d as SyncedProjectDoc).sync;
          if (!sync) return ok(d);
          return ok({ ...d, sync: { ...sync, outbox: sync.outbox.filter((x) => !written.has(x)) } } as ProjectDoc);
        });
      } finally {
        this.applying = false;
      }
    });
    return this.writing;
  }

  private setState(patch: Partial<SyncState>): void {
    const next = { ...this.current, ...patch };
    if (JSON.stringify(next) === JSON.stringify(this.current)) return;
    this.current = next;
    this.events.emit('state', next);
  }
}
