// The dialogs of the open project session, drawn above the project screen: the project's own (settings, backups,
// paste, compare, mark text, the encoding question, sharing with the newsroom), the desk's (export, statuses, story sign-off), the library's
// (add, view, attach a source), the hidden draft file input and the drop overlay.
import { DeskDialogs } from '../features/desk/DeskWorkspace';
import { DraftFileInput } from '../features/import/DraftFileInput';
import { DropOverlay } from '../features/import/DropOverlay';
import { ProjectDialogs } from '../features/project/ProjectDialogs';
import { LibraryDialogs } from '../features/sources/LibraryDialogs';
import { ShareDialog } from '../features/sync/ShareDialog';
import { useOpenSession, useShell } from './shell-context';

export interface SessionDialogsProps {
  fileInputRef: (input: HTMLInputElement | null) => void;
  /** A file dragged over the window would be taken: as a source when `dropsSource`, else as a draft version. */
  dropActive: boolean;
  dropsSource: boolean;
}

/** Whichever dialogs of the open project are open. */
export function SessionDialogs({ fileInputRef, dropActive, dropsSource }: SessionDialogsProps) {
  // Of the shell's overlays, only the project's dialogs are drawn here.
  const { info, overlay, closeOverlay: onClose } = useShell();
  const { view, projectActions, importing, importActions, library, desk, selectedClaim, selectedIndex } =
    useOpenSession();
  const nativeDialogs = info.capabilities.nativeDialogs;
  return (
    <>
      <ProjectDialogs
        view={view}
        dialog={overlay}
        importing={importing}
        importActions={importActions}
        onUpdatePeople={projectActions.updatePeople}
        onView={projectActions.applyView}
        onMark={projectActions.markClaim}
        markFrom={selectedClaim?.anchor.state === 'orphaned' ? 0 : (selectedClaim?.anchor.end ?? 0)}
        onClose={onClose}
      />
      <DeskDialogs
        view={view}
        desk={desk}
        userName={info.userName}
        nativeDialogs={nativeDialogs}
        canShowInFolder={info.capabilities.showInFolder}
        onView={projectActions.applyView}
      />
      {overlay === 'share' && <ShareDialog projectId={view.projectId} readOnly={view.readOnly} onClose={onClose} />}
      <DraftFileInput ref={fileInputRef} onFile={(file) => void importActions.importFile(file)} />
      <LibraryDialogs
        view={view}
        library={library}
        nativeDialogs={nativeDialogs}
        selectedClaim={
          selectedClaim ? { id: selectedClaim.id, number: selectedIndex + 1, text: selectedClaim.anchor.exact } : null
        }
      />
      {dropActive && (
        <DropOverlay addsSource={dropsSource} nextVersion={view.currentDraft ? view.drafts.length + 1 : null} />
      )}
    </>
  );
}
