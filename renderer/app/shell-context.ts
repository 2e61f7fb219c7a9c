// The two contexts the shell provides once, for the screens below it to read (the wiring rule is in
// renderer/README.md): the shell itself (app facts, what each command does, shortcut labels) and the open project
// session (its view, state and actions, the draft import, the library, the desk).
import { createContext, useContext } from 'react';
import type { AppInfo, ProjectView } from '../../shared/api/views';
import type { ProjectDialog } from '../features/project/ProjectDialogs';
import type { CommandActions } from './commands';
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
}

/** The open project session, its view known to be there. */
export type OpenSession = ProjectSession & { view: ProjectView };

export const ShellContext = createContext<Shell | null>(null);
export const SessionContext = createContext<OpenSession | null>(null);

/** The shell; only components the shell renders read it. */
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
