// Wires the app together: app facts and theme, the welcome flows, the project session (use-project-session.ts), the
// command table with its keyboard handler, palette and menu events, and the dialogs that float above everything.
import { useCallback, useState, useSyncExternalStore } from 'react';
import { keysOf } from '../../shared/commands/commands';
import { formatKeys } from '../../shared/commands/keys';
import { inspectorId } from '../features/claims/ClaimInspector';
import { DeskBar, DeskHeaderMeta } from '../features/desk/DeskBar';
import { DeskDialogs, DeskWorkspace } from '../features/desk/DeskWorkspace';
import { DraftFileInput } from '../features/import/DraftFileInput';
import { useFileDrop } from '../features/import/use-file-drop';
import { ProjectDialogs } from '../features/project/ProjectDialogs';
import type { ProjectDialog } from '../features/project/ProjectDialogs';
import { useClaimKeys } from '../features/project/use-claim-keys';
import { LibraryContext } from '../features/sources/library-context';
import { LIBRARY_SEARCH_ID } from '../features/sources/LibraryPanel';
import { LibraryDialogs } from '../features/sources/LibraryDialogs';
import { activePlayer, onActivePlayer } from '../features/sources/recording-player-state';
import { ProjectScreen } from '../features/project/ProjectScreen';
import { Welcome } from '../features/welcome/Welcome';
import { useWelcome } from '../features/welcome/use-welcome';
import { useApi, useApiEvent } from './ApiProvider';
import { bindCommands } from './commands';
import type { CommandActions } from './commands';
import { useAppInfo } from './use-app-info';
import { ariaKeys, isMacPlatform, useKeyboardShortcuts } from './use-keyboard';
import { useTheme } from './use-theme';
import { useProjectSession } from './use-project-session';
import { AppDialogs } from './AppDialogs';
import { focusIsOnClaims, focusPanel, focusWorkspace } from './move-focus';

type Overlay = 'palette' | 'shortcuts' | 'preferences' | 'about' | ProjectDialog | null;

