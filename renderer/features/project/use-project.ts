// The open project: wraps the pure reducer with Api calls and the main side's events (projectChanged replaces the
// view, saveState updates the indicator, externalChange raises the conflict banner, projectOpened switches to it).
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Api } from '../../../shared/api/contract';
import type { ProjectView } from '../../../shared/api/views';
import type { ClaimPatch } from '../../../shared/model/claim';
import { sourceRuleFor } from '../../../shared/model/status-source-rule';
import { useApiEvent } from '../../app/ApiProvider';
import { initialProjectState, projectReducer } from './project-state';
import type { ProjectState } from './project-state';
import type { SidePanel } from '../../app/commands';

export interface ProjectActions {
  /** Shows a project the Api just opened or created; closes the one that was open before, if any. */
  open(view: ProjectView): void;
  setDraft(text: string): Promise<boolean>;
  markClaim(start: number, end: number): Promise<void>;
  /**
   * Changes a claim. A status change the vocabulary refuses (a status that needs a source, on a claim without one)
   * shows the sentence instead; one that deserves a question (Verified with no source) waits for answerStatus.
   */
  updateClaim(claimId: string, patch: ClaimPatch): Promise<void>;
  /** Answers the pending status question: yes makes the change, no drops it. */
  answerStatus(yes: boolean): Promise<void>;
  deleteClaim(claimId: string): Promise<void>;
  resolveConflict(choice: 'reload' | 'keep-mine' | 'save-copy'): Promise<void>;
  /** Closes the project; resolves true when the welcome screen can show. */
  close(): Promise<boolean>;
  showInFolder(): Promise<void>;
  /** Re-attaches a claim (an orphan, usually) to text[start, end) of the current draft. */
  reattachClaim(claimId: string, start: number, end: number): Promise<boolean>;
  /** Saves the people list; resolves to the error sentence, or null. */
  updatePeople(people: string[]): Promise<string | null>;
  /** Shows a view another flow received (an import, accepted suggestions). */
  applyView(view: ProjectView): void;
  selectClaim(claimId: string | null): void;
  showPanel(panel: SidePanel): void;
  dismissNotice(notice: string): void;
  dismissError(): void;
  fail(message: string): void;
  hint(message: string | null): void;
  announce(message: string): void;
}

/** State and actions of the open project. `onClosed` runs after a project is closed (to refresh recent projects). */
export function useProject(api: Api, onClosed: () => void): [ProjectState, ProjectActions] {
  const [state, dispatch] = useReducer(projectReducer, initialProjectState);
  const current = useRef(state);
  useEffect(() => {
    current.current = state;
  }, [state]);

  useApiEvent('projectChanged', ({ view }) => dispatch({ type: 'changed', view }));
  useApiEvent('saveState', ({ projectId, saveState }) => dispatch({ type: 'saveState', projectId, saveState }));
  useApiEvent('externalChange', ({ projectId, message }) => dispatch({ type: 'externalChange', projectId, message }));
  useApiEvent('projectOpened', ({ view }) => dispatch({ type: 'opened', view }));

  const projectId = useCallback((): string | null => current.current.view?.projectId ?? null, []);

  const open = useCallback(
    (view: ProjectView) => {
      const previous = current.current.view;
      dispatch({ type: 'opened', view });
      if (previous && previous.projectId !== view.projectId) {
        void api.closeProject({ projectId: previous.projectId }).then(onClosed);
      }
    },
    [api, onClosed],
  );

  const actions = useMemo<ProjectActions>(
    () => ({
      open,
      async setDraft(text) {
        const id = projectId();
        if (!id) return false;
        const result = await api.setDraftText({ projectId: id, text, origin: 'paste' });
        if (!result.ok) {
          dispatch({ type: 'failed', message: result.error.message });
          return false;
        }
        dispatch({ type: 'changed', view: result.value });
        return true;
      },
      async markClaim(start, end) {
        const id = projectId();
        if (!id) return;
        const result = await api.markClaim({ projectId: id, start, end });
        if (result.ok) dispatch({ type: 'claimMarked', view: result.value.view, claimId: result.value.claim.id });
        else dispatch({ type: 'failed', message: result.error.message });
      },
      async updateClaim(claimId, patch) {
        const id = projectId();
        const view = current.current.view;
        if (!id || !view) return;
        const claim = view.claims.find((c) => c.id === claimId);
        const rule = claim && patch.status !== undefined ? sourceRuleFor(view.statuses, patch.status, claim) : null;
        if (rule?.kind === 'refuse') return dispatch({ type: 'failed', message: rule.message });
        if (rule?.kind === 'ask')
          return dispatch({ type: 'askStatus', question: { claimId, patch, question: rule.question } });
        const result = await api.updateClaim({ projectId: id, claimId, patch });
        if (result.ok) dispatch({ type: 'changed', view: result.value });
        else dispatch({ type: 'failed', message: result.error.message });
      },
      async answerStatus(yes) {
        const pending = current.current.statusQuestion;
        const id = projectId();
        dispatch({ type: 'answerStatus' });
        if (!yes || !pending || !id) return;
        const result = await api.updateClaim({ projectId: id, claimId: pending.claimId, patch: pending.patch });
        if (result.ok) dispatch({ type: 'changed', view: result.value });
        else dispatch({ type: 'failed', message: result.error.message });
      },
      async deleteClaim(claimId) {
        const id = projectId();
        if (!id) return;
        const result = await api.deleteClaim({ projectId: id, claimId });
        if (result.ok) dispatch({ type: 'changed', view: result.value });
        else dispatch({ type: 'failed', message: result.error.message });
      },
      async resolveConflict(choice) {
        const id = projectId();
        if (!id) return;
        const result = await api.resolveConflict({ projectId: id, choice });
        if (result.ok) dispatch({ type: 'changed', view: result.value });
        else dispatch({ type: 'failed', message: result.error.message });
      },
      async close() {
        const id = projectId();
        if (!id) return true;
        const result = await api.closeProject({ projectId: id });
        if (!result.ok && result.error.code !== 'project-not-open') {
          dispatch({ type: 'failed', message: result.error.message });
          return false;
        }
        dispatch({ type: 'closed' });
        onClosed();
        return true;
      },
      async showInFolder() {
        const view = current.current.view;
        if (!view) return;
        const result = await api.showInFolder({ path: view.file });
        if (!result.ok) dispatch({ type: 'failed', message: result.error.message });
      },
      async reattachClaim(claimId, start, end) {
        const id = projectId();
        if (!id) return false;
        const result = await api.reattachClaim({ projectId: id, claimId, start, end });
        if (!result.ok) {
          dispatch({ type: 'failed', message: result.error.message });
          return false;
        }
        dispatch({ type: 'changed', view: result.value });
        return true;
      },
      async updatePeople(people) {
        const id = projectId();
        if (!id) return null;
        const result = await api.updateProjectSettings({ projectId: id, people });
        if (!result.ok) return result.error.message;
        dispatch({ type: 'changed', view: result.value });
        return null;
      },
      applyView: (view) => dispatch({ type: 'changed', view }),
      selectClaim: (claimId) => dispatch({ type: 'selectClaim', claimId }),
      showPanel: (panel) => dispatch({ type: 'showPanel', panel }),
      fail: (message) => dispatch({ type: 'failed', message }),
      announce: (message) => dispatch({ type: 'announce', message }),
      dismissNotice: (notice) => dispatch({ type: 'dismissNotice', notice }),
      dismissError: () => dispatch({ type: 'dismissError' }),
      hint: (message) => dispatch({ type: 'hint', message }),
    }),
    [api, open, onClosed, projectId],
  );

  return [state, actions];
}
