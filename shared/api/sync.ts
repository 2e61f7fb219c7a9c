// Shared stories' part of the contract (issue 16): sharing a project on the newsroom's story server, listing and
// opening the stories shared there, the sync state, deciding a claim that needs review, and stopping. The password is
// sent once to sign in and never kept or echoed; what is kept is the session cookie. contract.ts spreads these
// validators and replies into its tables.
import { z } from 'zod';
import { isWebAddress } from '../model/source';
import type { ProjectView } from './views';

const projectId = z.string().min(1).max(128);
const id = z.string().min(1).max(128);
const path = z.string().min(1).max(4096);
/** The story server's address: http(s), no name or password in it (those go in their own fields). */
const serverUrl = z
  .string()
  .trim()
  .max(2048)
  .refine(isWebAddress, 'Give the story server as an http:// or https:// address without a name or password in it.');
const user = z.string().trim().min(1).max(200);
/** Optional: without it, the kept session cookie (or, in the harness and the CLI, FACTDESK_SYNC_PASSWORD) is used. */
const password = z.string().min(1).max(1000).optional();
const signInFields = { serverUrl, user, password };

export const syncValidators = {
  shareProject: z.strictObject({
    projectId,
    ...signInFields,
    /** Who may open the story besides the person sharing it (server user names); used when the database is made. */
    members: z.array(user).max(500).optional(),
  }),
  listSharedStories: z.strictObject(signInFields),
  openSharedStory: z.strictObject({ ...signInFields, storyId: id, folder: path }),
  getSyncState: z.strictObject({ projectId }),
  resumeSync: z.strictObject({ projectId }),
  decideReview: z.strictObject({ projectId, claimId: id, status: id }),
  stopSharing: z.strictObject({ projectId }),
};

/** The sync state as the window shows it (the shape of shared/sync/sync-state.ts's SyncState). */
export interface SyncStateView {
  phase: 'synced' | 'syncing' | 'offline' | 'signed-out' | 'no-access';
  /** Changes made here that the server does not have yet. */
  pending: number;
  /** When the connection was lost (ISO time), while offline. */
  offlineSince: string | null;
  /** Claims marked "needs review". */
  conflicts: number;
  /** Why, when offline or signed out: one sentence. */
  message: string | null;
  /** Source files that do not travel with the story (too large, or refused on arrival): one sentence each. */
  files?: string[];
  /** Source files the story holds that are still arriving on this computer, piece by piece. */
  arriving?: number;
}

/** Where and how a project is shared, and its sync state; `shared` false for a project nobody shares. */
export interface SyncStatusView {
  projectId: string;
  shared: boolean;
  serverUrl: string | null;
  user: string | null;
  /** The story database's name on the server. */
  database: string | null;
  state: SyncStateView | null;
}

/** A story on the server the signed-in person may open. */
export interface SharedStoryView {
  storyId: string;
  database: string;
  /** The story's title; '' until its first document arrived on the server. */
  title: string;
  claims: number;
}

export interface SyncReplies {
  /** Signs in, makes or checks the story's database and starts syncing; refused with a sentence saying why. */
  shareProject: SyncStatusView;
  /** The stories on the server this person may open, by title. */
  listSharedStories: { stories: SharedStoryView[] };
  /** A new project folder holding the story, pulled and folded; it stays synced while open. */
  openSharedStory: ProjectView;
  /**
   * The sync state of an open project, read only: a shared project not syncing yet has the state its last
   * resumeSync left (null before any).
   */
  getSyncState: SyncStatusView;
  /**
   * Resumes syncing a shared project opened again, with the kept session cookie (or the process's password): the
   * window calls it when it opens the project, the command line's sync and decide before they sync. Answers the
   * state, offline or signed out with a sentence when it cannot resume; a project nobody shares is left as it is.
   * Syncing that stopped because the person was taken off the story's team ('no-access') starts again.
   */
  resumeSync: SyncStatusView;
  /** Settles a claim that needs review with the status a person chose, here and then everywhere. */
  decideReview: ProjectView;
  /** Stops syncing this project on this computer; the project and its replica stay in the folder. */
  stopSharing: SyncStatusView;
}

export interface SyncEvents {
  /** A shared project's sync state changed. */
  syncState: SyncStatusView;
}
