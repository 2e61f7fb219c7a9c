// The editor's desk: which workspace is on show (the draft, the desk table, the publish gate, the activity log),
// the desk's dialogs (export, statuses), the table's sort, filters, grouping and selection, and the Api calls for
// bulk changes and sign-offs. Reset when another project opens.
import { useCallback, useMemo, useState } from 'react';
import type { Api } from '../../../shared/api/contract';
import type { ProjectView } from '../../../shared/api/views';
import { inspectorId } from '../claims/ClaimInspector';
import { EMPTY_SELECTION, pruneSelection } from './desk-groups';
import type { DeskGrouping, DeskSelection } from './desk-groups';
import { EMPTY_FILTER } from './desk-rows';
import type { DeskFilter, DeskSort } from './desk-rows';
import { blocksPublication } from '../../../shared/model/review';
import { blockingCount } from './story-sign-off';

export type DeskMode = 'draft' | 'desk' | 'gate' | 'log';
/** 'sign-off': the question before signing off a story, or claims, that claims still block (Desk.signOffTarget). */
export type DeskDialog = 'export' | 'statuses' | 'sign-off' | null;

export interface DeskTableState {
  sort: DeskSort;
  filter: DeskFilter;
  grouping: DeskGrouping;
  collapsed: ReadonlySet<string>;
  selection: DeskSelection;
  /** The row that has keyboard focus (roving tabindex), by claim id. */
  focusId: string | null;
}

const INITIAL_TABLE: DeskTableState = {
  sort: { key: 'number', direction: 'ascending' },
  filter: EMPTY_FILTER,
  grouping: 'none',
  collapsed: new Set(),
  selection: EMPTY_SELECTION,
  focusId: null,
};

export type SignOffTarget = { kind: 'claims'; claimIds: string[] } | { kind: 'story' };

export interface DeskHost {
  view: ProjectView | null;
  applyView(view: ProjectView): void;
  fail(message: string): void;
  announce(message: string): void;
  selectClaim(claimId: string | null): void;
}

export interface Desk {
  mode: DeskMode;
  dialog: DeskDialog;
  table: DeskTableState;
  busy: boolean;
  show(mode: DeskMode): void;
  openDialog(dialog: DeskDialog): void;
  /** Shows the claim in the draft view, selected. */
  openClaim(claimId: string): void;
  updateTable(change: (table: DeskTableState) => DeskTableState): void;
  setMany(claimIds: string[], patch: { status?: string; assignee?: string | null }, said: string): Promise<boolean>;
  /**
   * Signs off; a story that claims still block, or selected claims of which some still block publication, open the
   * sign-off question instead (and resolve false).
   */
  signOff(target: SignOffTarget): Promise<boolean>;
  /** What the sign-off question is about while it is open. */
  signOffTarget: SignOffTarget;
  /** The editor's yes to the sign-off question: signs off what it asked about, open blockers and all. */
  confirmSignOff(): Promise<boolean>;
  revokeSignOff(target: SignOffTarget): Promise<boolean>;
}

/** The desk's state for the open project; `host` is the project's own actions. */
export function useDesk(api: Api, host: DeskHost): Desk {
  const projectId = host.view?.projectId ?? null;
  const [owner, setOwner] = useState<string | null>(projectId);
  const [mode, setMode] = useState<DeskMode>('draft');
  const [dialog, setDialog] = useState<DeskDialog>(null);
  const [signOffTarget, setSignOffTarget] = useState<SignOffTarget>({ kind: 'story' });
  const [table, setTable] = useState<DeskTableState>(INITIAL_TABLE);
  const [busy, setBusy] = useState(false);
  // Another project: start again on its draft (adjusting state while rendering, as React recommends over an effect).
  if (owner !== projectId) {
    setOwner(projectId);
    setMode('draft');
    setDialog(null);
    setTable(INITIAL_TABLE);
  }
  const existing = useMemo(() => new Set((host.view?.claims ?? []).map((c) => c.id)), [host.view?.claims]);
  const pruned = pruneSelection(table.selection, existing);
  const shownTable = pruned === table.selection ? table : { ...table, selection: pruned };

  const { applyView, fail, announce, selectClaim } = host;
  const call = useCallback(
    async (run: (id: string) => ReturnType<Api['signOff']>, said: string) => {
      if (!projectId) return false;
      setBusy(true);
      const result = await run(projectId);
      setBusy(false);
      if (!result.ok) {
        fail(result.error.message);
        return false;
      }
      applyView(result.value);
      announce(said);
      return true;
    },
    [projectId, applyView, fail, announce],
  );

  const count = (n: number) => `${n} ${n === 1 ? 'claim' : 'claims'}`;
  return {
    mode,
    dialog,
    table: shownTable,
    busy,
    show: setMode,
    openDialog: setDialog,
    openClaim: (claimId) => {
      selectClaim(claimId);
      setMode('draft');
      // The row that had focus is gone: give focus to the claim's inspector once the draft view is drawn.
      window.requestAnimationFrame(() => document.getElementById(inspectorId(claimId))?.focus({ preventScroll: true }));
    },
    updateTable: (change) => setTable((current) => change(current)),
    setMany: (claimIds, patch, said) => call((id) => api.updateClaims({ projectId: id, claimIds, patch }), said),
    signOff: async (target) => {
      // Signing off while claims still block publication is allowed (an editor may know better), but never by
      // accident: the sign-off question lists what is open first, for the story and for selected claims alike.
      const view = host.view;
      const open =
        view === null
          ? 0
          : target.kind === 'story'
            ? blockingCount(view)
            : view.claims.filter((c) => target.claimIds.includes(c.id) && blocksPublication(c, view.statuses)).length;
      if (open > 0) {
        setSignOffTarget(target);
        setDialog('sign-off');
        return false;
      }
      return call(
        (id) => api.signOff({ projectId: id, target }),
        target.kind === 'story' ? 'Story signed off.' : `${count(target.claimIds.length)} signed off.`,
      );
    },
    signOffTarget,
    confirmSignOff: async () => {
      const target = signOffTarget;
      const done = await call(
        (id) => api.signOff({ projectId: id, target }),
        target.kind === 'story'
          ? 'Story signed off with open blockers.'
          : `${count(target.claimIds.length)} signed off with open blockers.`,
      );
      if (done) setDialog(null);
      return done;
    },
    revokeSignOff: (target) =>
      call(
        (id) => api.revokeSignOff({ projectId: id, target }),
        target.kind === 'story'
          ? 'Story sign-off withdrawn.'
          : `Sign-off withdrawn from ${count(target.claimIds.length)}.`,
      ),
  };
}
