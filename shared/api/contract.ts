// The one contract: every Api method, its input validator and its reply. IPC, HTTP and the CLI all carry this table.
import { z } from 'zod';
import { CLAIM_KINDS, LINK_RELATIONS } from '../model/claim';
import { LIBRARY_HOMES, SOURCE_TYPES, webAddressSchema } from '../model/source';
import { statusDefSchema } from '../model/status';
import type { Appendix } from '../appendix/types';
import type { Claim } from '../model/claim';
import type { Result } from './result';
import { FILE_PURPOSES } from './views';
import { syncValidators } from './sync';
import type { SyncEvents, SyncReplies } from './sync';
import { EVENT_NAMES, METHOD_NAMES, channelFor, eventChannelFor } from './names';
import { newsroomValidators } from './newsroom';
import type { NewsroomReplies } from './newsroom';
import type { EventName, MethodName } from './names';

export { EVENT_NAMES, METHOD_NAMES, channelFor, eventChannelFor };
export type { EventName, MethodName };
import type {
  AppInfo,
  FolderListing,
  BackupInfo,
  LibraryView,
  SearchHit,
  SearchIndexPayload,
  ActivityLogView,
  CheckedQuote,
  ExportOutcome,
  SourceDetail,
  SourcePreview,
  SourceView,
  DraftComparison,
  DraftImportOutcome,
  ProjectView,
  SaveState,
  SuggestionView,
} from './views';

const path = z.string().min(1).max(4096);
const projectId = z.string().min(1).max(128);
const id = z.string().min(1).max(128);
/** Drafts are capped at 20 million characters (the importers refuse larger files with a sentence). */
const MAX_DRAFT_CHARS = 20_000_000;
/** A 20 MB file in base64. */
const MAX_BASE64 = 28_000_000;
const keys = z.array(z.string().min(1).max(400)).max(10_000);
const libraryName = z.enum(['project', 'personal']);
/** The appendix formats, in the order the export dialog offers them. */
export const EXPORT_FORMATS = ['md', 'html', 'docx', 'pdf', 'csv', 'json', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
const signOffTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('claims'), claimIds: z.array(id).min(1).max(10_000) }),
  z.strictObject({ kind: z.literal('story') }),
]);
const shortText = z.string().max(1000);
const sourceMeta = z.strictObject({
  title: z.string().trim().min(1).max(500),
  type: z.enum(SOURCE_TYPES),
  speakers: z.array(z.string().trim().min(1).max(200)).max(200),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  url: webAddressSchema.nullable(),
  notes: z.string().max(100_000),
  confidential: z.boolean(),
  tags: z.array(z.string().trim().min(1).max(100)).max(100),
});
/** Which columns of a quote list hold what; each value is a column name. */
const columnMapping = z.strictObject({
  text: shortText,
  speaker: shortText.optional(),
  date: shortText.optional(),
  source: shortText.optional(),
  url: shortText.optional(),
  tags: shortText.optional(),
});
const draftSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('path'), path }),
  z.strictObject({
    kind: z.literal('bytes'),
    fileName: z.string().min(1).max(1024),
    base64: z.string().max(MAX_BASE64),
  }),
]);

