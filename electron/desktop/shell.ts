// The system shell: show a file in the file manager, open an exported file in its program, open a checked https
// link in the default browser.
import { shell } from 'electron';
import type { Shell } from '../api/deps';
import { fail, ok } from '../../shared/api/result';
import { isSafeExternalUrl } from '../security/external-url';

/**
 * The Shell the handlers use. openExternal opens nothing isSafeExternalUrl does not accept: the handler refuses such
 * a link with its sentence before it gets here, so this is the second guard, not the one that answers.
 */
export function createShell(): Shell {
  return {
    showInFolder(path) {
      shell.showItemInFolder(path);
    },
    async openPath(path) {
      // Electron answers with an error message, or '' when the file was opened.
      const problem = await shell.openPath(path);
      return problem ? fail('io-error', `${path} could not be opened: ${problem}`) : ok(null);
    },
    async openExternal(url) {
      if (isSafeExternalUrl(url)) await shell.openExternal(url, { activate: true });
    },
  };
}
