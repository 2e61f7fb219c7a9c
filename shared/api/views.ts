// What handlers send back to the renderer: plain data, safe to structured-clone across IPC or serialise as JSON.
import type { Claim, SignOff } from '../model/claim';
import type { Suggestion } from '../detect/types';
import type { LibraryName, Passage, Source, SourceType } from '../model/source';
import type { StatusDef } from '../model/status';
import type { Verdict } from '../verify/types';
import type { ReanchorCounts } from '../edits/project-edits';
import type { SearchHit } from '../search/hits';
import type { DeviceChainCheck } from '../log/story-log-view';

/** What the system file picker is asked for: one draft to import, one or more source files to add, or a recording. */
export const FILE_PURPOSES = ['import-draft', 'add-sources', 'attach-recording'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

export type { ReanchorCounts, SearchHit };

export type Theme = 'system' | 'light' | 'dark';

export interface RecentProject {
  /** The project folder. */
  path: string;
  title: string;
  openedAt: string;
}

export interface Capabilities {
  /** 'ipc' inside the Electron app, 'http' in the browser harness, 'cli' for the factdesk command. */
  transport: 'ipc' | 'http' | 'cli';
  /** Native open/save dialogs exist (Electron only); otherwise the renderer asks for a path. */
  nativeDialogs: boolean;
  /** "Show in folder" can open the system file manager. */
  showInFolder: boolean;
}

/** The folders inside one folder, for choosing where a new project goes where there is no native dialog. */
export interface FolderListing {
  /** The folder listed (absolute). */
  path: string;
  /** The folder above it, or null at the home folder (nothing above it is listed). */
  parent: string | null;
  home: string;
  /** Its folders by name, hidden ones left out. */
  folders: Array<{ name: string; path: string }>;
  /** How many more folders there are than listed. */
  more: number;
}

export interface AppInfo {
  version: string;
  userName: string;
  theme: Theme;
  /**
   * Suggestions list only the most check-worthy sentences: this share of a draft's sentences (0.01 to 1; 0.15 unless
   * changed), or null for every suggestion.
   */
  suggestionShare: number | null;
  /**
   * The newsroom's CA certificate file the story server's https certificate is checked against (besides the public
   * CAs and the computer's own), as saved in Preferences; null for none.
   */
  storyServerCa: string | null;
  recent: RecentProject[];
  capabilities: Capabilities;
  /** Folder that holds settings and recent projects. */
  dataDir: string;
}

export interface LockOwner {
  user: string;
  host: string;
  pid: number;
  app: string;
  acquiredAt: string;
  heartbeatAt: string;
}

export type SaveStateKind = 'saved' | 'saving' | 'unsaved' | 'error' | 'read-only';

export interface SaveState {
  state: SaveStateKind;
  /** For 'error' and 'read-only': the reason, as a sentence. */
  message?: string;
  /** When the last durable save finished. */
  savedAt?: string;
  /** Increases with every change of state: a state with a lower number is older and must not replace a newer one. */
  seq?: number;
}

export interface DraftVersionMeta {
  id: string;
  number: number;
  importedAt: string;
  importedBy: string;
  origin: string;
  words: number;
}

export interface BackupInfo {
  name: string;
  createdAt: string;
  bytes: number;
  /**
   * Listed for an open project whose folder holds a shared story: why it cannot be restored here, the words
   * restoreBackup's refusal gives after "<name> was not restored: ". Absent where it can be.
   */
  restoreRefused?: string;
}

export interface ProjectView {
  /** A handle for this open project, valid until it is closed. */
  projectId: string;
  /**
   * Increases with every change of the open project. Replies and events can arrive out of order over HTTP; a view
   * with a lower revision than one already shown is older and must not replace it.
   */
  revision: number;
  /** The project folder. */
  folder: string;
  /** The project.factdesk file. */
  file: string;
  title: string;
  readOnly: boolean;
  /** Who holds the project when it was opened read-only because of a lock. */
  lockedBy: LockOwner | null;
  saveState: SaveState;
  /** True when the file changed on disk and the user has to choose reload, keep mine or save a copy. */
  conflict: boolean;
  /** One-off messages for the user (a migration made, a stale lock taken over, ...). */
  notices: string[];
  drafts: DraftVersionMeta[];
  currentDraft: {
    id: string;
    number: number;
    text: string;
    /** Headings and paragraphs as offsets into text, when the importer knew them (absent for plain pastes). */
    blocks?: { kind: 'heading' | 'paragraph'; level?: number; start: number; end: number }[];
  } | null;
  claims: Claim[];
  statuses: StatusDef[];
  people: string[];
  /** The story's sign-off and whether it still covers every claim. */
  storySignOff: (SignOff & { state: 'current' | 'lapsed' }) | null;
  /** Entries in the activity log. */
  activityCount: number;
}

export interface DraftImportOutcome {
  view: ProjectView;
  /** For a new version: how the claims fared. Null for the first draft. */
  reanchored: ReanchorCounts | null;
  /** Things the user should know that did not stop the import. */
  warnings: string[];
}

/** A suggestion as the Api gives it: the detector's Suggestion (shared/detect/types.ts) and the key it is known by. */
export interface SuggestionView extends Suggestion {
  /** Stable across draft versions: used to accept or dismiss. */
  key: string;
}

export interface DraftComparison {
  from: { id: string; number: number };
  to: { id: string; number: number };
  ops: { op: 'equal' | 'insert' | 'delete'; text: string }[];
  added: number;
  removed: number;
}

export type { LibraryName } from '../model/source';

export interface SourceView extends Source {
  library: LibraryName;
  passageCount: number;
}

export interface LibraryView {
  sources: SourceView[];
}

export interface SourceDetail {
  source: SourceView;
  passages: Passage[];
  /**
   * In a shared story, one sentence for each of the source's files that is still arriving from the story server
   * ("The recording of "Briefing" is still arriving from the story server."); absent when none is.
   */
  arriving?: { file: string; sentence: string }[];
}

export interface SourcePreview {
  format: string;
  suggestedTitle: string;
  suggestedType: SourceType;
  speakers: string[];
  passageCount: number;
  /** The first few passages as they will be stored. */
  sample: Pick<Passage, 'index' | 'text' | 'speaker' | 'pinpoint' | 'start' | 'end'>[];
  /** Quote lists: the columns found and the suggested mapping to text, speaker, date, source, url and tags. */
  columns?: string[];
  suggestedMapping?: Record<string, string>;
  warnings: string[];
}

export interface SearchIndexPayload {
  /** Changes whenever a source is added, edited or removed. */
  key: string;
  bytes: Uint8Array;
  /**
   * Where the newsroom library is (host, port and database; never a user or password), or null when none is
   * configured. With one, the window searches through searchLibrary, which asks the newsroom's server too.
   */
  newsroom?: string | null;
}

export interface ActivityEntryView {
  /** The entry's number in its device's chain. */
  seq: number;
  at: string;
  by: string;
  action: string;
  claimId?: string;
  details: Record<string, unknown>;
  /** The device whose chain holds the entry: set for a shared story's log, where every device keeps its own chain. */
  device?: string;
}

/** One device's chain of a shared story's log, checked as `factdesk verify-log` checks it (shared/log/story-log-view.ts). */
export type DeviceChainView = DeviceChainCheck;

export interface ActivityLogView {
  /** Oldest first; for a shared story every device's entries merged by time. */
  entries: ActivityEntryView[];
  /** This project's own chain's check: intact, or the first bad entry and why. */
  verdict: { ok: true; count: number } | { ok: false; firstBadSeq: number; reason: string };
  /**
   * Only for a shared story: every device's chain and its check, in device order; `unreadable` says why the other
   * devices' entries could not be read here (then only this device's entries are shown).
   */
  shared?: { devices: DeviceChainView[]; unreadable?: string };
}

export interface ExportOutcome {
  path: string;
  bytes: number;
  /** ClaimReview: claims left out or missing fields Google's tools want, each as a sentence. */
  warnings: string[];
  /** ClaimReview with no rated claim: why the file holds an empty list and what to do. Absent otherwise. */
  empty?: string;
}

/** A quote's verdict (see shared/verify VERDICTS). */
export type QuoteVerdict = Verdict;

/** One direct quote of the draft as the quote check gives it (see shared/verify/checked-quote.ts). */
export type { CheckedQuote } from '../verify/checked-quote';
