// The fold: from the set of documents a replica holds to the story's state. It reads only the set, never the order
// documents arrived in, so every replica holding the same documents gets the same state.
import type { Claim, HistoryEntry, SignOff, SourceLink } from '../model/claim';
import type { DraftVersion } from '../model/project';
import type { Passage, Source } from '../model/source';
import { DEFAULT_STATUS_ID, findStatus } from '../model/status';
import type { StatusDef } from '../model/status';
import type {
  ClaimSyncDoc,
  DraftHeadDoc,
  DraftSyncDoc,
  EventField,
  FieldEventDoc,
  HeldSyncDoc,
  LinkSyncDoc,
  ProjectSyncDoc,
  SignOffEventDoc,
  SyncDoc,
} from './docs';
import { byTime, headsOf } from './events';

/** One side of a "needs review": who set which status, when, on which device. */
export interface ReviewEntry {
  eventId: string;
  status: string;
  by: string;
  at: string;
  device: string;
}

/** A claim whose status was changed apart by two or more people: every side, oldest first. */
export interface ClaimReview {
  events: ReviewEntry[];
}

/** The status event that made a sign-off lapse (the first its author had not seen). */
export interface LapsedBy {
  eventId: string;
  claimId: string;
  by: string;
  at: string;
}

/** A sign-off as the fold gives it: the existing SignOff, plus why it lapsed when a status changed after it. */
export type SyncedSignOff = SignOff & { eventId: string; lapsedBy?: LapsedBy };

/** A claim as the fold gives it: the project's Claim, with the review and the confidential sources others hold. */
export type SyncedClaim = Claim & {
  signOff: SyncedSignOff | null;
  review?: ClaimReview;
  held?: { sourceId: string; heldBy: string }[];
};

export interface HeldSource {
  sourceId: string;
  heldBy: string;
  claimIds: string[];
}

export interface SyncedStory {
  /** Title, creation time and settings; null until the project document has arrived. */
  project: Pick<ProjectSyncDoc, 'title' | 'createdAt' | 'settings'> | null;
  drafts: DraftVersion[];
  currentDraftId: string | null;
  claims: SyncedClaim[];
  sources: Source[];
  /** Confidential sources this device does not hold: who holds each. */
  heldSources: HeldSource[];
  passages: Passage[];
  dismissedSuggestions: string[];
  storySignOff: SyncedSignOff | null;
  /** Ids of the claims that need review, in claim order. */
  needsReview: string[];
}

type Grouped = {
  project: ProjectSyncDoc | null;
  head: DraftHeadDoc | null;
  drafts: DraftSyncDoc[];
  claims: ClaimSyncDoc[];
  links: Map<string, LinkSyncDoc[]>;
  events: Map<string, FieldEventDoc[]>;
  signOffs: Map<string, SignOffEventDoc[]>;
  sources: Source[];
  held: HeldSyncDoc[];
  passages: Passage[];
  dismissed: string[];
};

