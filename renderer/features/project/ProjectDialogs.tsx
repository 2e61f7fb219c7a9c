// The dialogs that belong to the open project: project settings (people), restoring a backup, pasting a new draft
// version, comparing two versions, and the import's encoding question.
import type { ProjectView } from '../../../shared/api/views';
import { EncodingDialog } from '../import/EncodingDialog';
import { PasteDraftDialog } from '../import/PasteDraftDialog';
import type { ImportState } from '../import/import-state';
import type { ImportActions } from '../import/use-import';
import { CompareDialog } from '../versions/CompareDialog';
import { MarkTextDialog } from '../draft/MarkTextDialog';
import { BackupsDialog } from './BackupsDialog';
import { ProjectSettingsDialog } from './ProjectSettingsDialog';

/** Which project dialog is open. */
export type ProjectDialog =
  'settings' | 'paste' | 'backups' | 'mark-text' | 'share' | { kind: 'compare'; fromId: string; toId: string };

export interface ProjectDialogsProps {
  view: ProjectView;
  /** The app's open overlay; only project dialogs are drawn here. */
  dialog: ProjectDialog | string | null;
  importing: ImportState;
  importActions: ImportActions;
  onUpdatePeople: (people: string[]) => Promise<string | null>;
  onView: (view: ProjectView) => void;
  /** Marks text[start, end) of the current draft (the Mark text dialog). */
  onMark: (start: number, end: number) => Promise<void>;
  /** Where "Mark text" starts looking: the end of the selected claim, or 0. */
  markFrom: number;
  onClose: () => void;
}

/** Draws the open project dialog, and the encoding question whenever the import asks it. */
export function ProjectDialogs({
  view,
  dialog,
  importing,
  importActions,
  onUpdatePeople,
  onView,
  onMark,
  markFrom,
  onClose,
}: ProjectDialogsProps) {
  const question = importing.question;
  return (
    <>
      {dialog === 'settings' && (
        <ProjectSettingsDialog title={view.title} people={view.people} onSave={onUpdatePeople} onClose={onClose} />
      )}
      {dialog === 'mark-text' && view.currentDraft && (
        <MarkTextDialog text={view.currentDraft.text} from={markFrom} onMark={onMark} onClose={onClose} />
      )}
      {dialog === 'backups' && <BackupsDialog view={view} onRestored={onView} onClose={onClose} />}
      {dialog === 'paste' && (
        <PasteDraftDialog nextNumber={view.drafts.length + 1} onPaste={importActions.paste} onClose={onClose} />
      )}
      {dialog !== null && typeof dialog === 'object' && dialog.kind === 'compare' && (
        <CompareDialog
          projectId={view.projectId}
          versions={view.drafts}
          fromId={dialog.fromId}
          toId={dialog.toId}
          onClose={onClose}
        />
      )}
      {question && (
        <EncodingDialog
          fileName={question.request.fileName}
          message={question.message}
          choices={question.choices}
          onChoose={(encoding) => void importActions.chooseEncoding(encoding)}
          onCancel={importActions.cancelEncoding}
        />
      )}
    </>
  );
}
