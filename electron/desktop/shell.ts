// The system shell: show a file in the file manager, open an exported file in its program, open a checked https
// link in the default browser.
import { shell } from 'electron';
import type { Shell } from '../api/deps';
import { FactdeskError } from '../../shared/api/result';
import { isSafeExternalUrl } from '../security/external-url';

/** The Shell the handlers use; openExternal refuses anything isSafeExternalUrl does not accept. */
export function createShell(): Shell {
  return {
    showInFolder(path) {
      shell.showItemInFolder(path);
    },
    async openPath(path) {
      // Electron answers with an error message, or '' when the file was opened.
      const problem = await shell.openPath(path);
      if (problem) throw new FactdeskError('io-error', `${path} could not be opened: ${problem}`);
    },
    async openExternal(url) {
      if (!isSafeExternalUrl(url)) {
        throw new FactdeskError(
          'invalid-input',
          `Factdesk only opens https links in your browser; "${url}" was not opened.`,
        );
      }
      await shell.openExternal(url, { activate: true });
    },
  };
}
