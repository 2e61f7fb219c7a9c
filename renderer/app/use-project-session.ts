// The project session: the open project and its view, with everything that reads or changes that view while it is
// open (draft selection, draft import, the quote library, the desk) and the claim moves that combine them (mark,
// re-attach, step to the next claim). AppShell turns this into commands, panels and dialogs; nothing here renders.
import { useCallback, useMemo } from 'react';
import type { ProjectView } from '../../shared/api/views';
import { claimsInDraftOrder } from '../../shared/model/claim-order';
import type { Api } from '../../shared/api/contract';
import { stepClaim } from '../features/draft/claim-navigation';
import { trimRange } from '../features/draft/draft-segments';
import { useDraftSelection } from '../features/draft/use-draft-selection';
import { focusOpenedProject } from './move-focus';
import { useDesk } from '../features/desk/use-desk';
import { useDraftImport } from '../features/import/use-import';
import { useProject } from '../features/project/use-project';
import { useLibrary } from '../features/sources/use-library';

const MARK_HINT = 'Select the words of the claim in the draft first, then press Mark as claim.';
const REATTACH_HINT = 'Select the words in the draft that the claim belongs to, then press Re-attach to selection.';

/** Holds one project session; `onChanged` runs after a project is opened or closed (the recent list changes). */
export function useProjectSession(api: Api, onChanged: () => void) {
  const [project, projectActions] = useProject(api, onChanged);
  const openProject = projectActions.open;
  const onOpened = useCallback(
    (view: ProjectView) => {
      openProject(view);
      onChanged();
      focusOpenedProject();
    },
    [openProject, onChanged],
  );
  const selection = useDraftSelection();
  const view = project.view;
  const { applyView, fail, announce } = projectActions;
  const importHost = useMemo(
    () => ({
      projectId: () => view?.projectId ?? null,
      currentVersion: () => view?.currentDraft?.id ?? null,
      onView: applyView,
      onError: fail,
      announce,
    }),
    [view?.projectId, view?.currentDraft?.id, applyView, fail, announce],
  );
  const [importing, importActions] = useDraftImport(api, importHost);
  const library = useLibrary(api, {
    view,
    selectedClaimId: project.selectedClaimId,
    applyView,
    fail,
    announce,
    hint: projectActions.hint,
  });
  const ordered = useMemo(() => claimsInDraftOrder(view?.claims ?? []), [view?.claims]);
  const selectedIndex = ordered.findIndex((c) => c.id === project.selectedClaimId);
  const selectedClaim = ordered[selectedIndex];
  const desk = useDesk(api, { view, applyView, fail, announce, selectClaim: projectActions.selectClaim });

  function stepSelection(by: 1 | -1) {
    const next = stepClaim(ordered, project.selectedClaimId, by);
    if (next && next !== project.selectedClaimId) projectActions.selectClaim(next);
  }

  async function reattach(claimId: string) {
    const draft = view?.currentDraft;
    if (!view || !draft || view.readOnly) return;
    const raw = selection.take();
    const range = raw ? trimRange(draft.text, raw.start, raw.end) : null;
    if (!range) {
      projectActions.hint(REATTACH_HINT);
      projectActions.announce(REATTACH_HINT);
      return;
    }
    selection.clear();
    if (await projectActions.reattachClaim(claimId, range.start, range.end)) {
      projectActions.announce('Claim re-attached to the selected text.');
    }
  }

  async function markClaim() {
    const draft = view?.currentDraft;
    if (!view || !draft || view.readOnly) return;
    const raw = selection.take();
    const range = raw ? trimRange(draft.text, raw.start, raw.end) : null;
    if (!range) {
      projectActions.hint(MARK_HINT);
      return;
    }
    // Forget the selection before waiting, so a new selection made meanwhile is not cleared by this mark.
    selection.clear();
    await projectActions.markClaim(range.start, range.end);
  }

  return {
    project,
    projectActions,
    view,
    onOpened,
    selection,
    importing,
    importActions,
    library,
    desk,
    ordered,
    selectedIndex,
    selectedClaim,
    stepSelection,
    reattach,
    markClaim,
  };
}

export type ProjectSession = ReturnType<typeof useProjectSession>;
