// The dialogs that float above the welcome screen and the project alike: new and open project, open a shared story, the abandoned-lock
// question, the command palette, shortcuts, preferences and about.
import type { AppInfo } from '../../shared/api/views';
import { CommandPalette } from '../features/palette/CommandPalette';
import { AboutDialog } from '../features/preferences/AboutDialog';
import { PreferencesDialog } from '../features/preferences/PreferencesDialog';
import { ShortcutsDialog } from '../features/preferences/ShortcutsDialog';
import { NewProjectDialog } from '../features/welcome/NewProjectDialog';
import { OpenProjectDialog } from '../features/welcome/OpenProjectDialog';
import { OpenSharedDialog } from '../features/welcome/OpenSharedDialog';
import { StaleLockDialog } from '../features/welcome/StaleLockDialog';
import type { WelcomeActions } from '../features/welcome/use-welcome';
import type { WelcomeState } from '../features/welcome/welcome-state';
import { COMMANDS } from '../../shared/commands/commands';
import type { BoundCommand } from './commands';
import type { AppInfoState } from './use-app-info';

export interface AppDialogsProps {
  info: AppInfo;
  welcome: WelcomeState;
  welcomeActions: WelcomeActions;
  /** Which app-level overlay is open (project dialogs are drawn elsewhere). */
  overlay: unknown;
  commands: BoundCommand[];
  isMac: boolean;
  onSavePreferences: AppInfoState['updatePreferences'];
  onClose: () => void;
}

/** Draws whichever of the app-level dialogs is open. */
export function AppDialogs({
  info,
  welcome,
  welcomeActions,
  overlay,
  commands,
  isMac,
  onSavePreferences,
  onClose,
}: AppDialogsProps) {
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
      {overlay === 'palette' && <CommandPalette commands={commands} isMac={isMac} onClose={onClose} />}
      {overlay === 'shortcuts' && <ShortcutsDialog commands={COMMANDS} isMac={isMac} onClose={onClose} />}
      {overlay === 'preferences' && (
        <PreferencesDialog userName={info.userName} theme={info.theme} onSave={onSavePreferences} onClose={onClose} />
      )}
      {overlay === 'about' && <AboutDialog info={info} onClose={onClose} />}
    </>
  );
}
