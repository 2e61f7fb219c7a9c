// A replica of a shared story in memory, doing what electron/sync's bridge does with PouchDB: local edits of the
// project document become documents (docsForChanges against the last synced state), received documents are merged
// (pickWinner for mutable ones) and the fold is written back into the project document.
import { applyDraftText, applyMark } from '../../../../shared/edits/project-edits';
import { createProjectDoc } from '../../../../shared/model/project';
import { sha256 } from '../../../../shared/log/sha256';
import { value as valueOf } from '../../result-value';
import { pickWinner } from '../../../../shared/sync/docs';
import type { SyncContext, SyncDoc } from '../../../../shared/sync/docs';
import { applyStory } from '../../../../shared/sync/apply';
import type { SharedProjectDoc } from '../../../../shared/sync/apply';
import { FoldCache, foldStory } from '../../../../shared/sync/fold';
import { DocIndex, docsForChanges } from '../../../../shared/sync/to-docs';

/** A clock every replica of a test shares: each reading is one second after the last. */
export function testClock(start = Date.parse('2026-03-02T10:00:00.000Z')): () => string {
  let t = start;
  return () => new Date((t += 1000)).toISOString();
}

export class SimReplica {
  readonly index = new DocIndex();
  /** Folds reuse unchanged claims, as the bridge's do; the tests compare with folds made without a cache. */
  private readonly cache = new FoldCache();
  doc: SharedProjectDoc;
  private baseline: SharedProjectDoc | null;
  readonly ctx: SyncContext;
  private ids = 0;

  constructor(
    readonly device: string,
    readonly user: string,
    readonly now: () => string,
    start: SharedProjectDoc,
    shared: boolean,
  ) {
    this.doc = start;
    this.baseline = shared ? start : null;
    this.ctx = { device, user, now, hash: sha256, newId: () => String(++this.ids).padStart(6, '0') };
  }

  /** A local edit, as a handler makes it; returns the documents it wrote. */
  edit(change: (doc: SharedProjectDoc) => SharedProjectDoc): SyncDoc[] {
    this.doc = change(this.doc);
    const docs = docsForChanges(this.baseline, this.doc, this.index, this.ctx);
    this.refold();
    return docs;
  }

  /** Documents arriving from another replica, in the order given. */
  receive(docs: readonly SyncDoc[]): void {
    for (const doc of docs) {
      const known = this.index.get(doc._id);
      this.index.add(known ? pickWinner(known, doc) : doc);
    }
    this.refold();
  }

  refold(): void {
    this.doc = applyStory(this.doc, foldStory(this.index.values(), this.cache));
    this.baseline = this.doc;
  }

  all(): SyncDoc[] {
    return [...this.index.values()];
  }
}

/** A project with a draft and `claims` claims, made on the first device and shared. */
export function sharedStory(devices: readonly string[], claims: number, now: () => string): SimReplica[] {
  let doc = createProjectDoc({ id: 'story-1', title: 'Council budget', now: now() });
  const words = Array.from(
    { length: claims },
    (_, i) => `Claim number ${i + 1} says the budget rose ${i + 3} percent.`,
  );
  let n = 0;
  doc = applyDraftText(doc, {
    text: words.join(' '),
    origin: 'paste',
    by: 'Ann',
    now: now(),
    newId: () => 'draft-1',
  }).doc;
  let offset = 0;
  for (const sentence of words) {
    doc = valueOf(
      applyMark(doc, { start: offset, end: offset + sentence.length - 1, by: 'Ann', now: now(), id: `c${++n}` }),
    ).doc;
    offset += sentence.length + 1;
  }
  const [first, ...rest] = devices;
  const owner = new SimReplica(
    first!,
    'Ann',
    now,
    createProjectDoc({ id: 'story-1', title: '', now: doc.createdAt }),
    false,
  );
  owner.edit(() => doc);
  const others = rest.map(
    (d, i) =>
      new SimReplica(
        d,
        ['Bob', 'Cho'][i] ?? d,
        now,
        createProjectDoc({ id: 'story-1', title: '', now: doc.createdAt }),
        true,
      ),
  );
  for (const r of others) r.receive(owner.all());
  return [owner, ...others];
}
