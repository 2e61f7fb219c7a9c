// The documents a shared story is made of on the newsroom's CouchDB: one small document per thing that can change on
// its own, so two people's changes to different things never collide. Drafts and events are immutable; status,
// assignee, notes and sign-off changes are events that record which earlier events their author had seen.
import type { LogEntry } from '../log/activity-log';
import type { Anchor, ClaimKind, SourceLink } from '../model/claim';
import type { DraftVersion } from '../model/project';
import type { StatusDef } from '../model/status';
import type { Passage, Source } from '../model/source';

/** Which edit of a mutable document this is: the higher `n` wins, then the device id (see pickWinner). */
export interface Edit {
  n: number;
  device: string;
  at: string;
}

/** Title and settings of the story (statuses, people): one mutable document. */
export interface ProjectSyncDoc {
  _id: 'project';
  type: 'project';
  title: string;
  createdAt: string;
  settings: { people: string[]; statuses: StatusDef[] };
  edit: Edit;
}

/** Which draft version claims anchor to. */
export interface DraftHeadDoc {
  _id: 'draft-head';
  type: 'draft-head';
  currentDraftId: string | null;
  edit: Edit;
}

/** A draft version without its number (numbers follow from the order of import times when folded). */
export type DraftContent = Pick<
  DraftVersion,
  'id' | 'text' | 'importedAt' | 'importedBy' | 'origin' | 'format' | 'blocks'
>;

/** One draft version, immutable: its id is "draft:" + the SHA-256 of its content (see draftDocId). */
export interface DraftSyncDoc {
  _id: string;
  type: 'draft';
  draft: DraftContent;
}

/** A claim's words and kind; its status, assignee and notes are events. Deleting leaves a tombstone. */
export interface ClaimSyncDoc {
  _id: string;
  type: 'claim';
  claimId: string;
  anchor: Anchor;
  kind: ClaimKind;
  createdAt: string;
  createdBy: string;
  deleted: boolean;
  edit: Edit;
}

/** A claim's tie to a source. A link to a confidential source is confidential itself and stays on the device. */
export interface LinkSyncDoc {
  _id: string;
  type: 'link';
  claimId: string;
  link: SourceLink;
  removed: boolean;
  confidential: boolean;
  edit: Edit;
}

/** The fields of a claim that change through events. */
export const EVENT_FIELDS = ['status', 'assignee', 'notes'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

/**
 * One change of a claim's status, assignee or notes, never overwritten. `seen` lists every earlier event of the same
 * claim and field that its device knew when it was written: two events neither of which has seen the other are
 * concurrent.
 */
export interface FieldEventDoc {
  _id: string;
  type: 'event';
  claimId: string;
  field: EventField;
  value: string | null;
  device: string;
  by: string;
  at: string;
  seen: string[];
  /** Set when a person settled a "needs review" between these concurrent status events. */
  decides?: string[];
}

/** The story, or one claim, that a sign-off is about. */
export type SignOffTarget = { kind: 'story' } | { kind: 'claim'; claimId: string };

/**
 * A sign-off or its withdrawal, never overwritten. `seen` lists the earlier sign-off events of the same target;
 * `seenStatus` every status event of the claim (of every claim, for the story) its author had seen: a status event
 * outside it makes the sign-off lapse.
 */
export interface SignOffEventDoc {
  _id: string;
  type: 'signoff';
  target: SignOffTarget;
  action: 'sign' | 'withdraw';
  fingerprint: string;
  device: string;
  by: string;
  at: string;
  seen: string[];
  seenStatus: string[];
}

/** A source's metadata. A confidential source's document is written only to its holder's own replica. */
export interface SourceSyncDoc {
  _id: string;
  type: 'source';
  source: Source;
  confidential: boolean;
  edit: Edit;
}

/** What the others see of a confidential source: who holds it, and the claims it is tied to. */
export interface HeldSyncDoc {
  _id: string;
  type: 'held';
  sourceId: string;
  heldBy: string;
  claimIds: string[];
  edit: Edit;
}

/** A passage copied into the project from a personal library. Immutable. */
export interface PassageSyncDoc {
  _id: string;
  type: 'passage';
  passage: Passage;
  confidential: boolean;
}

/** A dismissed suggestion: a grow-only set. */
export interface DismissedSyncDoc {
  _id: string;
  type: 'dismissed';
  key: string;
}

/**
 * One entry of a device's activity log (its own hash chain, see shared/log/device-chains.ts), immutable. The id names
 * the device and the place: "log:<device>:<seq>".
 */
export interface LogSyncDoc {
  _id: string;
  type: 'log';
  device: string;
  entry: LogEntry;
}

export type SyncDoc =
  | ProjectSyncDoc
  | DraftHeadDoc
  | DraftSyncDoc
  | ClaimSyncDoc
  | LinkSyncDoc
  | FieldEventDoc
  | SignOffEventDoc
  | SourceSyncDoc
  | HeldSyncDoc
  | PassageSyncDoc
  | DismissedSyncDoc
  | LogSyncDoc;

/** Documents with an `edit`: they change in place, and concurrent edits are settled by pickWinner. */
export type MutableSyncDoc = Extract<SyncDoc, { edit: Edit }>;

/** What a device needs to write documents: its id, who acts and when, and the SHA-256 of a text (hex). */
export interface SyncContext {
  device: string;
  /** The person acting, for changes the project document does not name anyone for (withdrawals, decisions). */
  user: string;
  now: () => string;
  hash: (text: string) => string;
  /** A new unique id for an event (the device id is added in front). */
  newId: () => string;
}

export const claimDocId = (claimId: string): string => `claim:${claimId}`;
export const linkDocId = (linkId: string): string => `link:${linkId}`;
export const sourceDocId = (sourceId: string): string => `source:${sourceId}`;
export const heldDocId = (sourceId: string): string => `held:${sourceId}`;
export const passageDocId = (passageId: string): string => `passage:${passageId}`;
export const logDocId = (device: string, seq: number): string => `log:${device}:${seq}`;

/** The device and place a log document's id names, or null for an id that is not one. */
export function logDocPlace(id: string): { device: string; seq: number } | null {
  const match = /^log:(.+):(\d+)$/.exec(id);
  return match ? { device: match[1]!, seq: Number(match[2]) } : null;
}

/** Whether a document must never leave the device (the replication filter and the server's guard ask the same). */
export function isConfidential(doc: object): boolean {
  return (doc as { confidential?: unknown }).confidential === true;
}

/** Whether a value read from a replica looks like one of the documents above (foreign documents are ignored). */
export function isSyncDoc(value: unknown): value is SyncDoc {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { _id?: unknown; type?: unknown };
  return (
    typeof v._id === 'string' &&
    typeof v.type === 'string' &&
    [
      'project',
      'draft-head',
      'draft',
      'claim',
      'link',
      'event',
      'signoff',
      'source',
      'held',
      'passage',
      'dismissed',
      'log',
    ].includes(v.type)
  );
}

/**
 * Of two versions of one mutable document, the one every replica keeps: the later edit (higher n), then the
 * greater device id. Immutable documents never differ, so either is the same.
 */
export function pickWinner<T extends SyncDoc>(a: T, b: T): T {
  const ea = (a as Partial<MutableSyncDoc>).edit;
  const eb = (b as Partial<MutableSyncDoc>).edit;
  if (!ea || !eb) return a;
  if (ea.n !== eb.n) return ea.n > eb.n ? a : b;
  if (ea.device !== eb.device) return ea.device > eb.device ? a : b;
  return ea.at >= eb.at ? a : b;
}