export const validators = {
  getAppInfo: z.strictObject({}),
  updatePreferences: z.strictObject({
    userName: z.string().trim().min(1).max(120).optional(),
    theme: z.enum(['system', 'light', 'dark']).optional(),
    suggestionShare: z.number().min(0.01).max(1).nullable().optional(),
  }),
  removeRecent: z.strictObject({ path }),
  pickFolder: z.strictObject({ purpose: z.enum(['new', 'open']) }),
  suggestProjectFolder: z.strictObject({ title: z.string().max(300), parent: path.optional() }),
  listFolders: z.strictObject({ path: path.optional() }),
  createProject: z.strictObject({ folder: path, title: z.string().trim().min(1).max(300) }),
  openProject: z.strictObject({
    path,
    readOnly: z.boolean().optional(),
    takeOverStaleLock: z.boolean().optional(),
  }),
  closeProject: z.strictObject({ projectId }),
  getProject: z.strictObject({ projectId }),
  setDraftText: z.strictObject({
    projectId,
    text: z.string().max(MAX_DRAFT_CHARS),
    origin: z.string().max(300).optional(),
  }),
  setDraftFile: z.strictObject({ projectId, path }),
  markClaim: z.strictObject({
    projectId,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    kind: z.enum(CLAIM_KINDS).optional(),
    status: id.optional(),
  }),
  updateClaim: z.strictObject({
    projectId,
    claimId: id,
    patch: z.strictObject({
      status: id.optional(),
      kind: z.enum(CLAIM_KINDS).optional(),
      assignee: z.string().max(120).nullable().optional(),
      notes: z.string().max(100_000).optional(),
    }),
  }),
  deleteClaim: z.strictObject({ projectId, claimId: id }),
  pickFile: z.strictObject({ purpose: z.enum(FILE_PURPOSES) }),
  importDraft: z.strictObject({
    projectId,
    source: draftSource,
    encoding: z.enum(['windows-1252', 'latin1']).optional(),
  }),
  pasteDraft: z.strictObject({
    projectId,
    text: z.string().max(MAX_DRAFT_CHARS),
    html: z
      .string()
      .max(MAX_DRAFT_CHARS * 2)
      .optional(),
  }),
  getSuggestions: z.strictObject({ projectId }),
  acceptSuggestions: z.strictObject({ projectId, keys }),
  dismissSuggestions: z.strictObject({ projectId, keys }),
  reattachClaim: z.strictObject({
    projectId,
    claimId: id,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  }),
  getDraftVersion: z.strictObject({ projectId, draftId: id }),
  compareDrafts: z.strictObject({ projectId, fromId: id, toId: id }),
  updateProjectSettings: z.strictObject({
    projectId,
    people: z.array(z.string().trim().min(1).max(120)).max(500).optional(),
  }),
  previewSource: z.strictObject({
    projectId,
    file: draftSource,
    encoding: z.enum(['windows-1252', 'latin1']).optional(),
  }),
  addSource: z.strictObject({
    /** Optional when adding to the personal library (the CLI's --library). */
    projectId: projectId.optional(),
    library: libraryName,
    file: draftSource,
    encoding: z.enum(['windows-1252', 'latin1']).optional(),
    mapping: columnMapping.optional(),
    meta: sourceMeta,
    /** Lets the renderer follow progress (taskProgress events) and cancel (cancelTask). */
    taskId: id.optional(),
  }),
  addWebPage: z.strictObject({
    projectId,
    /**
     * Fetched once, now, in the main process; never from anything inside a page or a project. Anything but an http(s)
     * address is refused by the handler with a sentence naming it, which the app shows as it is.
     */
    url: z.string().trim().min(1).max(4096),
    title: z.string().trim().min(1).max(500).optional(),
    taskId: id.optional(),
  }),
  cancelTask: z.strictObject({ taskId: id }),
  listSources: z.strictObject({ projectId }),
  getSource: z.strictObject({ projectId, library: libraryName, sourceId: id }),
  updateSource: z.strictObject({ projectId, library: libraryName, sourceId: id, meta: sourceMeta.partial() }),
  removeSource: z.strictObject({ projectId, library: libraryName, sourceId: id }),
  attachRecording: z.strictObject({ projectId, library: libraryName, sourceId: id, file: draftSource }),
  getSearchIndex: z.strictObject({ projectId }),
  searchLibrary: z.strictObject({
    projectId,
    query: z.string().max(10_000),
    limit: z.number().int().min(1).max(500).optional(),
  }),
  suggestSources: z.strictObject({ projectId, claimId: id, limit: z.number().int().min(1).max(100).optional() }),
  attachSource: z.strictObject({
    projectId,
    claimId: id,
    library: libraryName,
    sourceId: id,
    passageId: id.nullable(),
    relation: z.enum(LINK_RELATIONS),
    pinpoint: z.string().max(200).optional(),
    note: z.string().max(20_000).optional(),
  }),
  updateLink: z.strictObject({
    projectId,
    claimId: id,
    linkId: id,
    patch: z.strictObject({
      relation: z.enum(LINK_RELATIONS).optional(),
      pinpoint: z.string().max(200).optional(),
      note: z.string().max(20_000).optional(),
    }),
  }),
  detachSource: z.strictObject({ projectId, claimId: id, linkId: id }),
  updateClaims: z.strictObject({
    projectId,
    claimIds: z.array(id).min(1).max(10_000),
    patch: z.strictObject({ status: id.optional(), assignee: z.string().max(120).nullable().optional() }),
  }),
  signOff: z.strictObject({ projectId, target: signOffTarget }),
  revokeSignOff: z.strictObject({ projectId, target: signOffTarget }),
  updateStatuses: z.strictObject({ projectId, statuses: z.array(statusDefSchema).min(1).max(100) }),
  getActivityLog: z.strictObject({ projectId, claimId: id.optional(), againstBackups: z.boolean().optional() }),
  previewAppendix: z.strictObject({ projectId, includeConfidential: z.boolean(), includeNotes: z.boolean() }),
  pickSavePath: z.strictObject({ defaultPath: path, format: z.enum(EXPORT_FORMATS) }),
  exportAppendix: z.strictObject({
    projectId,
    format: z.enum(EXPORT_FORMATS),
    includeConfidential: z.boolean(),
    includeNotes: z.boolean(),
    /** Where to write; by default the project's exports/ folder. */
    path: path.optional(),
    /** Replace the file when it exists (the user confirmed it); otherwise an existing file is refused, 'file-exists'. */
    overwrite: z.boolean().optional(),
    claimReview: z
      .strictObject({ url: z.string().max(4096).optional(), publisher: z.string().max(300).optional() })
      .optional(),
  }),
  openExportedFile: z.strictObject({ path }),
  checkQuotes: z.strictObject({ projectId }),
  checkQuoteFiles: z.strictObject({ draft: path, sources: z.array(path).min(1).max(10_000) }),
  resolveConflict: z.strictObject({ projectId, choice: z.enum(['reload', 'keep-mine', 'save-copy']) }),
  listBackups: z.union([z.strictObject({ projectId }), z.strictObject({ path })]),
  recoverProject: z.strictObject({ path, name: z.string().min(1).max(255).optional() }),
  restoreBackup: z.strictObject({ projectId, name: z.string().min(1).max(255) }),
  showInFolder: z.strictObject({ path }),
  openExternal: z.strictObject({ url: z.string().min(1).max(8192) }),

  // ---- The newsroom library: connection settings and attaching its passages (shared/api/newsroom.ts) ----
  ...newsroomValidators,

  // ---- Shared stories: sharing, opening and syncing a story on the newsroom's server (shared/api/sync.ts) ----
  ...syncValidators,
} satisfies Record<MethodName, z.ZodType>;

