// The names of the Api methods and events, and their IPC channels, without zod: the sandboxed preload imports
// only this file, so it stays small. contract.ts checks at compile time that these lists match its validators.

/** Every Api method, in contract order. */
export const METHOD_NAMES = [
  'getAppInfo',
  'updatePreferences',
  'removeRecent',
  'pickFolder',
  'suggestProjectFolder',
  'listFolders',
  'createProject',
  'openProject',
  'closeProject',
  'getProject',
  'setDraftText',
  'setDraftFile',
  'markClaim',
  'updateClaim',
  'deleteClaim',
  'pickFile',
  'importDraft',
  'pasteDraft',
  'getSuggestions',
  'acceptSuggestions',
  'dismissSuggestions',
  'reattachClaim',
  'getDraftVersion',
  'compareDrafts',
  'updateProjectSettings',
  'previewSource',
  'addSource',
  'addWebPage',
  'cancelTask',
  'listSources',
  'getSource',
  'updateSource',
  'removeSource',
  'attachRecording',
  'getSearchIndex',
  'searchLibrary',
  'suggestSources',
  'attachSource',
  'updateLink',
  'detachSource',
  'updateClaims',
  'signOff',
  'revokeSignOff',
  'updateStatuses',
  'getActivityLog',
  'previewAppendix',
  'pickSavePath',
  'exportAppendix',
  'openExportedFile',
  'checkQuotes',
  'checkQuoteFiles',
  'resolveConflict',
  'listBackups',
  'recoverProject',
  'restoreBackup',
  'showInFolder',
  'openExternal',
  'setMenuState',
  // The newsroom library: connection settings in Preferences, attaching its passages (shared/api/newsroom.ts).
  'getNewsroomSettings',
  'testNewsroomConnection',
  'saveNewsroomSettings',
  'disconnectNewsroom',
  'getNewsroomSource',
  'attachNewsroomPassage',
  // Shared stories (shared/api/sync.ts).
  'shareProject',
  'listSharedStories',
  'openSharedStory',
  'getSyncState',
  'resumeSync',
  'decideReview',
  'stopSharing',
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

/** Events the main side pushes to the renderer. */
export const EVENT_NAMES = [
  'projectChanged',
  'saveState',
  'externalChange',
  'projectOpened',
  'menuCommand',
  'taskProgress',
  'libraryChanged',
  'syncState',
] as const;
export type EventName = (typeof EVENT_NAMES)[number];

/** IPC channel for a method: derived, never typed by hand. */
export function channelFor(method: MethodName): string {
  return `api:${method}`;
}

/** IPC channel for an event. */
export function eventChannelFor(event: EventName): string {
  return `event:${event}`;
}

/** HTTP header that carries the browser harness's per-run token. */
export const HTTP_TOKEN_HEADER = 'x-factdesk-token';

/** Where the browser harness hands out an exported file (GET, with the token as a query parameter). */
export const EXPORT_FILE_PATH = '/api/export-file';
