// The library's dialogs for the open project: Add source, Source details, the source viewer, a newsroom passage, and
// the attach form (which can open above the viewer).
import type { ProjectView } from '../../../shared/api/views';
import type { Library } from './use-library';
import { NewsroomPassageDialog } from './NewsroomPassageDialog';
import { AddManyDialog } from './AddManyDialog';
import { AddSourceDialog } from './AddSourceDialog';
import { AttachDialog } from './AttachDialog';
import { SourceDetailsDialog } from './SourceDetailsDialog';
import { SourceViewer } from './SourceViewer';

export interface LibraryDialogsProps {
  view: ProjectView;
  library: Library;
  nativeDialogs: boolean;
  selectedClaim: { id: string; number: number; text: string } | null;
}

/** Draws whichever library dialog is open. */
export function LibraryDialogs({ view, library, nativeDialogs, selectedClaim }: LibraryDialogsProps) {
  const { dialog, attachTarget, actions } = library;
  return (
    <>
      {dialog?.kind === 'add' && (
        <AddSourceDialog
          projectId={view.projectId}
          readOnly={view.readOnly}
          nativeDialogs={nativeDialogs}
          initialFile={dialog.file}
          onMany={(files) => actions.openAdd(files)}
          onAdded={actions.added}
          onClose={actions.closeDialog}
        />
      )}
      {dialog?.kind === 'add-many' && (
        <AddManyDialog
          projectId={view.projectId}
          library={view.readOnly ? 'personal' : 'project'}
          files={dialog.files}
          onAdded={actions.added}
          onClose={actions.closeDialog}
        />
      )}
      {dialog?.kind === 'edit' && (
        <SourceDetailsDialog
          source={dialog.source}
          onSave={(meta) => actions.updateSource(dialog.source, meta)}
          onClose={actions.closeDialog}
        />
      )}
      {dialog?.kind === 'viewer' && (
        <SourceViewer
          key={`${dialog.library}:${dialog.sourceId}:${dialog.passageId ?? ''}:${dialog.play ? 'play' : ''}`}

          projectId={view.projectId}
          library={dialog.library}
          sourceId={dialog.sourceId}
          passageId={dialog.passageId}
          claimNumber={selectedClaim?.number ?? null}
          readOnly={view.readOnly}
          play={dialog.play ?? false}
          nativeDialogs={nativeDialogs}
          onAttach={actions.openAttach}
          onClose={actions.closeDialog}
        />
      )}
      {dialog?.kind === 'newsroom' && (
        <NewsroomPassageDialog
          hit={dialog.hit}
          canAttach={Boolean(selectedClaim) && !view.readOnly}
          onAttach={actions.openAttach}
          onClose={actions.closeDialog}
        />
      )}
      {attachTarget && selectedClaim && (
        <AttachDialog
          target={attachTarget}
          claimNumber={selectedClaim.number}
          claimText={selectedClaim.text}
          onAttach={(input) => actions.attach(attachTarget, input)}
          onClose={actions.closeAttach}
        />
      )}
    </>
  );
}
