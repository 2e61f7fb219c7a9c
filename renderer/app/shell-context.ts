// The two contexts the shell provides once, for the screens below it to read (the wiring rule is in
// renderer/README.md): the shell itself (app facts, what each command does, shortcut labels, the overlay, the welcome
// flows) and the open project session (its view, state and actions, the draft import, the library, the desk).
import { createContext, useContext } from 'react';
import type { AppInfo, ProjectView } from '../../shared/api/views';
import type { ProjectDialog } from '../features/project/ProjectDialogs';
import type { WelcomeActions } from '../features/welcome/use-welcome';
import type { WelcomeState } from '../features/welcome/welcome-state';
import type { BoundCommand, CommandActions } from './commands';
import type { AppInfoState } from './use-app-info';
import type { ProjectSession } from './use-project-session';

/** The overlay the shell shows above the screen: an app dialog, a project dialog or the palette. */
export type Overlay = 'palette' | 'shortcuts' | 'preferences' | 'about' | ProjectDialog | null;

/** What every command runs, plus the shell's moves that take arguments. */
export interface ShellActions extends CommandActions {
  /** Opens the Compare dialog on two draft versions. */
  compare(fromId: string, toId: string): void;
}

/** Shortcut labels as shown in buttons ("Ctrl+K") and as aria-keyshortcuts values. */
export interface ShortcutLabels {
  palette: string;
  paletteAria: string | undefined;
  mark: string;
  markAria: string | undefined;
  importDraft: string;
  exportAppendix: string;
  exportAria: string | undefined;
}

export interface Shell {
  info: AppInfo;
  actions: ShellActions;
  keys: ShortcutLabels;
  /** Keys are shown the Mac way (Cmd, Option). */
  isMac: boolean;
  /** The commands the palette lists now (the player's only, while the source viewer is on top). */
  paletteCommands: BoundCommand[];
  /** The overlay open above the screen, and closing it. */
  overlay: Overlay;
  closeOverlay(): void;
  /** The welcome flows (new, open, open a shared story, the abandoned-lock question): drawn with or without a project. */
  welcome: WelcomeState;
  welcomeActions: WelcomeActions;
  /** Saves preferences; resolves to the error sentence, or null on success. */
  updatePreferences: AppInfoState['updatePreferences'];
  /** Takes a project off the recent list. */
  removeRecent: AppInfoState['removeRecent'];
}

/** The open project session, its view known to be there. */
export type OpenSession = ProjectSession & { view: ProjectView };

export const ShellContext = createContext<Shell | null>(null);
export const SessionContext = createContext<OpenSession | null>(null);

/** The shell; only the screens and dialog layers the shell renders read it (renderer/README.md). */
export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell() is used outside the ShellContext provider (AppShell).');
  return shell;
}

/** The open project session; only the project's screen and dialogs read it, while a project is open. */
export function useOpenSession(): OpenSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useOpenSession() is used while no project is open.');
  return session;
}
