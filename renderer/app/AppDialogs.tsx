// The dialogs that float above the welcome screen and the project alike: new and open project, open a shared story, the abandoned-lock
// question, the command palette, shortcuts, preferences and about. They read the shell (renderer/README.md): the
// welcome flows, the overlay and the app facts.
import { CommandPalette } from '../features/palette/CommandPalette';
import { AboutDialog } from '../features/preferences/AboutDialog';
import { PreferencesDialog } from '../features/preferences/PreferencesDialog';
import { ShortcutsDialog } from '../features/preferences/ShortcutsDialog';
import { NewProjectDialog } from '../features/welcome/NewProjectDialog';
import { OpenProjectDialog } from '../features/welcome/OpenProjectDialog';
import { OpenSharedDialog } from '../features/welcome/OpenSharedDialog';
import { StaleLockDialog } from '../features/welcome/StaleLockDialog';
import { COMMANDS } from '../../shared/commands/commands';
import { useShell } from './shell-context';

/** Draws whichever of the app-level dialogs is open. */
export function AppDialogs() {
  const { info, welcome, welcomeActions, overlay, closeOverlay, paletteCommands, isMac, updatePreferences } =
    useShell();
  return (
    <>
      {welcome.dialog === 'new' && !welcome.staleLock && (
        <NewProjectDialog
          nativeDialogs={info.capabilities.nativeDialogs}
          busy={welcome.busy}
          error={welcome.error}
          onCreate={(folder, title) => void welcomeActions.create(folder, title)}
          onBrowse={() => welcomeActions.pickFolder('new')}
          suggestFolder={welcomeActions.suggestFolder}
          listFolders={welcomeActions.listFolders}
          onClose={() => welcomeActions.show('none')}
        />
      )}
      {welcome.dialog === 'open' && !welcome.staleLock && (
        <OpenProjectDialog
          nativeDialogs={info.capabilities.nativeDialogs}
          busy={welcome.busy}
          error={welcome.error}
          onRecover={welcome.recoverable ? () => void welcomeActions.recover() : null}
          onOpen={(path) => void welcomeActions.open(path)}
          onBrowse={() => welcomeActions.pickFolder('open')}
          onClose={() => welcomeActions.show('none')}
        />
      )}
      {welcome.dialog === 'open-shared' && (
        <OpenSharedDialog
          nativeDialogs={info.capabilities.nativeDialogs}
          onBrowse={() => welcomeActions.pickFolder('new')}
          suggestFolder={welcomeActions.suggestFolder}
          listFolders={welcomeActions.listFolders}
          onOpened={welcomeActions.opened}
          onClose={() => welcomeActions.show('none')}
        />
      )}
      {welcome.staleLock && (
        <StaleLockDialog
          question={welcome.staleLock.question}
          busy={welcome.busy}
          onAnswer={(answer) => void welcomeActions.answerStaleLock(answer)}
        />
      )}
      {overlay === 'palette' && <CommandPalette commands={paletteCommands} isMac={isMac} onClose={closeOverlay} />}
      {overlay === 'shortcuts' && <ShortcutsDialog commands={COMMANDS} isMac={isMac} onClose={closeOverlay} />}
      {overlay === 'preferences' && (
        <PreferencesDialog
          userName={info.userName}
          theme={info.theme}
          storyServerCa={info.storyServerCa}
          onSave={updatePreferences}
          onClose={closeOverlay}
        />
      )}
      {overlay === 'about' && <AboutDialog info={info} onClose={closeOverlay} />}
    </>
  );
}