// Both directions: a validator without a name in names.ts, or a name without a validator, fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** One search result (shared/search/hits.ts), marked with where it lives: 'project', 'personal' or 'newsroom'. */
export const searchHitSchema = z.object({
  passageId: z.string(),
  sourceId: z.string(),
  library: z.enum(LIBRARY_HOMES),
  sourceTitle: z.string(),
  sourceType: z.enum(SOURCE_TYPES),
  speaker: z.string().nullable(),
  text: z.string(),
  pinpoint: z.string(),
  date: z.string().nullable(),
  score: z.number(),
  highlights: z.array(z.tuple([z.number(), z.number()])),
});
const hitsMatchSchema: Same<z.infer<typeof searchHitSchema>, SearchHit> = true;
void hitsMatchSchema;

/**
 * How the newsroom library answered a search: null when none is configured (FACTDESK_LIBRARY_URL); 'offline' with
 * the sentence saying why (its server cannot be reached, or refused the account) when the results are local only.
 * The next search tries the server again.
 */
export const newsroomStatusSchema = z
  .object({ status: z.enum(['online', 'offline']), message: z.string().nullable() })
  .nullable();
export type NewsroomStatus = z.infer<typeof newsroomStatusSchema>;

/** The reply of searchLibrary: one ranked list over every library, and the newsroom library's status. */
export const searchReplySchema = z.object({ hits: z.array(searchHitSchema), newsroom: newsroomStatusSchema });
export type SearchReply = z.infer<typeof searchReplySchema>;

const namesMatchValidators: Same<keyof typeof validators, MethodName> = true;
void namesMatchValidators;
export type InputOf<K extends MethodName> = z.input<(typeof validators)[K]>;

/**
 * What each method replies with, inside a Result (the newsroom library's methods in shared/api/newsroom.ts, shared
 * stories' in shared/api/sync.ts).
 */
