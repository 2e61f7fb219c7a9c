// State of the open project as a pure reducer: the view from the main side, the save indicator, a pending
// conflict, the selected claim and dismissed notices. Tested in Node; use-project.ts feeds it Api replies and events.
import type { ClaimPatch } from '../../../shared/model/claim';
import { findStatus } from '../../../shared/model/status';
import type { ProjectView, SaveState } from '../../../shared/api/views';
import type { SidePanel } from '../../app/commands';

export interface ProjectState {
  view: ProjectView | null;
  saveState: SaveState | null;
  /** Set when the file changed on disk: the sentence to show until the user chooses. */
  conflict: string | null;
  selectedClaimId: string | null;
  /** Notices the user has closed (by text, for this open project). */
  dismissedNotices: string[];
  /** The last failed Api call's sentence, shown until dismissed or the next success. */
  error: string | null;
  /** Something the user should hear about (shown politely, not as an error). */
  hint: string | null;
  /** Which side panel is on show. */
  panel: SidePanel;
  /** The last thing said to screen readers (accepted suggestions, a status set by key...). */
  announcement: { text: string; seq: number } | null;
  /** A status change waiting for the user's yes (Verified with no source attached), with the question. */
  statusQuestion: StatusQuestion | null;
}

export interface StatusQuestion {
  claimId: string;
  patch: ClaimPatch;
  question: string;
}

export type ProjectAction =
  | { type: 'opened'; view: ProjectView }
  | { type: 'changed'; view: ProjectView }
  | { type: 'saveState'; projectId: string; saveState: SaveState }
  | { type: 'externalChange'; projectId: string; message: string }
  | { type: 'claimMarked'; view: ProjectView; claimId: string }
  | { type: 'selectClaim'; claimId: string | null }
  | { type: 'dismissNotice'; notice: string }
  | { type: 'failed'; message: string }
  | { type: 'hint'; message: string | null }
  | { type: 'dismissError' }
  | { type: 'showPanel'; panel: SidePanel }
  | { type: 'announce'; message: string }
  | { type: 'askStatus'; question: StatusQuestion }
  | { type: 'answerStatus' }
  | { type: 'closed' };

export const initialProjectState: ProjectState = {
  view: null,
  saveState: null,
  conflict: null,
  selectedClaimId: null,
  dismissedNotices: [],
  error: null,
  hint: null,
  panel: 'claims',
  announcement: null,
  statusQuestion: null,
};

const DEFAULT_CONFLICT =
  'project.factdesk was changed by another program. Nothing will be saved until you choose what to keep.';

function withView(state: ProjectState, view: ProjectView): ProjectState {
  const sameProject = state.view?.projectId === view.projectId;
  // An older view (a late event or reply) never replaces a newer one; its save state may still be news.
  if (sameProject && state.view && view.revision < state.view.revision) {
    return { ...state, saveState: newerSaveState(state.saveState, view.saveState) };
  }
  const selected =
    sameProject && state.selectedClaimId && view.claims.some((c) => c.id === state.selectedClaimId)
      ? state.selectedClaimId
      : null;
  return {
    ...state,
    view,
    saveState: sameProject ? newerSaveState(state.saveState, view.saveState) : view.saveState,
    conflict: view.conflict ? (sameProject && state.conflict) || DEFAULT_CONFLICT : null,
    selectedClaimId: selected,
    dismissedNotices: sameProject ? state.dismissedNotices : [],
    error: sameProject ? state.error : null,
    hint: sameProject ? state.hint : null,
    panel: sameProject ? state.panel : 'claims',
    announcement: sameProject ? state.announcement : null,
    statusQuestion: sameProject ? state.statusQuestion : null,
  };
}

