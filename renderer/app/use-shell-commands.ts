// The shell's commands: what each command of the table runs (the same for the keyboard, the palette and the desktop
// menu), which keys reach which commands while a dialog is open, the claim keys of the draft, dropped files, and the
// shortcut labels the screens show.
import { useState } from 'react';
import type { AppInfo } from '../../shared/api/views';
import { keysOf } from '../../shared/commands/commands';
import type { CommandId } from '../../shared/commands/commands';
import { formatKeys } from '../../shared/commands/keys';
import { inspectorId } from '../features/claims/ClaimInspector';
import { useFileDrop } from '../features/import/use-file-drop';
import { useClaimKeys } from '../features/project/use-claim-keys';
import { LIBRARY_SEARCH_ID } from '../features/sources/SourcesPanel';
import { activePlayer } from '../features/sources/recording-player-state';
import type { WelcomeActions } from '../features/welcome/use-welcome';
import type { WelcomeState } from '../features/welcome/welcome-state';
import { useApi, useApiEvent } from './ApiProvider';
import { bindCommands } from './commands';
import { useMenuState } from './use-menu-state';
import type { BoundCommand } from './commands';
import { focusIsOnClaims, focusPanel, focusWelcome, focusWorkspace } from './move-focus';
import type { Overlay, ShellActions, ShortcutLabels } from './shell-context';
import type { AppInfoState } from './use-app-info';
import { ariaKeys, isMacPlatform, useKeyboardShortcuts } from './use-keyboard';
import type { ProjectSession } from './use-project-session';

export interface ShellCommandsHost {
  info: AppInfo | null;
  updatePreferences: AppInfoState['updatePreferences'];
  session: ProjectSession;
  welcome: WelcomeState;
  welcomeActions: WelcomeActions;
  overlay: Overlay;
  setOverlay: (next: Overlay | ((current: Overlay) => Overlay)) => void;
  /** The hidden file input "Import draft" clicks where there is no native file dialog. */
  fileInput: HTMLInputElement | null;
}

export interface ShellCommands {
  actions: ShellActions;
  /** The commands the palette lists now (the player's only, while the source viewer is on top). */
  paletteCommands: BoundCommand[];
  keys: ShortcutLabels;
  isMac: boolean;
  /** A file is dragged over the window and a drop would be taken; `dropsSource` says it becomes a source. */
  dropActive: boolean;
  dropsSource: boolean;
}

function labels(id: CommandId, isMac: boolean): [string, string | undefined] {
  const keys = keysOf(id);
  return [keys ? formatKeys(keys, isMac) : '', ariaKeys(keys, isMac)];
}

