// The project view: header, banners, then either the draft input or the Draft and Claims regions side by side.
import { useMemo } from 'react';
import type { ProjectView as View } from '../../../shared/api/views';
import { ClaimsPanel } from '../claims/ClaimsPanel';
import { DraftInput } from '../draft/DraftInput';
import { DraftPanel } from '../draft/DraftPanel';
import type { ClaimSpan } from '../draft/draft-segments';
import { ProjectBanners } from './ProjectBanners';
import { ProjectHeader } from './ProjectHeader';
import { claimsInDraftOrder, visibleNotices } from './project-state';
import type { ProjectState } from './project-state';
import type { ProjectActions } from './use-project';

export interface ProjectViewProps {
  state: ProjectState & { view: View };
  actions: ProjectActions;
  canShowInFolder: boolean;
  keys: { palette: string; paletteAria?: string; mark: string; markAria?: string };
  draftRootRef: (element: HTMLElement | null) => void;
  onMark: () => void;
  onPalette: () => void;
  onClose: () => void;
}

/** Everything shown while a project is open. */
export function ProjectView({
  state,
  actions,
  canShowInFolder,
  keys,
  draftRootRef,
  onMark,
  onPalette,
  onClose,
}: ProjectViewProps) {
  const { view } = state;
  const ordered = useMemo(() => claimsInDraftOrder(view.claims), [view.claims]);
  const numbers = useMemo(() => new Map(ordered.map((c, i) => [c.id, i + 1])), [ordered]);
  const draft = view.currentDraft;
  const spans = useMemo<ClaimSpan[]>(
    () =>
      ordered
        .filter((c) => c.anchor.state !== 'orphaned' && (!draft || c.anchor.draftId === draft.id))
        .map((c) => ({ id: c.id, start: c.anchor.start, end: c.anchor.end, status: c.status })),
    [ordered, draft],
  );

  return (
    <div className="project">
      <ProjectHeader
        view={view}
        saveState={state.saveState}
        paletteKeys={keys.palette}
        paletteAria={keys.paletteAria}
        canShowInFolder={canShowInFolder}
        onShowInFolder={() => void actions.showInFolder()}
        onPalette={onPalette}
        onClose={onClose}
      />
      <ProjectBanners
        view={view}
        conflict={state.conflict}
        notices={visibleNotices(state)}
        error={state.error}
        onResolve={(choice) => void actions.resolveConflict(choice)}
        onDismissNotice={actions.dismissNotice}
        onDismissError={actions.dismissError}
      />
      {draft ? (
        <main className="project-body">
          <DraftPanel
            text={draft.text}
            draftNumber={draft.number}
            spans={spans}
            statuses={view.statuses}
            numbers={numbers}
            selectedClaimId={state.selectedClaimId}
            readOnly={view.readOnly}
            markKeys={keys.mark}
            markAria={keys.markAria}
            hint={state.hint}
            onSelectClaim={actions.selectClaim}
            onMark={onMark}
            rootRef={draftRootRef}
          />
          <ClaimsPanel
            claims={ordered}
            statuses={view.statuses}
            selectedClaimId={state.selectedClaimId}
            readOnly={view.readOnly}
            markKeys={keys.mark}
            onSelect={actions.selectClaim}
            onUpdate={(claimId, patch) => void actions.updateClaim(claimId, patch)}
            onDelete={(claimId) => void actions.deleteClaim(claimId)}
          />
        </main>
      ) : (
        <main className="project-body project-body-single">
          <DraftInput readOnly={view.readOnly} onUse={actions.setDraft} />
        </main>
      )}
    </div>
  );
}