export interface Replies extends NewsroomReplies, SyncReplies {
  /** Version, preferences, recent projects and what this transport can do. */
  getAppInfo: AppInfo;
  /** Saves the user's name (shown in histories), theme and how much of a draft the suggestions cover. */
  updatePreferences: AppInfo;
  /** Forgets a project in the recent list (the folder is not touched). */
  removeRecent: AppInfo;
  /** Asks for a folder with the system dialog; 'cancelled' when the user backs out, 'no-native-dialog' in the harness. */
  pickFolder: { path: string };
  /**
   * The folder a new project titled `title` goes in: `<parent>/<title as a folder name>`, the parent being
   * Documents/Factdesk unless given; numbered (" 2") when that folder already holds files.
   */
  suggestProjectFolder: { path: string };
  /** The folders inside `path` (the home folder when missing); only the home folder and below can be listed. */
  listFolders: FolderListing;
  /** Creates a project folder (project.factdesk, sources/, backups/) and opens it. */
  createProject: ProjectView;
  /** Opens a project folder or its project.factdesk file; read-only when another writer holds it. */
  openProject: ProjectView;
  /** Waits for the pending save, writes a closing backup and releases the lock. */
  closeProject: null;
  /** The open project as it is now. */
  getProject: ProjectView;
  /** Sets the draft text; a project with a draft gets a new version and its claims are re-anchored. */
  setDraftText: ProjectView;
  /**
   * Sets the draft from a UTF-8 plain-text file word for word (no format conversion: importDraft converts formats);
   * a file that is not UTF-8 or holds binary data is refused with 'invalid-file' and the project is not changed.
   */
  setDraftFile: ProjectView;
  /** Makes text[start, end) of the current draft a claim. */
  markClaim: { view: ProjectView; claim: Claim };
  /** Changes status, kind, assignee or notes; each change is appended to the claim's history. */
  updateClaim: ProjectView;
  /** Removes a claim. */
  deleteClaim: ProjectView;
  /**
   * Asks for a file with the system dialog: a draft ('import-draft') or one or more sources ('add-sources'); `path` is
   * the first file chosen and `paths` all of them ('cancelled' when the user backs out, 'no-native-dialog' in the
   * harness).
   */
  pickFile: { path: string; paths: string[] };
  /**
   * Imports a draft file (txt, md, docx, html) by path or as bytes (drag and drop in the harness). A project with a
   * draft gets a new version and its claims are re-anchored. A file in an unknown 8-bit encoding is answered with
   * 'needs-encoding' (details.choices); call again with `encoding` set.
   */
  importDraft: DraftImportOutcome;
  /** Sets the draft from pasted text (and the HTML that came with it, sanitised to text). */
  pasteDraft: DraftImportOutcome;
  /** Check-worthy spans of the current draft that are not claims yet and were not dismissed, in draft order. */
  getSuggestions: SuggestionView[];
  /** Makes claims of suggestions, by key. */
  acceptSuggestions: ProjectView;
  /** Dismisses suggestions, by key; they stay dismissed in later draft versions. */
  dismissSuggestions: ProjectView;
  /** Re-attaches a claim (an orphaned one, usually) to text[start, end) of the current draft. */
  reattachClaim: ProjectView;
  /** The text of one draft version. */
  getDraftVersion: { id: string; number: number; text: string };
  /** A word-level comparison of two draft versions. */
  compareDrafts: DraftComparison;
  /** Changes project settings such as the people who can be assigned claims. */
  updateProjectSettings: ProjectView;
  /** Reads a source file without adding it: format, title, speakers, passages found, and for quote lists the columns. */
  previewSource: SourcePreview;
  /** Adds a source to the project or to the personal library; progress comes as taskProgress events. */
  addSource: { source: SourceView; view: ProjectView | null };
  /** Fetches a web page by its address, keeps a snapshot (HTML, text, final address, time, SHA-256) and adds it. */
  addWebPage: { source: SourceView; view: ProjectView };
  /** Stops a running import; it then replies 'cancelled' and nothing is added. */
  cancelTask: null;
  /** The project's sources and the personal library's, each labelled with its library. */
  listSources: LibraryView;
  /** One source with its passages (the source viewer). */
  getSource: SourceDetail;
  /** Changes a source's title, type, speakers, date, URL, notes, confidential flag or tags. */
  updateSource: SourceView;
  /** Removes a source; claims that cite it keep their copied words. */
  removeSource: LibraryView;
  /** Keeps an audio or video file beside a transcript source (sources/, by content hash); its timecodes play it. */
  attachRecording: SourceView;
  /** The search index over both libraries, built once and cached on disk; the renderer's worker loads it. */
  getSearchIndex: SearchIndexPayload;
  /**
   * Searches the project, the personal library and (when configured) the newsroom library at once: one list ranked
   * by score, each hit marked with where it lives, and whether the newsroom answered (the CLI, the window when a
   * newsroom library is configured, and anything without the search worker).
   */
  searchLibrary: SearchReply;
  /** Passages most likely to support a claim, best first. */
  suggestSources: SearchHit[];
  /** Ties a passage (or a whole source) to a claim; a personal-library passage is copied into the project. */
  attachSource: ProjectView;
  /** Changes a link's relation, pinpoint or note. */
  updateLink: ProjectView;
  /** Unties a source from a claim. */
  detachSource: ProjectView;
  /** Sets the status or assignee of many claims at once (one history entry each). */
  updateClaims: ProjectView;
  /** Signs off claims or the whole story in the editor's name; a sign-off lapses when what it covered changes. */
  signOff: ProjectView;
  /** Withdraws a sign-off. */
  revokeSignOff: ProjectView;
  /** Replaces the project's status vocabulary (add, rename, recolour, reorder, blocking, public verdicts). */
  updateStatuses: ProjectView;
  /** The activity log (or one claim's entries) and whether its hash chain is intact. */
  getActivityLog: ActivityLogView;
  /** The appendix as it would be exported, for the export dialog's preview. */
  previewAppendix: Appendix;
  /** Asks where to save an export with the system dialog ('cancelled', or 'no-native-dialog' in the harness). */
  pickSavePath: { path: string };
  /** Writes the source appendix in one format; confidential sources are redacted unless included. */
  exportAppendix: ExportOutcome;
  /** Opens an exported appendix in the program the system uses for its kind of file (the desktop app only). */
  openExportedFile: null;
  /** Every direct quote of the draft checked against all sources: verdict, word diff, speaker check, context. */
  checkQuotes: CheckedQuote[];
  /**
   * The quote check without a project: every direct quote of a draft file against source files (no project is opened
   * or changed), for a newsroom's pre-publication script.
   */
  checkQuoteFiles: CheckedQuote[];
  /** After a change by another program: reload it, keep mine (overwrite), or save mine as a copy and reload. */
  resolveConflict: ProjectView;
  /**
   * The verified backups of an open project (by projectId) or of a project folder (by path, without opening it, so a
   * project whose file cannot be read still lists them), newest first.
   */
  listBackups: BackupInfo[];
  /**
   * For a project whose file cannot be read: moves the damaged file aside, restores the newest good backup (or the
   * one named) and opens the project.
   */
  recoverProject: { view: ProjectView; restoredFrom: BackupInfo; keptAs: string | null };
  /** Restores a backup, after backing up the current state so the restore can be undone. */
  restoreBackup: ProjectView;
  /** Shows a file or folder in the system file manager. */
  showInFolder: null;
  /** Opens an https: link in the default browser; anything else is refused. */
  openExternal: null;
}