/** Everything inside the ApiProvider. */
export function AppShell() {
  const api = useApi();
  const app = useAppInfo(api);
  useTheme(app.info?.theme ?? 'system');
  const refresh = app.refresh;
  const onChanged = useCallback(() => void refresh(), [refresh]);
  const session = useProjectSession(api, onChanged);
  const { project, projectActions, view, selection, importing, importActions, library, desk } = session;
  const { ordered, selectedIndex, selectedClaim, stepSelection, reattach, markClaim } = session;
  const [welcome, welcomeActions] = useWelcome(api, session.onOpened);
  const [overlay, setOverlay] = useState<Overlay>(null);
  const player = useSyncExternalStore(onActivePlayer, () => activePlayer() !== null);
  const [isMac] = useState(isMacPlatform);
  const info = app.info;
  const [fileInput, setFileInput] = useState<HTMLInputElement | null>(null);
  const { applyView, fail } = projectActions;
  // With the Sources tab open a dropped file becomes a source (any format); otherwise it is a new draft version.
  const dropsSource = Boolean(view?.currentDraft) && project.panel === 'sources';
  const canImport = Boolean(view && (!view.readOnly || dropsSource));
  const dropActive = useFileDrop(canImport && overlay === null && library.dialog === null, (file, all) =>
    dropsSource ? library.actions.openAdd(all) : void importActions.importFile(file),
  );

  function importDraft() {
    if (!canImport) return;
    setOverlay(null);
    if (info?.capabilities.nativeDialogs) void importActions.importPicked();
    else fileInput?.click();
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
    importDraft,
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
    markText: () => setOverlay('mark-text'),
    markClaim: () => void markClaim(),
    nextClaim: () => {
      stepSelection(1);
      if (!focusIsOnClaims()) focusWorkspace('draft');
    },
    previousClaim: () => {
      stepSelection(-1);
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
    openPalette: () => setOverlay((current) => (current === 'palette' ? null : 'palette')),
    setTheme: (theme) => void app.updatePreferences({ theme }),
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

  const paletteKeys = keysOf('command-palette');
  const markKeys = keysOf('mark-claim');
  const importKeys = keysOf('import-draft');
  const exportKeys = keysOf('export-appendix');
  const keys = {
    importKeys: importKeys ? formatKeys(importKeys, isMac) : '',
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
    <LibraryContext.Provider value={view ? library : null}>
      {view ? (
        <ProjectScreen
          state={{ ...project, view }}
          actions={projectActions}
          canShowInFolder={info.capabilities.showInFolder}
          keys={keys}
          draftRootRef={selection.rootRef}
          importState={importing}
          dropActive={dropActive}
          dropsSource={dropsSource}
          onDismissImport={importActions.dismissSummary}
          onImportFile={importDraft}
          onPaste={importActions.paste}
          onReattach={(claimId) => void reattach(claimId)}
          onEditPeople={() => setOverlay('settings')}
          onCompare={(fromId, toId) => setOverlay({ kind: 'compare', fromId, toId })}
          onMark={() => void markClaim()}
          onPalette={actions.openPalette}
          onClose={actions.closeProject}
          onQuoteCheck={() => actions.showPanel('quotes')}
          headerMeta={<DeskHeaderMeta view={view} onGate={() => desk.show('gate')} />}
          deskBar={
            <DeskBar
              view={view}
              mode={desk.mode}
              userName={info.userName}
              busy={desk.busy}
              exportKeys={exportKeys ? formatKeys(exportKeys, isMac) : ''}
              exportAria={ariaKeys(exportKeys, isMac)}
              onShow={desk.show}
              onSignOffStory={() => void desk.signOff({ kind: 'story' })}
              onRevokeStory={() => void desk.revokeSignOff({ kind: 'story' })}
              onStatuses={() => desk.openDialog('statuses')}
              onExport={() => desk.openDialog('export')}
            />
          }
          workspace={
            desk.mode !== 'draft' && (
              <DeskWorkspace
                view={view}
                ordered={ordered}
                desk={desk}
                userName={info.userName}
                onShowSuggestions={() => actions.showPanel('suggestions')}
                onFail={fail}
              />
            )
          }
        />
      ) : (
        <Welcome
          version={info.version}
          recent={info.recent}
          busy={welcome.busy}
          error={welcome.dialog === 'none' ? welcome.error : null}
          onDismissError={welcomeActions.dismissError}
          onRecover={welcome.recoverable ? () => void welcomeActions.recover() : null}
          onNew={actions.newProject}
          onOpen={actions.openProject}
          onOpenRecent={(path) => void welcomeActions.open(path)}
          onRemoveRecent={(recent) => void app.removeRecent(recent.path)}
          onPreferences={actions.preferences}
          shortcutHint={keys.palette}
        />
      )}
      <AppDialogs
        info={info}
        welcome={welcome}
        welcomeActions={welcomeActions}
        overlay={overlay}
        commands={viewerOnTop ? playerCommands : commands}
        isMac={isMac}
        onSavePreferences={app.updatePreferences}
        onClose={() => setOverlay(null)}
      />
      {view && (
        <ProjectDialogs
          api={api}
          view={view}
          dialog={overlay}
          importing={importing}
          importActions={importActions}
          onUpdatePeople={projectActions.updatePeople}
          onView={applyView}
          onMark={projectActions.markClaim}
          markFrom={selectedClaim?.anchor.state === 'orphaned' ? 0 : (selectedClaim?.anchor.end ?? 0)}
          onClose={() => setOverlay(null)}
        />
      )}
      {view && (
        <DeskDialogs
          api={api}
          view={view}
          desk={desk}
          userName={info.userName}
          nativeDialogs={nativeDialogs}
          canShowInFolder={info.capabilities.showInFolder}
          onView={applyView}
        />
      )}
      {view && <DraftFileInput ref={setFileInput} onFile={(file) => void importActions.importFile(file)} />}
      {view && (
        <LibraryDialogs
          api={api}
          view={view}
          library={library}
          nativeDialogs={nativeDialogs}
          selectedClaim={
            selectedClaim ? { id: selectedClaim.id, number: selectedIndex + 1, text: selectedClaim.anchor.exact } : null
          }
        />
      )}
    </LibraryContext.Provider>
  );
}
