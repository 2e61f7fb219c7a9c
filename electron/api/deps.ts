// What the handlers need from the outside world. The app, the browser harness, the CLI and tests each pass their own.
import type { EventName, Events } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import type { Capabilities, FilePurpose } from '../../shared/api/views';
import type { SourceFileLimits } from '../importers/sources/limits';
import type { WebFetchLimits } from '../importers/sources/web-fetch';
import type { NewsroomConnection } from '../storage/newsroom-library';
import type { SecretStore } from '../storage/secret-store';
import type { CookieStore } from '../sync/cookie-store';
import type { SharedFileLimits } from '../sync/source-files';

export interface Dialogs {
  /**
   * Shows the system folder picker ('new': where to put a new project, starting at `defaultPath`; 'open': a project
   * folder); null when the user cancels.
   */
  pickFolder(purpose: 'new' | 'open', defaultPath?: string): Promise<string | null>;
  /**
   * Shows the system file picker: one draft to import ('import-draft'), or one or more source files to add
   * ('add-sources', several may be chosen at once); null when the user cancels.
   */
  pickFile(purpose: FilePurpose): Promise<string[] | null>;
  /** Shows the system save dialog for an export; null when the user cancels. */
  pickSavePath(defaultPath: string, extension: string): Promise<string | null>;
}

export interface Shell {
  showInFolder(path: string): void;
  /** Opens a file in the program the system uses for it, or a refusal with a sentence when it cannot. */
  openPath?(path: string): Promise<Result<null>>;
  /** Called only with URLs that passed isSafeExternalUrl (and opens nothing else). */
  openExternal(url: string): Promise<void>;
}

export interface HandlerDeps {
  /** Current time as an ISO string (a fake clock in tests). */
  now: () => string;
  /** A new unique id. */
  newId: () => string;
  /** Folder for settings and recent projects (FACTDESK_DATA_DIR overrides the default). */
  dataDir: string;
  /** The user's home folder: the folder browser lists nothing above it (os.homedir() unless given). */
  homeDir?: string;
  /** The user's documents folder; new projects go in its Factdesk folder (<home>/Documents unless given). */
  documentsDir?: string;
  appVersion: string;
  capabilities: Capabilities;
  /** Who and where this process is: written into lock files. */
  identity: { user: string; host: string; pid: number };
  dialogs?: Dialogs;
  shell?: Shell;
  /** Whether opening a project adds it to the recent list (the CLI does not). Default true. */
  rememberRecent?: boolean;
  /** Prints HTML to PDF: Electron's printToPDF in the app; Chromium headless in the harness and the CLI. */
  renderPdf?: (html: string) => Promise<Uint8Array>;
  /** Smaller per-file source limits than FILE_LIMITS (the hostile-input tests use them to stay fast). */
  sourceLimits?: Partial<SourceFileLimits>;
  /** Smaller limits for fetching web pages than WEB_FETCH_LIMITS (tests). */
  webFetchLimits?: Partial<WebFetchLimits>;
  /**
   * The newsroom's shared library on PostgreSQL (FACTDESK_LIBRARY_URL, the password from it or PGPASSWORD); without
   * one, searches stay on this computer.
   */
  newsroom?: NewsroomConnection | null;
  /**
   * Keeps the newsroom library's password for the settings saved in Preferences: Electron safeStorage in the desktop
   * app, the environment (PGPASSWORD) in the harness and the CLI. Without one, no password is kept.
   */
  secrets?: SecretStore;
  /**
   * Shared stories: where session cookies are kept (safeStorage in the app; memory and FACTDESK_SYNC_PASSWORD in the
   * harness and the CLI), how long a replication waits at most between tries, and (tests) how large a source file may
   * be to travel and the size of its pieces. Without it, cookies live in memory. `caFile`: the newsroom's CA
   * certificate file (FACTDESK_SYNC_CA) when the newsroom signs the story server's certificate itself.
   */
  sync?: { cookies: CookieStore; retryMs?: number; files?: SharedFileLimits; caFile?: string | null };
  /** Pushes an event to the renderer (IPC or server-sent events). */
  emit: <E extends EventName>(event: E, payload: Events[E]) => void;
}