/** The Api every transport implements. Each reply is a Result, never a thrown error. */
export type Api = { [K in MethodName]: (input: InputOf<K>) => Promise<Result<Replies[K]>> };

/** Events the main side pushes to the renderer. */
export interface Events extends SyncEvents {
  /** The open project changed (after any handler, a reload or a restore). */
  projectChanged: { view: ProjectView };
  /** Saving started, finished durably, or failed. */
  saveState: { projectId: string; saveState: SaveState };
  /** Another program changed project.factdesk; nothing will be written until the user chooses. */
  externalChange: { projectId: string; message: string };
  /** A project was opened from outside the window (file association, second instance, menu). */
  projectOpened: { view: ProjectView };
  /** A menu item or accelerator handled by the renderer's command table. */
  menuCommand: { command: string };
  /** Progress of a long task (a big import): done of total units, with a label to show. */
  taskProgress: { taskId: string; done: number; total: number; label: string };
  /** The libraries changed (a source added, edited or removed): search indexes must be refreshed. */
  libraryChanged: { projectId: string };
}
const eventsMatchNames: Same<keyof Events, EventName> = true;
void eventsMatchNames;

/** What the preload exposes on window.factdesk, and what the HTTP client implements too. */
export interface Bridge {
  api: Api;
  /**
   * The browser harness only: the address that downloads (`download`) or shows in a tab (`open`) an exported file of
   * an open project. Absent in the desktop app, which opens files with the system instead.
   */
  exportFileUrl?(input: { projectId: string; path: string; mode: 'download' | 'open' }): string;
  /**
   * The browser harness only: the address of a source's recording on the harness server, with the page token. Absent
   * in the desktop app, where the recording is app://factdesk/media/<project>/<library>/<source>.
   */
  mediaUrl?(input: { projectId: string; library: 'project' | 'personal'; sourceId: string }): string;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}
