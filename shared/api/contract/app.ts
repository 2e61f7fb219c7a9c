// The app's own methods: preferences, recent projects, folder pickers and the system shell (show in folder,
// open a link).
import { z } from 'zod';
import type { AppInfo, FolderListing } from '../views';
import { path } from './fields';

export const appValidators = {
  getAppInfo: z.strictObject({}),
  updatePreferences: z.strictObject({
    userName: z.string().trim().min(1).max(120).optional(),
    theme: z.enum(['system', 'light', 'dark']).optional(),
    suggestionShare: z.number().min(0.01).max(1).nullable().optional(),
    /** The newsroom's CA certificate file for the story server; null (or '') forgets it. */
    storyServerCa: z.string().trim().max(4096).nullable().optional(),
  }),
  removeRecent: z.strictObject({ path }),
  pickFolder: z.strictObject({ purpose: z.enum(['new', 'open']) }),
  suggestProjectFolder: z.strictObject({ title: z.string().max(300), parent: path.optional() }),
  listFolders: z.strictObject({ path: path.optional() }),
  showInFolder: z.strictObject({ path }),
  openExternal: z.strictObject({ url: z.string().min(1).max(8192) }),
  setMenuState: z.strictObject({ recordingPlayer: z.boolean() }),
};

/** What the app methods reply with, inside a Result. */
export interface AppReplies {
  /** Version, preferences, recent projects and what this transport can do. */
  getAppInfo: AppInfo;
  /**
   * Saves the user's name (shown in histories), theme, how much of a draft the suggestions cover and the story
   * server's CA certificate file (refused with a sentence, nothing saved, when it is not a readable PEM certificate).
   */
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
  /** Shows a file or folder in the system file manager. */
  showInFolder: null;
  /** Opens an https: link in the default browser; anything else is refused. */
  openExternal: null;
  /**
   * What the window shows that the application menu enables items by: a source's recording player. The desktop app
   * rebuilds its menu from it (main.ts); the browser harness has no application menu and only answers.
   */
  setMenuState: null;
}
