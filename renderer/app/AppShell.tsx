// Wires the app together: app facts and theme, the welcome flows, the project session (use-project-session.ts) and
// the commands (use-shell-commands.ts). It provides the shell and the open session as context (shell-context.ts) to
// the screen it shows, the welcome screen or the project screen, and to the dialog layers above it, which read them.
import { useCallback, useState } from 'react';
import { ProjectScreen } from '../features/project/ProjectScreen';
import { LibraryContext } from '../features/sources/library-context';
import { Welcome } from '../features/welcome/Welcome';
import { useWelcome } from '../features/welcome/use-welcome';
import { AppDialogs } from './AppDialogs';
import { useApi } from './ApiProvider';
import { SessionDialogs } from './SessionDialogs';
import { SessionContext, ShellContext } from './shell-context';
import type { OpenSession, Overlay, Shell } from './shell-context';
import { useAppInfo } from './use-app-info';
import { useProjectSession } from './use-project-session';
import { useShellCommands } from './use-shell-commands';
import { useTheme } from './use-theme';

/** Everything inside the ApiProvider. */
export function AppShell() {
  const api = useApi();
  const app = useAppInfo(api);
  useTheme(app.info?.theme ?? 'system');
  const refresh = app.refresh;
  const onChanged = useCallback(() => void refresh(), [refresh]);
  const session = useProjectSession(api, onChanged);
  const [welcome, welcomeActions] = useWelcome(api, session.onOpened);
  const [overlay, setOverlay] = useState<Overlay>(null);
  const [fileInput, setFileInput] = useState<HTMLInputElement | null>(null);
  const { info, updatePreferences, removeRecent } = app;
  const shellCommands = useShellCommands({
    info,
    updatePreferences,
    session,
    welcome,
    welcomeActions,
    overlay,
    setOverlay,
    fileInput,
  });
  const { actions, keys, isMac, paletteCommands } = shellCommands;
  const closeOverlay = () => setOverlay(null);
  const shell: Shell | null = info
    ? {
        info,
        actions,
        keys,
        isMac,
        paletteCommands,
        overlay,
        closeOverlay,
        welcome,
        welcomeActions,
        updatePreferences,
        removeRecent,
      }
    : null;
  const view = session.view;
  const open: OpenSession | null = view ? { ...session, view } : null;

  if (!shell) {
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

  return (
    <ShellContext.Provider value={shell}>
      <SessionContext.Provider value={open}>
        <LibraryContext.Provider value={open ? open.library : null}>
          {open ? <ProjectScreen /> : <Welcome />}
          <AppDialogs />
          {open && (
            <SessionDialogs
              fileInputRef={setFileInput}
              dropActive={shellCommands.dropActive}
              dropsSource={shellCommands.dropsSource}
            />
          )}
        </LibraryContext.Provider>
      </SessionContext.Provider>
    </ShellContext.Provider>
  );
}
