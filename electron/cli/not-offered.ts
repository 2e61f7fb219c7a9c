// The contract methods the factdesk command does not offer, each with the reason. Every other method is reached by
// a command; test/unit/electron/api/three-doors.test.ts runs every command and holds this list to what they reach.
import type { MethodName } from '../../shared/api/contract';

const APP_ONLY = 'an editing step of the window (claims, sources, links, sign-off); no command for it yet';

/** Methods only the app's window calls, and why the command line has no command for them. */
export const NOT_OFFERED_BY_CLI: Partial<Record<MethodName, string>> = {
  getAppInfo: 'window state: version, preferences and recent projects for the welcome screen',
  updatePreferences: "window preferences (theme, the suggestions' share); the CLI takes --share per run",
  removeRecent: 'the recent-projects list; the CLI keeps none',
  pickFolder: 'a native dialog',
  suggestProjectFolder: "the New project dialog's suggestion; factdesk new takes the folder it is given",
  listFolders: "the harness's folder browser; the shell lists folders",
  pickFile: 'a native dialog',
  pickSavePath: 'a native dialog',
  showInFolder: 'the system file manager',
  openExportedFile: "the file's own program; export prints where it wrote the file",
  openExternal: 'the default browser',
  setMenuState: "the app's menu, which the command line has none of",
  getProject: 'the window refreshing its view; every command opens the project itself',
  setDraftText: 'text typed or edited in the window; set-draft reads a file (setDraftFile)',
  pasteDraft: 'the clipboard',
  cancelTask: 'the Cancel button of a running import; Ctrl+C stops a command',
  previewSource: 'the add-source dialog before it adds',
  getSearchIndex: "the window's search worker; the CLI searches with searchLibrary",
  resolveConflict: 'the choice the window offers after another program changed the file',
  previewAppendix: "the export dialog's preview; export writes the file",
  updateClaim: APP_ONLY,
  deleteClaim: APP_ONLY,
  acceptSuggestions: APP_ONLY,
  dismissSuggestions: APP_ONLY,
  reattachClaim: APP_ONLY,
  getDraftVersion: APP_ONLY,
  compareDrafts: APP_ONLY,
  updateProjectSettings: APP_ONLY,
  getSource: APP_ONLY,
  updateSource: APP_ONLY,
  removeSource: APP_ONLY,
  suggestSources: APP_ONLY,
  updateLink: APP_ONLY,
  detachSource: APP_ONLY,
  updateClaims: APP_ONLY,
  signOff: APP_ONLY,
  revokeSignOff: APP_ONLY,
  updateStatuses: APP_ONLY,
  // The newsroom library: the command line reads FACTDESK_LIBRARY_URL and PGPASSWORD instead of saved settings.
  getNewsroomSettings: "the Preferences dialog's newsroom section; the CLI reads FACTDESK_LIBRARY_URL",
  testNewsroomConnection: "the Preferences dialog's Test connection; factdesk search says when the newsroom is offline",
  saveNewsroomSettings: 'the Preferences dialog; the CLI takes FACTDESK_LIBRARY_URL and PGPASSWORD',
  disconnectNewsroom: 'the Preferences dialog; unset FACTDESK_LIBRARY_URL for the CLI',
  getNewsroomSource: APP_ONLY,
  attachNewsroomPassage: APP_ONLY,
};