const STORY = '*story*';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function group(docs: Iterable<SyncDoc>): Grouped {
  const g: Grouped = {
    project: null,
    head: null,
    drafts: [],
    claims: [],
    links: new Map(),
    events: new Map(),
    signOffs: new Map(),
    sources: [],
    held: [],
    passages: [],
    dismissed: [],
  };
  for (const doc of docs) {
    switch (doc.type) {
      case 'project':
        g.project = doc;
        break;
      case 'draft-head':
        g.head = doc;
        break;
      case 'draft':
        g.drafts.push(doc);
        break;
      case 'claim':
        g.claims.push(doc);
        break;
      case 'link':
        push(g.links, doc.claimId, doc);
        break;
      case 'event':
        push(g.events, `${doc.claimId}\u0000${doc.field}`, doc);
        break;
      case 'signoff':
        push(g.signOffs, doc.target.kind === 'story' ? STORY : doc.target.claimId, doc);
        break;
      case 'source':
        g.sources.push(doc.source);
        break;
      case 'held':
        g.held.push(doc);
        break;
      case 'passage':
        g.passages.push(doc.passage);
        break;
      case 'dismissed':
        g.dismissed.push(doc.key);
        break;
    }
  }
  return g;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The value of one field from its events: the heads' value when they agree, otherwise each head, oldest first. */
function fieldValue(events: readonly FieldEventDoc[]): { heads: FieldEventDoc[]; values: (string | null)[] } {
  const heads = headsOf(events);
  const values = [...new Set(heads.map((e) => e.value))];
  return { heads, values };
}

/** Which status a claim under review shows: the newest side whose status blocks publication, else the newest. */
function reviewStatus(heads: readonly FieldEventDoc[], statuses: readonly StatusDef[]): string {
  const blocking = heads.filter((e) => findStatus(statuses, e.value ?? '').blocksPublication);
  const from = blocking.length > 0 ? blocking : heads;
  return from[from.length - 1]!.value ?? DEFAULT_STATUS_ID;
}

/** The value a change replaced, as its author saw it: the newest event it had seen. */
function previousValue(event: FieldEventDoc, all: Map<string, FieldEventDoc>): string | null {
  let best: FieldEventDoc | null = null;
  for (const id of event.seen) {
    const e = all.get(id);
    if (e && (!best || byTime(best, e) < 0)) best = e;
  }
  return best ? best.value : null;
}

function foldSignOff(
  events: readonly SignOffEventDoc[] | undefined,
  statusEvents: readonly FieldEventDoc[],
): SyncedSignOff | null {
  if (!events || events.length === 0) return null;
  const heads = headsOf(events);
  const last = heads[heads.length - 1]!;
  if (last.action === 'withdraw') return null;
  const covered = new Set(last.seenStatus);
  const unseen = statusEvents.filter((e) => !covered.has(e._id)).sort(byTime)[0];
  return {
    by: last.by,
    at: last.at,
    fingerprint: last.fingerprint,
    eventId: last._id,
    ...(unseen ? { lapsedBy: { eventId: unseen._id, claimId: unseen.claimId, by: unseen.by, at: unseen.at } } : {}),
  };
}

function foldClaim(
  doc: ClaimSyncDoc,
  g: Grouped,
  statuses: readonly StatusDef[],
  heldByClaim: Map<string, { sourceId: string; heldBy: string }[]>,
): SyncedClaim {
  const id = doc.claimId;
  const byField = (field: EventField) => g.events.get(`${id}\u0000${field}`) ?? [];
  const statusEvents = byField('status');
  const status = fieldValue(statusEvents);
  let statusValue = status.values.length === 1 ? (status.values[0] ?? DEFAULT_STATUS_ID) : DEFAULT_STATUS_ID;
  let review: ClaimReview | undefined;
  if (status.values.length > 1) {
    statusValue = reviewStatus(status.heads, statuses);
    review = {
      events: status.heads.map((e) => ({
        eventId: e._id,
        status: e.value ?? DEFAULT_STATUS_ID,
        by: e.by,
        at: e.at,
        device: e.device,
      })),
    };
  }
  const assignee = fieldValue(byField('assignee'));
  // Assignees set apart: the newest stands (both are in the history); notes written apart are kept, joined.
  const assigneeValue = assignee.heads.length > 0 ? assignee.heads[assignee.heads.length - 1]!.value : null;
  const notes = fieldValue(byField('notes'));
  const notesValue = notes.values.filter((v): v is string => v !== null && v !== '').join('\n\n');

  const history: (HistoryEntry & { _id: string })[] = [];
  const firstStatus = statusEvents.length > 0 ? [...statusEvents].sort(byTime)[0]! : null;
  history.push({
    _id: '',
    at: doc.createdAt,
    by: doc.createdBy,
    action: 'created',
    to: firstStatus?.value ?? DEFAULT_STATUS_ID,
    ...(firstStatus ? { event: firstStatus._id } : {}),
  });
  let updatedAt = doc.edit.at > doc.createdAt ? doc.edit.at : doc.createdAt;
  let updatedBy = doc.createdBy;
  for (const field of ['status', 'assignee', 'notes'] as const) {
    const events = byField(field);
    const index = new Map(events.map((e) => [e._id, e]));
    for (const e of events) {
      if (e.at > updatedAt) {
        updatedAt = e.at;
        updatedBy = e.by;
      }
      if (field === 'status' && e === firstStatus) continue;
      if (field !== 'status' && e.seen.length === 0 && (e.value === null || e.value === '')) continue;
      history.push({
        _id: e._id,
        at: e.at,
        by: e.by,
        action: 'changed',
        field,
        from: previousValue(e, index),
        to: e.value,
        event: e._id,
        ...(e.decides ? { decides: e.decides } : {}),
      });
    }
  }
  for (const s of g.signOffs.get(id) ?? []) {
    history.push({ _id: s._id, at: s.at, by: s.by, action: s.action === 'sign' ? 'signed-off' : 'sign-off withdrawn' });
  }
  history.sort(byTime);

  const links: SourceLink[] = (g.links.get(id) ?? [])
    .filter((l) => !l.removed)
    .map((l) => l.link)
    .sort((a, b) => cmp(a.addedAt, b.addedAt) || cmp(a.id, b.id));
  const held = heldByClaim.get(id);
  return {
    id,
    anchor: doc.anchor,
    kind: doc.kind,
    status: statusValue,
    assignee: assigneeValue,
    notes: notesValue,
    createdAt: doc.createdAt,
    createdBy: doc.createdBy,
    updatedAt,
    updatedBy,
    history: history.map(({ _id, ...entry }) => (void _id, entry)),
    links,
    signOff: foldSignOff(g.signOffs.get(id), statusEvents),
    ...(review ? { review } : {}),
    ...(held ? { held } : {}),
  };
}

/**
 * What a previous fold made, kept by a caller that folds again and again (the bridge): a claim whose documents did
 * not change is not folded again, and keeps its object, so comparing it with the project document is cheap.
 */
export class FoldCache {
  readonly claims = new Map<string, { key: string; claim: SyncedClaim }>();
}

/** Everything a claim's fold reads, as one string: equal keys give equal claims. */
function claimKey(
  doc: ClaimSyncDoc,
  g: Grouped,
  statusesKey: string,
  held: { sourceId: string; heldBy: string }[] | undefined,
): string {
  const id = doc.claimId;
  const parts: string[] = [statusesKey, `${doc.edit.n}/${doc.edit.device}`];
  for (const l of g.links.get(id) ?? []) parts.push(`${l._id}@${l.edit.n}/${l.edit.device}`);
  for (const field of ['status', 'assignee', 'notes'] as const) {
    for (const e of g.events.get(`${id}\u0000${field}`) ?? []) parts.push(e._id);
  }
  for (const e of g.signOffs.get(id) ?? []) parts.push(e._id);
  if (held) for (const h of held) parts.push(`held:${h.sourceId}:${h.heldBy}`);
  return parts.sort().join('|');
}

/**
 * The story a set of documents holds. Same set, same story, whatever order the documents came in (and with or
 * without a cache: it only saves work).
 */
export function foldStory(docs: Iterable<SyncDoc>, cache?: FoldCache): SyncedStory {
  const g = group(docs);
  const statuses = g.project?.settings.statuses ?? [];
  const drafts = [...g.drafts]
    .map((d) => d.draft)
    .sort((a, b) => cmp(a.importedAt, b.importedAt) || cmp(a.id, b.id))
    .map((d, i) => ({ ...d, number: i + 1 }) as DraftVersion);
  const wanted = g.head?.currentDraftId ?? null;
  const currentDraftId = drafts.some((d) => d.id === wanted) ? wanted : (drafts[drafts.length - 1]?.id ?? null);

  const sourceIds = new Set(g.sources.map((s) => s.id));
  const heldSources = g.held
    .filter((h) => !sourceIds.has(h.sourceId))
    .map((h) => ({ sourceId: h.sourceId, heldBy: h.heldBy, claimIds: [...h.claimIds].sort() }))
    .sort((a, b) => cmp(a.sourceId, b.sourceId));
  const heldByClaim = new Map<string, { sourceId: string; heldBy: string }[]>();
  for (const h of heldSources)
    for (const c of h.claimIds) push(heldByClaim, c, { sourceId: h.sourceId, heldBy: h.heldBy });

  const live = g.claims.filter((c) => !c.deleted);
  const statusesKey = g.project ? `${g.project.edit.n}/${g.project.edit.device}` : '-';
  const foldOne = (c: ClaimSyncDoc): SyncedClaim => {
    if (!cache) return foldClaim(c, g, statuses, heldByClaim);
    const key = claimKey(c, g, statusesKey, heldByClaim.get(c.claimId));
    const known = cache.claims.get(c.claimId);
    if (known && known.key === key) return known.claim;
    const claim = foldClaim(c, g, statuses, heldByClaim);
    cache.claims.set(c.claimId, { key, claim });
    return claim;
  };
  const claims = live.map(foldOne).sort((a, b) => cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id));
  const liveIds = new Set(live.map((c) => c.claimId));
  const allStatusEvents: FieldEventDoc[] = [];
  for (const [key, events] of g.events) {
    const [claimId, field] = key.split('\u0000');
    if (field === 'status' && liveIds.has(claimId!)) allStatusEvents.push(...events);
  }
  return {
    project: g.project
      ? { title: g.project.title, createdAt: g.project.createdAt, settings: g.project.settings }
      : null,
    drafts,
    currentDraftId,
    claims,
    sources: [...g.sources].sort((a, b) => cmp(a.addedAt, b.addedAt) || cmp(a.id, b.id)),
    heldSources,
    passages: [...g.passages].sort((a, b) => cmp(a.sourceId, b.sourceId) || a.index - b.index || cmp(a.id, b.id)),
    dismissedSuggestions: [...new Set(g.dismissed)].sort(),
    storySignOff: foldSignOff(g.signOffs.get(STORY), allStatusEvents),
    needsReview: claims.filter((c) => c.review).map((c) => c.id),
  };
}
