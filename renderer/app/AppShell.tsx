// Wires the app together: app facts and theme, the welcome flows, the open project, the command table with its
// keyboard handler, palette and menu events, and the dialogs that float above everything.
import { useCallback, useState } from 'react';
import type { ProjectView as View } from '../../shared/api/views';
import { findCommand } from '../../shared/commands/commands';
import { formatKeys } from '../../shared/commands/keys';
import { trimRange } from '../features/draft/draft-segments';
import { useDraftSelection } from '../features/draft/use-draft-selection';
import { CommandPalette } from '../features/palette/CommandPalette';
import { AboutDialog } from '../features/preferences/AboutDialog';
import { PreferencesDialog } from '../features/preferences/PreferencesDialog';
import { ShortcutsDialog } from '../features/preferences/ShortcutsDialog';
import { ProjectView } from '../features/project/ProjectView';
import { useProject } from '../features/project/use-project';
import { NewProjectDialog } from '../features/welcome/NewProjectDialog';
import { OpenProjectDialog } from '../features/welcome/OpenProjectDialog';
import { StaleLockDialog } from '../features/welcome/StaleLockDialog';
import { Welcome } from '../features/welcome/Welcome';
import { useWelcome } from '../features/welcome/use-welcome';
import { useApi, useApiEvent } from './ApiProvider';
import { ALL_COMMANDS, bindCommands } from './commands';
import type { CommandActions } from './commands';
import { useAppInfo } from './use-app-info';
import { ariaKeys, isMacPlatform, useKeyboardShortcuts } from './use-keyboard';
import { useTheme } from './use-theme';

type Overlay = 'palette' | 'shortcuts' | 'preferences' | 'about' | null;

const MARK_HINT = 'Select the words of the claim in the draft first, then press Mark as claim.';

/** Everything inside the ApiProvider. */
export function AppShell() {
  const api = useApi();
  const app = useAppInfo(api);
  useTheme(app.info?.theme ?? 'system');
  const refresh = app.refresh;
  const onClosed = useCallback(() => void refresh(), [refresh]);
  const [project, projectActions] = useProject(api, onClosed);
  const openProjectActions = projectActions.open;
  const onOpened = useCallback(
    (view: View) => {
      openProjectActions(view);
      void refresh();
    },
    [openProjectActions, refresh],
  );
  const [welcome, welcomeActions] = useWelcome(api, onOpened);
  const [overlay, setOverlay] = useState<Overlay>(null);
  const [isMac] = useState(isMacPlatform);
  const selection = useDraftSelection();
  const info = app.info;
  const view = project.view;

  async function markClaim() {
    const draft = view?.currentDraft;
    if (!view || !draft || view.readOnly) return;
    const raw = selection.take();
    const range = raw ? trimRange(draft.text, raw.start, raw.end) : null;
    if (!range) {
      projectActions.hint(MARK_HINT);
      return;
    }
    await projectActions.markClaim(range.start, range.end);
    selection.clear();
  }

  const actions: CommandActions = {
    newProject: () => {
      setOverlay(null);
      welcomeActions.show('new');
    },
    openProject: () => {
      setOverlay(null);
      welcomeActions.show('open');
    },
    closeProject: () => void projectActions.close(),
    showInFolder: () => void projectActions.showInFolder(),
    markClaim: () => void markClaim(),
    openPalette: () => setOverlay((current) => (current === 'palette' ? null : 'palette')),
    setTheme: (theme) => void app.updatePreferences({ theme }),
    about: () => setOverlay('about'),
    keyboardShortcuts: () => setOverlay('shortcuts'),
    preferences: () => setOverlay('preferences'),
  };
  const commands = bindCommands(actions, {
    hasProject: view !== null,
    hasDraft: Boolean(view?.currentDraft),
    readOnly: view?.readOnly ?? false,
    canShowInFolder: info?.capabilities.showInFolder ?? false,
  });

  const modalOpen =
    welcome.dialog !== 'none' || welcome.staleLock !== null || (overlay !== null && overlay !== 'palette');
  const keyboardCommands = modalOpen
    ? []
    : overlay === 'palette'
      ? commands.filter((c) => c.id === 'command-palette')
      : commands;
  useKeyboardShortcuts(keyboardCommands, info?.capabilities.transport === 'ipc');

  useApiEvent('menuCommand', ({ command }) => {
    const bound = commands.find((c) => c.id === command);
    if (bound?.enabled) bound.run();
  });

  const paletteKeys = findCommand('command-palette')?.keys;
  const markKeys = findCommand('mark-claim')?.keys;
  const keys = {
    palette: paletteKeys ? formatKeys(paletteKeys, isMac) : '',
    paletteAria: ariaKeys(paletteKeys, isMac),
    mark: markKeys ? formatKeys(markKeys, isMac) : '',
    markAria: ariaKeys(markKeys, isMac),
  };

  if (!info) {
    return (
      <main className="splash">
        <h1 className="welcome-title">Factdesk</h1>
        {app.loadError ? (
          <p role="alert" className="splash-text">
            {app.loadError}
          </p>
        ) : (
          <p className="splash-text">Starting...</p>
        )}
      </main>
    );
  }

  const nativeDialogs = info.capabilities.nativeDialogs;
  return (
    <>
      {view ? (
        <ProjectView
          state={{ ...project, view }}
          actions={projectActions}
          canShowInFolder={info.capabilities.showInFolder}
          keys={keys}
          draftRootRef={selection.rootRef}
          onMark={() => void markClaim()}
          onPalette={actions.openPalette}
          onClose={actions.closeProject}
        />
      ) : (
        <Welcome
          version={info.version}
          recent={info.recent}
          busy={welcome.busy}
          error={welcome.dialog === 'none' ? welcome.error : null}
          onDismissError={welcomeActions.dismissError}
          onNew={actions.newProject}
          onOpen={actions.openProject}
          onOpenRecent={(path) => void welcomeActions.open(path)}
          onRemoveRecent={(recent) => void app.removeRecent(recent.path)}
          onPreferences={actions.preferences}
          shortcutHint={keys.palette}
        />
      )}
      {welcome.dialog === 'new' && !welcome.staleLock && (
        <NewProjectDialog
          nativeDialogs={nativeDialogs}
          busy={welcome.busy}
          error={welcome.error}
          onCreate={(folder, title) => void welcomeActions.create(folder, title)}
          onBrowse={() => welcomeActions.pickFolder('new')}
          onClose={() => welcomeActions.show('none')}
        />
      )}
      {welcome.dialog === 'open' && !welcome.staleLock && (
        <OpenProjectDialog
          nativeDialogs={nativeDialogs}
          busy={welcome.busy}
          error={welcome.error}
          onOpen={(path) => void welcomeActions.open(path)}
          onBrowse={() => welcomeActions.pickFolder('open')}
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
      {overlay === 'palette' && <CommandPalette commands={commands} isMac={isMac} onClose={() => setOverlay(null)} />}
      {overlay === 'shortcuts' && (
        <ShortcutsDialog commands={ALL_COMMANDS} isMac={isMac} onClose={() => setOverlay(null)} />
      )}
      {overlay === 'preferences' && (
        <PreferencesDialog
          userName={info.userName}
          theme={info.theme}
          onSave={app.updatePreferences}
          onClose={() => setOverlay(null)}
        />
      )}
      {overlay === 'about' && <AboutDialog info={info} onClose={() => setOverlay(null)} />}
    </>
  );
}
