// From project documents to sync documents: what changed between the story as last synced and the story as the
// handlers left it, written as new documents. Sharing a project is the same step from nothing. Only real differences
// become documents, so folding remote documents back into the project never sends them out again.
import { canonicalJson } from '../log/canonical-json';
import type { Claim, SignOff } from '../model/claim';
import type { ProjectDoc } from '../model/project';
import { EVENT_FIELDS, claimDocId, heldDocId, linkDocId, passageDocId, sourceDocId } from './docs';
import type {
  DraftContent,
  DraftSyncDoc,
  Edit,
  EventField,
  FieldEventDoc,
  MutableSyncDoc,
  SignOffEventDoc,
  SignOffTarget,
  SyncContext,
  SyncDoc,
} from './docs';

/** The part of a project document that is shared (the activity log and lock stay on each device). */
export type SharedPart = Pick<
  ProjectDoc,
  'title' | 'createdAt' | 'settings' | 'drafts' | 'currentDraftId' | 'claims' | 'sources' | 'passages'
> &
  Partial<Pick<ProjectDoc, 'dismissedSuggestions' | 'storySignOff'>>;

const same = (a: unknown, b: unknown): boolean => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** The id of a draft version's document: "draft:" + SHA-256 of its canonical content (without its number). */
export function draftDocId(draft: DraftContent, hash: (t: string) => string): string {
  return `draft:${hash(canonicalJson(draft))}`;
}

/** An index of the documents a replica knows, kept up to date as documents are added. */
export class DocIndex {
  private readonly docs = new Map<string, SyncDoc>();
  private readonly fieldEvents = new Map<string, string[]>();
  private readonly signOffEvents = new Map<string, string[]>();
  private readonly statusByClaim = new Map<string, string[]>();

  constructor(docs: Iterable<SyncDoc> = []) {
    for (const d of docs) this.add(d);
  }

  get(id: string): SyncDoc | undefined {
    return this.docs.get(id);
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  values(): IterableIterator<SyncDoc> {
    return this.docs.values();
  }

  get size(): number {
    return this.docs.size;
  }

  /** Adds or replaces a document (a replaced mutable document keeps its place in the index). */
  add(doc: SyncDoc): void {
    const had = this.docs.has(doc._id);
    this.docs.set(doc._id, doc);
    if (had) return;
    if (doc.type === 'event') {
      const key = `${doc.claimId}\u0000${doc.field}`;
      (this.fieldEvents.get(key) ?? this.fieldEvents.set(key, []).get(key)!).push(doc._id);
      if (doc.field === 'status') {
        (this.statusByClaim.get(doc.claimId) ?? this.statusByClaim.set(doc.claimId, []).get(doc.claimId)!).push(
          doc._id,
        );
      }
    } else if (doc.type === 'signoff') {
      const key = doc.target.kind === 'story' ? '' : doc.target.claimId;
      (this.signOffEvents.get(key) ?? this.signOffEvents.set(key, []).get(key)!).push(doc._id);
    }
  }

  /** Every event of one claim's field this replica knows. */
  eventsOf(claimId: string, field: EventField): string[] {
    return [...(this.fieldEvents.get(`${claimId}\u0000${field}`) ?? [])];
  }

  /** Every sign-off event of a target. */
  signOffsOf(target: SignOffTarget): string[] {
    return [...(this.signOffEvents.get(target.kind === 'story' ? '' : target.claimId) ?? [])];
  }

  /** Every status event of one claim, or of every claim. */
  statusEventsOf(claimId?: string): string[] {
    if (claimId !== undefined) return [...(this.statusByClaim.get(claimId) ?? [])];
    return [...this.statusByClaim.values()].flat();
  }
}

type WithoutEdit = MutableSyncDoc extends infer T ? (T extends MutableSyncDoc ? Omit<T, 'edit'> : never) : never;

/** Collects new documents, adding each to the index at once so later ones see it. */
class Writer {
  readonly out: SyncDoc[] = [];
  constructor(
    readonly index: DocIndex,
    readonly ctx: SyncContext,
  ) {}

  emit(doc: SyncDoc): void {
    this.out.push(doc);
    this.index.add(doc);
  }

