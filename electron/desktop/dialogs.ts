// Native dialogs: the folder picker behind pickFolder, the file picker behind pickFile (a draft, or several
// sources), and the one-line error box for start-up failures.
import { dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import type { Dialogs } from '../api/deps';
import { SOURCE_EXTENSIONS } from '../importers/sources/parse-source';
import { RECORDING_TYPES } from '../importers/sources/recording';

/** The Dialogs the handlers use, attached to the main window when there is one. */
export function createDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  return {
    async pickFolder(purpose, defaultPath) {
      const options = {
        title: purpose === 'new' ? 'Choose where to put the new project' : 'Open a project folder',
        buttonLabel: purpose === 'new' ? 'Put the project here' : 'Open',
        ...(defaultPath ? { defaultPath } : {}),
        properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] as Array<
          'openDirectory' | 'createDirectory' | 'dontAddToRecent'
        >,
      };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickSavePath(defaultPath, extension) {
      const options = {
        title: 'Export the source appendix',
        buttonLabel: 'Export',
        defaultPath,
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
          'createDirectory' | 'showOverwriteConfirmation'
        >,
      };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async pickFile(purpose) {
      if (purpose === 'attach-recording') {
        const options = {
          title: 'Attach a recording',
          buttonLabel: 'Attach',
          properties: ['openFile', 'dontAddToRecent'] as Array<'openFile' | 'dontAddToRecent'>,
          filters: [
            { name: 'Recordings', extensions: Object.keys(RECORDING_TYPES) },
            { name: 'All files', extensions: ['*'] },
          ],
        };
        const window = getWindow();
        const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
        return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
      }
      const sources = purpose === 'add-sources';
      const options = {
        title: sources ? 'Add sources' : 'Import a draft',
        buttonLabel: sources ? 'Add' : 'Import',
        properties: (sources
          ? ['openFile', 'multiSelections', 'dontAddToRecent']
          : ['openFile', 'dontAddToRecent']) as Array<'openFile' | 'multiSelections' | 'dontAddToRecent'>,
        filters: [
          sources
            ? { name: 'Sources', extensions: [...SOURCE_EXTENSIONS] }
            : { name: 'Drafts', extensions: ['docx', 'md', 'markdown', 'txt', 'html', 'htm'] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
  };
}

/** Shows a blocking error box (used when Factdesk cannot start, before any window exists). */
export function showStartupError(title: string, message: string): void {
  dialog.showErrorBox(title, message);
}

/** Tells the user why a project from outside the window (double-click, Open Recent) could not be opened. */
export async function showOpenError(window: BrowserWindow | null, message: string): Promise<void> {
  const options = {
    type: 'error' as const,
    title: 'Factdesk',
    message: 'The project could not be opened.',
    detail: message,
  };
  if (window) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}