/** Applies one action. Events for another project than the open one are ignored. */
export function projectReducer(state: ProjectState, action: ProjectAction): ProjectState {
  switch (action.type) {
    case 'opened':
      return withView({ ...initialProjectState }, action.view);
    case 'changed':
      // A late event after closing, or about another project, changes nothing.
      if (state.view?.projectId !== action.view.projectId) return state;
      return { ...withView(state, action.view), error: null };
    case 'claimMarked':
      if (state.view?.projectId !== action.view.projectId) return state;
      return {
        ...withView(state, action.view),
        selectedClaimId: action.claimId,
        panel: 'claims',
        error: null,
        hint: null,
      };
    case 'saveState':
      if (state.view?.projectId !== action.projectId) return state;
      return { ...state, saveState: newerSaveState(state.saveState, action.saveState) };
    case 'externalChange':
      if (state.view?.projectId !== action.projectId) return state;
      return { ...state, conflict: action.message || DEFAULT_CONFLICT };
    case 'selectClaim':
      // A claim is inspected in the Claims panel (an orphan may stay in the Orphans panel, and the Sources panel
      // stays open so the reporter can pick a claim and attach passages to it; so does the Quote check, whose
      // "Show in draft" selects the quote's claim).
      return {
        ...state,
        selectedClaimId: action.claimId,
        panel:
          action.claimId && state.panel !== 'orphans' && state.panel !== 'sources' && state.panel !== 'quotes'
            ? 'claims'
            : state.panel,
      };
    case 'dismissNotice':
      return state.dismissedNotices.includes(action.notice)
        ? state
        : { ...state, dismissedNotices: [...state.dismissedNotices, action.notice] };
    case 'failed':
      return { ...state, error: action.message };
    case 'hint':
      return { ...state, hint: action.message };
    case 'dismissError':
      return { ...state, error: null };
    case 'showPanel':
      return state.panel === action.panel ? state : { ...state, panel: action.panel };
    case 'announce':
      // The sequence number lets the same sentence be announced twice in a row.
      return { ...state, announcement: { text: action.message, seq: (state.announcement?.seq ?? 0) + 1 } };
    case 'askStatus':
      return { ...state, statusQuestion: action.question };
    case 'answerStatus':
      return state.statusQuestion ? { ...state, statusQuestion: null } : state;
    case 'closed':
      return initialProjectState;
  }
}

/** The text of the "Save state" indicator. */
/**
 * The newer of two save states. Replies and events travel separately, so an older state (a reply saying "saving")
 * can arrive after a newer one (the "saved" event); the main side numbers them, and the higher number wins.
 */
export function newerSaveState(current: SaveState | null, incoming: SaveState): SaveState {
  if (current?.seq !== undefined && incoming.seq !== undefined && incoming.seq < current.seq) return current;
  return incoming;
}

export function saveStateLabel(saveState: SaveState | null): string {
  if (!saveState) return 'Saved';
  switch (saveState.state) {
    case 'saved':
      return 'Saved';
    case 'saving':
    case 'unsaved':
      return 'Saving...';
    case 'error':
      return `Not saved: ${saveState.message ?? 'Factdesk could not write the project file.'}`;
    case 'read-only':
      return `Read-only: ${saveState.message ?? 'this project was opened read-only.'}`;
  }
}

/** The banner text when someone else holds the project, or null. */
export function readOnlyBanner(view: ProjectView): string | null {
  if (!view.readOnly) return null;
  if (view.lockedBy) return `Read-only: ${view.lockedBy.user} on ${view.lockedBy.host} has this project open`;
  return 'Read-only: this project was opened read-only, so changes cannot be made.';
}

/** Notices still to show. */
export function visibleNotices(state: ProjectState): string[] {
  return (state.view?.notices ?? []).filter((n) => !state.dismissedNotices.includes(n));
}

export interface Progress {
  total: number;
  /** Claims whose status does not block publication. */
  cleared: number;
}

/** How many claims no longer block publication. */
export function claimProgress(view: ProjectView): Progress {
  const cleared = view.claims.filter((c) => !findStatus(view.statuses, c.status).blocksPublication).length;
  return { total: view.claims.length, cleared };
}