  /** Writes a mutable document unless the replica already holds the same content. */
  mutable(doc: WithoutEdit, at: string): void {
    const known = this.index.get(doc._id) as MutableSyncDoc | undefined;
    if (known) {
      const { edit: _e, ...rest } = known as MutableSyncDoc & { _rev?: string };
      void _e;
      delete (rest as { _rev?: string })._rev;
      if (same(rest, doc)) return;
    }
    const edit: Edit = { n: (known?.edit.n ?? 0) + 1, device: this.ctx.device, at };
    this.emit({ ...doc, edit } as MutableSyncDoc);
  }

  immutable(doc: SyncDoc): void {
    if (!this.index.has(doc._id)) this.emit(doc);
  }

  eventId(prefix: string): string {
    return `${prefix}:${this.ctx.device}:${this.ctx.newId()}`;
  }

  fieldEvent(claimId: string, field: EventField, value: string | null, by: string, at: string): void {
    const doc: FieldEventDoc = {
      _id: this.eventId(`event:${claimId}`),
      type: 'event',
      claimId,
      field,
      value,
      device: this.ctx.device,
      by,
      at,
      seen: this.index.eventsOf(claimId, field).sort(),
    };
    this.emit(doc);
  }

  signOffEvent(target: SignOffTarget, signOff: SignOff | null, fallback: { by: string; at: string }): void {
    const claimId = target.kind === 'claim' ? target.claimId : undefined;
    const doc: SignOffEventDoc = {
      _id: this.eventId(`signoff:${claimId ?? '*story*'}`),
      type: 'signoff',
      target,
      action: signOff ? 'sign' : 'withdraw',
      fingerprint: signOff?.fingerprint ?? '',
      device: this.ctx.device,
      by: signOff?.by ?? fallback.by,
      at: signOff?.at ?? fallback.at,
      seen: this.index.signOffsOf(target).sort(),
      seenStatus: this.index.statusEventsOf(claimId).sort(),
    };
    this.emit(doc);
  }
}

function signOffChanged(a: SignOff | null | undefined, b: SignOff | null | undefined): boolean {
  if (!a || !b) return !a !== !b;
  return a.by !== b.by || a.at !== b.at || a.fingerprint !== b.fingerprint;
}

function claimDocs(w: Writer, prev: Claim | undefined, next: Claim, confidential: ReadonlySet<string>): void {
  w.mutable(
    {
      _id: claimDocId(next.id),
      type: 'claim',
      claimId: next.id,
      anchor: next.anchor,
      kind: next.kind,
      createdAt: next.createdAt,
      createdBy: next.createdBy,
      deleted: false,
    },
    next.updatedAt,
  );
  for (const field of EVENT_FIELDS) {
    const value = next[field] ?? null;
    if (prev) {
      if ((prev[field] ?? null) !== value) w.fieldEvent(next.id, field, value, next.updatedBy, next.updatedAt);
    } else if (field === 'status' || (value !== null && value !== '')) {
      w.fieldEvent(next.id, field, value, next.createdBy, next.createdAt);
    }
  }
  const before = new Map((prev?.links ?? []).map((l) => [l.id, l]));
  const after = new Map(next.links.map((l) => [l.id, l]));
  for (const link of next.links) {
    if (before.has(link.id) && same(before.get(link.id), link)) continue;
    w.mutable(
      {
        _id: linkDocId(link.id),
        type: 'link',
        claimId: next.id,
        link,
        removed: false,
        confidential: confidential.has(link.sourceId),
      },
      next.updatedAt,
    );
  }
  for (const [id, link] of before) {
    if (after.has(id)) continue;
    w.mutable(
      {
        _id: linkDocId(id),
        type: 'link',
        claimId: next.id,
        link,
        removed: true,
        confidential: confidential.has(link.sourceId),
      },
      next.updatedAt,
    );
  }
  if (signOffChanged(prev?.signOff, next.signOff)) {
    w.signOffEvent({ kind: 'claim', claimId: next.id }, next.signOff ?? null, { by: w.ctx.user, at: w.ctx.now() });
  }
}

/**
 * The documents that record how `next` differs from `prev` (null: everything, as when a project is first shared).
 * `index` holds the documents the replica already has; the new ones are added to it. Confidential sources, their
 * passages and links are written with `confidential: true` (they never leave the device) and a "held" document
 * says who holds each.
 */
export function docsForChanges(
  prev: SharedPart | null,
  next: SharedPart,
  index: DocIndex,
  ctx: SyncContext,
): SyncDoc[] {
  const w = new Writer(index, ctx);
  const at = next.claims.reduce((m, c) => (c.updatedAt > m ? c.updatedAt : m), next.createdAt);
  if (!prev || prev.title !== next.title || !same(prev.settings, next.settings)) {
    w.mutable(
      { _id: 'project', type: 'project', title: next.title, createdAt: next.createdAt, settings: next.settings },
      at,
    );
  }
  const knownDrafts = new Set((prev?.drafts ?? []).map((d) => d.id));
  for (const draft of next.drafts) {
    if (knownDrafts.has(draft.id)) continue;
    const { number: _n, ...content } = draft;
    void _n;
    const doc: DraftSyncDoc = { _id: draftDocId(content, ctx.hash), type: 'draft', draft: content };
    w.immutable(doc);
  }
  if (!prev || prev.currentDraftId !== next.currentDraftId) {
    const importedAt = next.drafts.find((d) => d.id === next.currentDraftId)?.importedAt ?? at;
    w.mutable({ _id: 'draft-head', type: 'draft-head', currentDraftId: next.currentDraftId }, importedAt);
  }

  const confidential = new Set(next.sources.filter((s) => s.confidential).map((s) => s.id));
  const prevSources = new Map((prev?.sources ?? []).map((s) => [s.id, s]));
  for (const source of next.sources) {
    if (prevSources.has(source.id) && same(prevSources.get(source.id), source)) continue;
    w.mutable(
      { _id: sourceDocId(source.id), type: 'source', source, confidential: source.confidential },
      source.addedAt,
    );
  }
  for (const source of next.sources) {
    if (!source.confidential) continue;
    const claimIds = next.claims.filter((c) => c.links.some((l) => l.sourceId === source.id)).map((c) => c.id);
    w.mutable(
      {
        _id: heldDocId(source.id),
        type: 'held',
        sourceId: source.id,
        heldBy: source.addedBy,
        claimIds: claimIds.sort(),
      },
      source.addedAt,
    );
  }
  const prevPassages = new Set((prev?.passages ?? []).map((p) => p.id));
  for (const passage of next.passages) {
    if (prevPassages.has(passage.id)) continue;
    w.immutable({
      _id: passageDocId(passage.id),
      type: 'passage',
      passage,
      confidential: confidential.has(passage.sourceId),
    });
  }

  const prevClaims = new Map((prev?.claims ?? []).map((c) => [c.id, c]));
  for (const claim of next.claims) {
    const before = prevClaims.get(claim.id);
    if (before === claim) continue;
    claimDocs(w, before, claim, confidential);
  }
  const nextIds = new Set(next.claims.map((c) => c.id));
  for (const [id, claim] of prevClaims) {
    if (nextIds.has(id)) continue;
    w.mutable(
      {
        _id: claimDocId(id),
        type: 'claim',
        claimId: id,
        anchor: claim.anchor,
        kind: claim.kind,
        createdAt: claim.createdAt,
        createdBy: claim.createdBy,
        deleted: true,
      },
      at,
    );
  }
  if (signOffChanged(prev?.storySignOff, next.storySignOff)) {
    w.signOffEvent({ kind: 'story' }, next.storySignOff ?? null, { by: ctx.user, at: ctx.now() });
  }
  const dismissed = new Set(prev?.dismissedSuggestions ?? []);
  for (const key of next.dismissedSuggestions ?? []) {
    if (!dismissed.has(key)) w.immutable({ _id: `dismissed:${ctx.hash(key)}`, type: 'dismissed', key });
  }
  return w.out;
}

/**
 * Settles a claim that needs review: one status event that has seen every status event of the claim this replica
 * knows, naming the concurrent ones it decides between.
 */
export function decideStatus(index: DocIndex, claimId: string, status: string, ctx: SyncContext): FieldEventDoc {
  const seen = index.eventsOf(claimId, 'status').sort();
  const events = seen.map((id) => index.get(id)).filter((d): d is FieldEventDoc => d?.type === 'event');
  const decides = events.filter((e) => !events.some((o) => o.seen.includes(e._id))).map((e) => e._id);
  const doc: FieldEventDoc = {
    _id: `event:${claimId}:${ctx.device}:${ctx.newId()}`,
    type: 'event',
    claimId,
    field: 'status',
    value: status,
    device: ctx.device,
    by: ctx.user,
    at: ctx.now(),
    seen,
    decides: decides.sort(),
  };
  index.add(doc);
  return doc;
}