/** Binds the command table to the shell and the session, and listens for keys, menu commands and drops. */
export function useShellCommands(host: ShellCommandsHost): ShellCommands {
  const { info, session, welcome, welcomeActions, overlay, setOverlay } = host;
  const { project, projectActions, view, importing, importActions, library, desk, ordered } = session;
  // The desktop menu's View > Recording items follow the player.
  const player = useMenuState(useApi(), info?.capabilities.transport === 'ipc');
  const [isMac] = useState(isMacPlatform);
  // With the Sources tab open a dropped file becomes a source (any format); otherwise it is a new draft version.
  const dropsSource = Boolean(view?.currentDraft) && project.panel === 'sources';
  const canImport = Boolean(view && (!view.readOnly || dropsSource));
  const dropActive = useFileDrop(canImport && overlay === null && library.dialog === null, (file, all) =>
    dropsSource ? library.actions.openAdd(all) : void importActions.importFile(file),
  );

  const actions: ShellActions = {
    newProject: () => {
      setOverlay(null);
      welcomeActions.show('new');
    },
    openProject: () => {
      setOverlay(null);
      welcomeActions.show('open');
    },
    closeProject: () => void projectActions.close().then((closed) => closed && focusWelcome()),
    showInFolder: () => void projectActions.showInFolder(),
    importDraft: () => {
      if (!canImport) return;
      setOverlay(null);
      if (info?.capabilities.nativeDialogs) void importActions.importPicked();
      else host.fileInput?.click();
    },
    pasteDraft: () => setOverlay('paste'),
    addSource: () => {
      setOverlay(null);
      library.actions.openAdd();
    },
    searchLibrary: () => {
      setOverlay(null);
      projectActions.showPanel('sources');
      window.requestAnimationFrame(() => document.getElementById(LIBRARY_SEARCH_ID)?.focus());
    },
    projectSettings: () => setOverlay('settings'),
    restoreBackup: () => setOverlay('backups'),
    shareStory: () => setOverlay('share'),
    markText: () => setOverlay('mark-text'),
    markClaim: () => void session.markClaim(),
    nextClaim: () => {
      session.stepSelection(1);
      if (!focusIsOnClaims()) focusWorkspace('draft');
    },
    previousClaim: () => {
      session.stepSelection(-1);
      if (!focusIsOnClaims()) focusWorkspace('draft');
    },
    showPanel: (panel) => {
      desk.show('draft');
      projectActions.showPanel(panel);
      focusPanel(panel);
    },
    showWorkspace: (workspace) => {
      desk.show(workspace);
      focusWorkspace(workspace);
    },
    signOffStory: () => void desk.signOff({ kind: 'story' }),
    exportAppendix: () => {
      setOverlay(null);
      desk.openDialog('export');
    },
    statusVocabulary: () => {
      setOverlay(null);
      desk.openDialog('statuses');
    },
    compareVersions: () => {
      const drafts = [...(view?.drafts ?? [])].sort((a, b) => a.number - b.number);
      const to = drafts[drafts.length - 1];
      const from = drafts[drafts.length - 2];
      if (from && to) setOverlay({ kind: 'compare', fromId: from.id, toId: to.id });
    },
    compare: (fromId, toId) => setOverlay({ kind: 'compare', fromId, toId }),
    openPalette: () => setOverlay((current) => (current === 'palette' ? null : 'palette')),
    setTheme: (theme) => void host.updatePreferences({ theme }),
    about: () => setOverlay('about'),
    keyboardShortcuts: () => setOverlay('shortcuts'),
    preferences: () => setOverlay('preferences'),
    recording: (action) => activePlayer()?.[action](),
  };
  const commands = bindCommands(actions, {
    hasProject: view !== null,
    hasDraft: Boolean(view?.currentDraft),
    readOnly: view?.readOnly ?? false,
    canShowInFolder: info?.capabilities.showInFolder ?? false,
    versions: view?.drafts.length ?? 0,
    claims: ordered.length,
    player,
  });

  const modalOpen =
    welcome.dialog !== 'none' ||
    welcome.staleLock !== null ||
    importing.question !== null ||
    library.dialog !== null ||
    library.attachTarget !== null ||
    desk.dialog !== null ||
    (overlay !== null && overlay !== 'palette');
  // The recording player lives in the source viewer, a dialog: its keys work while the viewer is open, and the
  // palette opens above the viewer with the player's commands only.
  const playerCommands = commands.filter((c) => c.id.startsWith('recording-'));
  const viewerOnTop = library.dialog?.kind === 'viewer' && library.attachTarget === null;
  const keyboardCommands = modalOpen
    ? [...playerCommands, ...(viewerOnTop ? commands.filter((c) => c.id === 'command-palette') : [])]
    : overlay === 'palette'
      ? commands.filter((c) => c.id === 'command-palette')
      : commands;
  useKeyboardShortcuts(keyboardCommands, info?.capabilities.transport === 'ipc');
  const { updateClaim } = projectActions;
  useClaimKeys({
    enabled: Boolean(view?.currentDraft) && !modalOpen && overlay === null && desk.mode === 'draft',
    selectedClaimId: project.selectedClaimId,
    statuses: view?.statuses ?? [],
    readOnly: view?.readOnly ?? true,
    openInspector: (claimId) => {
      projectActions.showPanel('claims');
      // The inspector renders with the selected claim; focus it once it is in the page.
      window.requestAnimationFrame(() => document.getElementById(inspectorId(claimId))?.focus());
    },
    setStatus: (claimId, status) => {
      void updateClaim(claimId, { status: status.id });
      const n = ordered.findIndex((c) => c.id === claimId) + 1;
      projectActions.announce(`Claim ${n}: ${status.label}`);
    },
  });

  useApiEvent('menuCommand', ({ command }) => {
    const bound = commands.find((c) => c.id === command);
    if (bound?.enabled) bound.run();
  });

  const [palette, paletteAria] = labels('command-palette', isMac);
  const [mark, markAria] = labels('mark-claim', isMac);
  const [importDraft] = labels('import-draft', isMac);
  const [exportAppendix, exportAria] = labels('export-appendix', isMac);
  return {
    actions,
    paletteCommands: viewerOnTop ? playerCommands : commands,
    keys: { palette, paletteAria, mark, markAria, importDraft, exportAppendix, exportAria },
    isMac,
    dropActive,
    dropsSource,
  };
}
