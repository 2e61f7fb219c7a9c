// The side pane beside the draft: its tabs with their counts (Claims, Suggestions, Versions, Orphans when any,
// Sources, Quotes) and the panel of the tab on show. Reads the open session; each panel takes props.
import { useCallback, useMemo } from 'react';
import type { Claim } from '../../../shared/model/claim';
import { useApi } from '../../app/ApiProvider';
import { useOpenSession, useShell } from '../../app/shell-context';
import { ClaimsPanel } from '../claims/ClaimsPanel';
import { QuoteCheckPanel } from '../quote-check/QuoteCheckPanel';
import type { QuoteCheck } from '../quote-check/use-quote-check';
import { listedSources } from '../sources/library-state';
import { SourcesPanel } from '../sources/SourcesPanel';
import { SuggestionsPanel } from '../suggestions/SuggestionsPanel';
import type { SuggestionsState } from '../suggestions/use-suggestions';
import { VersionsPanel } from '../versions/VersionsPanel';
import { SidePane } from './SidePane';

export interface ProjectSidePaneProps {
  suggestions: SuggestionsState;
  quoteCheck: QuoteCheck;
  /** 1-based position of each claim in draft order. */
  numbers: ReadonlyMap<string, number>;
  orphans: Claim[];
  /** Whether this shared story syncs here, so a claim that needs review can be decided. */
  canDecide?: boolean;
}

const DECIDED = {
  accept: (n: number) => (n === 1 ? 'Suggestion accepted as a claim.' : `${n} suggestions accepted as claims.`),
  dismiss: (n: number) => (n === 1 ? 'Suggestion dismissed.' : `${n} suggestions dismissed.`),
};

/** The tablist and the active panel. */
export function ProjectSidePane({ suggestions, quoteCheck, numbers, orphans, canDecide }: ProjectSidePaneProps) {
  const api = useApi();
  const session = useOpenSession();
  const { actions: commands, keys } = useShell();
  const { view, project: state, projectActions: actions, ordered, library } = session;
  const { applyView, announce, updateClaim, deleteClaim } = actions;
  const librarySources = library.sources;
  const sourceCount = useMemo(() => {
    const listed = listedSources(librarySources);
    return listed.project.length + listed.personal.length;
  }, [librarySources]);

  const { accept, dismiss } = suggestions;
  const decide = useCallback(
    async (how: 'accept' | 'dismiss', keysDecided: string[]) => {
      const next = await (how === 'accept' ? accept : dismiss)(keysDecided);
      if (!next) return;
      applyView(next);
      announce(DECIDED[how](keysDecided.length));
    },
    [accept, dismiss, applyView, announce],
  );
  const onAccept = useCallback((decided: string[]) => decide('accept', decided), [decide]);
  const onDismiss = useCallback((decided: string[]) => decide('dismiss', decided), [decide]);
  const onUpdate = useCallback(
    (id: string, patch: Parameters<typeof updateClaim>[1]) => void updateClaim(id, patch),
    [updateClaim],
  );
  const onDelete = useCallback((id: string) => void deleteClaim(id), [deleteClaim]);
  const reattach = session.reattach;
  const onReattach = useCallback((claimId: string) => void reattach(claimId), [reattach]);

  const projectId = view.projectId;
  const fail = actions.fail;
  const onDecide = useCallback(
    async (claimId: string, status: string) => {
      const decided = await api.decideReview({ projectId, claimId, status });
      if (!decided.ok) return fail(decided.error.message);
      applyView(decided.value);
      announce('Decided: the claim no longer needs review.');
    },
    [api, projectId, fail, applyView, announce],
  );
  const decideClaim = useCallback((claimId: string, status: string) => void onDecide(claimId, status), [onDecide]);

  const claimsProps = {
    ...(canDecide ? { onDecide: decideClaim } : {}),
    numbers,
    statuses: view.statuses,
    people: view.people,
    selectedClaimId: state.selectedClaimId,
    readOnly: view.readOnly,
    onSelect: actions.selectClaim,
    onUpdate,
    onDelete,
    onReattach,
    onEditPeople: commands.projectSettings,
  };

  function panel() {
    switch (state.panel) {
      case 'suggestions':
        return (
          <SuggestionsPanel
            coverage={suggestions.coverage}
            share={suggestions.share}
            onShareChange={(share) => void suggestions.setShare(share)}
            loading={suggestions.loading}
            readOnly={view.readOnly}
            onAccept={onAccept}
            onDismiss={onDismiss}
          />
        );
      case 'sources': {
        const claim = ordered.find((c) => c.id === state.selectedClaimId);
        return (
          <SourcesPanel
            selectedClaim={claim ? { claim, number: numbers.get(claim.id) ?? 0 } : null}
            readOnly={view.readOnly}
          />
        );
      }
      case 'quotes':
        return (
          <QuoteCheckPanel
            view={view}
            check={quoteCheck}
            ordered={ordered}
            selectedClaimId={state.selectedClaimId}
            host={{ applyView, fail: actions.fail, announce, hint: actions.hint, selectClaim: actions.selectClaim }}
          />
        );
      case 'versions':
        return (
          <VersionsPanel
            versions={view.drafts}
            currentId={view.currentDraft?.id ?? null}
            onCompare={commands.compare}
          />
        );
      case 'orphans':
        return (
          <ClaimsPanel
            {...claimsProps}
            claims={orphans}
            label="Orphaned claims"
            reattachInline
            lead="Select the words the claim belongs to in the draft, then press Re-attach to selection."
            empty={{
              title: 'No orphaned claims',
              text: 'Every claim was found in the current draft. Claims whose words disappear from a new version are listed here.',
            }}
          />
        );
      default:
        return (
          <ClaimsPanel
            {...claimsProps}
            claims={ordered}
            label="Claims"
            empty={{
              title: 'No claims yet',
              text: (
                <>
                  Select the words of a statement that needs checking in the draft (a quote, a number, a date, an
                  attribution) and press <strong>Mark as claim</strong> or <kbd className="kbd">{keys.mark}</kbd>, or
                  accept Factdesk&apos;s suggestions. Each claim gets a status you can track here.
                </>
              ),
            }}
          />
        );
    }
  }

  return (
    <SidePane
      active={state.panel}
      onShow={actions.showPanel}
      tabs={[
        { id: 'claims', label: 'Claims', count: ordered.length },
        { id: 'suggestions', label: 'Suggestions', count: suggestions.list.length },
        { id: 'versions', label: 'Versions', count: view.drafts.length },
        // Orphans appear only after a new version loses a claim's words (the command shows the empty panel).
        ...(orphans.length > 0 || state.panel === 'orphans'
          ? [{ id: 'orphans' as const, label: 'Orphans', count: orphans.length }]
          : []),
        { id: 'sources', label: 'Sources', count: sourceCount },
        { id: 'quotes', label: 'Quotes', count: quoteCheck.rows?.length ?? 0 },
      ]}
    >
      {panel()}
    </SidePane>
  );
}
