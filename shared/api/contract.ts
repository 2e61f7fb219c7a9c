// The one contract: every Api method, its input validator and its reply. IPC, HTTP and the CLI all carry this table.
// Each area declares its own methods in shared/api/contract/; this file assembles them in the order of names.ts.
import type { z } from 'zod';
import type { Result } from './result';
import { syncValidators } from './sync';
import type { SyncReplies } from './sync';
import { EVENT_NAMES, METHOD_NAMES, channelFor, eventChannelFor } from './names';
import type { EventName, MethodName } from './names';
import { appValidators } from './contract/app';
import type { AppReplies } from './contract/app';
import { claimValidators } from './contract/claims';
import type { ClaimReplies } from './contract/claims';
import { draftValidators } from './contract/drafts';
import type { DraftReplies } from './contract/drafts';
import { exportValidators } from './contract/export';
import type { ExportReplies } from './contract/export';
import { projectValidators } from './contract/projects';
import type { ProjectReplies } from './contract/projects';
import { searchValidators } from './contract/search';
import type { SearchReplies } from './contract/search';
import { sourceValidators } from './contract/sources';
import type { SourceReplies } from './contract/sources';
import { newsroomValidators } from './newsroom';
import type { NewsroomReplies } from './newsroom';

export { EVENT_NAMES, METHOD_NAMES, channelFor, eventChannelFor };
export type { EventName, MethodName };
export { EXPORT_FORMATS } from './contract/export';
export type { ExportFormat } from './contract/export';
export { newsroomStatusSchema, searchHitSchema, searchReplySchema } from './contract/search';
export type { NewsroomStatus, SearchReply } from './contract/search';
export type { Bridge, Events } from './contract/events';

const byArea = {
  ...appValidators,
  ...projectValidators,
  ...draftValidators,
  ...claimValidators,
  ...sourceValidators,
  ...searchValidators,
  ...exportValidators,
  ...newsroomValidators,
  ...syncValidators,
};

/**
 * One zod validator per method, its keys in the order of METHOD_NAMES (the contract order every door and test walks),
 * whichever area file declares it.
 */
export const validators = Object.fromEntries(METHOD_NAMES.map((name) => [name, byArea[name]])) as typeof byArea;

// Both directions: a validator without a name in names.ts, or a name without a validator, fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatchValidators: Same<keyof typeof validators, MethodName> = true;
void namesMatchValidators;
void (validators satisfies Record<MethodName, z.ZodType>);
export type InputOf<K extends MethodName> = z.input<(typeof validators)[K]>;

/**
 * What each method replies with, inside a Result (each area documents its own methods; the newsroom library's are in
 * shared/api/newsroom.ts, shared stories' in shared/api/sync.ts).
 */
export interface Replies
  extends
    AppReplies,
    ProjectReplies,
    DraftReplies,
    ClaimReplies,
    SourceReplies,
    SearchReplies,
    ExportReplies,
    NewsroomReplies,
    SyncReplies {}

/** The Api every transport implements. Each reply is a Result, never a thrown error. */
export type Api = { [K in MethodName]: (input: InputOf<K>) => Promise<Result<Replies[K]>> };
